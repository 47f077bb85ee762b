// The cross-references of an export, gathered while the export reads the records anyway: every
// key of every mention (its article) and of every note, filed under the article's date exactly as
// the refs index files them (lib/db/article-index.ts), so the lists come out in the index's order
// — newest first — without reading the index row by row. Entities give the labels.

import { articleDate } from '../db/article-index';
import { isReferable } from '../db/ids';
import type { ArticleRecord, EntityRecord, MeetingRecord, MentionRecord, NoteRecord } from '../db/schema';
import type { ExportedCrossReference } from './format';

interface Item {
  /** The refs row id (`kind|itemId|key`): ties on the date are ordered by it, as in the index. */
  refId: string;
  itemId: string;
  date: string;
}

export class CrossReferenceCollector {
  private readonly meetingStart = new Map<string, string | null>();
  private readonly articleDates = new Map<string, string>();
  private readonly articles = new Map<string, Map<string, Item>>();
  private readonly notes = new Map<string, Item[]>();
  private readonly labels = new Map<string, EntityRecord>();

  addMeetings(meetings: readonly MeetingRecord[]): void {
    for (const m of meetings) this.meetingStart.set(m.id, m.start);
  }

  addArticles(articles: readonly ArticleRecord[]): void {
    for (const a of articles) {
      this.articleDates.set(a.id, articleDate(a, a.meetingId ? (this.meetingStart.get(a.meetingId) ?? null) : null));
    }
  }

  addMentions(mentions: readonly MentionRecord[]): void {
    for (const m of mentions) {
      const date = this.articleDates.get(m.articleId);
      if (date === undefined || !isReferable(m.key)) continue;
      const byArticle = this.articles.get(m.key) ?? new Map<string, Item>();
      byArticle.set(m.articleId, { refId: `article|${m.articleId}|${m.key}`, itemId: m.articleId, date });
      this.articles.set(m.key, byArticle);
    }
  }

  addNotes(notes: readonly NoteRecord[]): void {
    for (const n of notes) {
      const date = this.articleDates.get(n.articleId);
      if (date === undefined) continue;
      for (const key of new Set(n.keys)) {
        if (!isReferable(key)) continue;
        const list = this.notes.get(key) ?? [];
        list.push({ refId: `note|${n.id}|${key}`, itemId: n.id, date });
        this.notes.set(key, list);
      }
    }
  }

  addEntities(entities: readonly EntityRecord[]): void {
    for (const e of entities) this.labels.set(e.key, e);
  }

  /** The entries in key order, a page at a time. */
  *entries(pageSize = 500): Generator<ExportedCrossReference[]> {
    const keys = [...new Set([...this.articles.keys(), ...this.notes.keys()])].sort(compare);
    for (let i = 0; i < keys.length; i += pageSize) {
      yield keys.slice(i, i + pageSize).map((key) => {
        const entity = this.labels.get(key);
        return {
          key,
          type: entity?.type ?? (key.slice(0, key.indexOf(':')) as ExportedCrossReference['type']),
          labels: entity?.labels ?? [],
          articles: newestFirst([...(this.articles.get(key)?.values() ?? [])]),
          notes: newestFirst(this.notes.get(key) ?? []),
        };
      });
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newestFirst(items: Item[]): string[] {
  return items.sort((a, b) => compare(b.date, a.date) || compare(b.refId, a.refId)).map((x) => x.itemId);
}
