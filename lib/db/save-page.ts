// Saving what the content script found on a page: the article (one record per canonical URL,
// updated in place on every revisit or re-extraction), the meeting it covers (found among the stored
// ones or started), its mentions, its automatic notes, and the cross-reference index. The reader's
// own notes survive a re-extraction: they are found again in the new text and re-keyed.

import { anchor } from '../anchoring/anchor';
import type { ExtractionResult, MeetingInfo } from '../extract/types';
import type { SaveOutcome } from '../messages';
import { canonicalUrl, hostOf } from '../url/canonical-url';
import { reindexArticle, rememberEntities } from './article-index';
import { autoNoteDrafts } from './auto-notes';
import { guarded, StoreError } from './errors';
import { fingerprint, mentionKey, newId } from './ids';
import { summariseMeeting } from './meeting-summary';
import { createMeeting, findMeeting, refreshMeeting } from './meetings';
import { keysWithin } from './note-keys';
import { notesOf, selectorOf } from './notes';
import type { ArticleRecord, MentionRecord, NoteRecord, QimmaDB } from './schema';
import { searchWords } from './search-words';
import { autoSaveAllowed, getSettings } from './settings';
import { inWriteTransaction } from './tables';

/** Below this many characters two texts with one fingerprint are not taken for one article. */
const MIN_TEXT_FOR_FINGERPRINT_MATCH = 200;

export interface PageToSave {
  url: string;
  title: string;
  siteName: string | null;
  lang: string | null;
  text: string;
}

export interface SaveOptions {
  /** `auto` follows the auto-save settings; `manual` (the reader asked) always saves. */
  mode?: 'auto' | 'manual';
  now?: number;
}

export async function savePage(
  db: QimmaDB,
  page: PageToSave,
  result: ExtractionResult,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  const mode = options.mode ?? 'auto';
  const now = options.now ?? Date.now();
  const url = canonicalUrl(page.url);
  if (!url) throw new StoreError('invalid', `Only http(s) pages can be saved, not ${page.url.slice(0, 100)}.`);
  const host = hostOf(url);
  const text = page.text;
  const textPrint = fingerprint(text);
  const meetingInfo: MeetingInfo | null = result.relevant ? result.meeting : null;

  return guarded('save the article', () =>
    inWriteTransaction(db, async () => {
      const existing = await findExisting(db, url, host, textPrint, text.length);
      if (mode === 'auto' && !meetingInfo) {
        // Never degrade a stored article because one reading of the page found less.
        if (existing) await db.articles.update(existing.id, { lastSeenAt: now });
        return {
          saved: false,
          articleId: existing?.id ?? null,
          meetingId: existing?.meetingId ?? null,
          reason: 'not-relevant',
        };
      }
      if (mode === 'auto' && !existing && !autoSaveAllowed(await getSettings(db), host)) {
        return { saved: false, articleId: null, meetingId: null, reason: 'auto-save-off' };
      }

      const articleId = existing?.id ?? newId();
      const published = result.published ?? existing?.published ?? null;
      const info = meetingInfo ?? existing?.meetingInfo ?? null;
      const previousMeetingId = existing?.meetingId ?? null;
      let meetingId = previousMeetingId;
      if (meetingInfo && !existing?.meetingLocked) {
        meetingId =
          (await findMeeting(db, meetingInfo, published))?.id ??
          (await createMeeting(db, summariseMeeting([{ info: meetingInfo, published }]), now)).id;
      }
      const sameReading =
        existing !== undefined &&
        existing.fingerprint === textPrint &&
        existing.extractorVersion === result.version &&
        existing.meetingId === meetingId;

      const record: ArticleRecord = {
        id: articleId,
        // A record found by its text under another address keeps its first address (unique index).
        url: existing?.url ?? url,
        title: page.title,
        siteName: page.siteName,
        lang: page.lang,
        published,
        relevant: result.relevant,
        score: result.score,
        meetingId,
        extractorVersion: result.version,
        fingerprint: textPrint,
        savedAt: existing?.savedAt ?? now,
        updatedAt: sameReading && existing.title === page.title ? existing.updatedAt : now,
        host,
        saveMode: existing?.saveMode === 'manual' || mode === 'manual' ? 'manual' : 'auto',
        meetingInfo: info,
        meetingLocked: existing?.meetingLocked ?? false,
        words: searchWords(page.title, page.siteName),
        lastSeenAt: now,
        textLength: text.length,
      };
      await db.articles.put(record);
      if (!sameReading) {
        const mentions = await replaceMentions(db, record, result);
        await replaceAutoNotes(db, record, text, mentions, now);
        await reanchorReaderNotes(db, record, text, mentions, now);
        await rememberEntities(db, mentions);
      }
      if (meetingId) await refreshMeeting(db, meetingId, now);
      if (previousMeetingId && previousMeetingId !== meetingId) await refreshMeeting(db, previousMeetingId, now);
      if (!sameReading) await reindexArticle(db, articleId);
      return { saved: true, articleId, meetingId, reason: null, updated: existing !== undefined };
    }),
  );
}

/** The stored record of this article: same canonical URL, or the same text on the same site. */
async function findExisting(
  db: QimmaDB,
  url: string,
  host: string,
  textPrint: string,
  textLength: number,
): Promise<ArticleRecord | undefined> {
  const byUrl = await db.articles.where('url').equals(url).first();
  if (byUrl || textLength < MIN_TEXT_FOR_FINGERPRINT_MATCH) return byUrl;
  return db.articles
    .where('fingerprint')
    .equals(textPrint)
    .filter((a) => a.host === host && a.textLength === textLength)
    .first();
}

async function replaceMentions(
  db: QimmaDB,
  article: ArticleRecord,
  result: ExtractionResult,
): Promise<MentionRecord[]> {
  await db.mentions.where('articleId').equals(article.id).delete();
  const mentions: MentionRecord[] = result.mentions.map((m, i) => ({
    id: `${article.id}:m${i}`,
    articleId: article.id,
    meetingId: article.meetingId,
    type: m.type,
    key: mentionKey(m),
    text: m.text,
    value: m.value,
    unit: m.unit,
    start: m.start,
    end: m.end,
    valueEnd: m.valueEnd ?? null,
    grain: m.grain ?? null,
    byTitle: m.byTitle ?? false,
  }));
  await db.mentions.bulkAdd(mentions);
  return mentions;
}

async function replaceAutoNotes(
  db: QimmaDB,
  article: ArticleRecord,
  text: string,
  mentions: MentionRecord[],
  now: number,
): Promise<void> {
  const old = await notesOf(db, article.id, 'auto').toArray();
  const createdAt = new Map(old.map((n) => [n.id, n.createdAt]));
  await db.notes.bulkDelete(old.map((n) => n.id));
  const notes: NoteRecord[] = autoNoteDrafts(text, mentions).map((d) => {
    const id = `auto:${article.id}:${d.start}-${d.end}`;
    return {
      id,
      articleId: article.id,
      meetingId: article.meetingId,
      origin: 'auto',
      quote: d.quote.exact,
      prefix: d.quote.prefix,
      suffix: d.quote.suffix,
      start: d.start,
      end: d.end,
      comment: '',
      tags: [],
      keys: d.keys,
      createdAt: createdAt.get(id) ?? now,
      updatedAt: now,
      words: searchWords(d.quote.exact),
    };
  });
  await db.notes.bulkAdd(notes);
}

/** The reader's notes, found again in the new text: new offsets and the keys of the mentions there. */
async function reanchorReaderNotes(
  db: QimmaDB,
  article: ArticleRecord,
  text: string,
  mentions: MentionRecord[],
  now: number,
): Promise<void> {
  const notes = await notesOf(db, article.id, 'reader').toArray();
  for (const note of notes) {
    const found = anchor(text, selectorOf(note));
    // An orphan keeps its old place and keys; the page lists it as not found.
    if (!found) continue;
    const keys = keysWithin(mentions, found.start, found.end);
    if (found.start === note.start && found.end === note.end && keys.join() === note.keys.join()) continue;
    await db.notes.put({ ...note, start: found.start, end: found.end, keys, updatedAt: now });
  }
}
