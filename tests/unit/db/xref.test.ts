import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../../lib/anchoring/describe-quote';
import { mentionKey } from '../../../lib/db/ids';
import { addNote, deleteNote, notesForPage, updateNote } from '../../../lib/db/notes';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { crossReferences, entityDossier, meetingDossier } from '../../../lib/db/xref';
import { ANNOUNCEMENT_TEXT, announcement, PHONE_CALL_TEXT, phoneCall, SECOND_DAY_TEXT, secondDay } from './fixtures';
import { freshDb, page, seed } from './helpers';

let db: QimmaDB;
afterEach(() => db?.close());

const FIGURE_190 = 'figure:190000000000 USD';

async function store() {
  const { text, result } = seed('003');
  await savePage(db, page('https://a.example/003', text, 'قمة موسكو'), result);
  await savePage(db, page('https://b.example/announce', ANNOUNCEMENT_TEXT, 'إعلان الزيارة'), announcement);
  await savePage(db, page('https://d.example/day2', SECOND_DAY_TEXT, 'اليوم الثاني'), secondDay);
  await savePage(db, page('https://e.example/call', PHONE_CALL_TEXT, 'اتصال هاتفي'), phoneCall);
}

describe('figure keys', () => {
  it('compare by value and unit, not by spelling or floating-point noise', () => {
    const milliard = mentionKey({ type: 'figure', id: null, value: 227_000_000_000, unit: 'USD' });
    const billion = mentionKey({ type: 'figure', id: null, value: 227 * 1e9, unit: 'USD' });
    expect(milliard).toBe('figure:227000000000 USD');
    expect(billion).toBe(milliard);
    expect(mentionKey({ type: 'figure', id: null, value: 1.1 * 1e9, unit: 'USD' })).toBe(
      mentionKey({ type: 'figure', id: null, value: 1_100 * 1e6, unit: 'USD' }),
    );
    expect(mentionKey({ type: 'figure', id: null, value: 227_000_000_000, unit: 'EUR' })).not.toBe(milliard);
  });
});

describe('crossReferences', () => {
  it('finds "190 مليار دولار" and "190 بليون دولار" as one figure, newest first, with notes', async () => {
    db = freshDb();
    await store();
    const { [FIGURE_190]: entry } = await crossReferences(db, [FIGURE_190]);
    expect(entry!.articles.map((a) => a.title)).toEqual(['اتصال هاتفي', 'إعلان الزيارة']);
    expect(entry!.notes.map((n) => n.articleTitle)).toEqual(['اتصال هاتفي', 'إعلان الزيارة']);
    expect(entry!.notes[0]!.quote).toContain('190 بليون دولار');
    expect(entry!.notes[1]!.quote).toContain('190 مليار دولار');
    expect(entry).toMatchObject({ totalArticles: 2, totalNotes: 2, total: 4 });
  });

  it('leaves out the page the reader is on, and counts without it', async () => {
    db = freshDb();
    await store();
    const r = await crossReferences(db, [FIGURE_190, 'leader:putin'], {
      excludeUrl: 'https://e.example/call?utm_medium=x',
    });
    expect(r[FIGURE_190]!.articles.map((a) => a.url)).toEqual(['https://b.example/announce']);
    expect(r[FIGURE_190]!.totalArticles).toBe(1);
    expect(r['leader:putin']!.articles.map((a) => a.published)).toEqual(['2023-03-22', '2023-03-21', '2023-03-17']);
  });

  it('limits the lists but not the totals, and answers unknown keys with empty entries', async () => {
    db = freshDb();
    await store();
    const r = await crossReferences(db, ['leader:xi', 'venue:atlantis'], { limit: 1 });
    expect(r['leader:xi']!.articles).toHaveLength(1);
    expect(r['leader:xi']!.articles[0]!.published).toBe('2023-06-28');
    expect(r['leader:xi']!.totalArticles).toBe(4);
    expect(r['venue:atlantis']).toEqual({ articles: [], notes: [], total: 0, totalArticles: 0, totalNotes: 0 });
  });

  it('entity and meeting dossiers gather articles, notes, meetings and mention counts', async () => {
    db = freshDb();
    await store();
    const moscow = await entityDossier(db, 'venue:moscow');
    expect(moscow.articles.map((a) => a.published)).toEqual(['2023-03-22', '2023-03-17']);
    expect(moscow.meetings).toHaveLength(1);
    expect(moscow.entity?.labels).toEqual(['موسكو']);
    expect(moscow.mentionCount).toBe(5); // three in seed 003 (one by descriptor), two in the announcement
    // The Kremlin article (second day) is part of the same meeting, filed under Moscow.
    expect((await entityDossier(db, 'venue:kremlin')).meetings.map((m) => m.venue)).toEqual(['moscow']);
    const meeting = await meetingDossier(db, moscow.meetings[0]!.id);
    expect(meeting!.articles.map((a) => a.published)).toEqual(['2023-03-17', '2023-03-21', '2023-03-22']);
    expect(meeting!.keys[0]).toMatchObject({ key: 'leader:putin' });
    expect(meeting!.keys.find((k) => k.key === 'figure:200000000000 USD')).toMatchObject({
      count: 1,
      label: '200 مليار دولار',
    });
  });
});

describe('reader notes', () => {
  it('a note on an unsaved page saves the page; its keys come from the mentions it covers', async () => {
    db = freshDb();
    await store();
    const text = SECOND_DAY_TEXT;
    const start = text.indexOf('وقال بوتين');
    const end = text.length;
    const { noteId, articleId } = await addNote(db, {
      page: { url: 'https://d.example/day2', title: 'اليوم الثاني' },
      selector: { quote: describeQuote(text, start, end), position: { start, end } },
      comment: 'رقم أعلى من رقم الإعلان',
      tags: ['تجارة', ' تجارة '],
    });
    const note = (await db.notes.get(noteId))!;
    expect(note.articleId).toBe(articleId);
    expect(note.keys).toEqual(['figure:200000000000 USD', 'leader:putin']);
    expect(note.tags).toEqual(['تجارة']);
    const xref = await crossReferences(db, ['figure:200000000000 USD']);
    expect(xref['figure:200000000000 USD']!.notes.map((n) => n.comment)).toContain('رقم أعلى من رقم الإعلان');

    const bare = await addNote(db, {
      page: { url: 'https://blog.example/post', title: 'مدونة' },
      selector: { quote: { exact: 'نص', prefix: '', suffix: '' }, position: { start: 0, end: 2 } },
      comment: '',
    });
    expect(await db.articles.get(bare.articleId)).toMatchObject({
      saveMode: 'manual',
      meetingId: null,
      relevant: false,
    });
  });

  it('the same passage noted twice is one note; update and delete keep the index in step', async () => {
    db = freshDb();
    await store();
    const selector = { quote: { exact: 'بيانا مشتركا', prefix: '', suffix: '' }, position: { start: 60, end: 72 } };
    const page = { url: 'https://d.example/day2', title: 'اليوم الثاني' };
    const a = await addNote(db, { page, selector, comment: 'أول' });
    const b = await addNote(db, { page, selector, comment: 'ثان' });
    expect(b.noteId).toBe(a.noteId);
    await updateNote(db, a.noteId, { comment: 'معدل', tags: ['بيان'] });
    const forPage = await notesForPage(db, 'https://d.example/day2#top');
    expect(forPage.filter((n) => n.origin === 'reader')).toEqual([
      expect.objectContaining({ id: a.noteId, comment: 'معدل', tags: ['بيان'], selector }),
    ]);
    expect(await deleteNote(db, a.noteId)).toBe(true);
    expect(await db.refs.where('itemId').equals(a.noteId).count()).toBe(0);
    expect(await deleteNote(db, a.noteId)).toBe(false);
    await expect(updateNote(db, a.noteId, { comment: 'x' })).rejects.toThrow(/No note/);
  });

  it('a re-extraction of a changed text finds the reader note again and re-keys it', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    await savePage(db, page('https://a.example/003', text), result);
    const start = text.indexOf('فلاديمير بوتين');
    const end = start + 'فلاديمير بوتين'.length;
    const { noteId } = await addNote(db, {
      page: { url: 'https://a.example/003', title: 't' },
      selector: { quote: describeQuote(text, start, end), position: { start, end } },
      comment: 'c',
    });
    expect((await db.notes.get(noteId))!.keys).toEqual(['leader:putin']);
    const shift = 'خبر عاجل\n';
    const moved = {
      ...result,
      version: 'gold-2',
      mentions: result.mentions.map((m) => ({ ...m, start: m.start + shift.length, end: m.end + shift.length })),
    };
    await savePage(db, page('https://a.example/003', shift + text), moved);
    const note = (await db.notes.get(noteId))!;
    expect([note.start, note.end]).toEqual([start + shift.length, end + shift.length]);
    expect(note.keys).toEqual(['leader:putin']);
  });
});
