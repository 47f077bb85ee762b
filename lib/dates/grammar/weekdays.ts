// Weekday expressions: `الخميس`, `يوم الاثنين الماضي`, `الخميس المقبل`, `الخميس 15 فبراير`,
// `الأربعاء الموافق 13 شباط`, `أحد الأسبوع الماضي`, `الاثنين من هذا الأسبوع`,
// `الثلاثاء الثالث من شهر أيلول`, `السبت السادس عشر`, `آخر اثنين من شهر آذار`,
// `ثالث ثلاثاء في أيلول`.

import { dayNumber, fromDayNumber, isoDay, parseIsoDay, weekdayOf } from '../calendar';
import {
  BARE_WEEKDAYS,
  DAY_DUAL_WORDS,
  DAY_WORDS,
  DEMONSTRATIVES,
  ENGLISH_WEEKDAYS,
  LAST_WORDS,
  THE_TWO_AFTER_WORDS,
  WEEK_WORDS,
  WEEKDAY_DATE_LINKS,
  WEEKDAYS,
  WORD,
} from '../lexicon';
import type { DateValue, Match, MonthRef } from '../spec';
import type { Ctx } from './context';
import { DIRECTION_OFFSET, direction, parseMonthRef, parseYearAfter } from './parts';

type DateParser = (ctx: Ctx, i: number) => Match | null;

interface WeekdayHit {
  weekday: number;
  /** `يومي الخميس والجمعة`: the second weekday of a two-day span. */
  second: number | null;
  from: number;
  to: number;
  skip: number;
}

/** `[يوم] [هذا] WEEKDAY` with the article (`الخميس`), or an English weekday. */
function readWeekday(ctx: Ctx, i: number): WeekdayHit | null {
  let k = i;
  let skip = -1;
  const day = ctx.isIn(DAY_WORDS, k);
  const dual = ctx.isIn(DAY_DUAL_WORDS, k);
  if (day >= 0 && ctx.word(k)?.slice(day) === WORD.yawm) {
    skip = day;
    k++;
  } else if (dual >= 0) {
    skip = dual;
    k++;
  } else {
    const demo = ctx.isIn(DEMONSTRATIVES, k);
    if (demo >= 0) {
      skip = demo;
      k++;
    }
  }
  const hit = ctx.match(WEEKDAYS, k, k === i);
  if (hit && hit.value === 1 && k === i && readsAsTheTwo(ctx, i, hit.to)) return null;
  if (hit) {
    // `الأحد عشر` is eleven.
    if (hit.value === 0) {
      const next = ctx.word(hit.to);
      if (next === WORD.ashar || next === WORD.ashara) return null;
    }
    const and = ctx.match(WEEKDAYS, hit.to);
    const second = and && and.skip === 1 && ctx.word(hit.to)?.startsWith(WORD.wa) ? and : null;
    if (dual >= 0 && !second) return null;
    return {
      weekday: hit.value,
      second: second ? second.value : null,
      from: i,
      to: second ? second.to : hit.to,
      skip: k === i ? hit.skip : skip,
    };
  }
  if (k !== i) return null;
  const english = ctx.match(ENGLISH_WEEKDAYS, i, false);
  return english ? { weekday: english.value, second: null, from: i, to: english.to, skip: 0 } : null;
}

/**
 * `الاثنين` as the pronoun "the two" (hand-written for news copy): after a definite oblique dual
 * or plural it qualifies (`البلدين الاثنين`, `الزعيمين الاثنين`), after `إن`/`أحد`/`كلا` it is the
 * subject or the whole (`وإن الاثنين احتفلا`, `أحد الاثنين`). Not when a direction or a date
 * follows (`إن الاثنين المقبل سيشهد`, `أن الاثنين 5 مايو`).
 */
function readsAsTheTwo(ctx: Ctx, i: number, to: number): boolean {
  if (ctx.word(i) !== WORD.alithnayn) return false;
  const before = ctx.word(i - 1);
  if (before === null || direction(ctx, to) !== null || ctx.tok(to)?.kind === 'number') return false;
  if (ctx.isIn(THE_TWO_AFTER_WORDS, i - 1) >= 0) return true;
  return isDefiniteDualOrPlural(before) && ctx.isIn(DAY_DUAL_WORDS, i - 1) < 0 && ctx.isIn(DAY_WORDS, i - 1) < 0;
}

/**
 * `البلدين`, `للزعيمين`, `الرئيسين`: a definite noun with the oblique dual (or plural) ending, the
 * case `الاثنين` agrees with. After a nominative dual the adjective would be `الاثنان`, so
 * `التقى الرئيسان الاثنين` is Monday.
 */
function isDefiniteDualOrPlural(w: string): boolean {
  const stem = w.replace(/^(و|ف)?(بال|لل|ال)/, '');
  return stem.length !== w.length && stem.length >= 4 && stem.endsWith('ين');
}

/** `الأسبوع الماضي`, `من هذا الأسبوع`, `الأسبوع الحالي` at `k`: week offset and end, or null. */
function readWeek(ctx: Ctx, k: number): { offset: number; to: number } | null {
  let j = k;
  if (ctx.word(j) === WORD.min) j++;
  if (ctx.isIn(DEMONSTRATIVES, j, false) >= 0 && ctx.isIn(WEEK_WORDS, j + 1, false) >= 0) {
    return { offset: 0, to: j + 2 };
  }
  if (ctx.isIn(WEEK_WORDS, j, false) < 0) return null;
  const dir = direction(ctx, j + 1);
  return dir ? { offset: DIRECTION_OFFSET[dir], to: j + 2 } : null;
}

/** `من|في|ب` + month (+ year) after an ordinal weekday. */
function readOfMonth(ctx: Ctx, k: number): { month: MonthRef; to: number } | null {
  let j = k;
  const w = ctx.word(j);
  if (w === WORD.min || w === WORD.fi) j++;
  const month = parseMonthRef(ctx, j, j === k);
  if (!month) return null;
  const year = parseYearAfter(ctx, month.to);
  let m = month.month;
  if (year && year.era !== 'hijri' && m.kind === 'named') m = { ...m, year: year.year };
  return { month: m, to: year && year.era !== 'hijri' ? year.to : month.to };
}

/**
 * A weekday first. `dateAfter` parses the date that may follow it (`الخميس 15 فبراير`), so that the
 * weekday and the date become one mention, the date giving the value and the weekday the year.
 */
export function parseWeekdayFirst(ctx: Ctx, i: number, dateAfter: DateParser): Match | null {
  const wd = readWeekday(ctx, i);
  if (!wd) {
    // `ثلاثاء الأسبوع الفائت`, `اثنين الأسبوع الحالي`: a bare weekday needs its week.
    const bare = ctx.match(BARE_WEEKDAYS, i);
    if (!bare) return null;
    const week = readWeek(ctx, bare.to);
    if (!week || ctx.word(bare.to) === WORD.min) return null;
    return {
      from: i,
      to: week.to,
      skip: bare.skip,
      spec: { kind: 'weekdayOfWeek', weekday: bare.value, weekOffset: week.offset },
    };
  }
  const { weekday, skip } = wd;
  let k = wd.to;
  if (wd.second !== null) {
    // `يومي الخميس والجمعة 16 و17 مايو`, or alone: the two days from the first one.
    const date = dateAfter(ctx, k);
    if (date?.skip === 0 && date.spec.kind === 'day')
      return { from: i, to: date.to, skip, spec: { ...date.spec, weekday } };
    if (date?.skip === 0 && date.spec.kind === 'fixed') return { from: i, to: date.to, skip, spec: date.spec };
    const days = (wd.second - weekday + 7) % 7;
    return { from: i, to: k, skip, spec: { kind: 'weekday', weekday, mode: 'bare', days } };
  }
  // A date after the weekday, maybe after a comma or `الموافق`.
  let d = k;
  const bracket = ctx.punct(d, '(');
  if (ctx.punct(d, ',', '،', '-', '(')) d++;
  if (ctx.isIn(WEEKDAY_DATE_LINKS, d, false) >= 0) d++;
  const date = dateAfter(ctx, d);
  if (date && date.skip === 0 && (!bracket || ctx.punct(date.to, ')'))) {
    if (bracket) date.to++;
    // `الثلاثاء الثالث من شهر أيلول`: an ordinal word right after the weekday may count Tuesdays.
    if (d === k && date.spec.kind === 'day' && !date.spec.end && ctx.word(d) !== null && ctx.number(d)?.ordinal) {
      const spec = { kind: 'weekdayOrdinal', month: date.spec.month, weekday, n: date.spec.d } as const;
      return { from: i, to: date.to, skip, spec };
    }
    const spec =
      date.spec.kind === 'day' && !date.spec.end
        ? { ...date.spec, weekday }
        : date.spec.kind === 'fixed' && date.spec.hijri
          ? { ...date.spec, value: onWeekday(date.spec.value, weekday) }
          : date.spec;
    if (spec.kind === 'day' || spec.kind === 'fixed') return { from: i, to: date.to, skip, spec };
  }
  const dir = direction(ctx, k);
  if (dir === 'past' || dir === 'next') {
    return { from: i, to: k + 1, skip, spec: { kind: 'weekday', weekday, mode: dir } };
  }
  if (dir === 'current') k++;
  const week = readWeek(ctx, k);
  if (week) return { from: i, to: week.to, skip, spec: { kind: 'weekdayOfWeek', weekday, weekOffset: week.offset } };
  // `الاثنين الأخير من شهر ثلاثة`
  if (ctx.isIn(LAST_WORDS, k, false) >= 0) {
    const of = readOfMonth(ctx, k + 1);
    if (of) return { from: i, to: of.to, skip, spec: { kind: 'nthWeekday', month: of.month, weekday, n: -1 } };
  }
  // `الثلاثاء الثالث من شهر أيلول`, `السبت السادس عشر`: an adjective of the weekday, definite as
  // it is. An ordinal without the article heads a phrase of its own (`اتصال الثلاثاء أول تواصل بين
  // الزعيمين`, `أجرى الأربعاء أول مكالمة`, `الجمعة ثاني أيام العيد`).
  const n = ctx.word(k)?.startsWith('ال') ? ctx.number(k) : null;
  if (n?.ordinal && !n.digits && (n.skip ?? 0) === 0 && n.value >= 1 && n.value <= 31 && Number.isInteger(n.value)) {
    const of = readOfMonth(ctx, n.end);
    if (of) return { from: i, to: of.to, skip, spec: { kind: 'weekdayOrdinal', month: of.month, weekday, n: n.value } };
    return { from: i, to: n.end, skip, spec: { kind: 'weekdayOrdinal', month: null, weekday, n: n.value } };
  }
  return { from: i, to: k, skip, spec: { kind: 'weekday', weekday, mode: 'bare' } };
}

/**
 * A Hijri day with its weekday (`السبت - 24 شهر رمضان 1439 هـ`): the calendar a paper follows may
 * start the month a day before or after Umm al-Qura (a sighting of the moon), and the weekday it
 * prints tells which; the day next to the conversion that falls on it, or the conversion as it is.
 */
function onWeekday(value: DateValue, weekday: number): DateValue {
  const p = parseIsoDay(value.value);
  if (!p || value.valueEnd !== null || weekdayOf(p.y, p.m, p.d) === weekday) return value;
  const n = dayNumber(p.y, p.m, p.d);
  for (const shift of [1, -1]) {
    const t = fromDayNumber(n + shift);
    if (weekdayOf(t.y, t.m, t.d) === weekday) return { ...value, value: isoDay(t.y, t.m, t.d) };
  }
  return value;
}

/**
 * A week told from the reference on its own (`الأسبوع الماضي`, `خلال هذا الأسبوع`, `الأسبوع
 * المقبل`): a date mention with no value (see the `week` spec). Not a week without a direction
 * (`عطلة نهاية الأسبوع`, `الأسبوع الأول من مارس`).
 */
export function parseWeek(ctx: Ctx, i: number): Match | null {
  if (ctx.word(i) === WORD.min) return null;
  const skip = Math.max(ctx.isIn(DEMONSTRATIVES, i), ctx.isIn(WEEK_WORDS, i));
  if (skip < 0) return null;
  const week = readWeek(ctx, i);
  return week ? { from: i, to: week.to, skip, spec: { kind: 'week', offset: week.offset } } : null;
}

/**
 * An ordinal (or `آخر`) before a weekday: `أول ثلاثاء من شهر عشرة`, `ثالث يوم ثلاثاء بأيلول`,
 * `آخر اثنين من الشهر القادم`; and the last day of a month: `آخر يوم بشهر عشرة`,
 * `اليوم الأخير من شهر عشرة`.
 */
export function parseOrdinalWeekday(ctx: Ctx, i: number): Match | null {
  let n = 0;
  let k = i;
  let skip = 0;
  const last = ctx.isIn(LAST_WORDS, i);
  if (last >= 0) {
    n = -1;
    skip = last;
    k = i + 1;
  } else if (ctx.word(i) === WORD.alyawm && ctx.isIn(LAST_WORDS, i + 1, false) >= 0) {
    const of = readOfMonth(ctx, i + 2);
    return of ? { from: i, to: of.to, skip: 0, spec: { kind: 'lastDay', month: of.month } } : null;
  } else {
    const r = ctx.word(i) !== null ? ctx.number(i) : null;
    if (!r?.ordinal || r.digits || r.value < 1 || r.value > 5) return null;
    n = r.value;
    skip = r.skip ?? 0;
    k = r.end;
  }
  const dayWord = ctx.word(k) === WORD.yawm;
  if (dayWord) k++;
  const wd = ctx.match(BARE_WEEKDAYS, k, false) ?? ctx.match(WEEKDAYS, k, false);
  if (!wd) {
    if (n !== -1 || !dayWord) return null;
    const of = readOfMonth(ctx, k);
    return of ? { from: i, to: of.to, skip, spec: { kind: 'lastDay', month: of.month } } : null;
  }
  const of = readOfMonth(ctx, wd.to);
  if (!of) return null;
  return { from: i, to: of.to, skip, spec: { kind: 'nthWeekday', month: of.month, weekday: wd.value, n } };
}
