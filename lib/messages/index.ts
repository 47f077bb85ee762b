// The one message layer between content script, background and extension pages: typed requests,
// typed responses, and a parser that says exactly why a message was refused.

import * as v from 'valibot';
import type { Settings } from '../db/settings';
import type { ExtractionResult } from '../extract/types';
import { contentRequestSchema, requestSchema } from './schemas';

export type { Settings } from '../db/settings';

export type Request = v.InferOutput<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What the background saved for a page. */
export interface SaveOutcome {
  saved: boolean;
  articleId: string | null;
  meetingId: string | null;
  /** Why nothing was saved (not relevant, auto-save off for the site…). */
  reason: string | null;
  /** Saved over an existing record of the same article (a revisit), not as a new one. */
  updated?: boolean;
}

/** The engine's reading of a page's text, with names for the card (`leader:putin` → `فلاديمير بوتين — رئيس روسيا`). */
export interface TextExtraction {
  result: ExtractionResult;
  labels: Record<string, string>;
}

/** What the popup shows about the tab it was opened on. */
export interface TabStatus {
  /** The article's canonical URL. */
  url: string;
  /** The address the tab actually shows (may differ from the canonical URL). */
  location: string | null;
  title: string;
  relevant: boolean;
  result: ExtractionResult;
  outcome: SaveOutcome | null;
}

/** W3C TextQuoteSelector (`quote`) and TextPositionSelector (`position`) of a passage. */
export interface NoteSelector {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
}

/** A stored note of one article, as the page needs it to find the passage again. */
export interface PageNote {
  id: string;
  origin: 'auto' | 'reader';
  selector: NoteSelector;
  comment: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export interface XrefArticle {
  id: string;
  url: string;
  title: string;
  published: string | null;
  siteName: string | null;
}

export interface XrefNote {
  id: string;
  origin: 'auto' | 'reader';
  quote: string;
  comment: string;
  articleUrl: string;
  articleTitle: string;
  published: string | null;
}

/** Everything stored about one key, newest first, at most `limit` of each list. */
export interface XrefEntry {
  articles: XrefArticle[];
  notes: XrefNote[];
  /** Articles + notes referring to the key (not only those returned). */
  total: number;
  totalArticles: number;
  totalNotes: number;
}

export interface Responses {
  'page:extracted': SaveOutcome;
  'tab:status': TabStatus | null;
  'text:extract': TextExtraction;
  'xref:query': Record<string, XrefEntry>;
  'note:add': { noteId: string; articleId: string };
  'note:update': { noteId: string };
  'note:delete': { deleted: boolean };
  'notes:for-page': PageNote[];
  'settings:get': Settings;
  'settings:set': Settings;
  'meetings:merge': { meetingId: string };
  'meetings:split': { meetingId: string };
  'article:move': { articleId: string; meetingId: string | null };
  'article:delete': { deleted: boolean };
}

export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;

/** Every reply is wrapped, so a failure in the background reaches the caller as a clear error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type ParseResult = { ok: true; message: Request } | { ok: false; reason: string };

/** Parses an untrusted value into a request, or says why it is not one. */
export function parseRequest(raw: unknown): ParseResult {
  const r = v.safeParse(requestSchema, raw);
  if (r.success) return { ok: true, message: r.output };
  const issues = r.issues.slice(0, 5).map((i) => {
    const path = i.path?.map((p) => String(p.key)).join('.') ?? '';
    return path ? `${path}: ${i.message}` : i.message;
  });
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type) : '?';
  return { ok: false, reason: `message "${type.slice(0, 40)}" refused — ${issues.join('; ')}` };
}

/** Parses a message the background sent to a content script (shortcut, context menu). */
export function parseContentRequest(
  raw: unknown,
): { ok: true; message: ContentRequest } | { ok: false; reason: string } {
  const r = v.safeParse(contentRequestSchema, raw);
  if (r.success) return { ok: true, message: r.output };
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type) : '?';
  return {
    ok: false,
    reason: `content message "${type.slice(0, 40)}" refused — ${r.issues[0]?.message ?? 'malformed'}`,
  };
}
