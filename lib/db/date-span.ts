// Date values of meetings and mentions (`2023-03-20`, `2023-03`, `2023`, `--03-20`, `--03`) as spans
// of days, so that two articles can be compared: "the 20th", "March 2023" and "next week" overlap
// or they do not. Day numbers are days since 1970-01-01 (UTC, no time zones involved).

const DAY_MS = 86_400_000;

export interface DaySpan {
  from: number;
  to: number;
  /** A single day (or a range of days) was given, not a month, a year or a guess. */
  precise: boolean;
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The span of a full date value (year known), or null for partial or malformed values. */
export function spanOf(value: string | null | undefined): DaySpan | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const day = dayNumber(y, Number(m[2]), Number(m[3]));
    return { from: day, to: day, precise: true };
  }
  if (m[2]) {
    const month = Number(m[2]);
    return { from: dayNumber(y, month, 1), to: dayNumber(y, month, lastDayOfMonth(y, month)), precise: false };
  }
  return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31), precise: false };
}

/**
 * A partial value (`--03-20`, `--03`) made full with the year that puts it nearest to the
 * reference day (the article's publication): news reports recent events and near announcements.
 */
export function resolvePartial(value: string | null, reference: string | null): string | null {
  if (!value?.startsWith('--')) return value;
  const ref = spanOf(reference);
  if (!ref) return value;
  const refYear = new Date(ref.from * DAY_MS).getUTCFullYear();
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const candidate = `${year}${value.slice(1)}`;
    const span = spanOf(candidate);
    if (!span) continue;
    const distance = Math.min(Math.abs(span.from - ref.from), Math.abs(span.to - ref.from));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? value;
}

/** Year of a full date value, 0 when unknown. */
export function yearOf(value: string | null | undefined): number {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : 0;
}

/** How a value is given: the finer, the more trustworthy when two articles disagree. */
export function precisionOf(value: string | null | undefined): number {
  if (!value) return 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 3;
  if (/^\d{4}-\d{2}$/.test(value)) return 2;
  if (/^\d{4}$/.test(value)) return 1;
  return 0;
}

export function overlaps(a: DaySpan, b: DaySpan, slackDays: number): boolean {
  return a.from - slackDays <= b.to && b.from - slackDays <= a.to;
}

/** Days between two spans (0 when they overlap). */
export function gapDays(a: DaySpan, b: DaySpan): number {
  if (overlaps(a, b, 0)) return 0;
  return a.to < b.from ? b.from - a.to : a.from - b.to;
}

export function todayIso(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
