// Writing the refs index and keeping the per-key totals on the entity rows in step with it. The
// totals are what "N articles and M notes mention this" reads: counting an index range of
// thousands of rows on every hover would cost more than the rest of the query together.

import type { EntityRecord, MentionRecord, QimmaDB, RefRecord } from './schema';
import { searchWords } from './search-words';

type Delta = Map<string, { article: number; note: number }>;

/** Replaces `removed` (every current row of the scope being rewritten) by `added`. */
export async function replaceRefs(
  db: QimmaDB,
  removed: readonly RefRecord[],
  added: readonly RefRecord[],
): Promise<void> {
  const addedIds = new Set(added.map((r) => r.id));
  const removedIds = new Set(removed.map((r) => r.id));
  const delta: Delta = new Map();
  const bump = (r: RefRecord, by: number) => {
    const d = delta.get(r.key) ?? { article: 0, note: 0 };
    d[r.kind] += by;
    delta.set(r.key, d);
  };
  for (const r of removed) if (!addedIds.has(r.id)) bump(r, -1);
  for (const r of added) if (!removedIds.has(r.id)) bump(r, +1);
  await db.refs.bulkDelete(removed.filter((r) => !addedIds.has(r.id)).map((r) => r.id));
  await db.refs.bulkPut([...added]);
  await adjustCounts(db, delta);
}

/** Totals per key from a list of refs (upgrades and bulk loads, where every row is new). */
export function countRefs(refs: readonly RefRecord[]): Delta {
  const delta: Delta = new Map();
  for (const r of refs) {
    const d = delta.get(r.key) ?? { article: 0, note: 0 };
    d[r.kind] += 1;
    delta.set(r.key, d);
  }
  return delta;
}

export async function adjustCounts(db: QimmaDB, delta: Delta): Promise<void> {
  const keys = [...delta.keys()].filter((k) => {
    const d = delta.get(k)!;
    return d.article !== 0 || d.note !== 0;
  });
  if (keys.length === 0) return;
  const existing = await db.entities.bulkGet(keys);
  const records = keys.map((key, i) => {
    const d = delta.get(key)!;
    const e = existing[i] ?? bareEntity(key);
    return {
      ...e,
      articleCount: Math.max(0, (e.articleCount ?? 0) + d.article),
      noteCount: Math.max(0, (e.noteCount ?? 0) + d.note),
    };
  });
  await db.entities.bulkPut(records);
}

/** An entity known only by its key (a note key no stored mention spells out). */
export function bareEntity(key: string): EntityRecord {
  const type = key.slice(0, key.indexOf(':')) as MentionRecord['type'];
  return { key, type, labels: [], words: searchWords(key.slice(key.indexOf(':') + 1)), articleCount: 0, noteCount: 0 };
}
