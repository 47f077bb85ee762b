import { afterEach, describe, expect, it } from 'vitest';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { setSettings } from '../../../lib/db/settings';
import { article, freshDb, page, seed } from './helpers';

let db: QimmaDB;
afterEach(() => db?.close());

const URL_003 = 'https://www.example-news.com/world/2023/03/22/russia-china-summit';

describe('savePage', () => {
  it('saves a seed article with its meeting, mentions, notes and index rows', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    const outcome = await savePage(db, page(URL_003, text), result);
    expect(outcome).toMatchObject({ saved: true, reason: null, updated: false });
    const [a] = await db.articles.toArray();
    expect(a).toMatchObject({
      url: URL_003,
      host: 'example-news.com',
      published: '2023-03-22',
      meetingId: outcome.meetingId,
    });
    const [m] = await db.meetings.toArray();
    expect(m).toMatchObject({
      start: '2023-03-20',
      venue: 'moscow',
      kind: 'in-person',
      participants: ['putin', 'xi'],
      year: 2023,
    });
    expect(await db.mentions.count()).toBe(result.mentions.length);
    const keys = new Set((await db.refs.filter((r) => r.kind === 'article').toArray()).map((r) => r.key));
    expect(keys).toEqual(
      new Set([
        'date:2023-03-22',
        'date:2023-03-20',
        'date:2023-03-21',
        'leader:putin',
        'leader:xi',
        'venue:moscow',
        'venue:beijing',
      ]),
    );
    // The lead sentence names the leaders with the venue: an automatic note keeps it.
    const notes = await db.notes.toArray();
    expect(
      notes.some((n) => n.origin === 'auto' && n.keys.includes('leader:putin') && n.keys.includes('venue:moscow')),
    ).toBe(true);
  });

  it('updates the same record on a revisit and on a re-extraction, under any tracking parameters', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    const first = await savePage(db, page(URL_003, text), result, { now: 1_000 });
    const again = await savePage(db, page(`${URL_003}?utm_source=twitter&fbclid=abc#comments`, text), result, {
      now: 2_000,
    });
    const reExtracted = await savePage(
      db,
      page(URL_003, text),
      { ...result, version: 'gold-2', score: 0.95 },
      { now: 3_000 },
    );
    expect(again).toMatchObject({ saved: true, updated: true, articleId: first.articleId });
    expect(reExtracted.articleId).toBe(first.articleId);
    expect(await db.articles.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
    expect(await db.mentions.count()).toBe(result.mentions.length);
    const autoNotes = await db.notes.where('origin').equals('auto').count();
    await savePage(db, page(URL_003, text), { ...result, version: 'gold-3' }, { now: 4_000 });
    expect(await db.notes.where('origin').equals('auto').count()).toBe(autoNotes);
    const a = (await db.articles.get(first.articleId!))!;
    expect(a).toMatchObject({ savedAt: 1_000, lastSeenAt: 4_000, extractorVersion: 'gold-3' });
  });

  it('a revisit with the same reading changes nothing but the time it was seen', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    await savePage(db, page(URL_003, text), result, { now: 1_000 });
    const mentionIds = (await db.mentions.toArray()).map((m) => m.id).sort();
    await savePage(db, page(URL_003, text), result, { now: 9_000 });
    expect((await db.mentions.toArray()).map((m) => m.id).sort()).toEqual(mentionIds);
    const a = (await db.articles.toArray())[0]!;
    expect(a.updatedAt).toBe(1_000);
    expect(a.lastSeenAt).toBe(9_000);
  });

  it('finds the article again by its text when a site serves it under a second address', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    const first = await savePage(db, page(URL_003, text), result);
    const second = await savePage(db, page('https://m.example-news.com/node/48213', text), result);
    expect(second.articleId).toBe(first.articleId);
    expect(await db.articles.count()).toBe(1);
  });

  it('does not save irrelevant pages automatically, but does when the reader asks', async () => {
    db = freshDb();
    const text = 'استقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين رئيس وزراء الهند.';
    const result = article(text, null, [['leader', 'فلاديمير بوتين', 'putin']]);
    expect(await savePage(db, page('https://example.com/a', text), result)).toMatchObject({
      saved: false,
      reason: 'not-relevant',
    });
    expect(await db.articles.count()).toBe(0);
    const manual = await savePage(db, page('https://example.com/a', text), result, { mode: 'manual' });
    expect(manual).toMatchObject({ saved: true, meetingId: null });
    expect(await db.articles.get(manual.articleId!)).toMatchObject({ saveMode: 'manual', relevant: false });
    expect(await db.meetings.count()).toBe(0);
  });

  it('respects the auto-save setting and the per-site switch; manual saves always go through', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    await setSettings(db, { sites: { 'www.example-news.com': { autoSave: false } } });
    expect(await savePage(db, page(URL_003, text), result)).toMatchObject({ saved: false, reason: 'auto-save-off' });
    expect(await savePage(db, page('https://other.example.org/x', text), result)).toMatchObject({ saved: true });
    await setSettings(db, { autoSave: false, sites: { 'example-news.com': null } });
    expect(await savePage(db, page(URL_003, text), result)).toMatchObject({ saved: false, reason: 'auto-save-off' });
    expect(await savePage(db, page(URL_003, text), result, { mode: 'manual' })).toMatchObject({ saved: true });
    await setSettings(db, { sites: { 'third.example': { autoSave: true } } });
    expect(await savePage(db, page('https://www.third.example/y', text), result)).toMatchObject({ saved: true });
  });

  it('refuses a non-web address with a clear error and stores nothing', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    await expect(savePage(db, page('javascript:alert(1)', text), result)).rejects.toThrow(/http\(s\)/);
    expect(await db.articles.count()).toBe(0);
  });
});
