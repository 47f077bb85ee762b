import { afterEach, describe, expect, it } from 'vitest';
import { clearStore } from '../../../lib/db/articles';
import type { QimmaDB } from '../../../lib/db/schema';
import { crossReferences } from '../../../lib/db/xref';
import { exportJsonBlob, exportJsonChunks } from '../../../lib/export/export-json';
import { importJson } from '../../../lib/export/import-json';
import { freshDb } from '../db/helpers';
import { fillStore } from './store-fixture';

let db: QimmaDB;
afterEach(() => db?.close());

const NOW = Date.UTC(2024, 1, 8, 12);

async function exportText(d: QimmaDB): Promise<string> {
  let out = '';
  for await (const chunk of exportJsonChunks(d, { now: NOW })) out += chunk;
  return out;
}

describe('JSON export', () => {
  it('is one valid document with a version, counts, every record and the cross-references', async () => {
    db = freshDb();
    await fillStore(db);
    const doc = JSON.parse(await exportText(db));
    expect(doc).toMatchObject({ format: 'qimma-export', version: 1, exportedAt: '2024-02-08T12:00:00.000Z' });
    expect(doc.counts).toEqual({
      meetings: await db.meetings.count(),
      articles: 5,
      mentions: await db.mentions.count(),
      notes: await db.notes.count(),
    });
    expect(doc.settings.sites).toEqual({ 'blog.example': { autoSave: false } });
    const figure = doc.crossReferences.find((x: { key: string }) => x.key === 'figure:190000000000 USD');
    expect(figure.labels).toEqual(expect.arrayContaining(['190 مليار دولار', '190 بليون دولار']));
    expect(figure.articles).toHaveLength(2);
    const readerNote = doc.notes.find((n: { comment: string }) => n.comment.startsWith('نفس رقم'));
    expect(readerNote.selector.quote.exact).toBe('190 بليون دولار');
    expect(figure.notes).toContain(readerNote.id);
  });

  it('comes as chunks (a page of records each), and as a Blob of them', async () => {
    db = freshDb();
    await fillStore(db);
    const chunks: string[] = [];
    for await (const c of exportJsonChunks(db, { now: NOW })) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(5);
    const blob = await exportJsonBlob(db, { now: NOW });
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(chunks.join(''));
  });

  it('export → wipe → import → export gives the same bytes', async () => {
    db = freshDb();
    await fillStore(db);
    const first = await exportText(db);
    const before = await crossReferences(db, ['leader:putin', 'figure:190000000000 USD']);
    await clearStore(db);
    expect(await db.articles.count()).toBe(0);
    const result = await importJson(db, new Blob([first]), { now: NOW });
    expect(result).toMatchObject({ ok: true });
    expect(await exportText(db)).toBe(first);
    expect(await crossReferences(db, ['leader:putin', 'figure:190000000000 USD'])).toEqual(before);
  });

  it('an empty store exports and imports too', async () => {
    db = freshDb();
    const text = await exportText(db);
    expect(JSON.parse(text)).toMatchObject({ meetings: [], notes: [], crossReferences: [], settings: null });
    expect(await importJson(db, text)).toMatchObject({ ok: true });
    expect(await exportText(db)).toBe(text);
  });
});

describe('import merges without duplicates', () => {
  it('importing a file into the store it came from changes nothing', async () => {
    db = freshDb();
    await fillStore(db);
    const text = await exportText(db);
    const result = await importJson(db, text, { now: NOW });
    expect(result).toMatchObject({ ok: true, added: { meetings: 0, articles: 0, mentions: 0, notes: 0 } });
    expect(await exportText(db)).toBe(text);
  });

  it('another store’s file: same addresses and meetings merge, newer versions win, new notes are added', async () => {
    const source = freshDb();
    await fillStore(source);
    const file = await exportText(source);
    source.close();

    db = freshDb();
    await fillStore(db); // the same articles, saved on this machine under other ids
    const note = (await db.notes.filter((n) => n.comment === 'English comment').first())!;
    await db.notes.update(note.id, { comment: 'English comment, edited here' });
    const counts = {
      articles: await db.articles.count(),
      meetings: await db.meetings.count(),
      notes: await db.notes.count(),
    };
    const result = await importJson(db, file, { now: NOW });
    expect(result.ok).toBe(true);
    expect(await db.articles.count()).toBe(counts.articles);
    expect(await db.meetings.count()).toBe(counts.meetings);
    // The two reader notes of the file are the same passages with the same comment → one was
    // recognised; the edited one is a different comment → kept as well.
    expect(await db.notes.count()).toBe(counts.notes + 1);
    const xref = await crossReferences(db, ['figure:190000000000 USD']);
    expect(xref['figure:190000000000 USD']!.totalArticles).toBe(2);
  });
});
