// The timeline as data: grouping the (already ordered) meetings by year, and the filter state.
// Pure, so it is tested under Node. Ordering and filtering are the store's (`timeline()` in
// lib/db/queries.ts), served by its indexes.

import type { TimelineFilter } from '../../lib/db/queries';
import { yearOf } from '../../lib/i18n/format';

export function hasFilters(f: TimelineFilter): boolean {
  return f.year !== undefined || f.kind !== undefined || f.participant !== undefined || f.venue !== undefined;
}

export interface YearGroup<M> {
  /** null: the year is not known. */
  year: number | null;
  meetings: M[];
}

/** Consecutive meetings of the same year, in the order given. */
export function groupByYear<M extends { start: string | null }>(meetings: readonly M[]): YearGroup<M>[] {
  const groups: YearGroup<M>[] = [];
  for (const m of meetings) {
    const year = yearOf(m.start);
    const last = groups.at(-1);
    if (last && last.year === year) last.meetings.push(m);
    else groups.push({ year, meetings: [m] });
  }
  return groups;
}

/** Meetings of `list` that are also in `only` (search hits), keeping the order of `list`. */
export function keepOnly<M extends { id: string }>(list: readonly M[], only: ReadonlySet<string> | null): M[] {
  return only === null ? [...list] : list.filter((m) => only.has(m.id));
}
