// The Dexie database `qimma`. It lives in the extension origin only (background service worker
// and extension pages); a content script must never import this module, because there IndexedDB
// belongs to the news site. Every schema change is a new version with an upgrade function.

import Dexie, { type EntityTable } from 'dexie';
import type { MeetingKind, MentionType } from '../extract/types';

export const DB_NAME = 'qimma';

export interface ArticleRecord {
  id: string;
  /** Canonical URL (tracking parameters stripped): one record per article, never a duplicate. */
  url: string;
  title: string;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  relevant: boolean;
  score: number;
  meetingId: string | null;
  extractorVersion: string;
  /** Hash of the article text: tells a re-extraction of the same text from a changed one. */
  fingerprint: string;
  savedAt: number;
  updatedAt: number;
}

export interface MeetingRecord {
  id: string;
  start: string | null;
  end: string | null;
  venue: string | null;
  kind: MeetingKind | null;
  participants: string[];
  catalogueId: string | null;
  knownStart: string | null;
  titleAr: string | null;
  titleEn: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface MentionRecord {
  id: string;
  articleId: string;
  meetingId: string | null;
  type: MentionType;
  /** What the mention refers to, comparable across articles: `leader:putin`, `figure:227000000000 USD`. */
  key: string;
  text: string;
  value: string | number | null;
  unit: string | null;
  start: number;
  end: number;
}

export interface NoteRecord {
  id: string;
  articleId: string;
  meetingId: string | null;
  /** `auto` notes come from extraction; `reader` notes are the reader's own. */
  origin: 'auto' | 'reader';
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  comment: string;
  tags: string[];
  /** Keys of every entity and figure the note mentions (for cross-references). */
  keys: string[];
  createdAt: number;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class QimmaDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  meetings!: EntityTable<MeetingRecord, 'id'>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      articles: 'id, &url, meetingId, published, savedAt',
      meetings: 'id, start, kind, venue, catalogueId',
      mentions: 'id, articleId, meetingId, key, type',
      notes: 'id, articleId, meetingId, createdAt, *keys',
      settings: 'key',
    });
  }
}
