// What the grammar understood, before it is placed on the calendar: the parts the text gives
// (a month name, a day, a year, or an offset from the reference day), so that one resolver applies
// one set of rules (year placement, weekday agreement, ranges) to every way of writing a date.

import type { MonthPart } from './words';

export type Grain = 'day' | 'month' | 'year';

export interface DateValue {
  value: string | null;
  valueEnd: string | null;
  grain: Grain;
}

/** `past`: looking back from the reference; `future`: looking forward; null: no cue. */
export type Lean = 'past' | 'future' | null;

/**
 * How a date said relative to another date of the text is placed: on that date (`strict`: no value
 * without one; `fallback`: on the reference when there is none).
 */
export type Anaphora = 'strict' | 'fallback';

export type YearRef =
  | { kind: 'absolute'; y: number }
  | { kind: 'relative'; offset: number }
  /** `العام نفسه` (0), `العام التالي` (+1): measured from the year of the date before it. */
  | { kind: 'anaphoric'; offset: number; anaphora: Anaphora }
  /** `العام الجديد`: the year whose 1 January is nearest the reference (just begun, or coming). */
  | { kind: 'new' };

export type MonthRef =
  /** A month by name or number; its year is given, relative, or to be placed near the reference. */
  | { kind: 'named'; m: number; year: YearRef | null; lean: Lean }
  /** `الشهر الماضي` (−1), `الشهر الجاري` (0), `الشهر المقبل` (+1). */
  | { kind: 'relative'; offset: number }
  /** `الشهر نفسه`, `الشهر ذاته`: the month of the date before it. */
  | { kind: 'anaphoric' };

export type WeekdayMode =
  /** Bare weekday: the most recent one (today included), or the next one after a future cue. */
  | 'bare'
  /** `الخميس الماضي`: strictly before the reference day. */
  | 'past'
  /** `الخميس المقبل`: strictly after. */
  | 'next';

export type Spec =
  /** Already a calendar value (numeric and English dates with a year, Hijri dates). */
  | { kind: 'fixed'; value: DateValue; hijri?: boolean }
  /** A day of a month, or a run of days (`15-16 سبتمبر`, `من 31 أغسطس إلى 3 سبتمبر`). */
  | { kind: 'day'; month: MonthRef; d: number; weekday: number | null; end: { month: MonthRef; d: number } | null }
  /** A month, or a run of months (`من مارس إلى مايو`). */
  | { kind: 'month'; month: MonthRef; end: MonthRef | null }
  /** Early, middle or late part of a month (`أوائل مارس`, `منتصف الشهر الجاري`). */
  | { kind: 'monthPart'; month: MonthRef; part: MonthPart }
  /** Last day of a month (`آخر يوم من شهر عشرة`). */
  | { kind: 'lastDay'; month: MonthRef }
  /** n-th (or last, n = −1) weekday of a month (`ثالث ثلاثاء من أيلول`). */
  | { kind: 'nthWeekday'; month: MonthRef; weekday: number; n: number }
  /**
   * A weekday with an ordinal (`الثلاثاء الثالث من شهر أيلول`): the 3rd if that day is a Tuesday,
   * else the third Tuesday. Without a month (`السبت السادس عشر`), a day near the reference.
   */
  | { kind: 'weekdayOrdinal'; month: MonthRef | null; weekday: number; n: number }
  | { kind: 'year'; year: YearRef; end: YearRef | null }
  /**
   * `اليوم`, `أمس`, `بعد غد`; with a weekday (`أمس الأربعاء`) the two must agree. `anaphora`: the
   * day is told from the date before it (`اليوم التالي`, `اليوم نفسه`, `اليوم التالي للزيارة`).
   */
  | { kind: 'relativeDay'; offset: number; weekday: number | null; anaphora: Anaphora | null }
  /** `days`: a span of that many more days (`يومي الخميس والجمعة`: 1). */
  | { kind: 'weekday'; weekday: number; mode: WeekdayMode; days?: number }
  /** A weekday of a week relative to the reference's (ISO, Monday first): `أحد الأسبوع الماضي`. */
  | { kind: 'weekdayOfWeek'; weekday: number; weekOffset: number }
  /**
   * `الأسبوع الماضي` (−1), `هذا الأسبوع` (0), `الأسبوع المقبل` (+1): a week has no ISO value of the
   * kinds a mention carries (a day, a month, a year), and weeks start on different days across the
   * Arab world, so it is a date mention valued null.
   */
  | { kind: 'week'; offset: number }
  /** `قبل أسبوع`, `قبل ثلاثة أيام`. */
  | { kind: 'daysAgo'; days: number }
  /** `في مثل هذا اليوم من عام 1949`: the reference's month and day in that year. */
  | { kind: 'anniversaryDay'; year: YearRef };

/** A grammar match: token range `[from, to)`, letters of proclitics to skip, and the meaning. */
export interface Match {
  from: number;
  to: number;
  skip: number;
  spec: Spec;
  /** Characters of the last token that are not the date's (a clock's hour glued to its year). */
  trim?: number;
}
