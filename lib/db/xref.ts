// Cross-references: everything the store holds about an entity, a value or a meeting — articles,
// notes, mentions — newest first. Lists come from one range of the refs index ([key+kind+date]) read
// backwards with a limit, totals from the entity row (kept in step by `replaceRefs`), so the cost
// does not grow with the number of notes about a popular key (every note mentions Putin).

import Dexie from 'dexie';
import type { XrefArticle, XrefEntry, XrefNote } from '../messages';
import { canonicalUrl } from '../url/canonical-url';
import type {
  ArticleRecord,
  EntityRecord,
  MeetingRecord,
  MentionRecord,
  NoteRecord,
  QimmaDB,
  RefRecord,
} from './schema';

export interface XrefOptions {
  /** Leave out this article (the page the reader is on) and its notes. */
  excludeUrl?: string;
  /** At most this many articles and this many notes per key (default 20). */
  limit?: number;
}

const DEFAULT_LIMIT = 20;

function range(db: QimmaDB, key: string, kind: RefRecord['kind']) {
  return db.refs.where('[key+kind+date]').between([key, kind, Dexie.minKey], [key, kind, Dexie.maxKey], true, true);
}

export async function crossReferences(
  db: QimmaDB,
  keys: readonly string[],
  options: XrefOptions = {},
): Promise<Record<string, XrefEntry>> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  return db.transaction('r', [db.refs, db.articles, db.notes, db.entities], async () => {
    const unique = [...new Set(keys)];
    const excluded = await excludedArticle(db, options.excludeUrl);
    const excludedRefs = excluded ? await db.refs.where('articleId').equals(excluded.id).toArray() : [];
    const entities = await db.entities.bulkGet(unique);
    // The keys are asked for together: their reads queue in the one transaction without a
    // round trip each (a hover card asks for five at once).
    const entries = await Promise.all(
      unique.map(async (key, i): Promise<[string, XrefEntry]> => {
        const mine = excludedRefs.filter((r) => r.key === key);
        const minus = (kind: RefRecord['kind']) => mine.filter((r) => r.kind === kind).length;
        const [articleRefs, noteRefs] = await Promise.all([
          range(db, key, 'article')
            .reverse()
            .limit(limit + minus('article'))
            .toArray(),
          range(db, key, 'note')
            .reverse()
            .limit(limit + minus('note'))
            .toArray(),
        ]);
        const kept = (refs: RefRecord[]) =>
          refs
            .filter((r) => r.articleId !== excluded?.id)
            .slice(0, limit)
            .map((r) => r.itemId);
        const articles = (await db.articles.bulkGet(kept(articleRefs))).filter(
          (a): a is ArticleRecord => a !== undefined,
        );
        const notes = (await db.notes.bulkGet(kept(noteRefs))).filter((n): n is NoteRecord => n !== undefined);
        const noteArticles = await articlesById(
          db,
          notes.map((n) => n.articleId),
        );
        const totalArticles = Math.max(0, (entities[i]?.articleCount ?? 0) - minus('article'));
        const totalNotes = Math.max(0, (entities[i]?.noteCount ?? 0) - minus('note'));
        return [
          key,
          {
            articles: articles.map(toXrefArticle),
            notes: notes.flatMap((n) => {
              const a = noteArticles.get(n.articleId);
              return a ? [toXrefNote(n, a)] : [];
            }),
            total: totalArticles + totalNotes,
            totalArticles,
            totalNotes,
          },
        ];
      }),
    );
    return Object.fromEntries(entries);
  });
}

async function excludedArticle(db: QimmaDB, rawUrl: string | undefined): Promise<ArticleRecord | undefined> {
  const url = rawUrl ? canonicalUrl(rawUrl) : null;
  return url ? db.articles.where('url').equals(url).first() : undefined;
}

async function articlesById(db: QimmaDB, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const unique = [...new Set(ids)];
  const found = await db.articles.bulkGet(unique);
  return new Map(found.filter((a): a is ArticleRecord => a !== undefined).map((a) => [a.id, a]));
}

export function toXrefArticle(a: ArticleRecord): XrefArticle {
  return { id: a.id, url: a.url, title: a.title, published: a.published, siteName: a.siteName };
}

export function toXrefNote(n: NoteRecord, a: ArticleRecord): XrefNote {
  return {
    id: n.id,
    origin: n.origin,
    quote: n.quote,
    comment: n.comment,
    articleUrl: a.url,
    articleTitle: a.title,
    published: a.published,
  };
}

export interface EntityDossier {
  key: string;
  entity: EntityRecord | null;
  /** Newest first. */
  articles: ArticleRecord[];
  notes: Array<NoteRecord & { article: XrefArticle }>;
  /** Meetings of those articles, newest first. */
  meetings: MeetingRecord[];
  mentionCount: number;
  totalArticles: number;
  totalNotes: number;
}

/** The entity page: what the store knows about `leader:xi`, `venue:samarkand`, `figure:… USD`. */
export async function entityDossier(db: QimmaDB, key: string, limit = 200): Promise<EntityDossier> {
  return db.transaction('r', [db.refs, db.articles, db.notes, db.meetings, db.mentions, db.entities], async () => {
    const [articleRefs, noteRefs, mentionCount, entity] = await Promise.all([
      range(db, key, 'article').reverse().limit(limit).toArray(),
      range(db, key, 'note').reverse().limit(limit).toArray(),
      db.mentions.where('key').equals(key).count(),
      db.entities.get(key),
    ]);
    const totalArticles = entity?.articleCount ?? 0;
    const totalNotes = entity?.noteCount ?? 0;
    const articles = (await db.articles.bulkGet(articleRefs.map((r) => r.itemId))).filter(
      (a): a is ArticleRecord => a !== undefined,
    );
    const notes = (await db.notes.bulkGet(noteRefs.map((r) => r.itemId))).filter(
      (n): n is NoteRecord => n !== undefined,
    );
    const byId = await articlesById(
      db,
      notes.map((n) => n.articleId),
    );
    const meetingIds = [...new Set(articles.map((a) => a.meetingId).filter((id): id is string => id !== null))];
    const meetings = (await db.meetings.bulkGet(meetingIds))
      .filter((m): m is MeetingRecord => m !== undefined)
      .sort(byStartDescending);
    return {
      key,
      entity: entity ?? null,
      articles,
      notes: notes.flatMap((n) => {
        const a = byId.get(n.articleId);
        return a ? [{ ...n, article: toXrefArticle(a) }] : [];
      }),
      meetings,
      mentionCount,
      totalArticles,
      totalNotes,
    };
  });
}

export interface MeetingDossier {
  meeting: MeetingRecord;
  /** Oldest first: announcement, coverage, analysis. */
  articles: ArticleRecord[];
  notes: NoteRecord[];
  /** Every key mentioned in the meeting's articles, with the number of mentions, most mentioned first. */
  keys: Array<{ key: string; type: MentionRecord['type']; count: number; label: string | null }>;
}

/** The meeting page. */
export async function meetingDossier(db: QimmaDB, meetingId: string): Promise<MeetingDossier | null> {
  return db.transaction('r', [db.meetings, db.articles, db.notes, db.mentions, db.entities], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return null;
    const [articles, notes, mentions] = await Promise.all([
      db.articles.where('meetingId').equals(meetingId).toArray(),
      db.notes.where('meetingId').equals(meetingId).toArray(),
      db.mentions.where('meetingId').equals(meetingId).toArray(),
    ]);
    const counts = new Map<string, { type: MentionRecord['type']; count: number }>();
    for (const m of mentions) {
      const c = counts.get(m.key) ?? { type: m.type, count: 0 };
      c.count++;
      counts.set(m.key, c);
    }
    const entities = await db.entities.bulkGet([...counts.keys()]);
    const keys = [...counts.entries()]
      .map(([key, c], i) => ({ key, type: c.type, count: c.count, label: entities[i]?.labels[0] ?? null }))
      .filter((k) => /^[a-z]+:\S/.test(k.key))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    const articleOrder = new Map(articles.map((a) => [a.id, a.published ?? '']));
    return {
      meeting,
      articles: articles.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.savedAt - b.savedAt),
      notes: notes.sort(
        (a, b) =>
          (articleOrder.get(a.articleId) ?? '').localeCompare(articleOrder.get(b.articleId) ?? '') || a.start - b.start,
      ),
      keys,
    };
  });
}

export function byStartDescending(a: MeetingRecord, b: MeetingRecord): number {
  if (a.start === b.start) return b.createdAt - a.createdAt;
  if (a.start === null) return 1;
  if (b.start === null) return -1;
  return a.start < b.start ? 1 : -1;
}
