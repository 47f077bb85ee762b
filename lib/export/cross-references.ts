// The cross-references of the store, one entry per key, read from the refs index entity by entity
// (the entity table has one row per key) so that an export streams them in key order.

import Dexie from 'dexie';
import type { QimmaDB, RefRecord } from '../db/schema';
import type { ExportedCrossReference } from './format';
import { pagesOf } from './pages';

async function idsOf(db: QimmaDB, key: string, kind: RefRecord['kind']): Promise<string[]> {
  const refs = await db.refs
    .where('[key+kind+date]')
    .between([key, kind, Dexie.minKey], [key, kind, Dexie.maxKey], true, true)
    .reverse()
    .toArray();
  return refs.map((r) => r.itemId);
}

export async function* crossReferenceEntries(db: QimmaDB): AsyncGenerator<ExportedCrossReference[]> {
  for await (const page of pagesOf(db.entities, (e) => e.key, 200)) {
    const entries: ExportedCrossReference[] = [];
    for (const e of page) {
      const [articles, notes] = await Promise.all([idsOf(db, e.key, 'article'), idsOf(db, e.key, 'note')]);
      if (articles.length + notes.length > 0)
        entries.push({ key: e.key, type: e.type, labels: e.labels, articles, notes });
    }
    yield entries;
  }
}
