// One meeting in the timeline: date in words and in ISO form, venue, kind, participants, how many
// articles and notes it has, and its headline figures. The whole entry links to its dashboard page.

import type { MeetingRecord } from '../../lib/db/schema';
import type { MeetingDetails } from '../../lib/db/timeline';
import { useI18n } from '../shared/app-context';
import { meetingDate, meetingKind, meetingParticipants, meetingTitle, meetingVenue } from '../shared/meeting-text';

export function MeetingEntry({
  meeting,
  details,
  href,
  newTab,
}: {
  meeting: MeetingRecord;
  details: MeetingDetails | undefined;
  href: string;
  /** From the popup, a meeting opens in a dashboard tab. */
  newTab: boolean;
}) {
  const i18n = useI18n();
  const title = meetingTitle(meeting, i18n);
  return (
    <li
      class="meeting"
      data-testid="meeting"
      data-start={meeting.start ?? ''}
      data-venue={meeting.venue ?? ''}
      data-kind={meeting.kind ?? ''}
    >
      <a
        class="meeting-link"
        href={href}
        target={newTab ? '_blank' : undefined}
        rel={newTab ? 'noreferrer' : undefined}
        title={i18n.t('meeting.open', { title })}
      >
        <span class="meeting-when">
          <time dateTime={meeting.start ?? undefined}>{meetingDate(meeting, i18n)}</time>
          {meeting.start ? (
            <span class="iso" dir="ltr">
              {meeting.start}
            </span>
          ) : null}
          {meeting.announced ? <span class="badge">{i18n.t('meeting.announced')}</span> : null}
        </span>
        <span class="meeting-where">
          <span class="venue">{meetingVenue(meeting, i18n)}</span>
          <span class={`kind kind-${meeting.kind ?? 'unknown'}`}>{meetingKind(meeting, i18n)}</span>
        </span>
        {meeting.participants.length > 0 ? (
          <span class="meeting-who">{meetingParticipants(meeting, i18n, details?.names)}</span>
        ) : null}
        <span class="meeting-counts">
          {details ? (
            <>
              <span data-testid="article-count">{i18n.t('meeting.articles', { count: details.articles })}</span>
              <span aria-hidden="true"> · </span>
              <span data-testid="note-count">{i18n.t('meeting.notes', { count: details.notes })}</span>
            </>
          ) : (
            <span class="placeholder">…</span>
          )}
        </span>
        {details && details.figures.length > 0 ? (
          <ul class="meeting-figures" aria-label={i18n.t('meeting.figures')}>
            {details.figures.map((f) => (
              <li class="figure-chip" key={f.key} data-key={f.key}>
                {i18n.figure(f.value, f.unit)}
              </li>
            ))}
          </ul>
        ) : null}
      </a>
    </li>
  );
}
