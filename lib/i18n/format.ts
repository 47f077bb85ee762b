// Dates, numbers and lists formatted for the reader's language with `Intl`. The formatters are
// built once per language: creating an `Intl` object costs far more than using one, and the popup
// formats thousands of dates on first render.
//
// Arabic uses Latin digits (`ar-u-nu-latn`): most Arabic news sites print 227, not ٢٢٧, and the
// reader compares what the popup shows with what the article says. Month names are CLDR's Arabic
// ones (يناير، فبراير…, the Egyptian/Gulf forms that CLDR uses for `ar`).

import type { Language } from './types';

export const LOCALES: Record<Language, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

interface Formatters {
  number: Intl.NumberFormat;
  day: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  dayOfYear: Intl.DateTimeFormat;
  monthOnly: Intl.DateTimeFormat;
  plural: Intl.PluralRules;
  list: Intl.ListFormat;
}

const cache = new Map<Language, Formatters>();

export function formatters(language: Language): Formatters {
  let f = cache.get(language);
  if (!f) {
    const loc = LOCALES[language];
    const utc = { timeZone: 'UTC' } as const;
    f = {
      number: new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }),
      day: new Intl.DateTimeFormat(loc, { ...utc, day: 'numeric', month: 'long', year: 'numeric' }),
      month: new Intl.DateTimeFormat(loc, { ...utc, month: 'long', year: 'numeric' }),
      dayOfYear: new Intl.DateTimeFormat(loc, { ...utc, day: 'numeric', month: 'long' }),
      monthOnly: new Intl.DateTimeFormat(loc, { ...utc, month: 'long' }),
      plural: new Intl.PluralRules(loc),
      list: new Intl.ListFormat(loc, { type: 'conjunction', style: 'long' }),
    };
    cache.set(language, f);
  }
  return f;
}

export function formatNumber(n: number, language: Language): string {
  return formatters(language).number.format(n);
}

export function formatList(items: string[], language: Language): string {
  return formatters(language).list.format(items);
}

/** A stored date value split into its parts; the year is absent in partial `--MM-DD` values. */
interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const DATE_VALUE = /^(?:(\d{4})|-)(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseDateValue(value: string): DateParts | null {
  const m = DATE_VALUE.exec(value);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return {
    year: m[1] === undefined ? null : Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}

// A leap year, so that a partial `--02-29` still makes a valid Date when the year is unknown.
const ANY_LEAP_YEAR = 2000;

function toUtc(p: DateParts): Date {
  return new Date(Date.UTC(p.year ?? ANY_LEAP_YEAR, (p.month ?? 1) - 1, p.day ?? 1));
}

function formatterFor(p: DateParts, f: Formatters): Intl.DateTimeFormat | null {
  if (p.year !== null && p.month !== null && p.day !== null) return f.day;
  if (p.year !== null && p.month !== null) return f.month;
  if (p.month !== null && p.day !== null) return f.dayOfYear;
  if (p.month !== null) return f.monthOnly;
  return null;
}

/**
 * A date value as stored (`2022-09-15`, `2022-09`, `2022`, `--09-15`, `--09`) in words:
 * `15 سبتمبر 2022` / `15 September 2022`. Returns the value unchanged when it is not a date.
 */
export function formatDateValue(value: string, language: Language): string {
  const p = parseDateValue(value);
  if (!p) return value;
  const f = formatters(language);
  const fmt = formatterFor(p, f);
  // A year alone: digits without grouping (`2022`, never `2,022`); Latin digits in both languages.
  if (!fmt) return p.year === null ? value : String(p.year);
  return fmt.format(toUtc(p));
}

/** A span of days (`15–16 سبتمبر 2022`); a single date when the end is missing or the same. */
export function formatDateSpan(start: string, end: string | null, language: Language): string {
  if (!end || end === start) return formatDateValue(start, language);
  const a = parseDateValue(start);
  const parsedEnd = parseDateValue(end);
  if (!a || !parsedEnd) return formatDateValue(start, language);
  const b = withYearOf(parsedEnd, a);
  const fmt = formatterFor(a, formatters(language));
  if (!fmt || formatterFor(b, formatters(language)) !== fmt) {
    return `${formatDateValue(start, language)} – ${formatDateValue(end, language)}`;
  }
  return fmt.formatRange(toUtc(a), toUtc(b));
}

/**
 * A year-less end (`--09-16` after `2022-09-15`, from a text saying `15-16 سبتمبر`) takes the
 * start's year, or the next one when it falls before the start (`30 ديسمبر - 2 يناير`).
 */
function withYearOf(end: DateParts, start: DateParts): DateParts {
  if (end.year !== null || start.year === null || end.month === null) return end;
  const before = end.month < (start.month ?? 1) || (end.month === start.month && (end.day ?? 1) < (start.day ?? 1));
  return { ...end, year: before ? start.year + 1 : start.year };
}

/** The end of a span as a full ISO value when the start lends it a year (`--09-16` → `2022-09-16`). */
export function completeEnd(start: string, end: string): string {
  const a = parseDateValue(start);
  const b = parseDateValue(end);
  if (!a || !b || b.year !== null) return end;
  const c = withYearOf(b, a);
  if (c.year === null) return end;
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(c.year), c.month !== null ? two(c.month) : null, c.day !== null ? two(c.day) : null]
    .filter((x) => x !== null)
    .join('-');
}

/** The year of a stored date value, or null when it has none (`--09-15`). */
export function yearOf(value: string | null): number | null {
  if (!value) return null;
  const p = parseDateValue(value);
  return p?.year ?? null;
}
