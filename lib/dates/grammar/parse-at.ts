// The whole grammar at one token: the longest date expression starting there, after an optional
// part of the day (`مساء`) or range opener (`من`, `بين`), joined with the end of a range. A Hijri
// date and its Gregorian twin (`27 رجب 1445 هـ الموافق 8 فبراير 2024م`) are two mentions, both
// valued at the Gregorian day, as the gold annotates them.

import { countsSomething } from '../../numbers/counts';
import { RANGE_LINKS, RANGE_OPENERS, SEASONS, TIMES_OF_DAY, WORD } from '../lexicon';
import type { Match, Spec } from '../spec';
import { parseAnniversaryDay } from './anniversary-day';
import {
  afterRangeLink,
  parseDayFirst,
  parseHijri,
  parseMonthFirst,
  parseNumeric,
  parseSolarHijri,
} from './calendar-dates';
import type { Ctx } from './context';
import {
  ANNIVERSARY_START,
  DAY_FIRST_START,
  HIJRI_START,
  MONTH_FIRST_START,
  MONTH_PART_START,
  ORDINAL_WEEKDAY_START,
  RELATIVE_DAY_START,
  WEEKDAY_START,
  YEAR_START,
} from './first-words';
import { parseDaysAgo, parseMonthPart, parseRelativeDay, parseYear } from './relative';
import { parseOrdinalWeekday, parseWeek, parseWeekdayFirst } from './weekdays';

function longest(a: Match | null, b: Match | null): Match | null {
  if (!a) return b;
  if (!b) return a;
  return b.to > a.to ? b : a;
}

const isDay = (s: Spec) => s.kind === 'day' || (s.kind === 'fixed' && s.value.grain === 'day');

/** A calendar date (one day or a run of days) at `i`, without weekday or relative forms. */
function parseCalendarDate(ctx: Ctx, i: number): Match | null {
  const t = ctx.tok(i);
  if (!t || t.kind === 'punct') return null;
  // Only the parsers that can start at this token (see first-words.ts).
  const b = ctx.bits[i] as number;
  let best = b & DAY_FIRST_START ? parseDayFirst(ctx, i) : null;
  if (b & HIJRI_START) best = longest(best, parseHijri(ctx, i));
  if (t.kind === 'number') return longest(longest(best, parseNumeric(ctx, i)), parseSolarHijri(ctx, i));
  return b & MONTH_FIRST_START ? longest(best, parseMonthFirst(ctx, i)) : best;
}

function dateAfterWeekday(ctx: Ctx, i: number): Match | null {
  const m = parseCalendarDate(ctx, i);
  return m && isDay(m.spec) ? m : null;
}

/**
 * `أمس الاثنين 20 جانفي`, `اليوم الثلاثاء، 21 يناير`: a relative day with its weekday and then
 * the calendar date is one mention, valued by the date (the weekday places its year).
 */
function withDateAfter(ctx: Ctx, rel: Match | null): Match | null {
  if (rel?.spec.kind !== 'relativeDay' || rel.spec.weekday === null || rel.spec.anaphora) return rel;
  const at = ctx.punct(rel.to, ',', '،') ? rel.to + 1 : rel.to;
  const date = ctx.tok(at)?.kind === 'number' ? dateAfterWeekday(ctx, at) : null;
  if (date?.skip !== 0 || date.spec.kind !== 'day' || date.spec.end) return rel;
  return { from: rel.from, to: date.to, skip: rel.skip, spec: { ...date.spec, weekday: rel.spec.weekday } };
}

function parseCore(ctx: Ctx, i: number, afterTimeOfDay: boolean): Match | null {
  const t = ctx.tok(i);
  if (!t || t.kind === 'punct') return null;
  if (t.kind === 'number') {
    if (afterTimeOfDay) return null;
    const year = (ctx.bits[i] as number) & YEAR_START ? parseYear(ctx, i) : null;
    return longest(parseCalendarDate(ctx, i), year);
  }
  // Only the parsers that can start at this word (see first-words.ts).
  const b = ctx.bits[i] as number;
  let best = b & RELATIVE_DAY_START ? withDateAfter(ctx, parseRelativeDay(ctx, i, afterTimeOfDay)) : null;
  if (b & WEEKDAY_START) best = longest(best, parseWeekdayFirst(ctx, i, dateAfterWeekday));
  if (afterTimeOfDay) return best;
  if (b & ORDINAL_WEEKDAY_START) best = longest(best, parseOrdinalWeekday(ctx, i));
  if (!best) best = parseWeek(ctx, i);
  if (ctx.loose) best = longest(best, parseDaysAgo(ctx, i));
  if (b & MONTH_PART_START) best = longest(best, parseMonthPart(ctx, i));
  best = longest(best, parseCalendarDate(ctx, i));
  if (b & YEAR_START) best = longest(best, parseYear(ctx, i));
  if (b & ANNIVERSARY_START) best = longest(best, parseAnniversaryDay(ctx, i));
  return best;
}

/** Joins `m` with a second expression after a range link (`من مارس إلى مايو`, `2020-2023`). */
function extendRange(ctx: Ctx, m: Match, allowAnd: boolean): Match | null {
  const after = afterRangeLink(ctx, m.to, allowAnd);
  if (after < 0) return null;
  const other =
    parseCalendarDate(ctx, after) ?? parseYear(ctx, after) ?? (m.spec.kind === 'year' ? yearNumber(ctx, after) : null);
  if (other?.skip !== 0) return null;
  const a = m.spec;
  const b = other.spec;
  let spec: Spec | null = null;
  if (a.kind === 'day' && !a.end && b.kind === 'day' && !b.end) spec = { ...a, end: { month: b.month, d: b.d } };
  else if (a.kind === 'month' && !a.end && b.kind === 'month' && !b.end) spec = { ...a, end: b.month };
  else if (a.kind === 'year' && !a.end && b.kind === 'year' && !b.end) spec = { ...a, end: b.year };
  else if (
    a.kind === 'fixed' &&
    b.kind === 'fixed' &&
    a.value.grain === b.value.grain &&
    !a.value.valueEnd &&
    !b.value.valueEnd &&
    // `2024/05/16 - ۲۷ اردیبهشت ۱۴۰۳`: one day in two calendars, two dates, no range.
    a.value.value !== b.value.value
  ) {
    spec = { kind: 'fixed', value: { ...a.value, valueEnd: b.value.value } };
  }
  return spec ? { from: m.from, to: other.to, skip: m.skip, spec } : null;
}

const isRange = (s: Spec) =>
  (s.kind === 'day' && s.end !== null) ||
  (s.kind === 'month' && s.end !== null) ||
  (s.kind === 'year' && s.end !== null) ||
  (s.kind === 'fixed' && s.value.valueEnd !== null);

function hasWordLink(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.word(k);
    if (w !== null && (w === WORD.wa || RANGE_LINKS.has(w))) return true;
    if (w !== null && k > from && w.startsWith(WORD.wa) && ctx.number(k)?.ordinal) return true;
  }
  return false;
}

/**
 * A bare year after `من`/`بين`, kept only if a range follows (`من 2013 إلى 2019`, `بين 2013 و2019`):
 * alone, `من 2000` is as often "more than 2000".
 */
function bareYear(ctx: Ctx, i: number): Match | null {
  const start = yearNumber(ctx, i);
  const after = afterRangeLink(ctx, i + 1, true);
  const end = after >= 0 ? yearNumber(ctx, after) : null;
  if (start?.spec.kind !== 'year' || end?.spec.kind !== 'year') return null;
  const [a, b] = [start.spec.year, end.spec.year];
  return a.kind === 'absolute' && b.kind === 'absolute' && b.y > a.y ? start : null;
}

/** The longest span a dashed pair of years may cover (`2021-2025` plans, `2024-2025` seasons). */
const DASHED_YEARS_SPAN = 30;

/**
 * Two modern years joined by a dash or a slash, the second after the first (`عامي الثقافة
 * 2024-2025`, `خطة 2021-2025`, `موسم 2023/2024`): a range of years wherever it stands. Two
 * four-digit numbers so close together are no count; a third number after (`2024-2025-10`) is
 * something else.
 */
function dashedYears(ctx: Ctx, i: number): Match | null {
  if (!ctx.punct(i + 1, '-', '/')) return null;
  const a = yearNumber(ctx, i);
  const b = yearNumber(ctx, i + 2);
  if (a?.spec.kind !== 'year' || b?.spec.kind !== 'year') return null;
  const [ya, yb] = [a.spec.year, b.spec.year];
  if (ya.kind !== 'absolute' || yb.kind !== 'absolute' || yb.y <= ya.y || yb.y - ya.y > DASHED_YEARS_SPAN) return null;
  if (ctx.punct(i + 3, '-', '/') && ctx.tok(i + 4)?.kind === 'number') return null;
  return { from: i, to: i + 3, skip: 0, spec: { kind: 'year', year: ya, end: yb } };
}

/** A four-digit modern year number as a year, whatever stands before it (range ends). */
function yearNumber(ctx: Ctx, i: number): Match | null {
  if (ctx.digitCount(i) !== 4) return null;
  const y = ctx.digits(i);
  if (y < 1900 || y > 2100) return null;
  return { from: i, to: i + 1, skip: 0, spec: { kind: 'year', year: { kind: 'absolute', y }, end: null } };
}

/** The longest date expression starting at token `i`, or null. */
export function parseAt(ctx: Ctx, i: number): Match | null {
  if (ctx.tok(i)?.kind === 'number') {
    const m = parseCore(ctx, i, false);
    // `موسم 2023/2024`: the pair of years is longer than the first read alone.
    const m2 = m && ((!isRange(m.spec) && extendRange(ctx, m, false)) || m);
    return longest(m2, dashedYears(ctx, i));
  }
  const tod = ctx.match(TIMES_OF_DAY, i);
  if (tod) {
    const inner = parseCore(ctx, tod.to, true);
    if (inner && inner.skip === 0) return { ...inner, from: i, skip: tod.skip };
  }
  const opener = ctx.match(RANGE_OPENERS, i);
  if (opener) {
    const inner = parseCore(ctx, opener.to, false) ?? bareYear(ctx, opener.to);
    if (inner && inner.skip === 0) {
      // `من 13 الى 15 تموز` keeps its `من` (it pairs with `إلى`); `بين` is a preposition the span
      // leaves out (`بين 22 و24 أكتوبر` → `22 و24 أكتوبر`), and so is `من` before `15-16 سبتمبر`.
      const from = ctx.word(i)?.slice(opener.skip) === WORD.min;
      if (isRange(inner.spec) && inner.spec.kind !== 'fixed') return keepOpener(ctx, inner, i, opener.skip, from);
      const range = extendRange(ctx, inner, !from);
      if (range) return keepOpener(ctx, range, i, opener.skip, from);
    }
  }
  const m = parseCore(ctx, i, false);
  if (!m) return seasonOfYear(ctx, i);
  return (!isRange(m.spec) && extendRange(ctx, m, false)) || m;
}

/** The range `m` with its opener at `i` when the opener is `من` and a word links the range. */
function keepOpener(ctx: Ctx, m: Match, i: number, skip: number, from: boolean): Match {
  return from && hasWordLink(ctx, m.from, m.to) ? { ...m, from: i, skip } : m;
}

/** `ربيع 2023`, `صيف عام 2024`: a season then a year is that year, the season in the span. */
function seasonOfYear(ctx: Ctx, i: number): Match | null {
  const season = ctx.match(SEASONS, i);
  if (!season) return null;
  // A bare number with a counted noun after it is an amount (`شتاء 2000 جندي` is no year).
  const bare = countsSomething(ctx.tokens, season.to) ? null : yearNumber(ctx, season.to);
  const year = bare ?? parseCore(ctx, season.to, false);
  if (year?.spec.kind !== 'year' || year.skip !== 0 || year.spec.end !== null) return null;
  return { ...year, from: i, skip: season.skip };
}
