// Meeting identity: does what an article says about its meeting describe a meeting already stored?
// Two descriptions are the same meeting when nothing contradicts it — same catalogue entry if both
// have one, same kind, same venue, one set of participants within the other — and their dates meet:
// within two days when both give days (a three-day state visit is reported day by day), overlapping
// otherwise. An announcement without a date covers the next two months after its publication, and
// a report without a date the two weeks before it, so announcements merge with the coverage that
// follows them. Among compatible meetings the closest one wins.

import type { MeetingInfo } from '../extract/types';
import { venuesCompatible } from '../gazetteer/directory';
import { type DaySpan, gapDays, overlaps, resolvePartial, spanOf } from './date-span';

/** Days two precise dates may differ and still be one meeting. */
const PRECISE_SLACK_DAYS = 2;
/** How far ahead an undated announcement may point. */
const ANNOUNCEMENT_HORIZON_DAYS = 60;
/** How far back an undated report may look. */
const REPORT_LOOKBACK_DAYS = 14;

export interface MeetingDescription {
  start: string | null;
  end: string | null;
  venue: string | null;
  kind: MeetingInfo['kind'];
  participants: string[];
  catalogueId: string | null;
  /** When the start is unknown: the window the meeting must lie in (see above). */
  span: DaySpan | null;
}

/** What one article says, with partial dates resolved against its publication date. */
export function describeArticleMeeting(info: MeetingInfo, published: string | null): MeetingDescription {
  const start = resolvePartial(info.knownStart ?? info.start, published);
  const end = resolvePartial(info.end, published);
  return {
    start,
    end,
    venue: info.venue,
    kind: info.kind,
    participants: [...info.participants].sort(),
    catalogueId: info.catalogueId,
    span: spanFromDates(start, end) ?? undatedWindow(info.announced, published),
  };
}

export function spanFromDates(start: string | null, end: string | null): DaySpan | null {
  const s = spanOf(start);
  if (!s) return null;
  const e = spanOf(end);
  if (!e || e.to < s.from) return s;
  return { from: s.from, to: e.to, precise: s.precise && e.precise };
}

function undatedWindow(announced: boolean, published: string | null): DaySpan | null {
  const p = spanOf(published);
  if (!p?.precise) return null;
  return announced
    ? { from: p.from, to: p.from + ANNOUNCEMENT_HORIZON_DAYS, precise: false }
    : { from: p.from - REPORT_LOOKBACK_DAYS, to: p.from, precise: false };
}

/** Whether two descriptions can be one meeting; a score when they can (higher is closer), else null. */
export function matchScore(a: MeetingDescription, b: MeetingDescription): number | null {
  const sameCatalogue = a.catalogueId !== null && a.catalogueId === b.catalogueId;
  if (a.catalogueId && b.catalogueId && !sameCatalogue) return null;
  if (a.kind && b.kind && a.kind !== b.kind) return null;
  // A site and its city are one place (`kremlin` in `moscow`); a call's `virtual` is only itself.
  if (a.venue && b.venue && !venuesCompatible(a.venue, b.venue)) return null;
  if (!participantsCompatible(a.participants, b.participants)) return null;
  let score = 0;
  if (sameCatalogue) score += 100;
  if (a.span && b.span) {
    const precise = a.span.precise && b.span.precise;
    if (!overlaps(a.span, b.span, precise ? PRECISE_SLACK_DAYS : 0)) return null;
    score += precise ? 40 - 10 * gapDays(a.span, b.span) : 10;
  } else if (!sameCatalogue) {
    // Without a date on one side, nothing but the catalogue can say it is the same meeting.
    return null;
  }
  if (a.venue && a.venue === b.venue) score += 10;
  else if (a.venue && b.venue) score += 5;
  if (a.kind && a.kind === b.kind) score += 10;
  if (a.participants.join() === b.participants.join()) score += 5;
  return score;
}

/** One set within the other (an article may name only one of the leaders), or either unknown. */
function participantsCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((p) => large.includes(p));
}

/** The best of the candidates for a description, or null when none is compatible. */
export function bestMatch<T>(
  description: MeetingDescription,
  candidates: Array<{ item: T; description: MeetingDescription }>,
): T | null {
  let best: T | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const score = matchScore(description, c.description);
    if (score !== null && score > bestScore) {
      best = c.item;
      bestScore = score;
    }
  }
  return best;
}
