// Where may a date start? One Map lookup per word token decides, so that the grammar runs at a
// small fraction of the tokens. The map holds every word of the date vocabulary with every
// proclitic form it can take (`وأمس`, `بأيلول`, `للعام`), built once, so the scan allocates nothing.
//
// - OPEN: the word starts a date by itself (`أمس`, `يونيو`, `الخميس`, `قبل`).
// - LEAD: the word starts a date only before another date word (`من`, `هذا`, `يوم`, `مساء`,
//   `نهاية`, `آخر`, `عام`, `بعد`, `أول`): very common words, tried only when the next token is a
//   number or a word of this map.
// - ANCHOR: a month or weekday word: an ordinal day may stand up to a few words before it
//   (`الخامس والعشرين من مارس`, `من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر`),
//   so those tokens are tried too.
// - FOLLOW: a word that may come right after a LEAD word (`الماضي`, `أسبوع`, `الغد`).

import { NUMBER_BIT, type Token, tokenBits, WORD_BIT } from '../text/tokens';
import { wordFlag } from '../text/vocabulary';
import * as L from './lexicon';
import { cliticVariants, phraseWords } from './phrase-table';

export const OPEN = 1;
export const LEAD = 2;
export const ANCHOR = 4;
export const FOLLOW = 8;

function build(): Map<string, number> {
  const flags = new Map<string, number>();
  const add = (w: string, f: number) => {
    for (const [form] of cliticVariants(w)) flags.set(form, (flags.get(form) ?? 0) | f);
  };
  const firstWords = (t: { byFirst: Map<string, unknown> }, f: number) => {
    for (const k of t.byFirst.keys()) add(k, f);
  };
  firstWords(L.MONTHS, OPEN | ANCHOR);
  firstWords(L.HIJRI_MONTHS, OPEN | ANCHOR);
  firstWords(L.WEEKDAYS, OPEN | ANCHOR);
  firstWords(L.BARE_WEEKDAYS, LEAD | ANCHOR);
  firstWords(L.ENGLISH_MONTHS, OPEN);
  firstWords(L.ENGLISH_WEEKDAYS, OPEN);
  for (const w of L.MONTH_WORDS) add(w, OPEN | ANCHOR);
  for (const w of L.AGO_WORDS) add(w, OPEN);
  // Relative days: one-word phrases open; longer ones lead, and their other words follow.
  for (const [first, entries] of L.RELATIVE_DAYS.byFirst) {
    for (const e of entries) {
      add(first, e.words.length === 1 ? OPEN : LEAD);
      for (const w of e.words.slice(1)) add(w, FOLLOW);
    }
  }
  for (const t of [L.TIMES_OF_DAY, L.RANGE_OPENERS]) {
    for (const [first, entries] of t.byFirst) {
      add(first, LEAD);
      for (const e of entries) for (const w of e.words.slice(1)) add(w, FOLLOW);
    }
  }
  for (const set of [
    L.DEMONSTRATIVES,
    L.YEAR_WORDS,
    L.YEAR_DUAL_WORDS,
    L.DAY_WORDS,
    L.DAY_DUAL_WORDS,
    L.LAST_WORDS,
    L.MONTH_PART_WORDS,
  ]) {
    for (const w of set) add(w, LEAD);
  }
  for (const set of [L.WEEK_WORDS, L.FIRST_DAY_WORDS, L.SAME_WORDS]) for (const w of set) add(w, FOLLOW);
  for (const w of L.SAME_HEADS) add(w, LEAD); // `نفس الشهر`, `ذات العام`
  for (const w of [...L.DIRECTIONS.keys(), ...L.DAY_UNITS.keys(), ...L.DAY_UNIT_DUALS.keys()]) add(w, FOLLOW);
  for (const w of phraseWords('ال')) add(w, FOLLOW); // `الـ15`
  return flags;
}

const FLAGS = build();

/** The same facts as bits of the shared word table (`tokenBits`): one array read per token. */
const IS_OPEN = wordFlag((w) => ((FLAGS.get(w) ?? 0) & OPEN) !== 0);
const IS_LEAD = wordFlag((w) => ((FLAGS.get(w) ?? 0) & LEAD) !== 0);
const IS_ANCHOR = wordFlag((w) => ((FLAGS.get(w) ?? 0) & ANCHOR) !== 0);
const IS_FOLLOW = wordFlag((w) => ((FLAGS.get(w) ?? 0) & FOLLOW) !== 0);
/** Any date word, or digits: what a lead word may stand before. */
const DATE_WORD = IS_OPEN | IS_LEAD | IS_ANCHOR | IS_FOLLOW | NUMBER_BIT;

/** How far before a month or weekday word an ordinal day may start, in tokens. */
const ORDINAL_REACH = 8;

/** A start that only an ordinal day word can open (a word shortly before a month or weekday). */
export const PROBE = 2;

/** Marks the tokens where the grammar should run: 1, or `PROBE` for ordinal-only starts. */
export function markStarts(tokens: readonly Token[]): Uint8Array {
  const n = tokens.length;
  const bits = tokenBits(tokens);
  const starts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const b = bits[i] as number;
    if ((b & DATE_WORD) === 0) continue;
    if (b & (NUMBER_BIT | IS_OPEN)) starts[i] = 1;
    if (b & IS_ANCHOR) {
      for (let k = Math.max(0, i - ORDINAL_REACH); k < i; k++) {
        if ((bits[k] as number) & WORD_BIT && !starts[k]) starts[k] = PROBE;
      }
    }
  }
  // Right to left, so that a lead word before another one (`من هذا الشهر`) sees it marked.
  for (let i = n - 2; i >= 0; i--) {
    if ((bits[i] as number) & IS_LEAD && starts[i] !== 1 && ((bits[i + 1] as number) & DATE_WORD || starts[i + 1]))
      starts[i] = 1;
  }
  return starts;
}
