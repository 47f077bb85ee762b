// Figures in running text: a number with what it counts (money, percent, fraction, count,
// ordinal with its noun). Written by hand for Arabic news copy; no library does this.
//
// Trigger-based and linear: only digit tokens, number words (one Map lookup), digit ordinals
// (`ال 75`) and indefinite duals of measures (`يومين`) start a look; each look reads a few
// tokens around the trigger, and the scan resumes after what was taken.
//
// A number with nothing it counts is not a figure: the day and year of a date (`28 يونيو`,
// `عام 2023`, `22/03/2023`, `15-16 سبتمبر`) have no unit and are left to the date recogniser.

import type { Candidate, Doc } from '../extract/document';
import { normaliseString } from '../text/normalise';
import { NUMBER_BIT, type Token, type TokenTable, tokenTable, WORD_BIT } from '../text/tokens';
import { WordFlags, wordFlag, wordId, words } from '../text/vocabulary';
import { figureJoinWords, hedgeBefore, isNumberedName, isYearContext, isYearNoun } from './context';
import { cardinalFigure, digitsInsideSomething } from './figures/cardinal';
import { isCompoundHead, withCompoundTail } from './figures/compound';
import { dualFigure, indefinitePluralBefore, oneAfterNoun } from './figures/count';
import { ellipticalOrdinal, type RankedNoun } from './figures/elliptical';
import { type Found, tidy } from './figures/found';
import { fractionFigure } from './figures/fraction';
import { MEASURE_UNITS, measureFigure } from './figures/measure';
import { definitePluralBefore, numberedOrdinal, ordinalFigure } from './figures/ordinal';
import { partitiveFigure } from './figures/partitive';
import { insideIdiom } from './idioms';
import { analyseToken, lexiconWords, type WordAnalysis } from './lexicon';
import { PREFIXES } from './proclitics';
import { type NumberReading, readNumberAt } from './read-number';
import { dualFigureWords, POWERED_UNITS, singularNounWords, unitStartWords } from './unit-lexicon';

let afterNumber: Set<string> | null = null;

/** Every word that can follow digits inside a figure: number words, units, percent, range words. */
function buildAfterNumber(): Set<string> {
  const set = new Set<string>(lexiconWords());
  for (const w of unitStartWords()) set.add(w);
  for (const w of Object.keys(POWERED_UNITS)) set.add(w);
  // Nisba plurals (فلسطينيين) are recognised by their ending, not listed: see read-unit.ts.
  for (const w of figureJoinWords()) set.add(w);
  for (const p of PREFIXES) set.add(p.text);
  set.add(normaliseString('من')); // a partitive: 20 من الدول

  afterNumber = set;
  return set;
}

/** Signs and marks that can sit right before or after digits in a figure. */
const FIGURE_PUNCT = '%$€£¢₽-';

/** A mark of `FIGURE_PUNCT` (punctuation tokens are one character; no word or number is in it). */
const FIGURE_MARK = 1;
/** A word that can follow digits in a figure. */
const CAN_FOLLOW_NUMBER = 2;

const besideNumber = new WordFlags(
  (w) =>
    (FIGURE_PUNCT.includes(w) ? FIGURE_MARK : 0) |
    ((afterNumber ?? buildAfterNumber()).has(w) || w.endsWith('يين') || w.endsWith('يون') ? CAN_FOLLOW_NUMBER : 0),
);

/** `besideNumber` of token k of a list, by its id (0 outside the list). */
function besideNumberAt(tokens: Token[], ids: Int32Array, k: number): number {
  if (k < 0 || k >= ids.length) return 0;
  const id = ids[k] as number;
  return besideNumber.get(id, id !== 0 ? (words[id] as string) : (tokens[k] as Token).text);
}

/**
 * Most digits in news are dates, years, clock times and references: nothing around them can make
 * a figure. One lookup on the next word dismisses them before any reading. Read from the typed
 * columns and per-word flags: most digits end here, and their neighbours' objects are not read.
 */
function cannotBeFigure(tokens: Token[], table: TokenTable, i: number): boolean {
  const { ids } = table;
  const bits = table.bits;
  if (i > 0 && ((bits[i - 1] as number) & (WORD_BIT | NUMBER_BIT)) === 0) {
    if (besideNumberAt(tokens, ids, i - 1) & FIGURE_MARK) return false;
  }
  if (i + 1 >= ids.length) return true;
  const next = bits[i + 1] as number;
  if (next & NUMBER_BIT) return true;
  if (!(next & WORD_BIT)) return !(besideNumberAt(tokens, ids, i + 1) & FIGURE_MARK);
  return !(besideNumberAt(tokens, ids, i + 1) & CAN_FOLLOW_NUMBER);
}

/** `رقم` "number" (see `numberedOrdinal`), by id. */
const RAQM = wordId(normaliseString('رقم'));

function numberFigure(tokens: Token[], table: TokenTable, i: number): Found | null {
  // اللقاء رقم 40: a rank written with رقم, whatever follows the digits.
  // By id first: nearly every number follows some other word than `رقم`, whose token is not read.
  if (i >= 2 && ((table.bits[i - 1] as number) & WORD_BIT) !== 0 && table.ids[i - 1] === RAQM) {
    const ranked = numberedOrdinal(tokens, i);
    if (ranked) return ranked;
  }
  if (cannotBeFigure(tokens, table, i) || digitsInsideSomething(tokens, table, i)) return null;
  const r = readNumberAt(tokens, i);
  if (!r) return null;
  if (r.end === i + 1 && yearAt(tokens[i]) && isYearContext(tokens[i - 1])) return null;
  return cardinalFigure(tokens, r) ?? partitiveFigure(tokens, r);
}

/**
 * An ordinal reading. A definite cardinal from eleven up (`الأحد عشر شهرا`, `العشرين عاما`,
 * `الـ15 عاما`) reads as an ordinal after its noun (`الذكرى العشرين`), but with a counted noun
 * after it, it counts that noun.
 */
function ordinalReadingFigure(tokens: Token[], r: NumberReading): Found | null {
  if (!r.ordinalWord && !isNumberedName(tokens[r.start - 1])) {
    const count = cardinalFigure(tokens, r);
    // `الذكرى السبعين عام 2015`: a year after the noun makes the noun the date's (`عام 2015`).
    if (count && !yearAt(tokens[count.next])) return count;
  }
  return ordinalFigure(tokens, r);
}

/**
 * A year in digits (`2015`): after `عام` in a date, or a number read alone in a year's context.
 * The length first: the RegExp runs only for the few numbers that could be years.
 */
function yearAt(t: Token | undefined): boolean {
  if (t?.kind !== 'number' || t.text.length !== 4 || !/^\d{4}$/.test(t.text)) return false;
  const y = Number(t.text);
  return y >= 1900 && y <= 2100;
}

/** What a word figure may lean on: the text (for line ends) and the last ordinal with its noun. */
interface Scan {
  text: string;
  ranked: RankedNoun | null;
}

function wordFigure(tokens: Token[], i: number, analyses: readonly WordAnalysis[], scan: Scan): Found | null {
  const r = readNumberAt(tokens, i);
  if (r?.ordinal) return ordinalReadingFigure(tokens, r) ?? ellipticalOrdinal(tokens, scan.text, r, scan.ranked);
  if (r) {
    const f =
      cardinalFigure(tokens, r) ??
      definitePluralBefore(tokens, r) ??
      indefinitePluralBefore(tokens, r) ??
      partitiveFigure(tokens, r);
    if (f) return f;
    if (r.value === 1 && r.end === i + 1) {
      const one = oneAfterNoun(tokens, r);
      if (one) return one;
    }
  }
  for (const a of analyses) {
    if (a.sense.kind !== 'fraction') continue;
    const f = fractionFigure(tokens, i, a);
    if (f) return f;
  }
  return null;
}

const NUMBER_WORD = 1;
const ARTICLE = 2;
const DUAL = 4;
const MEASURE = 8;
let triggers: Map<string, number> | null = null;
/** The trigger table by token id; whether a word is in it at all is a bit of `tokenBits`. */
const triggerOf = new WordFlags((w) => (triggers ?? buildTriggers()).get(w) ?? 0);
const FIGURE_WORD = wordFlag((w) => (triggers ?? buildTriggers()).has(w));

/** One table of every word that can start a figure: a word that cannot costs one lookup. */
function buildTriggers(): Map<string, number> {
  const table = new Map<string, number>();
  const mark = (w: string, flag: number) => table.set(w, (table.get(w) ?? 0) | flag);
  for (const w of lexiconWords()) mark(w, NUMBER_WORD);
  for (const p of PREFIXES) if (p.article) mark(p.text, ARTICLE);
  for (const w of dualFigureWords()) mark(w, DUAL);
  for (const w of singularNounWords(MEASURE_UNITS)) mark(w, MEASURE);
  triggers = table;
  return table;
}

/** A figure starting at word token i, whose trigger kind is `kind`. */
function figureAtWord(tokens: Token[], i: number, kind: number, scan: Scan): Found | null {
  const t = tokens[i] as Token;
  if (kind & DUAL) {
    const dual = dualFigure(tokens, i);
    if (dual) return dual;
  }
  if (kind & MEASURE) {
    const measure = measureFigure(tokens, i);
    if (measure) return measure;
  }
  const analyses = analyseToken(t);
  if (analyses.length > 0) return wordFigure(tokens, i, analyses, scan);
  if (kind & ARTICLE) {
    const r = readNumberAt(tokens, i);
    return r?.ordinal ? ordinalReadingFigure(tokens, r) : null;
  }
  return null;
}

/** Every figure mention in a document, in text order, as candidates on the normalised text. */
export function findFigures(doc: Doc): Candidate[] {
  const tokens = doc.tokens;
  const table = tokenTable(tokens);
  const { ids } = table;
  const bits = table.bits;
  const out: Candidate[] = [];
  const scan: Scan = { text: doc.norm.text, ranked: null };
  let i = 0;
  while (i < tokens.length) {
    const b = bits[i] as number;
    if ((b & (NUMBER_BIT | FIGURE_WORD)) === 0) {
      i++;
      continue;
    }
    let found: Found | null = null;
    if (b & NUMBER_BIT) found = numberFigure(tokens, table, i);
    else {
      const id = ids[i] as number;
      const kind = triggerOf.get(id, id !== 0 ? (words[id] as string) : (tokens[i] as Token).text);
      const year = kind & NUMBER_WORD ? yearInWordsEnd(tokens, i) : -1;
      if (year > 0) {
        i = year;
        continue;
      }
      found = figureAtWord(tokens, i, kind, scan);
    }
    // `بصوت واحد`, `الصف الأول`: a fixed expression counts nothing.
    if (found && insideIdiom(tokens, i, found.next)) found = null;
    if (found && !found.also && !found.ordinal) found = compoundDuration(tokens, found);
    if (found) {
      // الزيارة الثالثة … والحادية عشرة: a later coordinated ordinal may share this one's noun.
      if (found.ordinal) {
        const { unit, value } = found.candidate;
        scan.ranked = { unit, value: value as number, feminine: found.ordinal.feminine, end: found.next };
      }
      withHedge(tokens, i, found.candidate);
      out.push(found.candidate);
      if (found.also) out.push(found.also);
      i = found.next;
    } else i++;
  }
  return out;
}

/**
 * A year written in words after `عام`/`سنة` (`عام ألفين وثلاثة وعشرين زيارة`, `سنة ألف وتسعمائة
 * وخمسة وأربعين`) counts nothing, whatever follows it: the token after it, or −1. A whole cardinal
 * of 1000–2199 with no digits and no proclitic, as the dates recogniser reads it.
 */
function yearInWordsEnd(tokens: Token[], i: number): number {
  if (!isYearNoun(tokens[i - 1])) return -1;
  const r = readNumberAt(tokens, i);
  if (!r || r.digits || r.ordinal || r.definite || (r.skip ?? 0) > 0) return -1;
  return Number.isInteger(r.value) && r.value >= 1000 && r.value <= 2199 ? r.end : -1;
}

/**
 * A duration with smaller parts joined to it (`ساعتين و15 دقيقة`, `3 ساعات و20 دقيقة`, `عام
 * وثلاثة أشهر`) is one figure, valued in its smallest unit: see figures/compound.ts.
 */
function compoundDuration(tokens: Token[], found: Found): Found {
  const c = found.candidate;
  if (!isCompoundHead(c.unit) || typeof c.value !== 'number') return found;
  const span = withCompoundTail(tokens, { value: c.value, unit: c.unit as string, end: found.next });
  if (span.end === found.next) return found;
  const last = tokens[span.end - 1] as Token;
  return { candidate: { ...c, value: tidy(span.value), unit: span.unit, nEnd: last.end }, next: span.end };
}

/**
 * A hedge before a figure that starts at its trigger (`نحو 240 مليار دولار`, `أكثر من مليوني
 * برميل`) belongs to the figure: the press writes the amount with it, and the reader's card shows
 * "about" with the value. A proclitic on the hedge (`بنحو`) stays out of the span.
 */
function withHedge(tokens: Token[], i: number, c: Candidate): void {
  if (c.nStart > (tokens[i] as Token).end || c.nStart < (tokens[i] as Token).start) return;
  const hedge = hedgeBefore(tokens, i);
  if (hedge) c.nStart = (tokens[hedge.start] as Token).start + hedge.skip;
}
