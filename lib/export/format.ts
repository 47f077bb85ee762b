// The export format, version 1 (documented in docs/export-format.md, JSON Schema in
// docs/qimma-export.schema.json). It is the store's records without what the store derives from
// them (search words, year, the refs and entities indexes), with times as ISO strings, fields in a
// fixed order — so exporting, importing into an empty store and exporting again gives the same bytes.

import { selectorOf } from '../db/notes';
import type { ArticleRecord, MeetingRecord, MentionRecord, NoteRecord } from '../db/schema';
import type { Settings } from '../db/settings';
import type { DateGrain, MeetingInfo, MeetingKind, MentionType } from '../extract/types';

export const EXPORT_FORMAT = 'qimma-export';
export const EXPORT_VERSION = 1;

export interface ExportedMeeting {
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
  announced: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ExportedArticle {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  relevant: boolean;
  score: number;
  meetingId: string | null;
  meetingLocked: boolean;
  meetingInfo: MeetingInfo | null;
  saveMode: 'auto' | 'manual';
  extractorVersion: string;
  fingerprint: string;
  textLength: number;
  savedAt: string;
  updatedAt: string;
  lastSeenAt: string;
}

export interface ExportedMention {
  id: string;
  articleId: string;
  type: MentionType;
  key: string;
  text: string;
  value: string | number | null;
  unit: string | null;
  valueEnd: string | null;
  grain: DateGrain | null;
  byTitle: boolean;
  start: number;
  end: number;
}

export interface ExportedNote {
  id: string;
  articleId: string;
  origin: 'auto' | 'reader';
  selector: {
    quote: { exact: string; prefix: string; suffix: string };
    position: { start: number; end: number };
  };
  comment: string;
  tags: string[];
  keys: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportedCrossReference {
  key: string;
  type: MentionType;
  labels: string[];
  /** Ids, newest first. */
  articles: string[];
  notes: string[];
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  counts: { meetings: number; articles: number; mentions: number; notes: number };
  settings: Settings | null;
  meetings: ExportedMeeting[];
  articles: ExportedArticle[];
  mentions: ExportedMention[];
  notes: ExportedNote[];
  crossReferences: ExportedCrossReference[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (s: string) => Date.parse(s);

export function exportMeeting(m: MeetingRecord): ExportedMeeting {
  return {
    id: m.id,
    start: m.start,
    end: m.end,
    venue: m.venue,
    kind: m.kind,
    participants: m.participants,
    catalogueId: m.catalogueId,
    knownStart: m.knownStart,
    titleAr: m.titleAr,
    titleEn: m.titleEn,
    announced: m.announced,
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
  };
}

export function exportArticle(a: ArticleRecord): ExportedArticle {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    siteName: a.siteName,
    lang: a.lang,
    published: a.published,
    relevant: a.relevant,
    score: a.score,
    meetingId: a.meetingId,
    meetingLocked: a.meetingLocked,
    meetingInfo: a.meetingInfo ? orderedInfo(a.meetingInfo) : null,
    saveMode: a.saveMode,
    extractorVersion: a.extractorVersion,
    fingerprint: a.fingerprint,
    textLength: a.textLength,
    savedAt: iso(a.savedAt),
    updatedAt: iso(a.updatedAt),
    lastSeenAt: iso(a.lastSeenAt),
  };
}

function orderedInfo(i: MeetingInfo): MeetingInfo {
  return {
    start: i.start,
    end: i.end,
    venue: i.venue,
    kind: i.kind,
    participants: i.participants,
    announced: i.announced,
    catalogueId: i.catalogueId,
    knownStart: i.knownStart,
    title: i.title ? { ar: i.title.ar, en: i.title.en } : null,
  };
}

export function exportMention(m: MentionRecord): ExportedMention {
  return {
    id: m.id,
    articleId: m.articleId,
    type: m.type,
    key: m.key,
    text: m.text,
    value: m.value,
    unit: m.unit,
    valueEnd: m.valueEnd ?? null,
    grain: m.grain ?? null,
    byTitle: m.byTitle ?? false,
    start: m.start,
    end: m.end,
  };
}

export function exportNote(n: NoteRecord): ExportedNote {
  return {
    id: n.id,
    articleId: n.articleId,
    origin: n.origin,
    selector: selectorOf(n),
    comment: n.comment,
    tags: n.tags,
    keys: n.keys,
    createdAt: iso(n.createdAt),
    updatedAt: iso(n.updatedAt),
  };
}

// ── back to records (import); the derived fields are filled in by the importer ──

export function meetingRecord(m: ExportedMeeting, year: number): MeetingRecord {
  return {
    ...m,
    participants: [...m.participants].sort(),
    year,
    createdAt: ms(m.createdAt),
    updatedAt: ms(m.updatedAt),
  };
}

export function articleRecord(a: ExportedArticle, host: string, words: string[]): ArticleRecord {
  return {
    ...a,
    host,
    words,
    savedAt: ms(a.savedAt),
    updatedAt: ms(a.updatedAt),
    lastSeenAt: ms(a.lastSeenAt),
  };
}

export function mentionRecord(m: ExportedMention, meetingId: string | null): MentionRecord {
  return { ...m, meetingId };
}

export function noteRecord(n: ExportedNote, meetingId: string | null, words: string[]): NoteRecord {
  const { selector, ...rest } = n;
  return {
    ...rest,
    meetingId,
    quote: selector.quote.exact,
    prefix: selector.quote.prefix,
    suffix: selector.quote.suffix,
    start: selector.position.start,
    end: selector.position.end,
    words,
    createdAt: ms(n.createdAt),
    updatedAt: ms(n.updatedAt),
  };
}
