// What the timeline shows beside each meeting: how many articles and notes it has, and its headline
// figures. Asked for the meetings on screen only (a page of the timeline), through the meetingId
// indexes, so the cost follows what is shown, not the size of the store.

import { COUNTED_NOUNS } from '../numbers/data/counted-nouns';
import type { QimmaDB } from './schema';

export interface HeadlineFigure {
  key: string;
  value: number;
  unit: string | null;
  /** Articles of the meeting that state it. */
  articles: number;
}

export interface MeetingDetails {
  articles: number;
  notes: number;
  figures: HeadlineFigure[];
}

const HEADLINE_FIGURES = 3;

/**
 * Units whose figures are mostly ordinals (`الذكرى الثمانين` = the 80th anniversary, `القمة الأولى`):
 * stored as numbers, but not amounts, so never a headline.
 */
const ORDINAL_UNITS = new Set(COUNTED_NOUNS.flatMap((n) => (n.ordinal ? [n.ordinalUnit ?? n.unit] : [])));

/** Figures worth a headline: money, percentages and counted things; not bare numbers, not ordinals. */
function isHeadline(unit: string | null, value: number): boolean {
  if (unit === null || ORDINAL_UNITS.has(unit)) return false;
  return unit === '%' || /^[A-Z]{3}$/.test(unit) || value > 1;
}

/** Money first, then percentages, then counted things; within each, stated by more articles, then larger. */
function rank(a: HeadlineFigure, b: HeadlineFigure): number {
  const weight = (f: HeadlineFigure) => (f.unit && /^[A-Z]{3}$/.test(f.unit) ? 2 : f.unit === '%' ? 1 : 0);
  return weight(b) - weight(a) || b.articles - a.articles || b.value - a.value;
}

export async function meetingDetails(db: QimmaDB, meetingIds: readonly string[]): Promise<Map<string, MeetingDetails>> {
  const details = new Map<string, MeetingDetails>();
  if (meetingIds.length === 0) return details;
  for (const id of meetingIds) details.set(id, { articles: 0, notes: 0, figures: [] });
  const ids = [...meetingIds];
  const [articleMeetings, noteMeetings, figures] = await Promise.all([
    db.articles.where('meetingId').anyOf(ids).keys(),
    db.notes.where('meetingId').anyOf(ids).keys(),
    db.mentions
      .where('meetingId')
      .anyOf(ids)
      .filter((m) => m.type === 'figure')
      .toArray(),
  ]);
  for (const key of articleMeetings) {
    const d = details.get(String(key));
    if (d) d.articles++;
  }
  for (const key of noteMeetings) {
    const d = details.get(String(key));
    if (d) d.notes++;
  }
  const perMeeting = new Map<string, Map<string, HeadlineFigure & { seen: Set<string> }>>();
  for (const m of figures) {
    const value = typeof m.value === 'number' ? m.value : Number(m.value);
    if (!m.meetingId || !Number.isFinite(value) || !isHeadline(m.unit, value)) continue;
    let byKey = perMeeting.get(m.meetingId);
    if (!byKey) {
      byKey = new Map();
      perMeeting.set(m.meetingId, byKey);
    }
    let f = byKey.get(m.key);
    if (!f) {
      f = { key: m.key, value, unit: m.unit, articles: 0, seen: new Set() };
      byKey.set(m.key, f);
    }
    if (!f.seen.has(m.articleId)) {
      f.seen.add(m.articleId);
      f.articles++;
    }
  }
  for (const [meetingId, byKey] of perMeeting) {
    const d = details.get(meetingId);
    if (!d) continue;
    d.figures = [...byKey.values()]
      .map(({ seen: _seen, ...f }) => f)
      .sort(rank)
      .slice(0, HEADLINE_FIGURES);
  }
  return details;
}
