// Expressions measured from the reference day: `اليوم`, `أمس`, `مساء أمس`, `بعد غد`,
// `اليوم الخميس`, `قبل أسبوع`; parts of a month (`أوائل مارس`, `منتصف الشهر الجاري`); and years
// (`عام 2023`, `العام الماضي`, `هذه السنة`, `في 2023`, `2024م`, `عامي 2022 و2023`).

import { endsVenueName } from '../../gazetteer/venue-names';
import { countsSomething } from '../../numbers/counts';
import { normaliseString } from '../../text/normalise';
import { closesOutletCredit } from '../../text/outlet-credit';
import { type Token, tokenTable } from '../../text/tokens';
import {
  AGO_WORDS,
  COMPARISONS_BEFORE_AN,
  DAY_UNIT_DUALS,
  DAY_UNITS,
  DEMONSTRATIVES,
  EVENT_NAME_BREAKS,
  MEDIA_NOUN_WORDS,
  MONTH_PART_WORDS,
  MONTH_PARTS,
  MONTH_WORDS,
  MONTHS,
  NARRATIVE_DAYS,
  NEW_YEAR_HOLIDAY_HEADS,
  NEW_YEAR_WORDS,
  PERIODS_BEFORE_YEAR,
  RELATIVE_DAYS,
  SAME_HEADS,
  SAME_WORDS,
  SEQUENCE_WORDS,
  WEAK_RELATIVE_DAYS,
  WEEKDAYS,
  WORD,
  YEAR_DUAL_WORDS,
  YEAR_EVENT_NOUNS,
  YEAR_PREPOSITIONS,
  YEAR_WORDS,
} from '../lexicon';
import type { Match, YearRef } from '../spec';
import { isDefinite } from '../token-utils';
import type { Ctx } from './context';
import { DIRECTION_OFFSET, direction, parseMonthRef, parseYearAfter, readYearNumber, readYearWords } from './parts';

const ANAPHORIC_ENDS = new Set(['السابق', 'التالي', 'الماضي', 'المنصرم']);
/** Egyptian `زي` (like), normalised as it is written. */
const LIKE = 'زي';

/**
 * `اليوم`, `أمس`, `أول أمس`, `غدا`, `بعد غد`, `يوم قبل أمس`, with a weekday after (`اليوم الخميس`,
 * `أمس الأربعاء`). `afterTimeOfDay`: a part of the day stands before (`مساء`), which makes the
 * weak forms (`الغد`) dates.
 */
export function parseRelativeDay(ctx: Ctx, i: number, afterTimeOfDay: boolean): Match | null {
  const rel = ctx.match(RELATIVE_DAYS, i);
  if (!rel) return null;
  const words = rel.to - rel.from;
  const written = ctx.word(i) as string;
  // `لليوم` is ل + `اليوم`: the span starts after `لل`, the word is still `اليوم`.
  const first =
    written.startsWith(WORD.lil + WORD.lil, rel.skip - 2) && rel.skip >= 2
      ? `ا${written.slice(rel.skip - 1)}`
      : written.slice(rel.skip);
  // `اليوم الخميس`, `اليوم (السبت)`, MENA's `اليوم /الأربعاء/`
  let weekday = ctx.match(WEEKDAYS, rel.to, false);
  if (!weekday && ctx.punct(rel.to, '(', '/')) {
    const close = ctx.punct(rel.to, '(') ? ')' : '/';
    const inner = ctx.match(WEEKDAYS, rel.to + 1, false);
    if (inner && ctx.punct(inner.to, close)) weekday = { ...inner, to: inner.to + 1 };
  }
  // `وفق ما أعلنه الكرملين اليوم، الخميس.` (Enab Baladi): the weekday after a comma, when the
  // sentence ends or goes on after it; `اليوم، الخميس المقبل …` is another date.
  if (!weekday && ctx.punct(rel.to, '،', ',')) {
    const after = ctx.match(WEEKDAYS, rel.to + 1, false);
    if (after && (ctx.tok(after.to) === undefined || ctx.tok(after.to)?.kind === 'punct')) weekday = after;
  }
  if (words === 1 && WEAK_RELATIVE_DAYS.has(first) && !afterTimeOfDay && !weekday && !ctx.loose) return null;
  // `«زي النهارده»` (Egyptian: "like today"), the name of an on-this-day column, is no day.
  if (words === 1 && !weekday && ctx.word(i - 1) === LIKE) return null;
  if (words === 1 && first === WORD.alyawm && !weekday) {
    // `اليوم الثالث`, `اليوم العالمي`, `اليوم الذي`: a day, not today. Only an adjective can follow
    // the definite `اليوم` as part of it (it takes no genitive); a definite noun after it is the
    // sentence's next part (`يستقبل بوتين اليوم الرئيس الصيني`, `بحثا خلال اتصال هاتفي اليوم
    // العلاقات الثنائية`), and `اليوم` is today.
    const next = ctx.tok(rel.to);
    if (describesDay(next) || (next?.kind === 'word' && ctx.number(rel.to)?.ordinal)) return null;
    if (rel.skip === 0 && (inOutletName(ctx, i) || closesOutletCredit(ctx.tokens, tokenTable(ctx.tokens).line, i)))
      return null;
  }
  // `اليوم التالي للزيارة`, `اليوم السابق للقمة`: the day after or before an event, told from the
  // date before it, never from the reference. `وفي اليوم التالي`, `اليوم نفسه`: a narrative's day.
  const lastWord = ctx.word(rel.to - 1) as string;
  const following = ctx.word(rel.to);
  const ofEvent =
    words >= 2 &&
    ANAPHORIC_ENDS.has(lastWord) &&
    (following?.startsWith(WORD.lil) ?? false) &&
    (following?.length ?? 0) > 2;
  const anaphora = ofEvent ? 'strict' : (ctx.match(NARRATIVE_DAYS, i)?.value ?? null);
  const to = weekday && !anaphora ? weekday.to : rel.to;
  return {
    from: i,
    to,
    skip: rel.skip,
    spec: { kind: 'relativeDay', offset: rel.value, weekday: weekday && !anaphora ? weekday.value : null, anaphora },
  };
}

/** Adjectives of a day that are not nisbas (`اليوم الذي`, `اليوم الأخير`, `اليوم الحاسم`), normalised. */
const DAY_ADJECTIVES = new Set(
  ['الذي', 'الأخير', 'السابق', 'المقبل', 'الموعود', 'الحاسم', 'المشهود', 'الفاصل', 'الطويل', 'الكبير', 'المنتظر'].map(
    normaliseString,
  ),
);

/** A definite adjective that may describe `اليوم`: a masculine nisba (`العالمي`, `الوطني`) or one of the list. */
function describesDay(t: Token | undefined): boolean {
  if (!isDefinite(t)) return false;
  const w = (t as Token).text;
  return DAY_ADJECTIVES.has(w) || (w.length > 4 && w.endsWith('ي'));
}

/**
 * `اليوم` closing the name of a news outlet (`لقناة "روسيا اليوم"`, `موقع المصري اليوم`,
 * `«روسيا اليوم»`): one word before it, and before that a noun of the media or an opening quote
 * that a closing quote after `اليوم` answers.
 */
function inOutletName(ctx: Ctx, i: number): boolean {
  if (ctx.word(i - 1) === null) return false;
  if (ctx.isIn(MEDIA_NOUN_WORDS, i - 2) >= 0) return true;
  return ctx.punct(i - 2, '"', '(') && ctx.punct(i + 1, '"', ')');
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
  if (part === 'early' && bareYearAfterPart(ctx, k))
    return { from: i, to: k + 1, skip, spec: { kind: 'year', year: { kind: 'relative', offset: 0 }, end: null } };
  return null;
}

/**
 * `منذ مطلع العام`, `توسعها مطلع العام لتضم`, `في بداية السنة،`: the start of the year with no
 * adjective is this year's, as `مطلع العام الجاري` (the press says which year when it means
 * another). Not a year of another kind (`مطلع العام الدراسي`, `بداية العام المالي`, `مطلع العام
 * الهجري`: any definite word after it). Only the start: `قبل نهاية العام`, `حتى نهاية العام` set a
 * deadline more than they date an event, and the press leaves them undated as often as not.
 */
function bareYearAfterPart(ctx: Ctx, k: number): boolean {
  const w = ctx.word(k);
  if (w === null || !w.startsWith('ال') || ctx.isIn(YEAR_WORDS, k, false) < 0) return false;
  const next = ctx.tok(k + 1);
  return !(next?.kind === 'word' && next.text.startsWith('ال')) && next?.kind !== 'number';
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
    // `عامي 2017 و2019`: two years, two mentions (the second is read on its own after `و`);
    // `عامي 2022-2023`: a run of years.
    if (ctx.word(k) === WORD.wa)
      return readYearNumber(ctx, k + 1) ? { year: a.year, end: null, to: a.to, skip: dual } : null;
    if (ctx.punct(k, '-')) k++;
    const b = readYearNumber(ctx, k);
    if (!b || b.era === 'hijri') return null;
    return { year: a.year, end: b.year, to: b.to, skip: dual };
  }
  const s = ctx.isIn(YEAR_WORDS, i);
  if (s < 0) {
    // `نفس العام`, `ذات السنة`: the year of the date before.
    const head = ctx.isIn(SAME_HEADS, i);
    if (head >= 0 && ctx.isIn(YEAR_WORDS, i + 1, false) >= 0 && ctx.word(i + 1)?.startsWith('ال')) {
      return { year: { kind: 'anaphoric', offset: 0, anaphora: 'strict' }, end: null, to: i + 2, skip: head };
    }
    return null;
  }
  const definite = (ctx.word(i) as string).slice(s).startsWith('ال') || (ctx.word(i) as string).startsWith('لل');
  // `العام نفسه`, `السنة ذاتها`; `العام التالي`, `السنة السابقة` (told from the date before).
  if (definite && ctx.isIn(SAME_WORDS, i + 1, false) >= 0) {
    return { year: { kind: 'anaphoric', offset: 0, anaphora: 'strict' }, end: null, to: i + 2, skip: s };
  }
  const sequence = definite ? SEQUENCE_WORDS.get(ctx.word(i + 1) ?? '') : undefined;
  if (sequence !== undefined && !isDefinite(ctx.tok(i - 1))) {
    return { year: { kind: 'anaphoric', offset: sequence, anaphora: 'fallback' }, end: null, to: i + 2, skip: s };
  }
  const y = readYearNumber(ctx, i + 1) ?? readYearWords(ctx, i + 1);
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
  // `في العام الجديد`, `السنة الجديدة`; not `الأمين العام الجديد` (general, after a definite noun),
  // nor the holiday (`بمناسبة العام الجديد`).
  if (
    definite &&
    ctx.isIn(NEW_YEAR_WORDS, i + 1, false) >= 0 &&
    !(word === WORD.alam && isDefinite(ctx.tok(i - 1))) &&
    ctx.isIn(NEW_YEAR_HOLIDAY_HEADS, i - 1) < 0
  ) {
    return { year: { kind: 'new' }, end: null, to: i + 2, skip: s };
  }
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

/**
 * A year expression at `i`. A bare number is a year with an era mark (`2024م`), or in the modern
 * range where the words around it leave no doubt (see `bareYearContext`).
 */
export function parseYear(ctx: Ctx, i: number): Match | null {
  const w = parseYearWord(ctx, i);
  if (w) return { from: i, to: w.to, skip: w.skip, spec: { kind: 'year', year: w.year, end: w.end } };
  const y = readYearNumber(ctx, i);
  if (!y || y.era === 'hijri') return null;
  const marked = y.era === 'gregorian';
  const modern = y.year.kind === 'absolute' && y.year.y >= 1900 && y.year.y <= 2100;
  if (!marked && !(modern && bareYearContext(ctx, i, y.to)) && !ctx.loose) return null;
  return { from: i, to: y.to, skip: 0, spec: { kind: 'year', year: y.year, end: null } };
}

/**
 * Whether a bare four-digit number at `i` (ending before `to`) is a year by its neighbours:
 * - after `في`, `منذ`, `حتى`, `خلال`, `بحلول`, `قبل`, `بعد` (`منذ 2014`);
 * - coordinated with a year just before (`في عام 2018 أو 2019`, `عامي 2017 و2019`);
 * - after a city (`من موسكو 2013 إلى سمرقند 2022`) or up to two words after an event's name
 *   (`قمة سمرقند 2022`, `أولمبياد بكين 2022`, `رؤية 2030`);
 * - after a period and `من` (`النصف الثاني من 2023`, `أول شهرين من 2025`, `مارس من 2024`);
 * - after `عن` that is not a comparison (`بياناتها عن 2023`, not `يزيد عن 2000`);
 * - alone on its line (a heading of a timeline).
 * Never when a counted noun, a currency or a percent follows (`2000 جندي`, `1500 دولار`).
 */
function bareYearContext(ctx: Ctx, i: number, to: number): boolean {
  const before = ctx.tok(i - 1);
  if (before?.kind === 'word' && ctx.isIn(YEAR_PREPOSITIONS, i - 1) >= 0) return true;
  const link = ctx.word(i - 1);
  if ((link === WORD.wa || link === WORD.aw) && ctx.digitCount(i - 2) === 4) return true;
  let context: boolean;
  if (link === null) context = i === ctx.lineStart && onlyPunctuationUntilLineEnd(ctx, to);
  else if (link === WORD.min) context = periodBefore(ctx, i - 2);
  else if (link === WORD.an) context = ctx.word(i - 2) === null || ctx.isIn(COMPARISONS_BEFORE_AN, i - 2) < 0;
  else context = endsVenueName(ctx.tokens, i - 1) || afterEventName(ctx, i);
  // The words before make a year likely; a counted noun after makes it an amount after all.
  return context && !countsSomething(ctx.tokens, i);
}

/**
 * `قمة سمرقند 2022`, `أولمبياد بكين 2022`, `إكسبو 2020`, `قمة منظمة شنغهاي للتعاون 2025`: an
 * event noun up to three words before, with no word between that ends a name.
 */
function afterEventName(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= i - 4; k--) {
    if (ctx.word(k) === null || ctx.digits(k) >= 0) return false;
    if (ctx.isIn(YEAR_EVENT_NOUNS, k) >= 0) return true;
    if (ctx.isIn(YEAR_PREPOSITIONS, k) >= 0 || ctx.word(k) === WORD.min) return false;
    if (ctx.isIn(EVENT_NAME_BREAKS, k) >= 0) return false;
  }
  return false;
}

/** A period before `من` + year: a period noun, an ordinal (`النصف الثاني`), a month name. */
function periodBefore(ctx: Ctx, k: number): boolean {
  if (ctx.word(k) === null) return false;
  if (ctx.isIn(PERIODS_BEFORE_YEAR, k) >= 0 || ctx.match(MONTHS, k) !== null) return true;
  const r = ctx.number(k);
  return r?.ordinal === true && r.end === k + 1 && !r.digits;
}

function onlyPunctuationUntilLineEnd(ctx: Ctx, k: number): boolean {
  for (let j = k; j < ctx.limit; j++) if (ctx.tok(j)?.kind !== 'punct') return false;
  return true;
}
