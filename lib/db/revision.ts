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

/** Called inside a write transaction: rolled back with it when the write fails. */
export async function raiseRevision(db: QimmaDB): Promise<void> {
  await db.settings.put({ key: REVISION_KEY, value: (await readRevision(db)) + 1 });
}
