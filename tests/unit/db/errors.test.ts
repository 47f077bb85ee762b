// A full disk or a failed transaction: the caller gets a clear StoreError, and nothing stored
// before is lost or half-changed.

import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../lib/db/errors';
import { addNote } from '../../../lib/db/notes';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { ANNOUNCEMENT_TEXT, announcement } from './fixtures';
import { freshDb, page, seed } from './helpers';

let db: QimmaDB;
afterEach(() => db?.close());

/** Makes every write after `armed.on` fail the way the browser does, on the table named. */
function failingWrites(
  name: 'QuotaExceededError' | 'UnknownError',
  table: string,
  armed: { on: boolean },
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName);
        return {
          ...t,
          mutate: (req) =>
            armed.on && tableName === table
              ? Promise.reject(new DOMException('The quota has been exceeded.', name))
              : t.mutate(req),
        };
      },
    }),
  };
}

async function snapshot(d: QimmaDB) {
  return {
    articles: await d.articles.toArray(),
    meetings: await d.meetings.toArray(),
    mentions: await d.mentions.toArray(),
    notes: await d.notes.toArray(),
    refs: await d.refs.toArray(),
    entities: await d.entities.toArray(),
  };
}

describe('store failures', () => {
  it('a full disk while saving: a clear quota error, the earlier article intact, nothing half-written', async () => {
    db = freshDb();
    const armed = { on: false };
    db.use(failingWrites('QuotaExceededError', 'refs', armed));
    const { text, result } = seed('003');
    await savePage(db, page('https://a.example/003', text), result);
    const before = await snapshot(db);
    armed.on = true;
    const failure = savePage(db, page('https://b.example/announce', ANNOUNCEMENT_TEXT), announcement);
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    await expect(failure).rejects.toMatchObject({ kind: 'quota' });
    await expect(failure).rejects.toThrow(/^Could not save the article: .*disk full or storage quota/);
    await expect(failure).rejects.toThrow(/Nothing already saved was lost/);
    armed.on = false;
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failed transaction while adding a note: a clear error naming the operation, nothing changed', async () => {
    db = freshDb();
    const armed = { on: false };
    db.use(failingWrites('UnknownError', 'notes', armed));
    const { text, result } = seed('003');
    await savePage(db, page('https://a.example/003', text), result);
    const before = await snapshot(db);
    armed.on = true;
    const failure = addNote(db, {
      page: { url: 'https://new.example/x', title: 'جديد' },
      selector: { quote: { exact: 'قمة', prefix: '', suffix: '' }, position: { start: 0, end: 3 } },
      comment: 'x',
    });
    await expect(failure).rejects.toMatchObject({ kind: 'failed' });
    await expect(failure).rejects.toThrow(/^Could not add the note: UnknownError.*Nothing was changed/);
    armed.on = false;
    // The article the note would have created was rolled back with it.
    expect(await snapshot(db)).toEqual(before);
  });
});
