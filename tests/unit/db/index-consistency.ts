// The derived indexes must always agree with the records: the refs rows are exactly what the
// articles' mentions and notes imply, and each entity's totals are the number of its refs rows.

import Dexie from 'dexie';
import { expect } from 'vitest';
import { articleDate, refsOfArticle, refsOfNote } from '../../../lib/db/article-index';
import type { QimmaDB, RefRecord } from '../../../lib/db/schema';

export async function expectIndexesConsistent(db: QimmaDB): Promise<void> {
  const expected: RefRecord[] = [];
  for (const a of await db.articles.toArray()) {
    const meeting = a.meetingId ? await db.meetings.get(a.meetingId) : undefined;
    const date = articleDate(a, meeting?.start ?? null);
    const mentions = await db.mentions.where('articleId').equals(a.id).toArray();
    expected.push(
      ...refsOfArticle(
        a.id,
        mentions.map((m) => m.key),
        date,
      ),
    );
    for (const n of await db.notes.where('articleId').equals(a.id).toArray()) expected.push(...refsOfNote(n, date));
  }
  const byId = (x: RefRecord, y: RefRecord) => (x.id < y.id ? -1 : 1);
  expect((await db.refs.toArray()).sort(byId)).toEqual(expected.sort(byId));
  for (const e of await db.entities.toArray()) {
    const count = (kind: string) =>
      db.refs
        .where('[key+kind+date]')
        .between([e.key, kind, Dexie.minKey], [e.key, kind, Dexie.maxKey], true, true)
        .count();
    expect({ key: e.key, articles: e.articleCount, notes: e.noteCount }).toEqual({
      key: e.key,
      articles: await count('article'),
      notes: await count('note'),
    });
  }
  const keys = new Set((await db.refs.toArray()).map((r) => r.key));
  for (const key of keys) expect(await db.entities.get(key), `entity row for ${key}`).toBeDefined();
}
