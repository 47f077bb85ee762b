// Keeping the derived indexes of an article in step with it: the cross-reference rows (refs) of the
// article and its notes, and the entity table's labels. Called inside the write transaction that
// changed the article, so the indexes never disagree with the records.

import { todayIso } from './date-span';
import { isReferable } from './ids';
import { replaceRefs } from './ref-index';
import type { ArticleRecord, EntityRecord, MentionRecord, NoteRecord, QimmaDB, RefRecord } from './schema';
import { searchWords } from './search-words';

/** Surface forms kept per entity. */
const MAX_LABELS = 6;

/** The date an article is filed under: published, else its meeting's start, else the day it was saved. */
export function articleDate(
  article: Pick<ArticleRecord, 'published' | 'savedAt'>,
  meetingStart: string | null,
): string {
  return article.published ?? meetingStart ?? todayIso(article.savedAt);
}

export function refsOfArticle(articleId: string, keys: Iterable<string>, date: string): RefRecord[] {
  return [...new Set(keys)].filter(isReferable).map((key) => ({
    id: `article|${articleId}|${key}`,
    key,
    kind: 'article',
    itemId: articleId,
    articleId,
    date,
  }));
}

export function refsOfNote(note: Pick<NoteRecord, 'id' | 'articleId' | 'keys'>, date: string): RefRecord[] {
  return [...new Set(note.keys)].filter(isReferable).map((key) => ({
    id: `note|${note.id}|${key}`,
    key,
    kind: 'note',
    itemId: note.id,
    articleId: note.articleId,
    date,
  }));
}

/** Rewrites every ref of one article (its mentions' keys and its notes' keys). */
export async function reindexArticle(db: QimmaDB, articleId: string): Promise<void> {
  const old = await db.refs.where('articleId').equals(articleId).toArray();
  const article = await db.articles.get(articleId);
  if (!article) {
    await replaceRefs(db, old, []);
    return;
  }
  const meeting = article.meetingId ? await db.meetings.get(article.meetingId) : undefined;
  const date = articleDate(article, meeting?.start ?? null);
  const mentions = await db.mentions.where('articleId').equals(articleId).toArray();
  const notes = await db.notes.where('articleId').equals(articleId).toArray();
  await replaceRefs(db, old, [
    ...refsOfArticle(
      articleId,
      mentions.map((m) => m.key),
      date,
    ),
    ...notes.flatMap((n) => refsOfNote(n, date)),
  ]);
}

/** Adds the surface forms of these mentions to the entity table (labels only grow). */
export async function rememberEntities(db: QimmaDB, mentions: readonly MentionRecord[]): Promise<void> {
  const grouped = groupLabels(mentions);
  const keys = [...grouped.keys()];
  const existing = await db.entities.bulkGet(keys);
  const records = entityUpdates(grouped, new Map(existing.flatMap((e) => (e ? [[e.key, e]] : []))));
  if (records.length > 0) await db.entities.bulkPut(records);
}

/** Mentions grouped by key, with their distinct surface forms (titles left out). */
export function groupLabels(
  mentions: Iterable<Pick<MentionRecord, 'key' | 'type' | 'text' | 'byTitle'>>,
): Map<string, { type: MentionRecord['type']; labels: string[] }> {
  const byKey = new Map<string, { type: MentionRecord['type']; labels: string[] }>();
  for (const m of mentions) {
    if (!isReferable(m.key)) continue;
    const entry = byKey.get(m.key) ?? { type: m.type, labels: [] };
    // Titles (`الرئيس الصيني`) say who, not what the entity is called: they are not labels.
    if (!m.byTitle && !entry.labels.includes(m.text)) entry.labels.push(m.text);
    byKey.set(m.key, entry);
  }
  return byKey;
}

/** The entity records that change when these labels are added to the existing ones. */
export function entityUpdates(
  grouped: Map<string, { type: MentionRecord['type']; labels: string[] }>,
  existing: Map<string, EntityRecord>,
): EntityRecord[] {
  const records: EntityRecord[] = [];
  for (const [key, entry] of grouped) {
    const old = existing.get(key);
    const labels = [...new Set([...entry.labels, ...(old?.labels ?? [])])].slice(0, MAX_LABELS);
    if (old && labels.join('\u0000') === old.labels.join('\u0000')) continue;
    records.push({
      key,
      type: entry.type,
      labels,
      words: searchWords(key.slice(key.indexOf(':') + 1), ...labels),
      articleCount: old?.articleCount ?? 0,
      noteCount: old?.noteCount ?? 0,
    });
  }
  return records;
}
