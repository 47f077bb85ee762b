// Expressions measured from the reference day: `اليوم`, `أمس`, `مساء أمس`, `بعد غد`,
// `اليوم الخميس`, `قبل أسبوع`; parts of a month (`أوائل مارس`, `منتصف الشهر الجاري`); and years
// (`عام 2023`, `العام الماضي`, `هذه السنة`, `في 2023`, `2024م`, `عامي 2022 و2023`).

import {
  AGO_WORDS,
  DAY_UNIT_DUALS,
  DAY_UNITS,
  DEMONSTRATIVES,
  MONTH_PART_WORDS,
  MONTH_PARTS,
  MONTH_WORDS,
  RELATIVE_DAYS,
  WEAK_RELATIVE_DAYS,
  WEEKDAYS,
  WORD,
  YEAR_DUAL_WORDS,
  YEAR_PREPOSITIONS,
  YEAR_WORDS,
} from '../lexicon';
import type { Match, YearRef } from '../spec';
import { isDefinite } from '../token-utils';
import type { Ctx } from './context';
import { DIRECTION_OFFSET, direction, parseMonthRef, parseYearAfter, readYearNumber } from './parts';

const ANAPHORIC_ENDS = new Set(['السابق', 'التالي', 'الماضي', 'المنصرم']);

/**
 * `اليوم`, `أمس`, `أول أمس`, `غدا`, `بعد غد`, `يوم قبل أمس`, with a weekday after (`اليوم الخميس`,
 * `أمس الأربعاء`). `afterTimeOfDay`: a part of the day stands before (`مساء`), which makes the
 * weak forms (`الغد`) dates.
 */
export function parseRelativeDay(ctx: Ctx, i: number, afterTimeOfDay: boolean): Match | null {
  const rel = ctx.match(RELATIVE_DAYS, i);
  if (!rel) return null;
  const words = rel.to - rel.from;
  const first = (ctx.word(i) as string).slice(rel.skip);
  // `اليوم الخميس`, `اليوم (السبت)`
  let weekday = ctx.match(WEEKDAYS, rel.to, false);
  if (!weekday && ctx.punct(rel.to, '(')) {
    const inner = ctx.match(WEEKDAYS, rel.to + 1, false);
    if (inner && ctx.punct(inner.to, ')')) weekday = { ...inner, to: inner.to + 1 };
  }
  if (words === 1 && WEAK_RELATIVE_DAYS.has(first) && !afterTimeOfDay && !weekday && !ctx.loose) return null;
  if (words === 1 && first === WORD.alyawm && !weekday) {
    // `اليوم الثالث`, `اليوم العالمي`, `اليوم الذي`: a day, not today.
    const next = ctx.tok(rel.to);
    if (isDefinite(next) || (next?.kind === 'word' && ctx.number(rel.to)?.ordinal)) return null;
  }
  // `اليوم التالي للزيارة`, `اليوم السابق للقمة`: the day after or before an event, not the reference.
  const lastWord = ctx.word(rel.to - 1) as string;
  const following = ctx.word(rel.to);
  const anaphoric =
    words >= 2 &&
    ANAPHORIC_ENDS.has(lastWord) &&
    (following?.startsWith(WORD.lil) ?? false) &&
    (following?.length ?? 0) > 2;
  const to = weekday && !anaphoric ? weekday.to : rel.to;
  return {
    from: i,
    to,
    skip: rel.skip,
    spec: { kind: 'relativeDay', offset: rel.value, weekday: weekday && !anaphoric ? weekday.value : null, anaphoric },
  };
}

/**
 * `قبل أسبوع`, `قبل يومين`, `قبل ثلاثة أيام` (not `قبل أسبوع من الانتخابات`), as a whole phrase
 * only: in running text the gold counts the duration after `قبل` as a figure, not a date.
 */
export function parseDaysAgo(ctx: Ctx, i: number): Match | null {
  if (!ctx.loose) return null;
  const ago = ctx.isIn(AGO_WORDS, i);
  if (ago < 0 && ctx.word(i) !== WORD.min) return null;
  let k = i + 1;
  let days = 0;
  const w = ctx.word(k);
  if (w !== null && DAY_UNIT_DUALS.has(w)) {
    days = DAY_UNIT_DUALS.get(w) as number;
    k++;
  } else if (w !== null && DAY_UNITS.has(w)) {
    days = DAY_UNITS.get(w) as number;
    k++;
  } else {
    const r = ctx.number(k);
    const unit = r ? ctx.word(r.end) : null;
    if (
      !r ||
      r.ordinal ||
      !Number.isInteger(r.value) ||
      r.value < 1 ||
      r.value > 60 ||
      unit === null ||
      !DAY_UNITS.has(unit)
    )
      return null;
    days = r.value * (DAY_UNITS.get(unit) as number);
    k = r.end + 1;
  }
  if (ctx.word(k) === WORD.min || ctx.word(k)?.startsWith(WORD.lil)) return null;
  return { from: i, to: k, skip: Math.max(ago, 0), spec: { kind: 'daysAgo', days } };
}

/**
 * `أوائل مارس`, `منتصف شهر مارس`, `أواخر الشهر الماضي`, `نهاية الشهر`, `بداية شهر 3`; before a
 * year (`مطلع 2024`, `نهاية العام الجاري`) the part is dropped: the year is the finest grain we keep.
 */
export function parseMonthPart(ctx: Ctx, i: number): Match | null {
  const t = ctx.word(i);
  if (t === null) return null;
  const skip = ctx.isIn(MONTH_PART_WORDS, i);
  if (skip < 0) return null;
  const part = MONTH_PARTS.get(t.slice(skip));
  if (!part) return null;
  const k = i + 1;
  const month = parseMonthRef(ctx, k, false);
  if (month) {
    const year = parseYearAfter(ctx, month.to);
    let m = month.month;
    if (year && year.era !== 'hijri' && m.kind === 'named') m = { ...m, year: year.year };
    const to = year && year.era !== 'hijri' ? year.to : month.to;
    return { from: i, to, skip, spec: { kind: 'monthPart', month: m, part } };
  }
  // `نهاية الشهر`: this month.
  if (ctx.isIn(MONTH_WORDS, k, false) >= 0 && ctx.word(k)?.startsWith('ال')) {
    return { from: i, to: k + 1, skip, spec: { kind: 'monthPart', month: { kind: 'relative', offset: 0 }, part } };
  }
  const year = parseYearWord(ctx, k) ?? yearNumber(ctx, k);
  if (year) return { from: i, to: year.to, skip, spec: { kind: 'year', year: year.year, end: null } };
  return null;
}

function yearNumber(ctx: Ctx, k: number): { year: YearRef; to: number } | null {
  const y = readYearNumber(ctx, k, 1900, 2100);
  return y && y.era !== 'hijri' ? y : null;
}

/**
 * `عام 2023`, `العام 2023`, `سنة 2023`, `العام الماضي`, `السنة الحالية`, `هذا العام`, `هذه السنة`,
 * `عامي 2022 و2023`, `عام 2022-2023`.
 */
function parseYearWord(ctx: Ctx, i: number): { year: YearRef; end: YearRef | null; to: number; skip: number } | null {
  const demo = ctx.isIn(DEMONSTRATIVES, i);
  if (demo >= 0 && ctx.isIn(YEAR_WORDS, i + 1, false) >= 0 && ctx.word(i + 1)?.startsWith('ال')) {
    return { year: { kind: 'relative', offset: 0 }, end: null, to: i + 2, skip: demo };
  }
  const dual = ctx.isIn(YEAR_DUAL_WORDS, i);
  if (dual >= 0) {
    const a = readYearNumber(ctx, i + 1);
    if (!a || a.era === 'hijri') return null;
    let k = a.to;
    if (ctx.word(k) === WORD.wa || ctx.punct(k, '-')) k++;
    const b = readYearNumber(ctx, k);
    if (!b || b.era === 'hijri') return null;
    return { year: a.year, end: b.year, to: b.to, skip: dual };
  }
  const s = ctx.isIn(YEAR_WORDS, i);
  if (s < 0) return null;
  const y = readYearNumber(ctx, i + 1);
  if (y) {
    if (y.era === 'hijri') return null;
    // `عام 2022-2023`, `العام 2022/2023`: a season or a fiscal year, kept as a range of years.
    if (ctx.punct(y.to, '-', '/')) {
      const b = readYearNumber(ctx, y.to + 1);
      if (b && b.era !== 'hijri' && b.year.kind === 'absolute' && y.year.kind === 'absolute' && b.year.y > y.year.y) {
        return { year: y.year, end: b.year, to: b.to, skip: s };
      }
    }
    return { year: y.year, end: null, to: y.to, skip: s };
  }
  const word = (ctx.word(i) as string).slice(s);
  const dir = direction(ctx, i + 1);
  if (!dir || !(word.startsWith('ال') || (ctx.word(i) as string).startsWith('لل'))) return null;
  // `الأمين العام السابق`, `النائب العام الحالي`: `العام` is "general" after a definite noun.
  if (word === WORD.alam && dir !== 'next' && isDefinite(ctx.tok(i - 1))) {
    const adjective = ctx.word(i + 1) as string;
    if (!adjective.startsWith('الماض') && !adjective.startsWith('المنصرم') && !adjective.startsWith('الجاري'))
      return null;
  }
  return { year: { kind: 'relative', offset: DIRECTION_OFFSET[dir] }, end: null, to: i + 2, skip: s };
}

/** A year expression at `i`; a bare number is a year only after `في`, `منذ`, `حتى`… or with `م`. */
export function parseYear(ctx: Ctx, i: number): Match | null {
  const w = parseYearWord(ctx, i);
  if (w) return { from: i, to: w.to, skip: w.skip, spec: { kind: 'year', year: w.year, end: w.end } };
  const y = readYearNumber(ctx, i);
  if (!y || y.era === 'hijri') return null;
  const marked = y.era === 'gregorian';
  const modern = y.year.kind === 'absolute' && y.year.y >= 1900 && y.year.y <= 2100;
  const afterPreposition = ctx.tok(i - 1)?.kind === 'word' && ctx.isIn(YEAR_PREPOSITIONS, i - 1) >= 0;
  // `في عام 2018 أو 2019`: a year coordinated with the year before it.
  const link = ctx.word(i - 1);
  const afterYear = (link === WORD.wa || link === WORD.aw) && ctx.digitCount(i - 2) === 4;
  if (!marked && !(modern && (afterPreposition || afterYear)) && !ctx.loose) return null;
  return { from: i, to: y.to, skip: 0, spec: { kind: 'year', year: y.year, end: null } };
}
