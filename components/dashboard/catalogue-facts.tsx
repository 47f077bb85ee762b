// What the bundled catalogue of known Putin–Xi meetings (public record) says about this meeting:
// the event, its dates, venue and kind. When extraction matched no entry, the catalogue is asked
// again with the meeting as it now stands (articles added since may have settled its date), and a
// match is shown as likely, not certain.

import { type KnownMeeting, knownMeetingById, matchCatalogue } from '../../lib/catalogue';
import type { MeetingRecord } from '../../lib/db/schema';
import { useI18n } from '../shared/app-context';
import { meetingVenue } from '../shared/meeting-text';

function entryFor(meeting: MeetingRecord): { entry: KnownMeeting; certain: boolean } | null {
  const byId = meeting.catalogueId ? knownMeetingById(meeting.catalogueId) : undefined;
  if (byId) return { entry: byId, certain: true };
  if (!meeting.participants.includes('putin') || !meeting.participants.includes('xi')) return null;
  const match = matchCatalogue({ start: meeting.start, end: meeting.end, venue: meeting.venue, kind: meeting.kind });
  return match ? { entry: match, certain: false } : null;
}

export function CatalogueFacts({ meeting }: { meeting: MeetingRecord }) {
  const i18n = useI18n();
  const { t } = i18n;
  const found = entryFor(meeting);
  return (
    <section aria-labelledby="catalogue-heading" class="catalogue card" data-testid="catalogue">
      <h2 id="catalogue-heading">{t('page.catalogue')}</h2>
      {found === null ? (
        <p class="muted">{t('page.catalogueNone')}</p>
      ) : (
        <>
          <p>
            <strong>{found.entry.event[i18n.language]}</strong>
            {found.certain ? null : <span class="badge">{t('page.catalogueLikely')}</span>}
          </p>
          <p>
            {i18n.dateSpan(found.entry.start, found.entry.end ?? null)}{' '}
            <span class="iso" dir="ltr">
              {found.entry.end ? `${found.entry.start} – ${found.entry.end}` : found.entry.start}
            </span>
            {' · '}
            {meetingVenue({ ...meeting, venue: found.entry.venue }, i18n)}
            {' · '}
            {t(`kind.${found.entry.kind}`)}
            {found.entry.approximate ? <span class="muted"> ({t('page.catalogueApproximate')})</span> : null}
          </p>
          {found.entry.sources && found.entry.sources.length > 0 ? (
            <ul class="plain">
              {found.entry.sources.map((s) => (
                <li key={s} dir="ltr">
                  <a href={s} target="_blank" rel="noreferrer">
                    {s}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
