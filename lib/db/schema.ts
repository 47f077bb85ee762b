// The Dexie database `qimma`. It lives in the extension origin only (background service worker
// and extension pages); a content script must never import this module, because there IndexedDB
// belongs to the news site. Every schema change is a new version with an upgrade function.

import Dexie, { type EntityTable } from 'dexie';
import type { DateGrain, MeetingInfo, MeetingKind, MentionType } from '../extract/types';
import { upgradeToV2 } from './upgrade-v2';

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
  // ── since v2 ──
  /** Site of the URL (`www.` dropped): per-site views and the same-text-same-site rule. */
  host: string;
  /** `auto`: saved because coverage was detected; `manual`: the reader saved it. */
  saveMode: 'auto' | 'manual';
  /** What this article itself says about its meeting (the meeting record combines all of them). */
  meetingInfo: MeetingInfo | null;
  /** The reader attached this article to its meeting by hand: re-extraction must not move it. */
  meetingLocked: boolean;
  /** Normalised words of the title, for search. */
  words: string[];
  /** Last time the article was opened (updatedAt changes only when something changed). */
  lastSeenAt: number;
  textLength: number;
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
  // ── since v2 ──
  /** Year of `start` (0 when unknown or partial): the timeline's year filter. */
  year: number;
  /** Only announcements are attached so far: the meeting has not been covered as held. */
  announced: boolean;
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
  // ── since v2 (optional: absent on mentions stored by v1) ──
  valueEnd?: string | null;
  grain?: DateGrain | null;
  byTitle?: boolean;
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
  // ── since v2 ──
  /** Normalised words of quote, comment and tags, for search. */
  words: string[];
}

/**
 * Since v2, the cross-reference index: one row per (key, article) and (key, note), ordered by the
 * date of the article, so "everything about X, newest first" is one index range with a limit —
 * a multi-entry index cannot be compound, and fetching every note of `leader:putin` to sort them
 * would not stay fast at 10,000 notes.
 */
export interface RefRecord {
  /** `${kind}|${itemId}|${key}` */
  id: string;
  key: string;
  kind: 'article' | 'note';
  itemId: string;
  articleId: string;
  /** Sortable date of the article: published, else its meeting's start, else the day it was saved. */
  date: string;
}

/** Since v2: what is known of an entity or value across the store (for search and entity pages). */
export interface EntityRecord {
  key: string;
  type: MentionType;
  /** Surface forms seen in articles, most recent first, at most a few. */
  labels: string[];
  words: string[];
  /** Refs of this key (articles, notes): kept in step by `replaceRefs`. */
  articleCount: number;
  noteCount: number;
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
  refs!: EntityTable<RefRecord, 'id'>;
  entities!: EntityTable<EntityRecord, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      articles: 'id, &url, meetingId, published, savedAt',
      meetings: 'id, start, kind, venue, catalogueId',
      mentions: 'id, articleId, meetingId, key, type',
      notes: 'id, articleId, meetingId, createdAt, *keys',
      settings: 'key',
    });
    // v2: search words, per-site and per-year filters, participants, the cross-reference index
    // (refs) and the entity table; v1 records are completed by the upgrade, none is dropped.
    this.version(2)
      .stores({
        articles: 'id, &url, meetingId, published, savedAt, host, fingerprint, updatedAt, *words',
        meetings: 'id, start, kind, venue, catalogueId, year, *participants, updatedAt',
        mentions: 'id, articleId, meetingId, key, type',
        notes: 'id, articleId, meetingId, createdAt, *keys, updatedAt, origin, *tags, *words',
        settings: 'key',
        refs: 'id, [key+kind+date], articleId, itemId',
        entities: 'key, type, *words',
      })
      .upgrade(upgradeToV2);
  }
}

/** The schema version this code writes. */
export const SCHEMA_VERSION = 2;
