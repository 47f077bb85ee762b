import { afterEach, describe, expect, it } from 'vitest';
import { addNote } from '../../../lib/db/notes';
import { search, timeline, timelineFacets } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { searchWords } from '../../../lib/db/search-words';
import { autoSaveAllowed, defaultSettings, getSettings, setSettings } from '../../../lib/db/settings';
import { ANNOUNCEMENT_TEXT, announcement, PHONE_CALL_TEXT, phoneCall, SAMARKAND_TEXT, samarkand } from './fixtures';
import { freshDb, page, seed } from './helpers';

let db: QimmaDB;
afterEach(() => db?.close());

describe('settings', () => {
  it('fills defaults, merges patches key by key and forgets a site set to null', async () => {
    db = freshDb();
    expect(await getSettings(db)).toEqual(defaultSettings());
    await setSettings(db, { highlightKinds: { date: false }, colours: { leader: '#c0392b' } });
    const s = await setSettings(db, { language: 'en', sites: { 'WWW.Aljazeera.net': { autoSave: false } } });
    expect(s).toEqual({
      autoSave: true,
      sites: { 'aljazeera.net': { autoSave: false } },
      highlightKinds: { leader: true, venue: true, date: false, figure: true },
      colours: { leader: '#c0392b' },
      language: 'en',
    });
    expect(autoSaveAllowed(s, 'm.aljazeera.net')).toBe(false);
    expect(autoSaveAllowed(s, 'rt.com')).toBe(true);
    expect((await setSettings(db, { sites: { 'aljazeera.net': null } })).sites).toEqual({});
  });
});

describe('queries', () => {
  async function store() {
    const { text, result } = seed('003');
    await savePage(db, page('https://a.example/003', text, 'قمة روسية صينية تعزز الشراكة'), result);
    await savePage(db, page('https://b.example/announce', ANNOUNCEMENT_TEXT, 'الكرملين يعلن زيارة شي'), announcement);
    await savePage(db, page('https://e.example/call', PHONE_CALL_TEXT, 'اتصال هاتفي بين بوتين وشي'), phoneCall);
    await savePage(db, page('https://f.example/sam', SAMARKAND_TEXT, 'لقاء سمرقند'), samarkand);
  }

  it('timeline: newest first, filtered by year, kind, participant and venue; facets list what exists', async () => {
    db = freshDb();
    await store();
    expect((await timeline(db)).map((m) => m.start)).toEqual(['2023-06-28', '2023-03-20', '2022-09-15']);
    expect((await timeline(db, { year: 2023 })).map((m) => m.start)).toEqual(['2023-06-28', '2023-03-20']);
    expect((await timeline(db, { kind: 'phone-call' })).map((m) => m.venue)).toEqual(['virtual']);
    expect((await timeline(db, { participant: 'xi', venue: 'samarkand' })).map((m) => m.year)).toEqual([2022]);
    expect(await timeline(db, { year: 2023, venue: 'samarkand' })).toEqual([]);
    expect(await timelineFacets(db)).toEqual({
      years: [2023, 2022],
      kinds: ['in-person', 'phone-call'],
      participants: ['putin', 'xi'],
      venues: ['moscow', 'samarkand', 'virtual'],
    });
  });

  it('search: by word prefix after normalisation and proclitics, over articles, notes, entities and meetings', async () => {
    db = freshDb();
    await store();
    await addNote(db, {
      page: { url: 'https://e.example/call', title: 'x' },
      selector: { quote: { exact: 'العلاقات الثنائية', prefix: '', suffix: '' }, position: { start: 100, end: 117 } },
      comment: 'مقارنة بأرقام الزيارة',
    });
    const r = await search(db, 'هاتفي');
    expect(r.articles.map((a) => a.url)).toEqual(['https://e.example/call']);
    // Without hamza or ta marbuta, with a proclitic: still found.
    expect((await search(db, 'ارقام')).notes.map((n) => n.comment)).toEqual(['مقارنة بأرقام الزيارة']);
    expect((await search(db, 'قمه روسيه')).articles.map((a) => a.url)).toEqual(['https://a.example/003']);
    const samarkandHits = await search(db, 'سمرقند');
    expect(samarkandHits.entities.map((e) => e.key)).toContain('venue:samarkand');
    expect(samarkandHits.meetings.map((m) => m.start)).toEqual(['2022-09-15']);
    expect((await search(db, 'بوتين')).meetings).toHaveLength(3);
    expect(await search(db, '   ')).toEqual({ articles: [], notes: [], entities: [], meetings: [] });
  });

  it('search words keep proclitic-free forms but not stems shorter than three letters', () => {
    expect(searchWords('وبوتين والصين بكين')).toEqual(
      expect.arrayContaining(['وبوتين', 'بوتين', 'والصين', 'صين', 'بكين']),
    );
    expect(searchWords('بكين')).toEqual(['بكين']);
  });
});
