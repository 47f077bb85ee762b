// The last unfiltered timeline the reader saw, kept in the extension origin's localStorage (the
// same origin as the database, never a web page's): the popup paints it at once on opening, and
// the live query replaces it a few milliseconds later — opening the database and reading every
// meeting is most of the popup's first-render time. A cache that cannot be read is no cache.

import type { MeetingRecord } from '../../lib/db/schema';

const KEY = 'qimma:timeline:v1';
/** Above this, the copy costs more to parse than the database costs to read. */
const MAX_CACHED = 5_000;

export function cachedTimeline(): MeetingRecord[] | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every(looksLikeMeeting) ? (parsed as MeetingRecord[]) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `meetings` for the next opening, after the current work (the first paint and the
 * details' queries come first), and only when they differ from what is kept.
 */
export function rememberTimeline(meetings: readonly MeetingRecord[], kept: readonly MeetingRecord[] | null): void {
  if (kept && sameMeetings(meetings, kept)) return;
  pending = meetings;
  if (scheduled) return;
  scheduled = true;
  setTimeout(flush, IDLE_MS);
  // A popup closed sooner still keeps what it showed.
  globalThis.addEventListener?.('pagehide', flush, { once: true });
}

let pending: readonly MeetingRecord[] | null = null;
let scheduled = false;

function flush(): void {
  scheduled = false;
  if (pending) write(pending);
  pending = null;
}

/** Long enough for the popup's first details to be read and painted. */
const IDLE_MS = 500;

function sameMeetings(a: readonly MeetingRecord[], b: readonly MeetingRecord[]): boolean {
  return a.length === b.length && a.every((m, i) => m.id === b[i]?.id && m.updatedAt === b[i]?.updatedAt);
}

function write(meetings: readonly MeetingRecord[]): void {
  try {
    // An empty record is not kept: it would flash "nothing saved yet" before a first save shows.
    if (meetings.length === 0 || meetings.length > MAX_CACHED) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, JSON.stringify(meetings));
  } catch {
    // A full or refused localStorage only costs the next popup a few milliseconds.
  }
}

function looksLikeMeeting(m: unknown): boolean {
  const r = m as Partial<MeetingRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    Array.isArray(r.participants) &&
    (r.start === null || typeof r.start === 'string')
  );
}
