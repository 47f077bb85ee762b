// Saving what the content script found on a page: the article (updated in place on a revisit),
// the meeting it covers, and its mentions.

import type { ExtractionResult, MeetingInfo } from '../extract/types';
import type { SaveOutcome } from '../messages';
import { fingerprint, mentionKey, newId } from './ids';
import type { MeetingRecord, QimmaDB } from './schema';

export interface PageToSave {
  url: string;
  title: string;
  siteName: string | null;
  lang: string | null;
  text: string;
}

export async function savePage(db: QimmaDB, page: PageToSave, result: ExtractionResult): Promise<SaveOutcome> {
  if (!result.relevant || !result.meeting) {
    return { saved: false, articleId: null, meetingId: null, reason: 'not-relevant' };
  }
  const meetingInfo = result.meeting;
  return db.transaction('rw', db.articles, db.meetings, db.mentions, async () => {
    const now = Date.now();
    const existing = await db.articles.where('url').equals(page.url).first();
    const meeting = (await findMeeting(db, meetingInfo)) ?? (await createMeeting(db, meetingInfo, now));
    const articleId = existing?.id ?? newId();
    await db.articles.put({
      id: articleId,
      url: page.url,
      title: page.title,
      siteName: page.siteName,
      lang: page.lang,
      published: result.published,
      relevant: result.relevant,
      score: result.score,
      meetingId: meeting.id,
      extractorVersion: result.version,
      fingerprint: fingerprint(page.text),
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
    });
    await db.mentions.where('articleId').equals(articleId).delete();
    await db.mentions.bulkAdd(
      result.mentions.map((m) => ({
        id: newId(),
        articleId,
        meetingId: meeting.id,
        type: m.type,
        key: mentionKey(m),
        text: m.text,
        value: m.value,
        unit: m.unit,
        start: m.start,
        end: m.end,
      })),
    );
    return { saved: true, articleId, meetingId: meeting.id, reason: null };
  });
}

/** The same meeting: the same catalogue entry, or the same start, kind and participants. */
async function findMeeting(db: QimmaDB, info: MeetingInfo): Promise<MeetingRecord | undefined> {
  if (info.catalogueId) {
    const byCatalogue = await db.meetings.where('catalogueId').equals(info.catalogueId).first();
    if (byCatalogue) return byCatalogue;
  }
  const start = info.knownStart ?? info.start;
  if (!start) return undefined;
  const sameDay = await db.meetings.where('start').equals(start).toArray();
  return sameDay.find((m) => m.kind === info.kind && m.participants.join() === info.participants.join());
}

async function createMeeting(db: QimmaDB, info: MeetingInfo, now: number): Promise<MeetingRecord> {
  const record: MeetingRecord = {
    id: newId(),
    start: info.knownStart ?? info.start,
    end: info.end,
    venue: info.venue,
    kind: info.kind,
    participants: [...info.participants].sort(),
    catalogueId: info.catalogueId,
    knownStart: info.knownStart,
    titleAr: info.title?.ar ?? null,
    titleEn: info.title?.en ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await db.meetings.add(record);
  return record;
}
