// The list of meetings, newest first, grouped by year, one page at a time: the popup renders the
// first page at once whatever the size of the store, and "show more" adds the next.

import { useMemo, useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import type { MeetingRecord } from '../../lib/db/schema';
import { type MeetingDetails, meetingDetails } from '../../lib/db/timeline';
import { useI18n } from '../shared/app-context';
import { useLiveQuery } from '../use-live-query';
import { MeetingEntry } from './meeting-entry';
import { groupByYear } from './timeline-model';

export const PAGE_SIZE = 40;
const FIRST_DETAILS = 8;

type Details = Map<string, MeetingDetails> | undefined;

export function Timeline({
  meetings,
  meetingHref,
  labelledBy,
  newTab = false,
}: {
  /** Already sorted and filtered. */
  meetings: MeetingRecord[];
  meetingHref(id: string): string;
  labelledBy: string;
  newTab?: boolean;
}) {
  const i18n = useI18n();
  const [pages, setPages] = useState(1);
  const shown = useMemo(() => meetings.slice(0, pages * PAGE_SIZE), [meetings, pages]);
  const ids = useMemo(() => shown.map((m) => m.id), [shown]);
  // The entries in view first (a popup shows five or six), the rest of the page after them.
  const firstIds = ids.slice(0, FIRST_DETAILS);
  const first = useLiveQuery(() => meetingDetails(db, firstIds), [firstIds.join()], undefined as Details);
  const rest = useLiveQuery(
    () => (first ? meetingDetails(db, ids.slice(FIRST_DETAILS)) : Promise.resolve(undefined)),
    [ids.join(), first !== undefined],
    undefined as Details,
  );
  const details = (id: string) => first?.get(id) ?? rest?.get(id);
  const groups = useMemo(() => groupByYear(shown), [shown]);

  return (
    <div class="timeline">
      {groups.map((g) => {
        const headingId = `${labelledBy}-year-${g.year ?? 'unknown'}`;
        return (
          <section class="year-group" key={g.year ?? 'unknown'} aria-labelledby={headingId}>
            <h3 class="year" id={headingId}>
              {g.year === null ? i18n.t('timeline.yearUnknown') : i18n.t('timeline.year', { year: String(g.year) })}
            </h3>
            <ol class="meetings">
              {g.meetings.map((m) => (
                <MeetingEntry key={m.id} meeting={m} details={details(m.id)} href={meetingHref(m.id)} newTab={newTab} />
              ))}
            </ol>
          </section>
        );
      })}
      {shown.length < meetings.length ? (
        <div class="more">
          <span class="muted">{i18n.t('timeline.shown', { shown: shown.length, total: meetings.length })}</span>
          <button type="button" onClick={() => setPages((p) => p + 1)}>
            {i18n.t('timeline.more')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
