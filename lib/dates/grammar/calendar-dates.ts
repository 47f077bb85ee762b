// Calendar dates written with a month: day first (`28 يونيو`, `الأول من مارس`, `15-16 سبتمبر`,
// `من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر`, `8th, February 2024`), month first
// (`يوليو 13-15`, `February 8, 2024`, `فبراير 2024`, `في مارس`), and Hijri dates.

import { normaliseString } from '../../text/normalise';
import { daysInMonth, isoDay, isoMonth } from '../calendar';
import { hijriMonthSpan, hijriToGregorian, hijriYearSpan, solarHijriToGregorian } from '../hijri';
import {
  CURRENT_MONTH_WORDS,
  DAY_DUAL_WORDS,
  DAY_WORDS,
  ENGLISH_MONTHS,
  HIJRI_ERA,
  HIJRI_MONTHS,
  MONTH_PLURALS,
  MONTH_WORDS,
  MONTHS,
  RANGE_LINKS,
  SOLAR_HIJRI_MONTHS,
  TEMPORAL_PREPOSITIONS,
  WEEKDAYS,
  WORD,
} from '../lexicon';
import type { Match, MonthRef, Spec } from '../spec';
import type { Ctx } from './context';
import {
  type DayHit,
  type MonthHit,
  parseMonthRef,
  parseYearAfter,
  readDay,
  readYearNumber,
  type YearHit,
} from './parts';

/** Token after a range link (`-`, `إلى`, `حتى`, `وحتى`, `و`) at `k`, or −1. */
export function afterRangeLink(ctx: Ctx, k: number, allowAnd: boolean): number {
  if (ctx.punct(k, '-')) return k + 1;
  const w = ctx.word(k);
  if (w === null) return -1;
  if (w === WORD.wa) return allowAnd ? k + 1 : -1;
  return RANGE_LINKS.has(w) ? k + 1 : -1;
}

/** A second day after a range link: `-16`, `الى 15`, `و24`, `والسادس`, `وحتى السادس والعشرين`. */
function readRangeEnd(ctx: Ctx, k: number): DayHit | null {
  const after = afterRangeLink(ctx, k, true);
  if (after >= 0) {
    const d = readDay(ctx, after);
    if (d) return d;
  }
  // `والسادس`, `والـ24`: the conjunction is attached to an ordinal word or to the article of a day.
  const w = ctx.word(k);
  if (w?.startsWith(WORD.wa)) {
    const d = readDay(ctx, k);
    if (d && d.skip > 0) return d;
  }
  return null;
}

/** `31 فبراير` is no date: a day (and the range's last day) must exist in its named month (in some year). */
function fitsMonth(month: MonthRef, d1: number, d2: number): boolean {
  if (month.kind !== 'named') return true;
  const longest = month.m === 2 ? 29 : daysInMonth(2001, month.m);
  return d1 <= longest && d2 <= longest;
}

function withYear(month: MonthRef, year: YearHit | null): MonthRef {
  if (!year || month.kind !== 'named') return month;
  return { ...month, year: year.year };
}

/**
 * Day first. `[يوم|اليوم|يومي] DAY [link DAY] [يوم] [،] [من|في] MONTH [YEAR]`. The leading day word
 * is part of the span (`يوم 28 يونيو`), as in the press's own wording.
 */
export function parseDayFirst(ctx: Ctx, i: number): Match | null {
  let k = i;
  let skip = 0;
  const dayWord = ctx.isIn(DAY_WORDS, k);
  const dualWord = dayWord < 0 ? ctx.isIn(DAY_DUAL_WORDS, k) : -1;
  if (dayWord >= 0 || dualWord >= 0) {
    skip = Math.max(dayWord, dualWord);
    k++;
  }
  const d1 = readDay(ctx, k);
  if (!d1) return null;
  // `18:20-26 يوليو`: the minutes of a clock time glued to the day by a dash, not a range's
  // first day; the date starts at the day after the dash.
  if (!d1.word && ctx.punct(k - 1, ':') && ctx.tok(k - 2)?.kind === 'number' && isRangeLink(ctx, d1.to)) return null;
  if (k === i) skip = d1.skip;
  k = d1.to;
  if (d1.word && ctx.word(k) === WORD.yawm) k++; // `ثالث يوم من شهر عشرة`
  const d2 = readRangeEnd(ctx, k);
  if (d2) k = d2.to;
  const english = ctx.punct(k, ',') && ctx.match(ENGLISH_MONTHS, k + 1, false) !== null;
  // `14 - أبريل - 2023`, `14/أبريل/2023`: the month between separators.
  const separator = !d2 && !english && ctx.punct(k, '-', '/') ? (ctx.tok(k)?.text ?? null) : null;
  if (english || separator) k++;
  // `الأول من مارس`; not `في` (`قمة العشرين في أيلول` is the G20 in September).
  else if (ctx.word(k) === WORD.min || (ctx.word(k) === WORD.fi && !d1.word) || ctx.word(k) === 'of') k++;
  // `يومي 20 و21 الجاري`, `في 15 الحالي`: digits and "current" for the month, right after them.
  if (
    !english &&
    !separator &&
    k === (d2 ?? d1).to &&
    !d1.word &&
    !d2?.word &&
    ctx.isIn(CURRENT_MONTH_WORDS, k, false) >= 0
  ) {
    const month: MonthRef = { kind: 'relative', offset: 0 };
    const end = d2 ? { month, d: d2.d } : null;
    if (dualWord >= 0 && !end) return null;
    return { from: i, to: k + 1, skip, spec: { kind: 'day', month, d: d1.d, weekday: null, end } };
  }
  const month = parseMonthRef(ctx, k, !separator);
  if (!month || (month.english && !english && d1.word)) return null;
  if (!fitsMonth(month.month, d1.d, d2?.d ?? 1)) return null;
  let year: YearHit | null;
  if (separator) {
    year = ctx.punct(month.to, separator) ? readYearNumber(ctx, month.to + 1) : null;
    if (!year) return null;
  } else year = parseYearAfter(ctx, month.to);
  if (year?.era === 'hijri') return null;
  const m = withYear(month.month, year);
  let to = year ? year.to : month.to;
  let end: { month: MonthRef; d: number } | null = d2 ? { month: m, d: d2.d } : null;
  // `من 31 أغسطس إلى 3 سبتمبر`, `يومي 31 أغسطس و1 سبتمبر`: a second full date after a link.
  if (!end) {
    const after = afterRangeLink(ctx, to, dualWord >= 0);
    const second = after >= 0 ? parseDayFirst(ctx, after) : null;
    if (second && second.spec.kind === 'day' && !second.spec.end && second.skip === 0) {
      end = { month: second.spec.month, d: second.spec.d };
      to = second.to;
    } else if (after >= 0) {
      // `من الاثنين 20 مارس إلى الأربعاء 22 منه`: the end's day "of it", the month just named.
      const ofIt = dayOfIt(ctx, after);
      if (ofIt && ofIt.d > d1.d && fitsMonth(month.month, d1.d, ofIt.d)) {
        end = { month: m, d: ofIt.d };
        to = ofIt.to;
      }
    }
  }
  if (dualWord >= 0 && !end) return null;
  return { from: i, to, skip, spec: { kind: 'day', month: m, d: d1.d, weekday: null, end } };
}

const OF_IT = normaliseString('منه');

/** `22 منه`, `الأربعاء 22 منه` ("the 22nd of it"): a day in the month named before, as a range's end. */
function dayOfIt(ctx: Ctx, i: number): { d: number; to: number } | null {
  const weekday = ctx.match(WEEKDAYS, i);
  let k = weekday ? weekday.to : i;
  if (ctx.punct(k, ',', '،')) k++;
  const day = readDay(ctx, k);
  if (!day || day.word || ctx.word(day.to) !== OF_IT) return null;
  return { d: day.d, to: day.to + 1 };
}

/**
 * Month first. `MONTH DAY [link DAY] [, YEAR]` (`يوليو 13-15`, `February 8, 2024`), `MONTH YEAR`,
 * or a month alone when it cannot be an ordinary word there (`في مارس`, `شهر فبراير الماضي`).
 */
export function parseMonthFirst(ctx: Ctx, i: number): Match | null {
  const month = parseMonthRef(ctx, i);
  if (!month) return null;
  const k = month.to;
  const dayAfter = parseDayAfterMonth(ctx, month);
  if (dayAfter) return dayAfter;
  const year = parseYearAfter(ctx, k);
  if (year && year.era !== 'hijri') {
    return {
      from: i,
      to: year.to,
      skip: month.skip,
      spec: { kind: 'month', month: withYear(month.month, year), end: null },
    };
  }
  if (month.english || (month.numbered && !ctx.loose)) return null;
  if (month.weak && !ctx.loose && !monthContext(ctx, i)) return null;
  return { from: i, to: k, skip: month.skip, spec: { kind: 'month', month: month.month, end: null } };
}

function parseDayAfterMonth(ctx: Ctx, month: MonthHit): Match | null {
  let k = month.to;
  if (month.month.kind !== 'named' || month.month.lean) return null;
  if (ctx.digits(k) < 0) return null;
  const d1 = readDay(ctx, k);
  if (!d1) return null;
  k = d1.to;
  const d2 = readRangeEnd(ctx, k);
  if (d2) k = d2.to;
  if (!fitsMonth(month.month, d1.d, d2?.d ?? 1)) return null;
  const year = parseYearAfter(ctx, k);
  if (year?.era === 'hijri') return null;
  if (!year && !ctx.loose) {
    // `في أكتوبر 12 دولة`: a number after a month is a day only if nothing counted follows it.
    const next = ctx.tok(k);
    if (next && next.kind !== 'punct') return null;
    if (!d2 && !month.english && month.weak) return null;
  }
  const m = withYear(month.month, year);
  const spec: Spec = { kind: 'day', month: m, d: d1.d, weekday: null, end: d2 ? { month: m, d: d2.d } : null };
  return { from: month.from, to: year ? year.to : k, skip: month.skip, spec };
}

/**
 * Whether the words around an ambiguous month word make it a month (`في مارس`, `منذ آب`, `أشهر
 * مارس`, `جويلية وأوت`, `مارس وأفريل`).
 */
function monthContext(ctx: Ctx, i: number): boolean {
  const before = ctx.tok(i - 1);
  if (before?.kind === 'word' && ctx.isIn(TEMPORAL_PREPOSITIONS, i - 1) >= 0) return true;
  if (before?.kind === 'word' && ctx.isIn(MONTH_PLURALS, i - 1, false) >= 0) return true;
  // `جويلية وأوت`: coordinated with a month just before.
  if (ctx.word(i)?.startsWith(WORD.wa) === true && ctx.match(MONTHS, i - 1) !== null) return true;
  // `مارس وأفريل`: coordinated with a month name that is nothing else, just after.
  const next = ctx.word(i + 1)?.startsWith(WORD.wa) === true ? ctx.match(MONTHS, i + 1) : null;
  return next !== null && !next.value.ambiguous;
}

/**
 * Hijri: `27 رجب 1445 هـ`, `رجب 1445`, `1445هـ`. A Hijri month needs a year after it: alone,
 * `صفر`, `رجب`, `رمضان` are as often a number or a name. The value is Gregorian.
 */
export function parseHijri(ctx: Ctx, i: number): Match | null {
  const d = readDay(ctx, i);
  let k = d ? d.to : i;
  if (d && ctx.word(k) === WORD.min) k++;
  // `24 شهر رمضان 1439 هـ`, `الخامس من شهر رجب`: the month's name after `شهر`.
  if (d && ctx.isIn(MONTH_WORDS, k, false) >= 0 && ctx.match(HIJRI_MONTHS, k + 1, false)) k++;
  const month = ctx.match(HIJRI_MONTHS, k, !d);
  if (month) {
    const year = readYearNumber(ctx, month.to, 1300, 1600);
    if (year?.year.kind !== 'absolute') return null;
    const hy = year.year.y;
    if (d) {
      const g = hijriToGregorian(hy, month.value, d.d);
      if (!g) return null;
      const value = { value: isoDay(g.y, g.m, g.d), valueEnd: null, grain: 'day' as const };
      return { from: i, to: year.to, skip: d.skip, spec: { kind: 'fixed', value, hijri: true } };
    }
    const span = hijriMonthSpan(hy, month.value);
    if (!span) return null;
    const [a, b] = span;
    const value = { value: isoDay(a.y, a.m, a.d), valueEnd: isoDay(b.y, b.m, b.d), grain: 'day' as const };
    return { from: i, to: year.to, skip: month.skip, spec: { kind: 'fixed', value, hijri: true } };
  }
  if (d) return null;
  const year = readYearNumber(ctx, i, 1300, 1600);
  if (year?.era !== 'hijri' || year.year.kind !== 'absolute') return null;
  const span = hijriYearSpan(year.year.y);
  if (!span) return null;
  const [a, b] = span;
  const value = { value: isoDay(a.y, a.m, a.d), valueEnd: isoDay(b.y, b.m, b.d), grain: 'day' as const };
  return { from: i, to: year.to, skip: 0, spec: { kind: 'fixed', value, hijri: true } };
}

/**
 * Solar Hijri (Persian) days, `۲۸ اسفند ۱۳۹۶`: a day number, a Persian month, a year number of
 * the calendar's modern range, all three (its month names are also words). The value is Gregorian.
 */
export function parseSolarHijri(ctx: Ctx, i: number): Match | null {
  const d = ctx.digitCount(i) <= 2 ? ctx.digits(i) : -1;
  if (d < 1) return null;
  const month = ctx.match(SOLAR_HIJRI_MONTHS, i + 1, false);
  if (!month) return null;
  const year = readYearNumber(ctx, month.to, 1300, 1500);
  if (year?.year.kind !== 'absolute' || year.era === 'gregorian') return null;
  const g = solarHijriToGregorian(year.year.y, month.value, d);
  if (!g) return null;
  const value = { value: isoDay(g.y, g.m, g.d), valueEnd: null, grain: 'day' as const };
  return { from: i, to: year.to, skip: 0, spec: { kind: 'fixed', value, hijri: true } };
}

const DOTTED = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/;

/**
 * Numeric dates: `22/03/2023`, `2023/03/22`, `22-03-2023`, `16 - 06 - 2022`, `22.03.2023`,
 * `2/2013` (a month).
 * Day first unless the second number cannot be a month (`03/22/2023`, US order).
 */
export function parseNumeric(ctx: Ctx, i: number): Match | null {
  const t = ctx.tok(i);
  if (t?.kind !== 'number') return null;
  // `22.03.2023` is one number token (the tokenizer keeps inner dots). Most numbers have none,
  // and pass without running (or allocating) a RegExp.
  const dotted = t.text.includes('.') ? DOTTED.exec(t.text) : null;
  if (dotted) return numericValue(i, i + 1, Number(dotted[1]), Number(dotted[2]), Number(dotted[3]), dotted[3]!.length);
  if (ctx.digits(i) < 0) return null;
  const sep = ctx.tok(i + 1);
  if (sep?.kind !== 'punct') return null;
  if (sep.text === ':') return colonDate(ctx, i);
  if (!'/-.'.includes(sep.text)) return null;
  // `16 - 06 - 2022` (Tunisian and Algerian sites): dashes with spaces, but a whole day with a
  // four-digit year, which no range or score of two numbers has.
  const spacedDashes =
    sep.text === '-' && ctx.punct(i + 3, '-') && ctx.digits(i + 2) >= 0 && ctx.digitCount(i + 4) === 4;
  // `14. 05. 2024` (China.org.cn, Russian and German style): each dot glued to its number and a
  // space after it, a day and a month of two digits at most, a four-digit year.
  const spacedDots =
    sep.text === '.' &&
    ctx.punct(i + 3, '.') &&
    ctx.digitCount(i) <= 2 &&
    ctx.digitCount(i + 2) <= 2 &&
    ctx.digitCount(i + 4) === 4 &&
    tight(ctx, i, false) &&
    tight(ctx, i + 2, false);
  const spaced = sep.text === '/' || spacedDashes || spacedDots;
  if (!tight(ctx, i, spaced) || !tight(ctx, i + 1, spaced) || ctx.digits(i + 2) < 0) return null;
  // Not a piece of a longer run (`1/2/3/4`, a phone number).
  if (ctx.punct(i - 1, sep.text) && ctx.digits(i - 2) >= 0) return null;
  const a = ctx.digits(i);
  const b = ctx.digits(i + 2);
  if (ctx.punct(i + 3, sep.text) && ctx.digits(i + 4) >= 0 && tight(ctx, i + 3, spaced)) {
    // A fourth number joined the same way makes a longer run (`1-2-2019-5`); a clock time after
    // a dash (`23-04-2019 - 16:48`, `16 - 06 - 2022 - 10:30`) or a number set off by a spaced
    // dash after a tight date is what follows the date.
    if (ctx.punct(i + 5, sep.text) && ctx.digits(i + 6) >= 0 && !ctx.punct(i + 7, ':')) {
      const ownTight = ctx.tok(i)?.end === ctx.tok(i + 1)?.start;
      if (!ownTight || tight(ctx, i + 4, false)) return null;
    }
    const c = ctx.digits(i + 4);
    const hijri = hijriNumeric(ctx, i, a, b, c);
    if (hijri) return hijri;
    const glued = gluedHour(ctx, i + 4);
    if (glued !== null && ctx.digitCount(i) <= 2) {
      const m = numericValue(i, i + 5, a, b, glued, 4, ctx.digitCount(i));
      return m && { ...m, trim: 2 };
    }
    return numericValue(i, i + 5, a, b, c, ctx.digitCount(i + 4), ctx.digitCount(i));
  }
  // `2/2013`: month and year.
  if (sep.text === '/' && ctx.digitCount(i + 2) === 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100) {
    if (ctx.punct(i + 3, '/', '-', '.')) return null;
    const value = { value: isoMonth(b, a), valueEnd: null, grain: 'month' as const };
    return { from: i, to: i + 3, skip: 0, spec: { kind: 'fixed', value } };
  }
  return null;
}

/**
 * People's Daily's `2023:03:17` (often glued to its clock time, `2023:03:17.16:45`, where the
 * tokenizer reads `17.16` as one number): year first only, colons touching, so that no clock
 * time (`10:30:15`) is a date.
 */
function colonDate(ctx: Ctx, i: number): Match | null {
  if (ctx.digitCount(i) !== 4 || !tight(ctx, i, false) || !tight(ctx, i + 1, false)) return null;
  if (ctx.digitCount(i + 2) !== 2 || !ctx.punct(i + 3, ':') || !tight(ctx, i + 2, false) || !tight(ctx, i + 3, false))
    return null;
  const last = ctx.tok(i + 4);
  if (last?.kind !== 'number') return null;
  let day = ctx.digitCount(i + 4) === 2 ? ctx.digits(i + 4) : -1;
  if (day < 0) {
    // `17.16` followed by `:45`: the day, then the clock time's hour.
    const glued = /^(\d{2})\.\d{2}$/.exec(last.text);
    if (!glued || !ctx.punct(i + 5, ':') || ctx.digits(i + 6) < 0 || !tight(ctx, i + 4, false)) return null;
    day = Number(glued[1]);
  } else if (ctx.punct(i + 5, ':') && tight(ctx, i + 4, false)) return null; // `2023:03:17:45`, a run
  return numericValue(i, i + 5, ctx.digits(i), ctx.digits(i + 2), day, 2, 4);
}

/**
 * A numeric Hijri day with its era mark (SPA's `1443/8/27 هـ`, `27/8/1443هـ`): a year of 1300–1500
 * first or last; the mark is required, since a numeric date alone is read as Gregorian. The value
 * is Gregorian.
 */
function hijriNumeric(ctx: Ctx, i: number, a: number, b: number, c: number): Match | null {
  const mark = ctx.word(i + 5);
  if (mark === null || !HIJRI_ERA.has(mark)) return null;
  const yearFirst = ctx.digitCount(i) === 4;
  if (!yearFirst && (ctx.digitCount(i + 4) !== 4 || ctx.digitCount(i) > 2)) return null;
  const [y, d] = yearFirst ? [a, c] : [c, a];
  if (y < 1300 || y > 1500 || (yearFirst && ctx.digitCount(i + 4) > 2)) return null;
  const g = hijriToGregorian(y, b, d);
  if (!g) return null;
  const value = { value: isoDay(g.y, g.m, g.d), valueEnd: null, grain: 'day' as const };
  return { from: i, to: i + 6, skip: 0, spec: { kind: 'fixed', value, hijri: true } };
}

/**
 * Al Jazeera's update stamp copied without its space, `16/9/202207:35`: a six-digit number whose
 * last two digits are the hour of a clock time glued to it (`:` and two minute digits touching).
 * The year (first four digits, 1900–2100), or null.
 */
function gluedHour(ctx: Ctx, k: number): number | null {
  if (ctx.digitCount(k) !== 6 || !ctx.punct(k + 1, ':') || !tight(ctx, k, false) || !tight(ctx, k + 1, false))
    return null;
  if (ctx.digitCount(k + 2) !== 2 || ctx.digits(k + 2) > 59) return null;
  const text = (ctx.tok(k) as { text: string }).text;
  const y = Number(text.slice(0, 4));
  const h = Number(text.slice(4));
  return y >= 1900 && y <= 2100 && h <= 23 ? y : null;
}

/** Tokens `a` and `a + 1` of a numeric date touch, unless its separators may stand spaced. */
function tight(ctx: Ctx, a: number, spaced: boolean): boolean {
  return spaced || ctx.tok(a)?.end === ctx.tok(a + 1)?.start;
}

function numericValue(
  from: number,
  to: number,
  a: number,
  b: number,
  c: number,
  cDigits: number,
  aDigits = 0,
): Match | null {
  let y: number;
  let m: number;
  let d: number;
  if (aDigits === 4 || a > 31) {
    y = a;
    m = b;
    d = c;
  } else {
    if (cDigits === 4) y = c;
    else if (cDigits === 2) y = 2000 + c;
    else return null;
    if (b > 12 && a <= 12) {
      m = a;
      d = b;
    } else {
      d = a;
      m = b;
    }
  }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const value = { value: isoDay(y, m, d), valueEnd: null, grain: 'day' as const };
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
  return { from, to, skip: 0, spec: { kind: 'fixed', value } };
}

export function isRangeLink(ctx: Ctx, k: number): boolean {
  return afterRangeLink(ctx, k, false) >= 0;
}

export type { DayHit };
