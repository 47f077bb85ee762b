// The figures of one meeting side by side: for each figure (compared by value and unit, never by
// spelling), how each article of the meeting wrote it — `227 مليار دولار` in one, `227 بليون دولار`
// in another — and which articles do not give it at all.

import { isCurrencyCode } from '../numbers/currency-code';
import type { QimmaDB } from './schema';

export interface FigureRow {
  key: string;
  value: number;
  unit: string | null;
  /** Article id → the distinct spellings of the figure in that article. */
  byArticle: Map<string, string[]>;
}

/** Figures stated by more articles first, then money, then larger values. */
export async function meetingFigures(db: QimmaDB, meetingId: string): Promise<FigureRow[]> {
  const mentions = await db.mentions
    .where('meetingId')
    .equals(meetingId)
    .filter((m) => m.type === 'figure')
    .toArray();
  const rows = new Map<string, FigureRow>();
  for (const m of mentions) {
    const value = typeof m.value === 'number' ? m.value : Number(m.value);
    if (!Number.isFinite(value)) continue;
    let row = rows.get(m.key);
    if (!row) {
      row = { key: m.key, value, unit: m.unit, byArticle: new Map() };
      rows.set(m.key, row);
    }
    const spellings = row.byArticle.get(m.articleId) ?? [];
    if (!spellings.includes(m.text)) spellings.push(m.text);
    row.byArticle.set(m.articleId, spellings);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.byArticle.size - a.byArticle.size ||
      Number(isCurrencyCode(b.unit)) - Number(isCurrencyCode(a.unit)) ||
      b.value - a.value ||
      (a.key < b.key ? -1 : 1),
  );
}
