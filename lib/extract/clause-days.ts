// How a clause's full days stand to the publication day: a meeting dated within a few days of the
// page is its news (held, or starting `غدا`); one dated weeks before is recalled. Shared by the
// clause reader (event-clauses) and the venue's choice (meeting-venue).

import type { Candidate } from './document';

/** Days around publication within which a meeting of the story is the same trip's. */
export const SAME_TRIP_DAYS = 3;
export const DAY_MS = 86_400_000;
export const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Dated {
  mentions: readonly Candidate[];
}

/** A full day of the clause lies from `before` days before `ref` to `after` days after it. */
function datedWithin(c: Dated, ref: string | null, before: number, after: number): boolean {
  if (!ref) return false;
  const page = Date.parse(ref);
  return c.mentions.some((m) => {
    if (m.type !== 'date' || typeof m.value !== 'string' || !FULL_DAY.test(m.value)) return false;
    const gap = (page - Date.parse(m.value)) / DAY_MS;
    return gap >= -after && gap <= before;
  });
}

/** The clause is dated a day within a few days before `ref` (the publication day), or on it. */
export function datedDaysBefore(c: Dated, ref: string | null, days = SAME_TRIP_DAYS): boolean {
  return datedWithin(c, ref, days, 0);
}

/**
 * The clause gives a full day within a few days of `ref`, before or after: the page's own news
 * (a meeting just held, or a visit starting `غدا`).
 */
export function datedNearPage(c: Dated, ref: string | null): boolean {
  return datedWithin(c, ref, SAME_TRIP_DAYS, SAME_TRIP_DAYS);
}
