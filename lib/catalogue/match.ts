// Which known meeting a text is about, from what extraction found: a date that may lack its year
// (`15-16 سبتمبر` → `--09-15`), a venue that may be a site rather than a city (`kremlin`), a kind.
// Each field narrows the catalogue; dates get a day or two of tolerance (a text dated the day
// after, a visit that began the day before the talks). The best-scoring entry wins only if no
// other entry scores as well: an ambiguous query gets null, never a guess.

import { venuesCompatible } from '../gazetteer/lookup';
import { KNOWN_MEETINGS } from './data/meetings';
import type { CatalogueQuery, KnownMeeting } from './types';

/** Days a full date may miss a meeting by and still match it. */
const TOLERANCE_DAYS = 2;

const REJECT = -1;

export function matchCatalogue(q: CatalogueQuery): KnownMeeting | null {
  if (!q.start && !q.venue) return null;
  let best: KnownMeeting | null = null;
  let bestScore = REJECT;
  let tie = false;
  for (const m of KNOWN_MEETINGS) {
    const d = dateScore(q, m);
    const v = d === REJECT ? REJECT : venueScore(q.venue, m);
    const k = v === REJECT ? REJECT : kindScore(q.kind, m);
    if (k === REJECT) continue;
    // An approximate entry loses ties to an exact one.
    const score = (d + v + k) * 2 - (m.approximate ? 1 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

export function knownMeetings(): readonly KnownMeeting[] {
  return KNOWN_MEETINGS;
}

export function knownMeetingById(id: string): KnownMeeting | undefined {
  return KNOWN_MEETINGS.find((m) => m.id === id);
}

/** 4 when the dates overlap, 3 within the tolerance, 2 same month, 1 same year; 0 when no date. */
function dateScore(q: CatalogueQuery, m: KnownMeeting): number {
  if (!q.start) return 0;
  const from = day(m.start);
  const to = day(m.end ?? m.start);
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q.start);
  if (full) return dayScore(day(q.start), endDay(q.end, q.start.slice(0, 4)) ?? day(q.start), from, to);
  const month = /^(\d{4})-(\d{2})$/.exec(q.start);
  if (month) return overlaps(day(`${q.start}-01`), day(lastDayOfMonth(q.start)), from, to) ? 2 : REJECT;
  const year = /^(\d{4})$/.exec(q.start);
  if (year) return overlaps(day(`${q.start}-01-01`), day(`${q.start}-12-31`), from, to) ? 1 : REJECT;
  const dayNoYear = /^--(\d{2})-(\d{2})$/.exec(q.start);
  const monthNoYear = /^--(\d{2})$/.exec(q.start);
  // A month with no year names a meeting only with its place (`في أستانا في تموز`): calls come
  // every year, and a month alone would pick one year's call for a story of any year.
  if (monthNoYear && (!q.venue || q.venue === 'virtual')) return REJECT;
  let score = REJECT;
  for (let y = Number(m.start.slice(0, 4)); y <= Number((m.end ?? m.start).slice(0, 4)); y++) {
    if (dayNoYear) {
      const s = day(`${y}${q.start.slice(1)}`);
      score = Math.max(score, dayScore(s, endDay(q.end, String(y)) ?? s, from, to));
    } else if (monthNoYear) {
      const first = `${y}-${monthNoYear[1]}`;
      if (overlaps(day(`${first}-01`), day(lastDayOfMonth(first)), from, to)) score = Math.max(score, 2);
    }
  }
  return dayNoYear || monthNoYear ? score : 0;
}

function dayScore(qFrom: number, qTo: number, from: number, to: number): number {
  const gap = qTo < from ? from - qTo : qFrom > to ? qFrom - to : 0;
  return gap === 0 ? 4 : gap <= TOLERANCE_DAYS ? 3 : REJECT;
}

/** The query's last day as a day number, when it is a full or year-less day. */
function endDay(end: string | null | undefined, year: string): number | null {
  if (!end) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(end)) return day(end);
  if (/^--\d{2}-\d{2}$/.test(end)) return day(`${year}${end.slice(1)}`);
  return null;
}

/** 2 for the same venue, 1 for a site and its city; 0 when the query has none. */
function venueScore(venue: string | null, m: KnownMeeting): number {
  if (!venue) return 0;
  if (venue === 'virtual' || m.venue === 'virtual') return venue === m.venue ? 2 : REJECT;
  if (venue === m.venue || m.alsoAt?.includes(venue)) return 2;
  const all = [m.venue, ...(m.alsoAt ?? [])];
  return all.some((v) => venuesCompatible(venue, v)) ? 1 : REJECT;
}

/** 2 for the same kind; 0 for a phone call taken for a video call or the reverse, or no kind. */
function kindScore(kind: string | null, m: KnownMeeting): number {
  if (!kind) return 0;
  if (kind === m.kind) return 2;
  return kind !== 'in-person' && m.kind !== 'in-person' ? 0 : REJECT;
}

function overlaps(qFrom: number, qTo: number, from: number, to: number): boolean {
  return qFrom <= to && qTo >= from;
}

const dayNumbers = new Map<string, number>();

/**
 * Day number (days since 1970-01-01) of an ISO day; NaN-safe callers pass validated strings.
 * Remembered: every query reads the days of every entry again.
 */
function day(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}

function lastDayOfMonth(yearMonth: string): string {
  const y = Number(yearMonth.slice(0, 4));
  const m = Number(yearMonth.slice(5, 7));
  return `${yearMonth}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`;
}
