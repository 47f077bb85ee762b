// An export read page by page takes many transactions (so that a large record never sits in memory
// as one list of records); a tab saving a page in between could leave a file whose counts or links
// disagree — one the importer would rightly refuse. The store's revision (lib/db/revision.ts) tells
// whether anything was written while the file was made: if so, the file is made again.

import { StoreError } from '../db/errors';
import { readRevision } from '../db/revision';
import type { QimmaDB } from '../db/schema';

/** Times an export is made again before giving up on a record that keeps changing. */
const ATTEMPTS = 4;

export async function consistentBlob(
  db: QimmaDB,
  chunks: () => AsyncIterable<string>,
  type: string,
  attempts = ATTEMPTS,
): Promise<Blob> {
  for (let attempt = 1; ; attempt++) {
    const before = await readRevision(db);
    const parts: string[] = [];
    for await (const chunk of chunks()) parts.push(chunk);
    if ((await readRevision(db)) === before) return new Blob(parts, { type });
    if (attempt >= attempts) {
      throw new StoreError(
        'conflict',
        `The record changed while it was being exported, ${attempts} times in a row (pages are being saved); export again in a moment.`,
      );
    }
  }
}
