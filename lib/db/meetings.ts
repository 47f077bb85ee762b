// Meetings in the store: finding the one an article covers (or starting one), keeping each meeting
// consistent with its articles, and the reader's corrections — merge, split, move an article.
// An article placed by hand is locked there: re-extracting it later must not undo the reader.

import type { MeetingInfo } from '../extract/types';
import { reindexArticle } from './article-index';
import { spanOf } from './date-span';
import { StoreError } from './errors';
import { newId } from './ids';
import { bestMatch, describeArticleMeeting, type MeetingDescription, spanFromDates } from './meeting-match';
import { type MeetingEvidence, type MeetingSummary, summariseMeeting } from './meeting-summary';
import type { ArticleRecord, MeetingRecord, QimmaDB } from './schema';
import { inWriteTransaction } from './tables';

/** Slack (days) added around an article's dates when looking up candidate meetings by year. */
const YEAR_LOOKUP_SLACK = 3;

function evidenceOf(articles: readonly ArticleRecord[]): MeetingEvidence[] {
  return articles.flatMap((a) => (a.meetingInfo ? [{ info: a.meetingInfo, published: a.published }] : []));
}

/** The stored meeting an article's description fits best, or undefined. */
export async function findMeeting(
  db: QimmaDB,
  info: MeetingInfo,
  published: string | null,
): Promise<MeetingRecord | undefined> {
  const wanted = describeArticleMeeting(info, published);
  const candidates = new Map<string, MeetingRecord>();
  if (info.catalogueId) {
    for (const m of await db.meetings.where('catalogueId').equals(info.catalogueId).toArray()) candidates.set(m.id, m);
  }
  if (wanted.span) {
    const from = new Date((wanted.span.from - YEAR_LOOKUP_SLACK) * 86_400_000).getUTCFullYear();
    const to = new Date((wanted.span.to + YEAR_LOOKUP_SLACK) * 86_400_000).getUTCFullYear();
    const years = [0];
    for (let y = from; y <= to; y++) years.push(y);
    for (const m of await db.meetings.where('year').anyOf(years).toArray()) candidates.set(m.id, m);
  }
  const described: Array<{ item: MeetingRecord; description: MeetingDescription }> = [];
  for (const m of candidates.values()) described.push({ item: m, description: await describeStored(db, m) });
  return bestMatch(wanted, described) ?? undefined;
}

/** A stored meeting as a description; without a start, the window its articles allow. */
async function describeStored(db: QimmaDB, m: MeetingRecord): Promise<MeetingDescription> {
  let span = spanFromDates(m.start, m.end);
  if (!span) {
    const articles = await db.articles.where('meetingId').equals(m.id).toArray();
    for (const e of evidenceOf(articles)) {
      const s = describeArticleMeeting(e.info, e.published).span;
      if (s) span = span ? { from: Math.min(span.from, s.from), to: Math.max(span.to, s.to), precise: false } : s;
    }
  }
  return {
    start: m.start,
    end: m.end,
    venue: m.venue,
    kind: m.kind,
    participants: m.participants,
    catalogueId: m.catalogueId,
    span,
  };
}

export async function createMeeting(db: QimmaDB, summary: MeetingSummary, now: number): Promise<MeetingRecord> {
  const record: MeetingRecord = { id: newId(), ...summary, createdAt: now, updatedAt: now };
  await db.meetings.add(record);
  return record;
}

/**
 * Makes a meeting agree with its articles again; deletes it when none is left. Articles filed under
 * the meeting's date (no publication date of their own) are re-indexed when that date moves.
 */
export async function refreshMeeting(db: QimmaDB, meetingId: string, now: number): Promise<void> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return;
  const articles = await db.articles.where('meetingId').equals(meetingId).toArray();
  if (articles.length === 0) {
    await db.meetings.delete(meetingId);
    return;
  }
  const evidence = evidenceOf(articles);
  // Articles saved by hand without a meeting description leave the meeting as it was.
  if (evidence.length === 0) return;
  const summary = summariseMeeting(evidence);
  if (sameSummary(meeting, summary)) return;
  await db.meetings.put({ ...meeting, ...summary, updatedAt: now });
  if (summary.start !== meeting.start) {
    for (const a of articles) if (a.published === null) await reindexArticle(db, a.id);
  }
}

function sameSummary(m: MeetingRecord, s: MeetingSummary): boolean {
  return (Object.keys(s) as Array<keyof MeetingSummary>).every((k) =>
    k === 'participants' ? m.participants.join() === s.participants.join() : m[k] === s[k],
  );
}

/** Files an article (and its mentions and notes) under a meeting, or under none. */
export async function setArticleMeeting(
  db: QimmaDB,
  article: ArticleRecord,
  meetingId: string | null,
  locked: boolean,
  now: number,
): Promise<void> {
  await db.articles.put({ ...article, meetingId, meetingLocked: locked, updatedAt: now });
  await db.mentions.where('articleId').equals(article.id).modify({ meetingId });
  await db.notes.where('articleId').equals(article.id).modify({ meetingId });
  await reindexArticle(db, article.id);
}

/** The reader says these meetings are one: their articles join the target, the others disappear. */
export async function mergeMeetings(
  db: QimmaDB,
  targetId: string,
  sourceIds: readonly string[],
  now = Date.now(),
): Promise<string> {
  return inWriteTransaction(db, async () => {
    const target = await db.meetings.get(targetId);
    if (!target) throw new StoreError('not-found', `No meeting ${targetId} to merge into.`);
    for (const sourceId of new Set(sourceIds)) {
      if (sourceId === targetId) continue;
      if (!(await db.meetings.get(sourceId))) throw new StoreError('not-found', `No meeting ${sourceId} to merge.`);
      for (const a of await db.articles.where('meetingId').equals(sourceId).toArray()) {
        await setArticleMeeting(db, a, targetId, true, now);
      }
      await db.meetings.delete(sourceId);
    }
    // The articles already there are locked too: the merged meeting is the reader's decision.
    for (const a of await db.articles.where('meetingId').equals(targetId).toArray()) {
      if (!a.meetingLocked) await db.articles.put({ ...a, meetingLocked: true });
    }
    await refreshMeeting(db, targetId, now);
    return targetId;
  });
}

/** The reader says these articles cover another meeting: they leave for a new one. */
export async function splitMeeting(
  db: QimmaDB,
  meetingId: string,
  articleIds: readonly string[],
  now = Date.now(),
): Promise<string> {
  return inWriteTransaction(db, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new StoreError('not-found', `No meeting ${meetingId} to split.`);
    const all = await db.articles.where('meetingId').equals(meetingId).toArray();
    const leaving = all.filter((a) => articleIds.includes(a.id));
    const missing = articleIds.filter((id) => !leaving.some((a) => a.id === id));
    if (missing.length > 0)
      throw new StoreError('invalid', `Article ${missing[0]} is not part of meeting ${meetingId}.`);
    if (leaving.length === all.length) {
      throw new StoreError('invalid', 'A split must leave at least one article in the meeting.');
    }
    const evidence = evidenceOf(leaving);
    const fresh = await createMeeting(db, evidence.length > 0 ? summariseMeeting(evidence) : copyOf(meeting), now);
    for (const a of leaving) await setArticleMeeting(db, a, fresh.id, true, now);
    for (const a of all) if (!leaving.includes(a)) await db.articles.put({ ...a, meetingLocked: true });
    await refreshMeeting(db, meetingId, now);
    return fresh.id;
  });
}

function copyOf(m: MeetingRecord): MeetingSummary {
  const { id: _id, createdAt: _c, updatedAt: _u, ...summary } = m;
  return summary;
}

/** The reader moves one article to another meeting, or detaches it (null). */
export async function moveArticle(
  db: QimmaDB,
  articleId: string,
  meetingId: string | null,
  now = Date.now(),
): Promise<void> {
  await inWriteTransaction(db, async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new StoreError('not-found', `No article ${articleId}.`);
    if (meetingId !== null && !(await db.meetings.get(meetingId))) {
      throw new StoreError('not-found', `No meeting ${meetingId}.`);
    }
    const previous = article.meetingId;
    await setArticleMeeting(db, article, meetingId, true, now);
    if (meetingId) await refreshMeeting(db, meetingId, now);
    if (previous && previous !== meetingId) await refreshMeeting(db, previous, now);
  });
}

/** Whether a meeting's date is a real day (for callers that show "date uncertain"). */
export function hasExactDate(m: Pick<MeetingRecord, 'start'>): boolean {
  return spanOf(m.start)?.precise ?? false;
}
