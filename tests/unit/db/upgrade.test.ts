// A store written by the first release (schema v1, as committed) opens under the current schema
// with every record kept and completed, and the new indexes built from it.

import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { search } from '../../../lib/db/queries';
import { QimmaDB, SCHEMA_VERSION } from '../../../lib/db/schema';
import { crossReferences } from '../../../lib/db/xref';
import { expectIndexesConsistent } from './index-consistency';

/** Schema v1 exactly as first released: kept here, so a change to it in schema.ts is caught. */
const V1_STORES = {
  articles: 'id, &url, meetingId, published, savedAt',
  meetings: 'id, start, kind, venue, catalogueId',
  mentions: 'id, articleId, meetingId, key, type',
  notes: 'id, articleId, meetingId, createdAt, *keys',
  settings: 'key',
};

const meeting = {
  id: 'm1',
  start: '2023-03-20',
  end: null,
  venue: 'moscow',
  kind: 'in-person',
  participants: ['putin', 'xi'],
  catalogueId: 'moscow-2023',
  knownStart: '2023-03-20',
  titleAr: 'زيارة شي إلى موسكو',
  titleEn: 'Xi in Moscow',
  createdAt: 10,
  updatedAt: 11,
};
const articles = [
  {
    id: 'a1',
    url: 'https://www.example.com/summit',
    title: 'قمة بوتين وشي في موسكو',
    siteName: 'مثال',
    lang: 'ar',
    published: '2023-03-21',
    relevant: true,
    score: 0.9,
    meetingId: 'm1',
    extractorVersion: '0.1.0',
    fingerprint: 'abcdef01',
    savedAt: 20,
    updatedAt: 21,
  },
  {
    id: 'a2',
    url: 'https://other.example/undated',
    title: 'بدون تاريخ',
    siteName: null,
    lang: 'ar',
    published: null,
    relevant: true,
    score: 0.8,
    meetingId: 'm1',
    extractorVersion: '0.1.0',
    fingerprint: 'abcdef02',
    savedAt: 30,
    updatedAt: 31,
  },
];
const mentions = [
  {
    id: 'x1',
    articleId: 'a1',
    meetingId: 'm1',
    type: 'leader',
    key: 'leader:putin',
    text: 'بوتين',
    value: null,
    unit: null,
    start: 5,
    end: 10,
  },
  {
    id: 'x2',
    articleId: 'a1',
    meetingId: 'm1',
    type: 'figure',
    key: 'figure:227000000000 USD',
    text: '227 مليار دولار',
    value: 227e9,
    unit: 'USD',
    start: 40,
    end: 55,
  },
  {
    id: 'x3',
    articleId: 'a2',
    meetingId: 'm1',
    type: 'leader',
    key: 'leader:putin',
    text: 'فلاديمير بوتين',
    value: null,
    unit: null,
    start: 0,
    end: 14,
  },
];
const notes = [
  {
    id: 'n1',
    articleId: 'a1',
    meetingId: 'm1',
    origin: 'reader',
    quote: 'حجم التجارة 227 مليار دولار',
    prefix: 'بلغ ',
    suffix: ' في',
    start: 30,
    end: 55,
    comment: 'رقم قياسي',
    tags: ['تجارة'],
    keys: ['figure:227000000000 USD'],
    createdAt: 40,
    updatedAt: 41,
  },
];

describe('upgrade from schema v1', () => {
  it('keeps every record and completes it', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('qimma', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(V1_STORES);
    await v1.table('meetings').add(meeting);
    await v1.table('articles').bulkAdd(articles);
    await v1.table('mentions').bulkAdd(mentions);
    await v1.table('notes').bulkAdd(notes);
    await v1.table('settings').put({ key: 'settings', value: { autoSave: false } });
    v1.close();

    const db = new QimmaDB('qimma', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    expect(await db.meetings.get('m1')).toEqual({ ...meeting, year: 2023, announced: false });
    const a1 = (await db.articles.get('a1'))!;
    expect(a1).toMatchObject({
      ...articles[0],
      host: 'example.com',
      saveMode: 'auto',
      meetingLocked: false,
      lastSeenAt: 21,
    });
    expect(a1.meetingInfo).toMatchObject({
      start: '2023-03-20',
      venue: 'moscow',
      catalogueId: 'moscow-2023',
      announced: false,
    });
    expect(a1.words).toEqual(expect.arrayContaining(['قمه', 'بوتين', 'موسكو']));
    expect(await db.articles.get('a2')).toMatchObject(articles[1]!);
    for (const m of mentions) expect(await db.mentions.get(m.id)).toEqual(m);
    expect(await db.notes.get('n1')).toMatchObject(notes[0]!);
    expect((await db.settings.get('settings'))?.value).toEqual({ autoSave: false });

    // The new indexes are built from the old records.
    const xref = await crossReferences(db, ['leader:putin', 'figure:227000000000 USD']);
    // a2 has no publication date: it is filed under its meeting's start.
    expect(xref['leader:putin']!.articles.map((a) => [a.id, a.published])).toEqual([
      ['a1', '2023-03-21'],
      ['a2', null],
    ]);
    expect(xref['figure:227000000000 USD']!.notes.map((n) => n.comment)).toEqual(['رقم قياسي']);
    expect((await search(db, 'رقم قياسي')).notes.map((n) => n.id)).toEqual(['n1']);
    expect((await db.entities.get('leader:putin'))?.labels).toEqual(['بوتين', 'فلاديمير بوتين']);
    await expectIndexesConsistent(db);
    db.close();
  });

  it('an empty v1 store upgrades too', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('qimma', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(V1_STORES);
    await v1.open();
    v1.close();
    const db = new QimmaDB('qimma', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.refs.count()).toBe(0);
    db.close();
  });
});
