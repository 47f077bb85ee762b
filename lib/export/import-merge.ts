// Writing a validated export into the store, merged with what is there, inside the caller's one
// read-write transaction (all or nothing). The rules, so that importing twice, or importing a
// colleague's file, never duplicates anything:
// - a meeting already stored (same id, or the same meeting by the matching rules) is kept; the
//   file's articles join it;
// - an article already stored (same id or same canonical address) keeps the newer version (by
//   `updatedAt`), with that version's mentions and automatic notes;
// - a note already stored (same id) keeps the newer version; a reader note on the same passage
//   with the same comment is the same note;
// - settings are taken from the file only when the store has none of its own.
// Derived indexes (refs, entities, search words, years) are rebuilt for everything touched.

import { reindexArticle, rememberEntities } from '../db/article-index';
import { yearOf } from '../db/date-span';
import { newId } from '../db/ids';
import { bestMatch, type MeetingDescription, spanFromDates } from '../db/meeting-match';
import { refreshMeeting } from '../db/meetings';
import { notesOf } from '../db/notes';
import type { EntityRecord, MeetingRecord, MentionRecord, QimmaDB } from '../db/schema';
import { searchWords } from '../db/search-words';
import { SETTINGS_KEY } from '../db/settings';
import { canonicalUrl, hostOf } from '../url/canonical-url';
import { articleRecord, meetingRecord, mentionRecord, noteRecord } from './format';
import type { ValidDocument } from './import-schema';

export interface ImportCounts {
  meetings: number;
  articles: number;
  mentions: number;
  notes: number;
}

export interface MergeOutcome {
  added: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
}

const zero = (): ImportCounts => ({ meetings: 0, articles: 0, mentions: 0, notes: 0 });

function describeMeeting(
  m: Pick<MeetingRecord, 'start' | 'end' | 'venue' | 'kind' | 'participants' | 'catalogueId'>,
): MeetingDescription {
  return { ...m, span: spanFromDates(m.start, m.end) };
}

export async function mergeDocument(db: QimmaDB, doc: ValidDocument, now: number): Promise<MergeOutcome> {
  const out: MergeOutcome = { added: zero(), updated: zero(), unchanged: zero() };
  if (doc.settings && !(await db.settings.get(SETTINGS_KEY)))
    await db.settings.put({ key: SETTINGS_KEY, value: doc.settings });

  // Meetings: the file's id → the stored meeting its articles go to.
  const meetingIds = new Map<string, string>();
  const storedBefore = new Set<string>();
  const stored = (await db.meetings.toArray()).map((m) => ({ item: m.id, description: describeMeeting(m) }));
  for (const m of doc.meetings) {
    const same = (await db.meetings.get(m.id)) ? m.id : bestMatch(describeMeeting(m), stored);
    if (same) {
      meetingIds.set(m.id, same);
      storedBefore.add(same);
      out.unchanged.meetings++;
    } else {
      await db.meetings.add(meetingRecord(m, yearOf(m.start)));
      meetingIds.set(m.id, m.id);
      out.added.meetings++;
    }
  }

  // Articles: the file's id → the stored id; and which articles take the file's version.
  const articleIds = new Map<string, string>();
  const fromFile = new Set<string>();
  // Stored meetings whose articles change: recomputed at the end (new meetings are as exported).
  const touched = new Set<string>();
  for (const a of doc.articles) {
    const url = canonicalUrl(a.url) ?? a.url;
    const existing = (await db.articles.get(a.id)) ?? (await db.articles.where('url').equals(url).first());
    const meetingId = a.meetingId === null ? null : (meetingIds.get(a.meetingId) ?? null);
    const id = existing?.id ?? a.id;
    articleIds.set(a.id, id);
    if (existing && Date.parse(a.updatedAt) <= existing.updatedAt) {
      out.unchanged.articles++;
      continue;
    }
    const record = {
      ...articleRecord(a, hostOf(url), searchWords(a.title, a.siteName)),
      id,
      url: existing?.url ?? url,
      meetingId,
    };
    await db.articles.put(record);
    if (meetingId && storedBefore.has(meetingId)) touched.add(meetingId);
    if (existing) {
      await db.mentions.where('articleId').equals(id).delete();
      await notesOf(db, id, 'auto').delete();
      if (existing.meetingId && existing.meetingId !== meetingId) touched.add(existing.meetingId);
      out.updated.articles++;
    } else out.added.articles++;
    fromFile.add(id);
  }

  const meetingOf = new Map(
    (await db.articles.bulkGet([...new Set(articleIds.values())])).flatMap((a) => (a ? [[a.id, a.meetingId]] : [])),
  );
  const mentions: MentionRecord[] = [];
  const held = await db.mentions.bulkGet(doc.mentions.map((m) => m.id));
  for (const [i, m] of doc.mentions.entries()) {
    const articleId = articleIds.get(m.articleId) as string;
    if (!fromFile.has(articleId)) {
      out.unchanged.mentions++;
      continue;
    }
    // A mention id held by another article's mention (files from two stores) gets a new id.
    const clash = held[i];
    const record = mentionRecord(
      { ...m, articleId, id: clash && clash.articleId !== articleId ? newId() : m.id },
      meetingOf.get(articleId) ?? null,
    );
    mentions.push(record);
    out.added.mentions++;
  }
  await db.mentions.bulkPut(mentions);

  const storedNotes = await db.notes.bulkGet(doc.notes.map((n) => n.id));
  for (const [i, n] of doc.notes.entries()) {
    const articleId = articleIds.get(n.articleId) as string;
    const meetingId = meetingOf.get(articleId) ?? null;
    const existing = storedNotes[i];
    if (n.origin === 'auto' && !fromFile.has(articleId)) {
      out.unchanged.notes++;
      continue;
    }
    if (existing) {
      if (Date.parse(n.updatedAt) <= existing.updatedAt) {
        out.unchanged.notes++;
        continue;
      }
      out.updated.notes++;
    } else if (n.origin === 'reader' && (await sameReaderNote(db, articleId, n))) {
      out.unchanged.notes++;
      continue;
    } else out.added.notes++;
    await db.notes.put(
      noteRecord({ ...n, articleId }, meetingId, searchWords(n.selector.quote.exact, n.comment, ...n.tags)),
    );
  }

  await restoreEntities(db, doc, mentions);
  for (const id of new Set(articleIds.values())) await reindexArticle(db, id);
  for (const id of touched) await refreshMeeting(db, id, now);
  return out;
}

async function sameReaderNote(db: QimmaDB, articleId: string, n: ValidDocument['notes'][number]): Promise<boolean> {
  const { start, end } = n.selector.position;
  const match = await db.notes
    .where('articleId')
    .equals(articleId)
    .filter(
      (x) =>
        x.origin === 'reader' &&
        x.start === start &&
        x.end === end &&
        x.quote === n.selector.quote.exact &&
        x.comment === n.comment,
    )
    .first();
  return match !== undefined;
}

/** Entity labels as the file has them (so a round trip keeps their order), then the new mentions'. */
async function restoreEntities(db: QimmaDB, doc: ValidDocument, mentions: MentionRecord[]): Promise<void> {
  const keys = doc.crossReferences.map((x) => x.key);
  const existing = await db.entities.bulkGet(keys);
  const records: EntityRecord[] = [];
  doc.crossReferences.forEach((x, i) => {
    const old = existing[i];
    const labels = [...new Set([...(old?.labels ?? []), ...x.labels])].slice(0, 6);
    records.push({
      key: x.key,
      type: x.type,
      labels,
      words: searchWords(x.key.slice(x.key.indexOf(':') + 1), ...labels),
      articleCount: old?.articleCount ?? 0,
      noteCount: old?.noteCount ?? 0,
    });
  });
  await db.entities.bulkPut(records);
  const listed = new Set(keys);
  await rememberEntities(
    db,
    mentions.filter((m) => !listed.has(m.key)),
  );
}
