// Places what the grammar understood on the calendar, against the reference day (the publication
// date). Rules, chosen for news (HeidelTime's news mode works the same way):
//
// - A year-less date falls in the reference's year, except a month 9 or more months ahead of the
//   reference's month, which is last year's (a January story's "December" is last December).
//   A future cue before it (`سيزور`, `من المقرر`, `المقبل`) moves it to the first such date on or
//   after the reference (but a day of the last two weeks stays this year's, unless the month
//   itself says `المقبل`); a past adjective (`فبراير الماضي`) to the last one before it.
//   A weekday given with the date (`الخميس 15 أغسطس`) picks, near that year, the year where it fits.
// - A bare weekday is the most recent one, today included (news reports what happened); after a
//   future cue, the next one, today included. `الماضي` / `المقبل` exclude today.
// - Relative expressions need the reference; without one their value is null. Named months and
//   days without a year and without a reference give partial values (`--09-15`, `--02`).

import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  partialDay,
  partialMonth,
  weekdayOf,
  type Ymd,
} from './calendar';
import type { DateValue, Lean, MonthRef, Spec, YearRef } from './spec';

/** Months ahead of the reference's month from which a year-less month is read as last year's. */
const LOOK_AHEAD_LIMIT = 9;

type Cue = () => Lean;

/**
 * What an anaphoric expression is told from (`العام ذاته`, `الشهر نفسه`, `اليوم التالي`): the last
 * year, month and day the text gave before it (each from the last date precise enough).
 */
export interface Antecedent {
  year: number | null;
  month: { y: number; m: number } | null;
  day: Ymd | null;
}

const NONE: DateValue = { value: null, valueEnd: null, grain: 'day' };

export function resolve(spec: Spec, ref: Ymd | null, cue: Cue, before: Antecedent | null = null): DateValue {
  switch (spec.kind) {
    case 'fixed':
      return spec.value;
    case 'day':
      return resolveDay(spec, ref, cue, before);
    case 'month':
      return resolveMonthSpan(spec.month, spec.end, ref, cue, before);
    case 'monthPart':
      return resolveMonthPart(spec, ref, cue, before);
    case 'lastDay': {
      const ym = placeMonth(spec.month, null, ref, cue, null, before);
      if (!ym) return NONE;
      if (ym.y === null) return day(null, ym.m, ym.m === 2 ? 29 : daysInMonth(2001, ym.m));
      return day(ym.y, ym.m, daysInMonth(ym.y, ym.m));
    }
    case 'nthWeekday': {
      const ym = placeMonth(spec.month, null, ref, cue, null, before);
      if (!ym || ym.y === null) return NONE;
      const d = nthWeekday(ym.y, ym.m, spec.weekday, spec.n);
      return d === null ? NONE : day(ym.y, ym.m, d);
    }
    case 'weekdayOrdinal':
      return resolveWeekdayOrdinal(spec, ref, cue, before);
    case 'year': {
      const y = placeYearRef(spec.year, ref, before);
      const end = spec.end ? placeYearRef(spec.end, ref, before) : null;
      return { value: y === null ? null : isoYear(y), valueEnd: end === null ? null : isoYear(end), grain: 'year' };
    }
    case 'relativeDay': {
      if (spec.anaphora) {
        if (before?.day) {
          const t = addDays(before.day, spec.offset);
          return day(t.y, t.m, t.d);
        }
        if (spec.anaphora === 'strict') return NONE;
      }
      if (!ref) return NONE;
      let target = addDays(ref, spec.offset);
      if (spec.weekday !== null) target = nearestWeekday(target, spec.weekday);
      return day(target.y, target.m, target.d);
    }
    case 'weekday': {
      if (!ref) return NONE;
      const wd = weekdayOf(ref.y, ref.m, ref.d);
      let delta: number;
      if (spec.mode === 'past') delta = -(((wd - spec.weekday + 6) % 7) + 1);
      else if (spec.mode === 'next') delta = ((spec.weekday - wd + 6) % 7) + 1;
      else if (cue() === 'future') delta = (spec.weekday - wd + 7) % 7;
      else delta = -((wd - spec.weekday + 7) % 7);
      const t = addDays(ref, delta);
      if (!spec.days) return day(t.y, t.m, t.d);
      const e = addDays(t, spec.days);
      return { value: isoDay(t.y, t.m, t.d), valueEnd: isoDay(e.y, e.m, e.d), grain: 'day' };
    }
    case 'weekdayOfWeek': {
      if (!ref) return NONE;
      const wd = weekdayOf(ref.y, ref.m, ref.d);
      const monday = addDays(ref, -((wd + 6) % 7) + 7 * spec.weekOffset);
      const t = addDays(monday, (spec.weekday + 6) % 7);
      return day(t.y, t.m, t.d);
    }
    case 'week':
      return NONE;
    case 'daysAgo': {
      if (!ref) return NONE;
      const t = addDays(ref, -spec.days);
      return day(t.y, t.m, t.d);
    }
    case 'anniversaryDay': {
      const y = placeYearRef(spec.year, ref, null);
      if (y === null) return NONE;
      // Without a reference only the year is known; 29 February falls on the 28th in other years.
      if (!ref) return { value: isoYear(y), valueEnd: null, grain: 'year' };
      return day(y, ref.m, Math.min(ref.d, daysInMonth(y, ref.m)));
    }
  }
}

/**
 * With only a year-less dateline (`سوتشي في 6 فبراير / وام /`) as reference, days and months
 * measured from it are still known, without their year: `غدا` → `--02-07`, `الشهر الماضي` → `--01`.
 */
export function resolveAgainstPartial(
  spec: Spec,
  partial: { m: number; d: number },
  cue: Cue,
  before: Antecedent | null = null,
): DateValue {
  // Month and day arithmetic in a common year (a leap year only when the dateline says 29 February).
  const year = partial.m === 2 && partial.d === 29 ? 2000 : 2001;
  const named = (month: MonthRef): MonthRef => {
    if (month.kind !== 'relative') return month;
    return { kind: 'named', m: addMonths(year, partial.m, month.offset)[1], year: null, lean: null };
  };
  switch (spec.kind) {
    case 'relativeDay': {
      if (spec.anaphora && (before?.day || spec.anaphora === 'strict')) return resolve(spec, null, cue, before);
      const t = addDays({ y: year, m: partial.m, d: partial.d }, spec.offset);
      return day(null, t.m, t.d);
    }
    case 'day':
      return resolve(
        { ...spec, month: named(spec.month), end: spec.end && { ...spec.end, month: named(spec.end.month) } },
        null,
        cue,
        before,
      );
    case 'month':
      return resolve({ ...spec, month: named(spec.month), end: spec.end && named(spec.end) }, null, cue, before);
    case 'monthPart':
    case 'lastDay':
      return resolve({ ...spec, month: named(spec.month) }, null, cue, before);
    default:
      return resolve(spec, null, cue, before);
  }
}

function day(y: number | null, m: number, d: number): DateValue {
  return { value: formatDay(y, m, d), valueEnd: null, grain: 'day' };
}

function formatDay(y: number | null, m: number, d: number): string | null {
  if (y === null) return d >= 1 && d <= (m === 2 ? 29 : daysInMonth(2001, m)) ? partialDay(m, d) : null;
  return isValidDay(y, m, d) ? isoDay(y, m, d) : null;
}

/** The month from which `العام الجديد` is next year's (the second half of the year looks ahead). */
const NEW_YEAR_TURN = 7;

function placeYearRef(y: YearRef, ref: Ymd | null, before: Antecedent | null): number | null {
  if (y.kind === 'absolute') return y.y;
  // In a December story `العام الجديد` is the coming one; from January to June, the one begun.
  if (y.kind === 'new') return ref ? (ref.m >= NEW_YEAR_TURN ? ref.y + 1 : ref.y) : null;
  if (y.kind === 'anaphoric') {
    if (before?.year != null) return before.year + y.offset;
    if (y.anaphora === 'strict') return null;
  }
  return ref ? ref.y + y.offset : null;
}

/**
 * The year and month a month reference stands for; `y` is null when only a reference could tell.
 * Returns null when not even the month is known (a relative month without a reference).
 */
function placeMonth(
  month: MonthRef,
  d: number | null,
  ref: Ymd | null,
  cue: Cue,
  weekday: number | null,
  before: Antecedent | null,
  lastKey: number | null = null,
): { y: number | null; m: number } | null {
  if (month.kind === 'relative') {
    if (!ref) return null;
    const [y, m] = addMonths(ref.y, ref.m, month.offset);
    return { y, m };
  }
  if (month.kind === 'anaphoric') {
    return before?.month ?? null;
  }
  if (month.year) return { y: placeYearRef(month.year, ref, before), m: month.m };
  if (!ref) return { y: null, m: month.m };
  // An adjective on the month itself (`فبراير الماضي`) excludes the reference's own month; a cue
  // in the sentence (`سيزور … في أكتوبر`) does not.
  if (month.lean) return { y: placeYear(month.m, d, ref, month.lean, weekday, true, lastKey), m: month.m };
  return { y: placeYear(month.m, d, ref, cue(), weekday, false, lastKey), m: month.m };
}

/** The year of a year-less month (and day) near the reference; see the rules at the top. */
export function placeYear(
  m: number,
  d: number | null,
  ref: Ymd,
  lean: Lean,
  weekday: number | null,
  strict: boolean,
  lastKey: number | null = null,
): number {
  // Months compare alone; days compare as month*100+day, and the reference day itself counts as
  // both past and future (a strict month excludes the reference's month).
  const refKey = d === null ? ref.m : ref.m * 100 + ref.d;
  const key = d === null ? m : m * 100 + d;
  // A range is still to come while its last day is (`يزور روسيا بين 7 و10 أيار` on the 8th is
  // under way, not next year's): the future test reads its end, the past test its start.
  const futureKey = d !== null && lastKey !== null && lastKey >= key ? lastKey : key;
  const excludeSame = strict && d === null;
  let y: number;
  if (lean === 'future')
    y =
      futureKey > refKey || (futureKey === refKey && !excludeSame) || (!strict && justBehind(m, d, ref))
        ? ref.y
        : ref.y + 1;
  else if (lean === 'past')
    y = key < refKey || (key === refKey && !excludeSame) || (!strict && justAhead(m, d, ref)) ? ref.y : ref.y - 1;
  else y = m - ref.m >= LOOK_AHEAD_LIMIT ? ref.y - 1 : ref.y;
  if (weekday !== null && d !== null && !(isValidDay(y, m, d) && weekdayOf(y, m, d) === weekday)) {
    for (const dy of [-1, 1, -2, 2]) {
      const yy = y + dy;
      if (isValidDay(yy, m, d) && weekdayOf(yy, m, d) === weekday) return yy;
    }
  }
  return y;
}

/**
 * Days after the reference within which a year-less day is this year's even under a past tense
 * (`وكان شي قد وصل … في زيارة تستمر حتى العاشر من أيار` on the 8th): a day that close a year back
 * would be given its year.
 */
const JUST_AHEAD_DAYS = 7;

function justAhead(m: number, d: number | null, ref: Ymd): boolean {
  const gap = daysFromRef(m, d, ref);
  return gap !== null && gap > 0 && gap <= JUST_AHEAD_DAYS;
}

/**
 * Days before the reference within which a year-less day is this year's even under a cue of the
 * future (`ووصل بوتين … لحضور قمة … في تيانجين يومي 31 أغسطس و1 سبتمبر` on 3 September: the
 * purpose of a journey made): a day of next year is not written by its day and month alone. An
 * adjective on the month (`أغسطس المقبل`) still means next year's.
 */
const JUST_BEHIND_DAYS = 14;

function justBehind(m: number, d: number | null, ref: Ymd): boolean {
  const gap = daysFromRef(m, d, ref);
  return gap !== null && gap < 0 && -gap <= JUST_BEHIND_DAYS;
}

/** Days from the reference to the day `d` of month `m` in the reference's year (negative before it), or null. */
function daysFromRef(m: number, d: number | null, ref: Ymd): number | null {
  if (d === null || !isValidDay(ref.y, m, d)) return null;
  return dayNumber(ref.y, m, d) - dayNumber(ref.y, ref.m, ref.d);
}

function resolveDay(
  spec: Extract<Spec, { kind: 'day' }>,
  ref: Ymd | null,
  cue: Cue,
  before: Antecedent | null,
): DateValue {
  const end = spec.end;
  // The range's last day, when its month is named (same or later month of the same year).
  const endMonth = end ? (end.month === spec.month ? spec.month : end.month) : null;
  const lastKey = end && endMonth?.kind === 'named' && !endMonth.year ? endMonth.m * 100 + end.d : null;
  let start = placeMonth(spec.month, spec.d, ref, cue, spec.weekday, before, lastKey);
  if (!start) return NONE;
  if (!end) return day(start.y, start.m, spec.d);
  const startKey = start.m * 100 + spec.d;
  if (end.month === spec.month) {
    return { value: formatDay(start.y, start.m, spec.d), valueEnd: formatDay(start.y, start.m, end.d), grain: 'day' };
  }
  let stop = placeMonth(end.month, end.d, ref, cue, null, before);
  if (!stop) return NONE;
  const endKey = stop.m * 100 + end.d;
  const startHasYear = spec.month.kind !== 'named' || spec.month.year !== null;
  const endHasYear = end.month.kind !== 'named' || end.month.year !== null;
  if (!startHasYear && endHasYear && stop.y !== null) {
    start = { y: startKey > endKey ? stop.y - 1 : stop.y, m: start.m };
  } else if (!endHasYear && start.y !== null) {
    stop = { y: endKey < startKey ? start.y + 1 : start.y, m: stop.m };
  }
  return { value: formatDay(start.y, start.m, spec.d), valueEnd: formatDay(stop.y, stop.m, end.d), grain: 'day' };
}

function formatMonth(ym: { y: number | null; m: number }): string {
  return ym.y === null ? partialMonth(ym.m) : isoMonth(ym.y, ym.m);
}

function resolveMonthSpan(
  month: MonthRef,
  end: MonthRef | null,
  ref: Ymd | null,
  cue: Cue,
  before: Antecedent | null,
): DateValue {
  const start = placeMonth(month, null, ref, cue, null, before);
  if (!start) return { value: null, valueEnd: null, grain: 'month' };
  if (!end) return { value: formatMonth(start), valueEnd: null, grain: 'month' };
  let stop = placeMonth(end, null, ref, cue, null, before);
  if (!stop) return { value: formatMonth(start), valueEnd: null, grain: 'month' };
  const endHasYear = end.kind !== 'named' || end.year !== null;
  const startHasYear = month.kind !== 'named' || month.year !== null;
  let first = start;
  if (!endHasYear && start.y !== null) stop = { y: stop.m < start.m ? start.y + 1 : start.y, m: stop.m };
  else if (!startHasYear && stop.y !== null) first = { y: start.m > stop.m ? stop.y - 1 : stop.y, m: start.m };
  return { value: formatMonth(first), valueEnd: formatMonth(stop), grain: 'month' };
}

function resolveMonthPart(
  spec: Extract<Spec, { kind: 'monthPart' }>,
  ref: Ymd | null,
  cue: Cue,
  before: Antecedent | null,
): DateValue {
  const ym = placeMonth(spec.month, null, ref, cue, null, before);
  if (!ym) return NONE;
  const last = ym.y === null ? (ym.m === 2 ? 29 : daysInMonth(2001, ym.m)) : daysInMonth(ym.y, ym.m);
  switch (spec.part) {
    case 'middle':
      return day(ym.y, ym.m, 15);
    case 'early':
      return { value: formatDay(ym.y, ym.m, 1), valueEnd: formatDay(ym.y, ym.m, 10), grain: 'day' };
    case 'mid':
      return { value: formatDay(ym.y, ym.m, 11), valueEnd: formatDay(ym.y, ym.m, 20), grain: 'day' };
    case 'late':
      return { value: formatDay(ym.y, ym.m, 21), valueEnd: formatDay(ym.y, ym.m, last), grain: 'day' };
  }
}

function resolveWeekdayOrdinal(
  spec: Extract<Spec, { kind: 'weekdayOrdinal' }>,
  ref: Ymd | null,
  cue: Cue,
  before: Antecedent | null,
): DateValue {
  if (spec.month) {
    const ym = placeMonth(spec.month, spec.n, ref, cue, spec.weekday, before);
    if (!ym) return NONE;
    if (ym.y === null) return day(null, ym.m, spec.n);
    const fits = isValidDay(ym.y, ym.m, spec.n) && weekdayOf(ym.y, ym.m, spec.n) === spec.weekday;
    if (!fits && spec.n <= 5) {
      const d = nthWeekday(ym.y, ym.m, spec.weekday, spec.n);
      if (d !== null) return day(ym.y, ym.m, d);
    }
    return day(ym.y, ym.m, spec.n);
  }
  if (!ref) return NONE;
  let best: Ymd | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const refDay = dayNumber(ref.y, ref.m, ref.d);
  for (const offset of [0, -1, 1]) {
    const [y, m] = addMonths(ref.y, ref.m, offset);
    if (!isValidDay(y, m, spec.n) || weekdayOf(y, m, spec.n) !== spec.weekday) continue;
    const distance = Math.abs(dayNumber(y, m, spec.n) - refDay);
    if (distance < bestDistance) {
      best = { y, m, d: spec.n };
      bestDistance = distance;
    }
  }
  if (best) return day(best.y, best.m, best.d);
  return day(ref.y, ref.m, spec.n);
}

/** Day of the month of the n-th (n = −1: last) given weekday, or null when there is none. */
function nthWeekday(y: number, m: number, weekday: number, n: number): number | null {
  const last = daysInMonth(y, m);
  if (n === -1) {
    const wdLast = weekdayOf(y, m, last);
    return last - ((wdLast - weekday + 7) % 7);
  }
  const first = 1 + ((weekday - weekdayOf(y, m, 1) + 7) % 7);
  const d = first + 7 * (n - 1);
  return d <= last ? d : null;
}

/** The day with the given weekday nearest to `target` (within three days either way). */
function nearestWeekday(target: Ymd, weekday: number): Ymd {
  const wd = weekdayOf(target.y, target.m, target.d);
  let delta = (weekday - wd + 7) % 7;
  if (delta > 3) delta -= 7;
  return fromDayNumber(dayNumber(target.y, target.m, target.d) + delta);
}
