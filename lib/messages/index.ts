// The one message layer between content script, background and extension pages: typed requests,
// typed responses, and a parser that says exactly why a message was refused.

import * as v from 'valibot';
import type { ExtractionResult } from '../extract/types';
import { requestSchema } from './schemas';

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
}

/** What the popup shows about the tab it was opened on. */
export interface TabStatus {
  url: string;
  title: string;
  relevant: boolean;
  result: ExtractionResult;
  outcome: SaveOutcome | null;
}

export interface Responses {
  'page:extracted': SaveOutcome;
  'tab:status': TabStatus | null;
}

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
