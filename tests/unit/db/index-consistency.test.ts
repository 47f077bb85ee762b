import { afterEach, describe, it } from 'vitest';
import { clearStore, deleteArticle } from '../../../lib/db/articles';
import { mergeMeetings, moveArticle, splitMeeting } from '../../../lib/db/meetings';
import { addNote, deleteNote, updateNote } from '../../../lib/db/notes';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { exportJsonChunks } from '../../../lib/export/export-json';
import { importJson } from '../../../lib/export/import-json';
import { fillStore } from '../export/store-fixture';
import { PHONE_CALL_TEXT, phoneCall } from './fixtures';
import { freshDb, page } from './helpers';
import { expectIndexesConsistent } from './index-consistency';

let db: QimmaDB;
afterEach(() => db?.close());

describe('derived indexes stay consistent', () => {
  it('through saves, re-extractions, notes, merges, splits, moves, deletions and imports', async () => {
    db = freshDb();
    await fillStore(db);
    await expectIndexesConsistent(db);

    await savePage(db, page('https://e.example/call', PHONE_CALL_TEXT), {
      ...phoneCall,
      version: 'v9',
      mentions: phoneCall.mentions.slice(1),
    });
    await expectIndexesConsistent(db);

    const note = (await db.notes.filter((n) => n.origin === 'reader').first())!;
    await updateNote(db, note.id, { comment: 'تعديل' });
    await addNote(db, {
      page: { url: 'https://e.example/call', title: 'x' },
      selector: { quote: { exact: 'فلاديمير بوتين', prefix: '', suffix: '' }, position: { start: 18, end: 32 } },
      comment: 'ثانية',
    });
    await deleteNote(db, note.id);
    await expectIndexesConsistent(db);

    const meetings = await db.meetings.toArray();
    await mergeMeetings(db, meetings[0]!.id, [meetings[1]!.id]);
    await expectIndexesConsistent(db);
    const articles = await db.articles.where('meetingId').equals(meetings[0]!.id).toArray();
    await splitMeeting(db, meetings[0]!.id, [articles[0]!.id]);
    await moveArticle(db, articles[1]!.id, null);
    await expectIndexesConsistent(db);

    let file = '';
    for await (const chunk of exportJsonChunks(db)) file += chunk;
    await deleteArticle(db, articles[0]!.id);
    await expectIndexesConsistent(db);
    await importJson(db, file);
    await expectIndexesConsistent(db);
    await clearStore(db);
    await importJson(db, file);
    await expectIndexesConsistent(db);
  });
});
