// How a meeting is named in the UI, from its record and the reader's language: one place, so the
// popup, the dashboard and the screen-reader labels say the same thing.

import type { MeetingRecord } from '../../lib/db/schema';
import { leaderName, venueName } from '../../lib/i18n/names';
import type { Translator } from '../../lib/i18n/translate';

export type MeetingLike = Pick<
  MeetingRecord,
  'id' | 'start' | 'end' | 'venue' | 'kind' | 'participants' | 'titleAr' | 'titleEn'
>;

export function meetingDate(m: MeetingLike, i18n: Translator): string {
  return m.start ? i18n.dateSpan(m.start, m.end) : i18n.t('meeting.dateUnknown');
}

export function meetingVenue(m: MeetingLike, i18n: Translator): string {
  return m.venue ? venueName(m.venue, i18n.language, i18n.t('venue.virtual')) : i18n.t('meeting.venueUnknown');
}

export function meetingKind(m: MeetingLike, i18n: Translator): string {
  return m.kind ? i18n.t(`kind.${m.kind}`) : i18n.t('meeting.kindUnknown');
}

/** `written`: participants' names as the meeting's articles wrote them, for those the gazetteer does not know. */
export function meetingParticipants(m: MeetingLike, i18n: Translator, written?: Record<string, string>): string {
  return i18n.list(m.participants.map((id) => leaderName(id, i18n.language, written?.[id])));
}

/** The catalogue's title when the meeting is a known one, else "venue, date". */
export function meetingTitle(m: MeetingLike, i18n: Translator): string {
  const known = i18n.language === 'ar' ? m.titleAr : m.titleEn;
  if (known) return known;
  const separator = i18n.language === 'ar' ? '، ' : ', ';
  return `${meetingVenue(m, i18n)}${separator}${meetingDate(m, i18n)}`;
}
