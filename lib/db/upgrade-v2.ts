// v1 → v2: completes every v1 record with the fields v2 adds and builds the two new indexes (refs,
// entities) from the records. Nothing is dropped: a v1 article keeps its id, URL and meeting, and
// its meeting description is taken from the meeting it was filed under.

import type { Transaction } from 'dexie';
import { hostOf } from '../url/canonical-url';
import { articleDate, entityUpdates, groupLabels, refsOfArticle, refsOfNote } from './article-index';
import { yearOf } from './date-span';
import { infoOfMeeting } from './meeting-summary';
import { bareEntity, countRefs } from './ref-index';
import type { ArticleRecord, MeetingRecord, MentionRecord, NoteRecord, RefRecord } from './schema';
import { searchWords } from './search-words';

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const meetings = new Map<string, MeetingRecord>();
  await tx
    .table<MeetingRecord, string>('meetings')
    .toCollection()
    .modify((m) => {
      m.year = yearOf(m.start);
      m.announced = false;
      meetings.set(m.id, m);
    });

  const articles: ArticleRecord[] = [];
  await tx
    .table<ArticleRecord, string>('articles')
    .toCollection()
    .modify((a) => {
      const meeting = a.meetingId ? meetings.get(a.meetingId) : undefined;
      a.host = hostOf(a.url);
      a.saveMode = 'auto';
      a.meetingInfo = meeting ? infoOfMeeting(meeting) : null;
      a.meetingLocked = false;
      a.words = searchWords(a.title, a.siteName);
      a.lastSeenAt = a.updatedAt;
      a.textLength = 0;
      articles.push(a);
    });

  const notes: NoteRecord[] = [];
  await tx
    .table<NoteRecord, string>('notes')
    .toCollection()
    .modify((n) => {
      n.tags = Array.isArray(n.tags) ? n.tags : [];
      n.keys = Array.isArray(n.keys) ? n.keys : [];
      n.words = searchWords(n.quote, n.comment, ...n.tags);
      notes.push(n);
    });

  const mentions = await tx.table<MentionRecord, string>('mentions').toArray();
  const keysByArticle = new Map<string, string[]>();
  for (const m of mentions) {
    const keys = keysByArticle.get(m.articleId) ?? [];
    keys.push(m.key);
    keysByArticle.set(m.articleId, keys);
  }
  const dates = new Map(
    articles.map((a) => [a.id, articleDate(a, a.meetingId ? (meetings.get(a.meetingId)?.start ?? null) : null)]),
  );
  const refs: RefRecord[] = [];
  for (const a of articles) refs.push(...refsOfArticle(a.id, keysByArticle.get(a.id) ?? [], dates.get(a.id) as string));
  for (const n of notes) {
    const date = dates.get(n.articleId);
    if (date !== undefined) refs.push(...refsOfNote(n, date));
  }
  await tx.table('refs').bulkPut(refs);
  const entities = new Map(entityUpdates(groupLabels(mentions), new Map()).map((e) => [e.key, e]));
  for (const [key, d] of countRefs(refs)) {
    const e = entities.get(key) ?? bareEntity(key);
    entities.set(key, { ...e, articleCount: d.article, noteCount: d.note });
  }
  await tx.table('entities').bulkPut([...entities.values()]);
}
