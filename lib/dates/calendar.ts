// Proleptic Gregorian calendar arithmetic on plain numbers (UTC day numbers), so that no time zone
// or clock time ever leaks into a date: a date mention is a calendar day, not an instant.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar day. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_LENGTHS[m - 1] ?? 0);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function addDays(a: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(a.y, a.m, a.d) + days);
}

/** The month `offset` months from `y-m`: `[year, month]`. */
export function addMonths(y: number, m: number, offset: number): [number, number] {
  const k = y * 12 + (m - 1) + offset;
  return [Math.floor(k / 12), (k % 12) + 1];
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${y}-${pad2(m)}`;
}
export function isoYear(y: number): string {
  return String(y);
}
/** A day whose year the text does not give: `--09-15`. */
export function partialDay(m: number, d: number): string {
  return `--${pad2(m)}-${pad2(d)}`;
}
export function partialMonth(m: number): string {
  return `--${pad2(m)}`;
}

/** Parses an ISO day `YYYY-MM-DD` (as given on the command line or by page metadata). */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}
