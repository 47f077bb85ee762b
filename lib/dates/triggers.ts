// Where may a date start? One read of the shared word table per token decides (`tokenBits`), so
// that the grammar runs at a small fraction of the tokens. The map below holds every word of the
// date vocabulary with every proclitic form it can take (`وأمس`, `بأيلول`, `للعام`), built once;
// its classes are bits of the table.
//
// - OPEN: the word starts a date by itself (`أمس`, `يونيو`, `الخميس`, `قبل`).
// - LEAD: the word starts a date only before another date word (`من`, `هذا`, `يوم`, `مساء`,
//   `نهاية`, `آخر`, `عام`, `بعد`, `أول`): very common words, tried only when the next token is a
//   number or a word of this map.
// - ANCHOR: a month or weekday word: an ordinal day may stand up to a few words before it
//   (`الخامس والعشرين من مارس`, `من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر`),
//   so those tokens are tried too.
// - FOLLOW: a word that may come right after a LEAD word (`الماضي`, `أسبوع`, `الغد`).

import { NUMBER_BIT, WORD_BIT } from '../text/tokens';
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
  for (const t of [L.TIMES_OF_DAY, L.RANGE_OPENERS, L.SEASONS]) {
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
  for (const set of [L.WEEK_WORDS, L.FIRST_DAY_WORDS, L.SAME_WORDS, L.NEW_YEAR_WORDS, L.YEAR_THOUSANDS_WORDS])
    for (const w of set) add(w, FOLLOW);
  for (const w of L.WEEK_WORDS) add(w, LEAD); // `الأسبوع الماضي`
  for (const w of L.SAME_HEADS) add(w, LEAD); // `نفس الشهر`, `ذات العام`
  for (const w of L.LIKE_WORDS) add(w, LEAD); // `مثل هذا اليوم من عام 1949`
  for (const w of [...L.DIRECTIONS.keys(), ...L.DAY_UNITS.keys(), ...L.DAY_UNIT_DUALS.keys()]) add(w, FOLLOW);
  for (const w of phraseWords('ال')) add(w, FOLLOW); // `الـ15`
  return flags;
}

const FLAGS = build();

/** The same facts as bits of the shared word table (`tokenBits`): one array read per token. */
export const IS_OPEN = wordFlag((w) => ((FLAGS.get(w) ?? 0) & OPEN) !== 0);
export const IS_LEAD = wordFlag((w) => ((FLAGS.get(w) ?? 0) & LEAD) !== 0);
const IS_ANCHOR = wordFlag((w) => ((FLAGS.get(w) ?? 0) & ANCHOR) !== 0);
const IS_FOLLOW = wordFlag((w) => ((FLAGS.get(w) ?? 0) & FOLLOW) !== 0);
/** Any date word, or digits: what a lead word may stand before. */
const DATE_WORD = IS_OPEN | IS_LEAD | IS_ANCHOR | IS_FOLLOW | NUMBER_BIT;

/** How far before a month or weekday word an ordinal day may start, in tokens. */
const ORDINAL_REACH = 8;

/** A start that only an ordinal day word can open (a word shortly before a month or weekday). */
export const PROBE = 2;

/**
 * Where the grammar should run, told token by token from the bits alone (no pass over the text
 * beforehand, so a reader that stops early reads only what it needs):
 * - digits and OPEN words start a date (1);
 * - a LEAD word starts one (1) before a date word, or before a word that is itself a start;
 * - a word up to a few tokens before a month or weekday (an ANCHOR) may open an ordinal day
 *   (`PROBE`): `الخامس والعشرين من مارس`.
 */
export function dateStart(bits: Int32Array, i: number): number {
  const b = bits[i] as number;
  if (b & (NUMBER_BIT | IS_OPEN)) return 1;
  if (b & IS_LEAD && leadStarts(bits, i)) return 1;
  return b & WORD_BIT && anchorWithin(bits, i) ? PROBE : 0;
}

/**
 * A lead word at `i` starts a date: the next token is a date word, or a word a month or weekday
 * follows closely (a probe: `من الخامس …`). (Every other start is a date word already.)
 */
export function leadStarts(bits: Int32Array, i: number): boolean {
  if (i + 1 >= bits.length) return false;
  const next = bits[i + 1] as number;
  return (next & DATE_WORD) !== 0 || ((next & WORD_BIT) !== 0 && anchorWithin(bits, i + 1));
}

/** A month or weekday word within `ORDINAL_REACH` tokens after token `i`. */
export function anchorWithin(bits: Int32Array, i: number): boolean {
  const last = Math.min(bits.length - 1, i + ORDINAL_REACH);
  for (let k = i + 1; k <= last; k++) if ((bits[k] as number) & IS_ANCHOR) return true;
  return false;
}
