// The store in a real browser, with the real IndexedDB behind the real background: twenty tabs
// saving at once lose nothing and duplicate nothing; a database written by schema v1 is upgraded
// with every record kept; the message layer refuses malformed store messages.

import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/describe-quote';
import type {
  ArticleRecord,
  EntityRecord,
  MeetingRecord,
  MentionRecord,
  NoteRecord,
  RefRecord,
} from '../../lib/db/schema';
import { ANNOUNCEMENT_TEXT, announcement, PHONE_CALL_TEXT, phoneCall } from '../unit/db/fixtures';
import { seed } from '../unit/db/helpers';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { FIXTURES } from './harness/paths';
import { serveDirectory } from './harness/server';
import { describeDatabase, readAll, sendFrom } from './store-helpers';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('store in the browser', () => {
  it('twenty tabs saving and noting at once: nothing lost, nothing duplicated', async () => {
    browser = await launchWithExtension();
    const { text: seedText, result: seedResult } = seed('003');
    // 10 sites carry seed 003; 4 tabs save one story under different tracking parameters; 3 carry
    // the phone call and 3 the announcement of the Moscow visit.
    const jobs = Array.from({ length: 20 }, (_, i) => {
      if (i < 10) return { url: `https://news${i}.example/world/summit`, text: seedText, result: seedResult };
      if (i < 14) return { url: `https://dup.example/story?utm_source=tab${i}`, text: seedText, result: seedResult };
      if (i < 17) return { url: `https://call${i}.example/a`, text: PHONE_CALL_TEXT, result: phoneCall };
      return { url: `https://ann${i}.example/a`, text: ANNOUNCEMENT_TEXT, result: announcement };
    });
    const tabs = await Promise.all(jobs.map(() => browser!.openExtensionPage('popup.html')));

    const outcomes = await Promise.all(
      jobs.map(async (job, i) => {
        const saved = await sendFrom<{ saved: boolean; articleId: string }>(tabs[i]!, {
          type: 'page:extracted',
          page: { url: job.url, title: `خبر ${i}`, siteName: null, lang: 'ar', text: job.text },
          result: job.result,
        });
        // Each tab then notes a passage of its own (the four duplicate tabs, four passages of one story).
        const start = (i * 7) % (job.text.length - 30);
        const note = await sendFrom<{ noteId: string }>(tabs[i]!, {
          type: 'note:add',
          page: { url: job.url, title: `خبر ${i}` },
          selector: { quote: describeQuote(job.text, start, start + 20), position: { start, end: start + 20 } },
          comment: `ملاحظة التبويب ${i}`,
        });
        return { saved, note };
      }),
    );
    expect(outcomes.every((o) => o.saved.saved)).toBe(true);

    const articles = await readAll<ArticleRecord>(browser, 'articles');
    expect(articles).toHaveLength(17);
    expect(new Set(articles.map((a) => a.url)).size).toBe(17);
    expect(articles.filter((a) => a.url.startsWith('https://dup.example/'))).toEqual([
      expect.objectContaining({ url: 'https://dup.example/story' }),
    ]);
    const dupId = articles.find((a) => a.url === 'https://dup.example/story')!.id;
    expect(new Set(outcomes.slice(10, 14).map((o) => o.saved.articleId))).toEqual(new Set([dupId]));

    const meetings = await readAll<MeetingRecord>(browser, 'meetings');
    expect(meetings.map((m) => [m.start, m.kind, m.venue]).sort()).toEqual([
      ['2023-03-20', 'in-person', 'moscow'],
      ['2023-06-28', 'phone-call', 'virtual'],
    ]);
    const moscow = meetings.find((m) => m.venue === 'moscow')!;
    expect(articles.filter((a) => a.meetingId === moscow.id)).toHaveLength(14);

    const mentions = await readAll<MentionRecord>(browser, 'mentions');
    const expectedMentions =
      11 * seedResult.mentions.length + 3 * phoneCall.mentions.length + 3 * announcement.mentions.length;
    expect(mentions).toHaveLength(expectedMentions);

    const notes = await readAll<NoteRecord>(browser, 'notes');
    const readerNotes = notes.filter((n) => n.origin === 'reader');
    expect(readerNotes.map((n) => n.comment).sort()).toEqual(jobs.map((_, i) => `ملاحظة التبويب ${i}`).sort());
    expect(readerNotes.filter((n) => n.articleId === dupId)).toHaveLength(4);

    // The cross-reference index agrees with the records, and the totals with the index.
    const refs = await readAll<RefRecord>(browser, 'refs');
    const entities = await readAll<EntityRecord>(browser, 'entities');
    for (const e of entities) {
      expect([e.key, e.articleCount, e.noteCount]).toEqual([
        e.key,
        refs.filter((r) => r.key === e.key && r.kind === 'article').length,
        refs.filter((r) => r.key === e.key && r.kind === 'note').length,
      ]);
    }
    expect(entities.find((e) => e.key === 'leader:putin')?.articleCount).toBe(17);
    const xref = await sendFrom<Record<string, { totalArticles: number; articles: Array<{ published: string }> }>>(
      tabs[0]!,
      {
        type: 'xref:query',
        keys: ['figure:190000000000 USD'],
      },
    );
    expect(xref['figure:190000000000 USD']!.totalArticles).toBe(6);
  });

  it('one news page opened in five tabs at once, under tracking parameters: one article, one meeting', async () => {
    browser = await launchWithExtension();
    const server = await serveDirectory(`${FIXTURES}/smoke`);
    try {
      const suffixes = ['', '?utm_source=facebook', '?fbclid=IwAR0x', '#comments', '?utm_medium=rss&utm_campaign=feed'];
      const tabs = await Promise.all(suffixes.map(() => browser!.context.newPage()));
      await Promise.all(tabs.map((tab, i) => tab.goto(server.url(`summit.html${suffixes[i]}`))));
      // Every tab reports, and the background records a tab's status once it has saved that tab's
      // report: when all five are recorded, every save is done (a wait on that, not on a time).
      const page = server.url('summit.html');
      await expect
        .poll(() =>
          browser!.worker.evaluate(async (prefix) => {
            const api = (
              globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
            ).chrome;
            const all = (await api.storage.session.get(null)) as Record<string, { location?: string } | number>;
            return Object.entries(all).filter(
              ([key, s]) => key.startsWith('tab:') && typeof s === 'object' && s.location?.startsWith(prefix),
            ).length;
          }, page),
        )
        .toBe(suffixes.length);
      const articles = await readAll<ArticleRecord>(browser, 'articles');
      expect((await readAll<MentionRecord>(browser, 'mentions')).length).toBeGreaterThan(0);
      expect(articles.map((a) => a.url)).toEqual([server.url('summit.html')]);
      expect(await readAll(browser, 'meetings')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('upgrades a database written by schema v1, keeping every record', async () => {
    browser = await launchWithExtension();
    // Written the way Dexie wrote v1 (IndexedDB version 10, the same stores and indexes), before
    // anything in the extension opened the database.
    await browser.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('qimma', 10);
        open.onupgradeneeded = () => {
          const d = open.result;
          const articles = d.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('url', 'url', { unique: true });
          for (const i of ['meetingId', 'published', 'savedAt']) articles.createIndex(i, i);
          const meetings = d.createObjectStore('meetings', { keyPath: 'id' });
          for (const i of ['start', 'kind', 'venue', 'catalogueId']) meetings.createIndex(i, i);
          const mentions = d.createObjectStore('mentions', { keyPath: 'id' });
          for (const i of ['articleId', 'meetingId', 'key', 'type']) mentions.createIndex(i, i);
          const notes = d.createObjectStore('notes', { keyPath: 'id' });
          for (const i of ['articleId', 'meetingId', 'createdAt']) notes.createIndex(i, i);
          notes.createIndex('keys', 'keys', { multiEntry: true });
          d.createObjectStore('settings', { keyPath: 'key' });
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('blocked'));
      });
      const tx = db.transaction(['articles', 'meetings', 'mentions', 'notes', 'settings'], 'readwrite');
      tx.objectStore('meetings').put({
        id: 'm1',
        start: '2023-03-20',
        end: null,
        venue: 'moscow',
        kind: 'in-person',
        participants: ['putin', 'xi'],
        catalogueId: null,
        knownStart: null,
        titleAr: null,
        titleEn: null,
        createdAt: 1,
        updatedAt: 2,
      });
      tx.objectStore('articles').put({
        id: 'a1',
        url: 'https://www.example.com/summit',
        title: 'قمة موسكو',
        siteName: null,
        lang: 'ar',
        published: '2023-03-21',
        relevant: true,
        score: 0.9,
        meetingId: 'm1',
        extractorVersion: '0.1.0',
        fingerprint: '0123abcd',
        savedAt: 3,
        updatedAt: 4,
      });
      tx.objectStore('mentions').put({
        id: 'x1',
        articleId: 'a1',
        meetingId: 'm1',
        type: 'leader',
        key: 'leader:putin',
        text: 'بوتين',
        value: null,
        unit: null,
        start: 0,
        end: 5,
      });
      tx.objectStore('notes').put({
        id: 'n1',
        articleId: 'a1',
        meetingId: 'm1',
        origin: 'reader',
        quote: 'بوتين',
        prefix: '',
        suffix: '',
        start: 0,
        end: 5,
        comment: 'ملاحظة قديمة',
        tags: ['قديم'],
        keys: ['leader:putin'],
        createdAt: 5,
        updatedAt: 6,
      });
      tx.objectStore('settings').put({ key: 'settings', value: { autoSave: false } });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    expect(await describeDatabase(browser)).toEqual({
      version: 10,
      stores: ['articles', 'meetings', 'mentions', 'notes', 'settings'],
    });

    // The first question to the background opens (and upgrades) the database.
    const page = await browser.openExtensionPage('popup.html');
    const notes = await sendFrom<Array<{ id: string; comment: string }>>(page, {
      type: 'notes:for-page',
      url: 'https://www.example.com/summit?utm_source=x',
    });
    expect(notes.map((n) => [n.id, n.comment])).toEqual([['n1', 'ملاحظة قديمة']]);
    expect(await sendFrom(page, { type: 'settings:get' })).toMatchObject({ autoSave: false });

    expect(await describeDatabase(browser)).toEqual({
      version: 20,
      stores: ['articles', 'entities', 'meetings', 'mentions', 'notes', 'refs', 'settings'],
    });
    expect(await readAll(browser, 'articles')).toEqual([
      expect.objectContaining({
        id: 'a1',
        url: 'https://www.example.com/summit',
        host: 'example.com',
        savedAt: 3,
        meetingLocked: false,
      }),
    ]);
    expect(await readAll(browser, 'meetings')).toEqual([
      expect.objectContaining({ id: 'm1', year: 2023, announced: false }),
    ]);
    expect(await readAll(browser, 'mentions')).toHaveLength(1);
    const xref = await sendFrom<Record<string, { totalArticles: number; totalNotes: number }>>(page, {
      type: 'xref:query',
      keys: ['leader:putin'],
    });
    expect(xref['leader:putin']).toMatchObject({ totalArticles: 1, totalNotes: 1 });
  });

  it('refuses malformed store messages with the reason, and changes nothing', async () => {
    browser = await launchWithExtension();
    const page = await browser.openExtensionPage('popup.html');
    await expect(sendFrom(page, { type: 'xref:query', keys: ['<script>'] })).rejects.toThrow(
      /keys\.0: expected a key like leader:putin/,
    );
    await expect(
      sendFrom(page, {
        type: 'note:add',
        page: { url: 'javascript:alert(1)', title: 'x' },
        selector: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 5, end: 1 } },
        comment: '',
      }),
    ).rejects.toThrow(/page\.url: expected an http\(s\) address|position/);
    await expect(sendFrom(page, { type: 'meetings:merge', targetId: 'a', sourceIds: [] })).rejects.toThrow(/sourceIds/);
    await expect(
      sendFrom(page, { type: 'settings:set', patch: { colours: { leader: 'url(javascript:x)' } } }),
    ).rejects.toThrow(/colours\.leader/);
    expect(await readAll(browser, 'articles')).toEqual([]);
    expect(await readAll(browser, 'notes')).toEqual([]);
  });
});
