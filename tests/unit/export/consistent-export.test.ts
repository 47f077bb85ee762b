// The export reads the store page by page, in many transactions; a page saved in between must not
// leave a file whose counts or links disagree. Every write raises the store's revision, and the
// export is made again when the revision moved while it was being made.

import { afterEach, describe, expect, it } from 'vitest';
import { clearStore } from '../../../lib/db/articles';
import { addNote } from '../../../lib/db/notes';
import { readRevision } from '../../../lib/db/revision';
import type { QimmaDB } from '../../../lib/db/schema';
import { consistentBlob } from '../../../lib/export/consistent-blob';
import { exportJsonBlob, exportJsonChunks } from '../../../lib/export/export-json';
import { importJson } from '../../../lib/export/import-json';
import { freshDb } from '../db/helpers';
import { fillStore } from './store-fixture';

let db: QimmaDB;
afterEach(() => db?.close());

let noteSerial = 0;
/** A reader's note on a new page: one write transaction. */
function writeSomething(d: QimmaDB) {
  const n = ++noteSerial;
  return addNote(d, {
    page: { url: `https://late.example/${n}`, title: `خبر ${n}` },
    selector: { quote: { exact: 'بوتين', prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
    comment: `ملاحظة ${n}`,
  });
}

describe('a consistent export', () => {
  it('raises the revision on every write, and not on a failed one', async () => {
    db = freshDb();
    expect(await readRevision(db)).toBe(0);
    await fillStore(db);
    const filled = await readRevision(db);
    expect(filled).toBeGreaterThan(0);
    await writeSomething(db);
    expect(await readRevision(db)).toBe(filled + 1);
    await expect(
      addNote(db, {
        page: { url: 'javascript:alert(1)', title: 'x' },
        selector: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
        comment: '',
      }),
    ).rejects.toThrow();
    expect(await readRevision(db)).toBe(filled + 1);
    // Emptying the store empties the settings table too: the revision still moves on.
    await clearStore(db);
    expect(await readRevision(db)).toBe(filled + 2);
  });

  it('makes the file again when a page is saved while it is being made, and the file imports', async () => {
    db = freshDb();
    await fillStore(db);
    let made = 0;
    const blob = await consistentBlob(
      db,
      async function* () {
        made++;
        let first = true;
        for await (const chunk of exportJsonChunks(db)) {
          yield chunk;
          // The first time only: a tab saves a note after the header (with its counts) is out.
          if (first && made === 1) await writeSomething(db);
          first = false;
        }
      },
      'application/json',
    );
    expect(made).toBe(2);
    const target = freshDb();
    const result = await importJson(target, await blob.text());
    expect(result.ok).toBe(true);
    expect(await target.notes.count()).toBe(await db.notes.count());
    target.close();
  });

  it('gives up with a clear error on a record that never stops changing', async () => {
    db = freshDb();
    await fillStore(db);
    let made = 0;
    const changing = async function* () {
      made++;
      yield '{';
      await writeSomething(db);
      yield '}';
    };
    await expect(consistentBlob(db, changing, 'application/json', 3)).rejects.toThrow(
      /changed while it was being exported, 3 times in a row/,
    );
    expect(made).toBe(3);
  });

  it('a quiet record is exported once', async () => {
    db = freshDb();
    await fillStore(db);
    const blob = await exportJsonBlob(db);
    expect(JSON.parse(await blob.text()).counts.notes).toBe(await db.notes.count());
  });
});
