// What the timeline shows beside each meeting: how many articles and notes it has, and its headline
// figures. Asked for the meetings on screen only (a page of the timeline), through the meetingId
// indexes, so the cost follows what is shown, not the size of the store.

import { isCurrencyCode } from '../numbers/currency-code';
import { ORDINAL_UNITS_DATA } from '../numbers/ordinal-units-data';
import type { MentionRecord, QimmaDB } from './schema';

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
  /** Leaders by id as the meeting's articles wrote them (for a person the gazetteer does not know). */
  names: Record<string, string>;
}

const HEADLINE_FIGURES = 3;

/**
 * Units whose figures are mostly ordinals (`الذكرى الثمانين` = the 80th anniversary, `القمة الأولى`):
 * stored as numbers, but not amounts, so never a headline.
 */
const ORDINAL_UNITS = new Set(ORDINAL_UNITS_DATA);

/** Figures worth a headline: money, percentages and counted things; not bare numbers, not ordinals. */
function isHeadline(unit: string | null, value: number): boolean {
  if (unit === null || ORDINAL_UNITS.has(unit)) return false;
  return unit === '%' || isCurrencyCode(unit) || value > 1;
}

/** Money first, then percentages, then counted things; within each, stated by more articles, then larger. */
function rank(a: HeadlineFigure, b: HeadlineFigure): number {
  const weight = (f: HeadlineFigure) => (isCurrencyCode(f.unit) ? 2 : f.unit === '%' ? 1 : 0);
  return weight(b) - weight(a) || b.articles - a.articles || b.value - a.value;
}

export async function meetingDetails(db: QimmaDB, meetingIds: readonly string[]): Promise<Map<string, MeetingDetails>> {
  const details = new Map<string, MeetingDetails>();
  if (meetingIds.length === 0) return details;
  // One equality query per meeting: each is an index count or getAll, far cheaper than one anyOf
  // (a cursor over every record of every meeting) with a filter.
  await db.transaction('r', db.articles, db.notes, db.mentions, () =>
    Promise.all(
      meetingIds.map(async (id) => {
        const [articles, notes, mentions] = await Promise.all([
          db.articles.where('meetingId').equals(id).count(),
          db.notes.where('meetingId').equals(id).count(),
          db.mentions.where('meetingId').equals(id).toArray(),
        ]);
        details.set(id, { articles, notes, figures: headlineFigures(mentions), names: writtenNames(mentions) });
      }),
    ),
  );
  return details;
}

/** The first name each leader is given in the mentions, leaving titles out (`الرئيس الصيني` says who, not the name). */
export function writtenNames(mentions: readonly MentionRecord[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const m of mentions) {
    if (m.type !== 'leader' || m.byTitle) continue;
    const id = m.key.slice('leader:'.length);
    if (id && !(id in names)) names[id] = m.text;
  }
  return names;
}

function headlineFigures(mentions: readonly MentionRecord[]): HeadlineFigure[] {
  const byKey = new Map<string, HeadlineFigure & { seen: Set<string> }>();
  for (const m of mentions) {
    if (m.type !== 'figure') continue;
    const value = typeof m.value === 'number' ? m.value : Number(m.value);
    if (!Number.isFinite(value) || !isHeadline(m.unit, value)) continue;
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
  return [...byKey.values()]
    .map(({ seen: _seen, ...f }) => f)
    .sort(rank)
    .slice(0, HEADLINE_FIGURES);
}
