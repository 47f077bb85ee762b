// The pieces every date pattern is built from: a day (`28`, `8th`, `الخامس والعشرين`), a month
// (`يونيو`, `حزيران/يونيو`, `شهر 3`, `الشهر الثامن`, `الشهر الماضي`) and a year after them
// (`2024`, `2021ء`, `من عام 2014`, `السنة القادمة`).

import {
  DEMONSTRATIVES,
  DIRECTIONS,
  ENGLISH_MONTHS,
  ENGLISH_SUFFIXES,
  FAR_DEMONSTRATIVES,
  FIRST_DAY_WORDS,
  GREGORIAN_ERA,
  HIJRI_ERA,
  MONTH_WORDS,
  MONTHS,
  SAME_HEADS,
  SAME_WORDS,
  WORD,
  YEAR_WORDS,
} from '../lexicon';
import { wordSet } from '../phrase-table';
import type { Lean, MonthRef, YearRef } from '../spec';
import type { Direction } from '../words';
import type { Ctx } from './context';

const ARTICLE = 'ال';
export const ARTICLE_ONLY = wordSet([ARTICLE]);

export interface DayHit {
  d: number;
  from: number;
  to: number;
  skip: number;
  /** Written as a word (`الأول`), not digits. */
  word: boolean;
}

/** A day of the month at token `i`: digits 1–31 (with an English suffix) or an ordinal word. */
export function readDay(ctx: Ctx, i: number): DayHit | null {
  const v = ctx.digits(i);
  if (v >= 0) {
    if (v < 1 || v > 31 || ctx.digitCount(i) > 2) return null;
    let to = i + 1;
    const suffix = ctx.word(to);
    if (suffix !== null && ENGLISH_SUFFIXES.has(suffix) && (ctx.tok(i)?.end ?? -1) === ctx.tok(to)?.start) to++;
    return { d: v, from: i, to, skip: 0, word: false };
  }
  const w = ctx.word(i);
  if (w === null) return null;
  // `الـ15 من الشهر الجاري`: the article before digits (the tatweel is gone after normalisation).
  const article = w === ARTICLE ? 0 : ctx.isIn(ARTICLE_ONLY, i);
  if (article >= 0) {
    const d = ctx.digits(i + 1);
    if (d >= 1 && d <= 31 && ctx.digitCount(i + 1) <= 2) return { d, from: i, to: i + 2, skip: article, word: false };
    return null;
  }
  const first = ctx.isIn(FIRST_DAY_WORDS, i);
  if (first >= 0) return { d: 1, from: i, to: i + 1, skip: first, word: true };
  const r = ctx.number(i);
  if (!r?.ordinal || r.digits || r.value < 1 || r.value > 31 || r.value !== Math.floor(r.value)) return null;
  return { d: r.value, from: i, to: r.end, skip: r.skip ?? 0, word: true };
}

export interface MonthHit {
  month: MonthRef;
  from: number;
  to: number;
  skip: number;
  /** Needs something date-like next to it (an ambiguous word, a bare number after `شهر`). */
  weak: boolean;
  /** A month number in words (`شهر ثلاثة`, `الشهر الثامن`): a month only next to a day or a year. */
  numbered?: boolean;
  english: boolean;
}

const DIRECTION_OFFSET: Record<Direction, number> = { past: -1, current: 0, next: 1 };
const DIRECTION_LEAN: Record<Direction, Lean> = { past: 'past', current: null, next: 'future' };

function direction(ctx: Ctx, i: number): Direction | null {
  const w = ctx.word(i);
  return w === null ? null : (DIRECTIONS.get(w) ?? null);
}

/**
 * A month at token `i`: a name of any series (paired forms `حزيران/يونيو`, `أيلول (سبتمبر)`
 * included), `شهر` + name or number, `الشهر` + ordinal, or a relative month (`الشهر الماضي`,
 * `هذا الشهر`). A past or next adjective after a name (`فبراير الماضي`) is kept as a lean.
 */
export function parseMonthRef(ctx: Ctx, i: number, clitics = true): MonthHit | null {
  let j = i;
  let skip = 0;
  let shahr = false;
  let definiteShahr = false;
  // `هذا الشهر`
  const demo = ctx.isIn(DEMONSTRATIVES, i, clitics);
  if (demo >= 0 && ctx.isIn(MONTH_WORDS, i + 1, false) >= 0 && ctx.word(i + 1)?.startsWith('ال')) {
    return { month: { kind: 'relative', offset: 0 }, from: i, to: i + 2, skip: demo, weak: false, english: false };
  }
  const s = ctx.isIn(MONTH_WORDS, i, clitics);
  if (s >= 0) {
    shahr = true;
    skip = s;
    definiteShahr = (ctx.word(i) as string).slice(s).startsWith('ال') || (ctx.word(i) as string).startsWith('لل');
    j = i + 1;
  }
  const named = ctx.match(MONTHS, j, clitics && !shahr);
  if (named) {
    if (!shahr) skip = named.skip;
    let to = named.to;
    let paired = false;
    if (ctx.punct(to, '/', '\\', '-')) {
      const other = ctx.match(MONTHS, to + 1, false) ?? ctx.match(ENGLISH_MONTHS, to + 1, false);
      if (other) {
        to = other.to;
        paired = true;
      }
    } else if (ctx.punct(to, '(')) {
      const other = ctx.match(MONTHS, to + 1, false);
      if (other && ctx.punct(other.to, ')')) {
        to = other.to + 1;
        paired = true;
      }
    } else {
      // Reuters Arabic pairs the names with a bare space (`25 فبراير شباط 2022`, `تشرين الأول
      // أكتوبر`): the next word is the same month in another series.
      const other = ctx.match(MONTHS, to, false);
      if (other && other.value.m === named.value.m) {
        to = other.to;
        paired = true;
      }
    }
    const dir = direction(ctx, to);
    let year: YearRef | null = null;
    let lean: Lean = null;
    if (dir === 'current') year = { kind: 'relative', offset: 0 };
    else if (dir) lean = DIRECTION_LEAN[dir];
    if (dir) to++;
    const weak = named.value.ambiguous && !shahr && !paired && !dir;
    return { month: { kind: 'named', m: named.value.m, year, lean }, from: i, to, skip, weak, english: false };
  }
  if (!shahr) {
    const english = ctx.match(ENGLISH_MONTHS, i, false);
    if (english) {
      const month: MonthRef = { kind: 'named', m: english.value, year: null, lean: null };
      return { month, from: i, to: english.to, skip: 0, weak: true, english: true };
    }
    // `نفس الشهر`, `ذات الشهر`: the month of the date before.
    const head = ctx.isIn(SAME_HEADS, i, clitics);
    if (head >= 0 && ctx.isIn(MONTH_WORDS, i + 1, false) >= 0 && ctx.word(i + 1)?.startsWith('ال')) {
      return { month: { kind: 'anaphoric' }, from: i, to: i + 2, skip: head, weak: false, english: false };
    }
    return null;
  }
  // `الشهر نفسه`, `الشهر ذاته`
  if (definiteShahr && ctx.isIn(SAME_WORDS, j, false) >= 0) {
    return { month: { kind: 'anaphoric' }, from: i, to: j + 1, skip, weak: false, english: false };
  }
  // `الشهر الماضي`, `الشهر الجاري`
  const dir = definiteShahr ? direction(ctx, j) : null;
  if (dir) {
    return {
      month: { kind: 'relative', offset: DIRECTION_OFFSET[dir] },
      from: i,
      to: j + 1,
      skip,
      weak: false,
      english: false,
    };
  }
  // `شهر 3`, `شهر ثلاثة`, `الشهر الثامن`
  const v = ctx.digits(j);
  if (v >= 1 && v <= 12 && !definiteShahr) {
    return {
      month: { kind: 'named', m: v, year: null, lean: null },
      from: i,
      to: j + 1,
      skip,
      weak: false,
      english: false,
    };
  }
  const r = ctx.word(j) !== null ? ctx.number(j) : null;
  if (r && r.value >= 1 && r.value <= 12 && Number.isInteger(r.value) && r.ordinal === definiteShahr) {
    const m = { kind: 'named', m: r.value, year: null, lean: null } as const;
    return { month: m, from: i, to: r.end, skip, weak: true, numbered: true, english: false };
  }
  return null;
}

function inModernRange(y: YearRef): boolean {
  return y.kind === 'absolute' && y.y >= 1900 && y.y <= 2100;
}

export interface YearHit {
  year: YearRef;
  to: number;
  era: 'hijri' | 'gregorian' | null;
}

/** A four-digit year at token `i`, with an era mark after it (`2024م`, `1445 هـ`). */
export function readYearNumber(ctx: Ctx, i: number, min = 1000, max = 2199): YearHit | null {
  if (ctx.digitCount(i) !== 4) return null;
  const y = ctx.digits(i);
  if (y < min || y > max) return null;
  const mark = ctx.word(i + 1);
  if (mark !== null) {
    if (GREGORIAN_ERA.has(mark)) return { year: { kind: 'absolute', y }, to: i + 2, era: 'gregorian' };
    if (HIJRI_ERA.has(mark)) return { year: { kind: 'absolute', y }, to: i + 2, era: 'hijri' };
  }
  return { year: { kind: 'absolute', y }, to: i + 1, era: null };
}

/**
 * A year written in words after `عام`/`سنة` (`ألفين وثلاثة وعشرين`, `ألف وتسعمائة وخمسة وأربعين`),
 * with an era mark after it: a whole cardinal of 1000–2199, no digits, no ordinal, no proclitic
 * on its first word. The year word before `i` must be indefinite: after `العام`, `السنة` a number
 * is what the year counted (`سجل العام ألفا زائر`). (`lib/numbers` leaves such years out of figures.)
 */
export function readYearWords(ctx: Ctx, i: number): YearHit | null {
  const before = ctx.word(i - 1);
  const s = ctx.isIn(YEAR_WORDS, i - 1);
  if (ctx.word(i) === null || before === null || s < 0 || before.slice(s).startsWith('ال') || before.startsWith('لل'))
    return null;
  const r = ctx.number(i);
  if (!r || r.digits || r.ordinal || r.definite || (r.skip ?? 0) > 0) return null;
  if (!Number.isInteger(r.value) || r.value < 1000 || r.value > 2199) return null;
  const y = r.value;
  const mark = ctx.word(r.end);
  if (mark !== null) {
    if (GREGORIAN_ERA.has(mark)) return { year: { kind: 'absolute', y }, to: r.end + 1, era: 'gregorian' };
    if (HIJRI_ERA.has(mark)) return { year: { kind: 'absolute', y }, to: r.end + 1, era: 'hijri' };
  }
  return { year: { kind: 'absolute', y }, to: r.end, era: null };
}

/**
 * A year following a month or a day: `2024`, `، 2024`, `عام 2014`, `من عام 2014`, `في سنة 2014`,
 * `لعام 2014`, `من العام الماضي`, `السنة القادمة`, `من هذا العام`.
 */
export function parseYearAfter(ctx: Ctx, j: number): YearHit | null {
  let k = j;
  if (ctx.punct(k, ',', '،')) k++;
  // A bare number after a date is a year only in the modern range (`15 مارس 1500 جندي` is not);
  // with an era mark or a year word, any four-digit year.
  const direct = readYearNumber(ctx, k);
  if (direct && (direct.era || inModernRange(direct.year))) return direct;
  const w = ctx.word(k);
  if (w === WORD.min || w === WORD.fi) {
    k++;
    // `مارس من 2024`: after the preposition, a bare modern year.
    const bare = readYearNumber(ctx, k, 1900, 2100);
    if (bare) return bare;
  }
  if (ctx.isIn(DEMONSTRATIVES, k, false) >= 0 && ctx.isIn(YEAR_WORDS, k + 1, false) >= 0) {
    return { year: { kind: 'relative', offset: 0 }, to: k + 2, era: null };
  }
  // `من نفس العام`; `من ذلك العام`, `من تلك السنة` (that year: the one of the date before, not this one)
  const head = ctx.isIn(SAME_HEADS, k, false) >= 0 || ctx.isIn(FAR_DEMONSTRATIVES, k, false) >= 0;
  if (head && ctx.isIn(YEAR_WORDS, k + 1, false) >= 0) {
    return { year: { kind: 'anaphoric', offset: 0, anaphora: 'strict' }, to: k + 2, era: null };
  }
  if (ctx.isIn(YEAR_WORDS, k) < 0) return null;
  const number = readYearNumber(ctx, k + 1) ?? readYearWords(ctx, k + 1);
  if (number) return number;
  // `من العام نفسه`
  if ((ctx.word(k) as string).includes('ال') && ctx.isIn(SAME_WORDS, k + 1, false) >= 0) {
    return { year: { kind: 'anaphoric', offset: 0, anaphora: 'strict' }, to: k + 2, era: null };
  }
  const dir = direction(ctx, k + 1);
  if (dir && (ctx.word(k) as string).includes('ال')) {
    return { year: { kind: 'relative', offset: DIRECTION_OFFSET[dir] }, to: k + 2, era: null };
  }
  return null;
}

export { DIRECTION_OFFSET, direction };
