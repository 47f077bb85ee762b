// The small queries the UI added to the store: per-meeting counts and headline figures, the
// figures of a meeting side by side, entities by type. Run on fake-indexeddb over pages saved by
// the store's own savePage.

import { beforeAll, describe, expect, it } from 'vitest';
import { entitiesOfType } from '../../../lib/db/entity-list';
import { meetingFigures } from '../../../lib/db/meeting-figures';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { meetingDetails } from '../../../lib/db/timeline';
import { syntheticPages } from '../../browser/popup-seed';
import { freshDb } from '../db/helpers';

describe('UI queries over a saved store', () => {
  let db: QimmaDB;
  let ids: string[];

  beforeAll(async () => {
    db = freshDb();
    const pages = syntheticPages(3, { figures: 3 });
    for (const p of pages) await savePage(db, p.page, p.result, { mode: 'manual' });
    // A second article on the first meeting, stating the same trade figure in other words.
    const [first] = pages;
    const text = `${first!.page.text}وأكد الجانبان أن التبادل تجاوز ${(first!.result.mentions.find((m) => m.type === 'figure')!.value! as number) / 1e9} بليون دولار.\n`;
    const second = {
      page: { ...first!.page, url: 'https://other.example/same-meeting', siteName: 'other.example', text },
      result: {
        ...first!.result,
        mentions: [
          ...first!.result.mentions,
          (() => {
            const f = first!.result.mentions.find((m) => m.type === 'figure')!;
            const spelled = `${(f.value as number) / 1e9} بليون دولار`;
            const start = text.lastIndexOf(spelled);
            return { ...f, start, end: start + spelled.length, text: spelled };
          })(),
        ],
      },
    };
    await savePage(db, second.page, second.result, { mode: 'manual' });
    ids = (await db.meetings.toArray()).map((m) => m.id);
  });

  it('counts articles and notes per meeting and picks money first for the headline', async () => {
    const details = await meetingDetails(db, ids);
    const articles = await db.articles.toArray();
    const notes = await db.notes.toArray();
    for (const id of ids) {
      const d = details.get(id)!;
      expect(d.articles).toBe(articles.filter((a) => a.meetingId === id).length);
      expect(d.notes).toBe(notes.filter((n) => n.meetingId === id).length);
      expect(d.figures.length).toBeGreaterThan(0);
      expect(d.figures.length).toBeLessThanOrEqual(3);
      expect(d.figures[0]!.unit).toBe('USD');
    }
    const shared = [...details.values()].find((d) => d.articles === 2)!;
    expect(shared.figures[0]!.articles).toBe(2);
    expect(await meetingDetails(db, [])).toEqual(new Map());
  });

  it('lays a meeting’s figures side by side, one row per value whatever the spelling', async () => {
    const meeting = (await db.articles.where('host').equals('other.example').first())!.meetingId!;
    const rows = await meetingFigures(db, meeting);
    const money = rows[0]!;
    expect(money.unit).toBe('USD');
    expect(money.byArticle.size).toBe(2);
    const spellings = [...money.byArticle.values()].flat();
    expect(spellings.some((s) => s.includes('مليار'))).toBe(true);
    expect(spellings.some((s) => s.includes('بليون'))).toBe(true);
  });

  it('lists entities by type', async () => {
    const leaders = await entitiesOfType(db, 'leader');
    expect(leaders.map((e) => e.key).sort()).toEqual(['leader:hu-jintao', 'leader:putin']);
    expect((await entitiesOfType(db, 'figure')).every((e) => e.key.startsWith('figure:'))).toBe(true);
  });
});
