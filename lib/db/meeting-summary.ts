// A meeting record is what its articles say, combined: the catalogue's date when there is one, else
// the most precise date reported (coverage of the event beats its announcement), the venue and kind
// most articles give, every participant named. Recomputed whenever an article joins or leaves, so a
// split or a merge by hand leaves each meeting consistent with its articles.

import type { MeetingInfo } from '../extract/types';
import { cityOf } from '../gazetteer/directory';
import { precisionOf, yearOf } from './date-span';
import { describeArticleMeeting } from './meeting-match';
import type { MeetingRecord } from './schema';

export interface MeetingEvidence {
  info: MeetingInfo;
  published: string | null;
}

export type MeetingSummary = Pick<
  MeetingRecord,
  | 'start'
  | 'end'
  | 'venue'
  | 'kind'
  | 'participants'
  | 'catalogueId'
  | 'knownStart'
  | 'titleAr'
  | 'titleEn'
  | 'year'
  | 'announced'
>;

export function summariseMeeting(evidence: MeetingEvidence[]): MeetingSummary {
  const items = evidence.map((e) => ({ info: e.info, d: describeArticleMeeting(e.info, e.published) }));
  // Coverage of the event counts twice as much as an announcement of it.
  const weight = (info: MeetingInfo) => (info.announced ? 1 : 2);
  const catalogueId = mostCommon(items.map((x) => [x.info.catalogueId, weight(x.info)]));
  const fromCatalogue = items.find((x) => catalogueId !== null && x.info.catalogueId === catalogueId);
  const knownStart = fromCatalogue?.info.knownStart ?? null;

  const dated = items
    .filter((x) => x.d.start !== null && precisionOf(x.d.start) > 0)
    .sort(
      (a, b) =>
        precisionOf(b.d.start) - precisionOf(a.d.start) ||
        Number(a.info.announced) - Number(b.info.announced) ||
        countOf(items, b.d.start) - countOf(items, a.d.start) ||
        compare(a.d.start, b.d.start),
    );
  const start = knownStart ?? dated[0]?.d.start ?? null;
  const ends = items.filter((x) => x.d.start === start && x.d.end !== null).map((x) => x.d.end as string);
  const end = ends.sort(compare).at(-1) ?? null;

  const titled = fromCatalogue?.info.title ? fromCatalogue : items.find((x) => x.info.title);
  return {
    start,
    end,
    // The meeting is filed under the city: one article says `الكرملين`, another `موسكو`.
    venue: mostCommon(items.map((x) => [x.info.venue === null ? null : cityOf(x.info.venue), weight(x.info)])),
    kind: mostCommon(items.map((x) => [x.info.kind, weight(x.info)])),
    participants: [...new Set(items.flatMap((x) => x.info.participants))].sort(),
    catalogueId,
    knownStart,
    titleAr: titled?.info.title?.ar ?? null,
    titleEn: titled?.info.title?.en ?? null,
    year: yearOf(start),
    announced: items.length > 0 && items.every((x) => x.info.announced),
  };
}

/** The meeting as an article would describe it: how v1 records (which kept no per-article info) are upgraded. */
export function infoOfMeeting(m: MeetingRecord, announced = false): MeetingInfo {
  return {
    start: m.start,
    end: m.end,
    venue: m.venue,
    kind: m.kind,
    participants: [...m.participants],
    announced,
    catalogueId: m.catalogueId,
    knownStart: m.knownStart,
    title: m.titleAr !== null || m.titleEn !== null ? { ar: m.titleAr ?? '', en: m.titleEn ?? '' } : null,
  };
}

function countOf(items: Array<{ d: { start: string | null } }>, start: string | null): number {
  return items.filter((x) => x.d.start === start).length;
}

function compare(a: string | null, b: string | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

/** The value with the greatest total weight (ties: the smallest value, so the result is stable). */
function mostCommon<T extends string>(pairs: Array<[T | null, number]>): T | null {
  const totals = new Map<T, number>();
  for (const [value, w] of pairs) if (value !== null) totals.set(value, (totals.get(value) ?? 0) + w);
  let best: T | null = null;
  let bestTotal = 0;
  for (const [value, total] of totals) {
    if (total > bestTotal || (total === bestTotal && best !== null && value < best)) {
      best = value;
      bestTotal = total;
    }
  }
  return best;
}
