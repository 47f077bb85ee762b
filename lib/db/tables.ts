// The tables a write may touch. Every write runs in one read-write transaction over all of them:
// IndexedDB then serialises writers (twenty tabs saving at once cannot interleave half-writes),
// and any failure rolls the whole change back.

import { withRevision } from './revision';
import type { QimmaDB } from './schema';

export function allTables(db: QimmaDB) {
  return [db.articles, db.meetings, db.mentions, db.notes, db.refs, db.entities, db.settings];
}

/** Runs `work` in one read-write transaction over every table (joins the caller's, if any). */
export function inWriteTransaction<T>(db: QimmaDB, work: () => Promise<T>): Promise<T> {
  // The scope must be an async function: only then does Dexie follow native `await`s inside it
  // and keep the IndexedDB transaction alive (a plain arrow returning a promise commits early).
  return db.transaction('rw', allTables(db), async () => await withRevision(db, work));
}
