// What the hover card says about a highlight and about the meeting an article covers: who or what
// it is (`فلاديمير بوتين — رئيس روسيا`), its normalised value (`2023-03-20، الاثنين`,
// `227,000,000,000 USD`) and its cross-reference key. Plain data, so the card only lays it out.

import { mentionKey } from '../db/ids';
import type { MeetingInfo, Mention, MentionType } from '../extract/types';
import { isCurrencyCode } from '../numbers/currency-code';
import type { EntityLabels } from './entity-labels';

export const KIND_LABELS: Record<MentionType, string> = {
  leader: 'شخصية',
  venue: 'مكان',
  date: 'تاريخ',
  figure: 'رقم',
};

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

export interface MentionDescription {
  type: MentionType;
  kindLabel: string;
  /** The words on the page. */
  text: string;
  /** Who or what: name and role for a leader, name and city for a venue. */
  identity: string | null;
  /** The normalised value of a date or figure. */
  value: string | null;
  /** Named by a title only (`الرئيس الصيني`), so resolved with less certainty. */
  byTitle: boolean;
  /** Cross-reference key (`leader:putin`), null when it names nothing comparable. */
  key: string | null;
}

export interface DescribeContext {
  /** Names from the gazetteer, sent by the background with the extraction. */
  labels: EntityLabels;
}

/** Left-to-right isolate: keeps `2023-03-20` in order inside right-to-left Arabic text. */
export function ltr(s: string): string {
  return `\u2066${s}\u2069`;
}

/** An ISO day with its Arabic weekday: `2023-03-20، الاثنين`; other date values as they are. */
export function formatDateValue(value: string | null, valueEnd?: string | null): string | null {
  if (value === null) return null;
  const day = (v: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return v.startsWith('--') ? `${ltr(v)} (دون سنة)` : ltr(v);
    const weekday = WEEKDAYS[new Date(`${v}T00:00:00Z`).getUTCDay()];
    return weekday ? `${ltr(v)}، ${weekday}` : ltr(v);
  };
  return valueEnd && valueEnd !== value ? `${day(value)} – ${day(valueEnd)}` : day(value);
}

/** A figure's value with its unit: `227,000,000,000 USD`, `26%`, `40 · time`. */
export function formatFigureValue(value: string | number | null, unit: string | null): string | null {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  const number = Number.isFinite(n)
    ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(n)
    : String(value);
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (isCurrencyCode(unit)) return `${number} ${unit}`;
  return `${number} · ${unit}`;
}

export function describeMention(m: Mention, ctx: DescribeContext): MentionDescription {
  let identity: string | null = null;
  let value: string | null = null;
  if ((m.type === 'leader' || m.type === 'venue') && m.id) identity = ctx.labels[`${m.type}:${m.id}`] ?? null;
  if (m.type === 'date') value = formatDateValue(typeof m.value === 'string' ? m.value : null, m.valueEnd);
  if (m.type === 'figure') value = formatFigureValue(m.value, m.unit);
  const key = mentionKey(m);
  return {
    type: m.type,
    kindLabel: KIND_LABELS[m.type],
    text: m.text,
    identity,
    value,
    byTitle: m.byTitle === true,
    key: /^[a-z]+:\S/.test(key) ? key : null,
  };
}

const MEETING_KINDS: Record<string, string> = {
  'in-person': 'لقاء',
  'phone-call': 'اتصال هاتفي',
  'video-call': 'اتصال بالفيديو',
};

export interface MeetingDescription {
  /** `قمة سمرقند لمنظمة شنغهاي` from the catalogue, else the kind: `اتصال هاتفي`. */
  title: string;
  /** `2022-09-15، الخميس · سمرقند · فلاديمير بوتين، شي جين بينغ` */
  line: string;
  announced: boolean;
}

export function describeMeeting(meeting: MeetingInfo, labels: EntityLabels): MeetingDescription {
  const kind = MEETING_KINDS[meeting.kind ?? ''] ?? 'لقاء';
  const title = meeting.title?.ar ?? (meeting.announced ? `${kind} مرتقب` : kind);
  const when = formatDateValue(meeting.knownStart ?? meeting.start, meeting.end);
  const where =
    meeting.venue === 'virtual' ? 'عن بُعد' : meeting.venue ? (labels[`venue:${meeting.venue}`] ?? meeting.venue) : null;
  const who = meeting.participants.map((id) => labels[`name:${id}`] ?? id).join('، ');
  return { title, line: [when, where, who].filter(Boolean).join(' · '), announced: meeting.announced };
}
