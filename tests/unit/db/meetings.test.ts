import { afterEach, describe, expect, it } from 'vitest';
import { mergeMeetings, moveArticle, splitMeeting } from '../../../lib/db/meetings';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import {
  ANNOUNCEMENT_TEXT,
  announcement,
  PHONE_CALL_TEXT,
  phoneCall,
  SAMARKAND_TEXT,
  SECOND_DAY_TEXT,
  samarkand,
  secondDay,
  VAGUE_ANNOUNCEMENT_TEXT,
  vagueAnnouncement,
} from './fixtures';
import { freshDb, page, seed } from './helpers';

let db: QimmaDB;
afterEach(() => db?.close());

async function saveAll(order: Array<'seed' | 'announce' | 'vague' | 'day2' | 'call' | 'samarkand'>) {
  const { text, result } = seed('003');
  const items = {
    seed: [page('https://a.example/003', text), result],
    announce: [page('https://b.example/announce', ANNOUNCEMENT_TEXT), announcement],
    vague: [page('https://c.example/vague', VAGUE_ANNOUNCEMENT_TEXT), vagueAnnouncement],
    day2: [page('https://d.example/day2', SECOND_DAY_TEXT), secondDay],
    call: [page('https://e.example/call', PHONE_CALL_TEXT), phoneCall],
    samarkand: [page('https://f.example/sam', SAMARKAND_TEXT), samarkand],
  } as const;
  const ids: Record<string, string> = {};
  for (const k of order) {
    const [p, r] = items[k];
    ids[k] = (await savePage(db, p, r)).meetingId!;
  }
  return ids;
}

describe('meeting identity', () => {
  it('seed 003 and an announcement of the same visit attach to one meeting, whichever comes first', async () => {
    for (const order of [
      ['seed', 'announce'],
      ['announce', 'seed'],
    ] as const) {
      db = freshDb();
      const ids = await saveAll([...order]);
      expect(ids.seed).toBe(ids.announce);
      const meetings = await db.meetings.toArray();
      expect(meetings).toHaveLength(1);
      // Coverage of the event, not the announcement, sets the state; the range comes from the announcement.
      expect(meetings[0]).toMatchObject({ start: '2023-03-20', end: '2023-03-22', venue: 'moscow', announced: false });
      db.close();
    }
  });

  it('an undated announcement, both days of the visit and the announcement with dates are one meeting; the phone call is another', async () => {
    db = freshDb();
    const ids = await saveAll(['vague', 'announce', 'seed', 'day2', 'call']);
    expect(new Set([ids.vague, ids.announce, ids.seed, ids.day2])).toEqual(new Set([ids.seed]));
    expect(ids.call).not.toBe(ids.seed);
    expect(await db.meetings.count()).toBe(2);
    expect(await db.articles.where('meetingId').equals(ids.seed!).count()).toBe(4);
  });

  it('while only announced, the meeting says so', async () => {
    db = freshDb();
    const ids = await saveAll(['vague']);
    expect(await db.meetings.get(ids.vague!)).toMatchObject({ announced: true, start: null, venue: 'moscow' });
    await saveAll(['seed']);
    expect(await db.meetings.get(ids.vague!)).toMatchObject({ announced: false, start: '2023-03-20' });
  });

  it('a year-less date takes its year from the catalogue or the publication date', async () => {
    db = freshDb();
    const ids = await saveAll(['samarkand']);
    expect(await db.meetings.get(ids.samarkand!)).toMatchObject({
      start: '2022-09-15',
      year: 2022,
      catalogueId: 'sco-samarkand-2022',
      titleEn: 'Samarkand, SCO sidelines',
    });
  });

  it('different venues, kinds or catalogue entries never merge', async () => {
    db = freshDb();
    const { text, result } = seed('003');
    const a = await savePage(db, page('https://a.example/1', text), result);
    const elsewhere = { ...result, meeting: { ...result.meeting!, venue: 'beijing' } };
    const b = await savePage(db, page('https://a.example/2', text.replace('موسكو', 'بكين ')), elsewhere);
    const call = { ...result, meeting: { ...result.meeting!, kind: 'video-call' as const, venue: 'virtual' } };
    const c = await savePage(db, page('https://a.example/3', `${text} `), call);
    expect(new Set([a.meetingId, b.meetingId, c.meetingId]).size).toBe(3);
  });
});

describe('merging and splitting by hand', () => {
  it('merge moves articles, mentions and notes, and the merged meeting stays merged on re-extraction', async () => {
    db = freshDb();
    const ids = await saveAll(['seed', 'call']);
    const target = await mergeMeetings(db, ids.seed!, [ids.call!]);
    expect(target).toBe(ids.seed);
    expect(await db.meetings.count()).toBe(1);
    expect(await db.mentions.where('meetingId').equals(ids.call!).count()).toBe(0);
    expect(await db.notes.where('meetingId').equals(ids.call!).count()).toBe(0);
    expect(await db.articles.where('meetingId').equals(ids.seed!).count()).toBe(2);
    // Re-extracting the phone-call article does not undo the reader's merge.
    const again = await savePage(db, page('https://e.example/call', PHONE_CALL_TEXT), { ...phoneCall, version: 'v2' });
    expect(again.meetingId).toBe(ids.seed);
    expect(await db.meetings.count()).toBe(1);
  });

  it('split makes a new meeting from the chosen articles and recomputes both', async () => {
    db = freshDb();
    const ids = await saveAll(['seed', 'announce']);
    const announceArticle = (await db.articles.where('url').equals('https://b.example/announce').first())!;
    const fresh = await splitMeeting(db, ids.seed!, [announceArticle.id]);
    expect(fresh).not.toBe(ids.seed);
    expect(await db.meetings.get(fresh)).toMatchObject({ announced: true, start: '2023-03-20', end: '2023-03-22' });
    expect(await db.meetings.get(ids.seed!)).toMatchObject({ announced: false, end: null });
    const refs = await db.refs.where('articleId').equals(announceArticle.id).toArray();
    expect(refs.length).toBeGreaterThan(0);
    expect((await db.mentions.where('articleId').equals(announceArticle.id).first())?.meetingId).toBe(fresh);
  });

  it('refuses a split that would empty the meeting, and unknown ids, changing nothing', async () => {
    db = freshDb();
    const ids = await saveAll(['seed']);
    const only = (await db.articles.toArray())[0]!;
    await expect(splitMeeting(db, ids.seed!, [only.id])).rejects.toThrow(/at least one article/);
    await expect(mergeMeetings(db, ids.seed!, ['no-such-meeting'])).rejects.toThrow(/No meeting no-such-meeting/);
    expect(await db.meetings.count()).toBe(1);
  });

  it('moving the last article out removes its meeting', async () => {
    db = freshDb();
    const ids = await saveAll(['seed', 'call']);
    const callArticle = (await db.articles.where('url').equals('https://e.example/call').first())!;
    await moveArticle(db, callArticle.id, ids.seed!);
    expect(await db.meetings.get(ids.call!)).toBeUndefined();
    await moveArticle(db, callArticle.id, null);
    expect(await db.articles.get(callArticle.id)).toMatchObject({ meetingId: null, meetingLocked: true });
  });
});
