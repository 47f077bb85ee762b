// A store-wide revision number, raised by every write transaction (tables.ts). A reader that needs
// several transactions to read the whole store — the export, page by page, so that tens of
// thousands of notes never sit in one array — compares it before and after: the same number means
// nothing was written in between and the file it made is one consistent state of the record.
// Kept in the key–value `settings` table (no schema change), under a key of its own.

import type { QimmaDB } from './schema';

export const REVISION_KEY = 'revision';

export async function readRevision(db: QimmaDB): Promise<number> {
  const row = await db.settings.get(REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/**
 * Runs a write transaction's work and raises the revision after it. The number is read before the
 * work, so that a write which empties the settings table too (clearing the store) still moves it
 * on rather than back. Called inside the transaction: rolled back with it when the write fails.
 */
export async function withRevision<T>(db: QimmaDB, work: () => Promise<T>): Promise<T> {
  const before = await readRevision(db);
  const result = await work();
  await db.settings.put({ key: REVISION_KEY, value: before + 1 });
  return result;
}
