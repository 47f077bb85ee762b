// The meeting a relevant story is about: when, where, in what form, who, and whether it is still
// to come; then the bundled catalogue of known Putin–Xi meetings names it and supplies the full
// date when the text gives only a day and a month.
//
// Evidence comes from the event sentences (both leaders and a meeting word), then from sentences
// where one leader meets (the other is in a neighbouring sentence), then from sentences naming
// both. Rules, each a general habit of news writing:
// - kind: phone and video words in those sentences, weighted by place (headline > lead > later),
//   against visit and reception words; talks with no form named are in person;
// - venue: calls are `virtual`; otherwise the city named where the meeting happened (`في سمرقند`,
//   `إلى موسكو`, the dateline), a site standing for its city (the Kremlin → Moscow); capitals named
//   together (`بين موسكو وبكين`) stand for governments and do not count;
// - date: the most precise date in the best sentence — a day (or range) before a month, an event
//   sentence before a weaker one, earlier before later. Bare years never date a meeting.

import { isLetter } from '../text/tokens';
import type { Span } from './body';
import type { Directory, Side } from './directory';
import type { Candidate } from './document';
import type { Place } from './relevance';
import type { SentenceRoles } from './sentence-roles';
import type { CueKind, Sentence } from './story-analysis';
import type { MeetingInfo, MeetingKind } from './types';

export interface CatalogueQuery {
  start: string | null;
  end: string | null;
  venue: string | null;
  kind: MeetingKind | null;
}

export interface CatalogueEntry {
  id: string;
  start: string;
  title: { ar: string; en: string };
}

export type CatalogueMatcher = (q: CatalogueQuery) => CatalogueEntry | null;

const MEETING_CUES: ReadonlySet<CueKind> = new Set([
  'meet',
  'in-person',
  'sideline',
  'phone',
  'call',
  'video',
  'summit',
  'pair',
]);

const PLACE_WEIGHT: Record<Place, number> = { headline: 3, lead: 2, later: 1 };

/** How strongly a sentence speaks of the meeting itself. */
function rank(r: SentenceRoles): number {
  if (r.event) return 3;
  if (r.sentence.background) return 0;
  if (r.meeting && r.others.length === 0 && r.ru.length + r.cn.length > 0) return 2;
  if (r.both) return 1;
  return 0;
}

export function describeMeeting(
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  lines: readonly Span[],
  dir: Directory,
  published: string | null,
  catalogue: CatalogueMatcher,
): MeetingInfo {
  const kind = meetingKind(roles, places);
  const venue = kind === 'in-person' ? meetingVenue(roles, places, lines, dir) : 'virtual';
  const foretold = announcedByWords(roles, places, kind);
  const date = meetingDate(roles, foretold ? published : null);
  const start = date?.value ?? null;
  const end = date?.valueEnd ?? null;
  const announced = isFullDay(start) && published && start !== published ? (start as string) > published : foretold;
  const entry = safeMatch(catalogue, { start, end, venue, kind });
  return {
    start: typeof start === 'string' ? start : null,
    end: typeof end === 'string' ? end : null,
    venue,
    kind,
    participants: participants(roles, dir, isFullDay(start) ? (start as string) : published),
    announced,
    catalogueId: entry?.id ?? null,
    knownStart: entry && !isFullDay(start) ? entry.start : null,
    title: entry?.title ?? null,
  };
}

function safeMatch(catalogue: CatalogueMatcher, q: CatalogueQuery): CatalogueEntry | null {
  try {
    return catalogue(q);
  } catch {
    return null;
  }
}

function isFullDay(v: unknown): boolean {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
}

/**
 * The leaders of the event sentences, else of any sentence; a side the text names only by a word
 * the gazetteer cannot place (`مع شي` without his full name) is its head of state on the day.
 */
function participants(roles: readonly SentenceRoles[], dir: Directory, day: string | null): string[] {
  const ru = new Set<string>();
  const cn = new Set<string>();
  const collect = (keep: (r: SentenceRoles) => boolean) => {
    for (const r of roles) {
      if (!keep(r)) continue;
      for (const id of r.ru) ru.add(id);
      for (const id of r.cn) cn.add(id);
    }
  };
  collect((r) => r.event);
  if (ru.size === 0 || cn.size === 0) collect((r) => rank(r) >= 1);
  if (ru.size === 0 || cn.size === 0) collect(() => true);
  const head = (side: Side) => dir.headOf(side, day);
  if (ru.size === 0) for (const id of [head('ru')]) if (id) ru.add(id);
  if (cn.size === 0) for (const id of [head('cn')]) if (id) cn.add(id);
  return [...ru, ...cn].sort();
}

function meetingKind(roles: readonly SentenceRoles[], places: readonly Place[]): MeetingKind {
  let phone = 0;
  let video = 0;
  let inPerson = 0;
  roles.forEach((r, i) => {
    const rk = rank(r);
    if (rk < 2) return;
    const w = PLACE_WEIGHT[places[i] as Place] * (rk === 3 ? 1 : 0.5);
    if (r.kinds.has('video')) video += 2 * w;
    if (r.kinds.has('phone')) phone += 2 * w;
    // `اتصال` alone is a call only in an event sentence (else a contact: `الاتصال الاستراتيجي`).
    else if (rk === 3 && r.kinds.has('call') && !r.kinds.has('video')) phone += w;
    if (r.kinds.has('in-person') || r.kinds.has('sideline')) inPerson += w;
    // Talks with no form named happen in person.
    else if (r.kinds.has('meet') && !r.kinds.has('video') && !r.kinds.has('phone')) inPerson += w / 2;
  });
  if (video > inPerson && video >= phone) return 'video-call';
  if (phone > inPerson && phone > video) return 'phone-call';
  return 'in-person';
}

function meetingVenue(
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  lines: readonly Span[],
  dir: Directory,
): string | null {
  const scores = new Map<string, number>();
  const add = (venueId: string | null, points: number) => {
    if (!venueId) return;
    const city = dir.cityOf(venueId) ?? venueId;
    scores.set(city, (scores.get(city) ?? 0) + points);
  };
  roles.forEach((r, i) => {
    const rk = rank(r);
    const text = r.sentence.text;
    const storyLine = r.sentence.storyLine;
    const line = storyLine !== null && storyLine <= 4 ? lines[storyLine] : undefined;
    const venues = r.sentence.mentions.filter((m) => m.type === 'venue' && m.id);
    venues.forEach((v, k) => {
      const atLineStart = line !== undefined && isDateline(text, v, line);
      if (rk < 2 && !atLineStart) return;
      let points = rk >= 2 ? (rk === 3 ? 3 : 1.5) * (PLACE_WEIGHT[places[i] as Place] / 2) : 0;
      if (isLocative(text, v)) points += 2;
      if (atLineStart) points += 2;
      if (pairedWithCapital(text, venues[k - 1], v) || pairedWithCapital(text, v, venues[k + 1])) points -= 3;
      add(v.id, points);
    });
  });
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, s] of scores) {
    if (s > bestScore) {
      best = id;
      bestScore = s;
    }
  }
  return best;
}

const LOCATIVE_PREPOSITIONS = new Set(['في', 'الي', 'من', 'داخل', 'عند']);
const PLACE_NOUNS = new Set(['مدينه', 'منتجع', 'قصر', 'مقر', 'العاصمه', 'عاصمه']);
const ATTACHED_BI = /^[وف]?با?ل?$/;

/**
 * `في سمرقند`, `إلى موسكو`, `بالكرملين`, `في مدينة سمرقند`, `في العاصمة الروسية موسكو`: the venue
 * is where something happens. Read backwards word by word (no RegExp over the text: this runs for
 * every venue of every meeting sentence).
 */
function isLocative(text: string, v: Candidate): boolean {
  let k = v.nStart;
  while (k > 0 && isLetterAt(text, k - 1) && v.nStart - k < 4) k--;
  if (k < v.nStart && ATTACHED_BI.test(text.slice(k, v.nStart))) return true;
  const words: string[] = [];
  let end = k;
  while (words.length < 4) {
    let e = end;
    while (e > 0 && !isLetterAt(text, e - 1)) {
      const c = text.charCodeAt(e - 1);
      // Only spaces and quotes may stand between the words of the phrase.
      if (c !== 0x20 && c !== 0x22 && c !== 0xab && c !== 0xbb) return false;
      e--;
    }
    let b = e;
    while (b > 0 && isLetterAt(text, b - 1)) b--;
    if (b === e) break;
    words.push(text.slice(b, e));
    end = b;
  }
  if (LOCATIVE_PREPOSITIONS.has(words[0] ?? '')) return true;
  for (let p = 0; p < 3; p++) {
    if (PLACE_NOUNS.has(words[p] ?? '')) return LOCATIVE_PREPOSITIONS.has(words[p + 1] ?? '');
  }
  return false;
}

/** `موسكو وبكين`: two cities joined by و stand for their governments, not for a place. */
function isLetterAt(text: string, i: number): boolean {
  return isLetter(text.charCodeAt(i));
}

function pairedWithCapital(text: string, a: Candidate | undefined, b: Candidate | undefined): boolean {
  if (!a || !b || a.id === b.id) return false;
  return /^\s*و$/.test(text.slice(a.nEnd, b.nStart));
}

/** A venue opening one of the first lines: `موسكو - سانا`, `بكين-سانا`, `سوتشي في 6 فبراير / وام /`. */
function isDateline(text: string, v: Candidate, [lineStart]: Span): boolean {
  if (!/^[\s"«(]*$/.test(text.slice(lineStart, v.nStart))) return false;
  return /^\s*([-/:,،(]|في\s|$)/.test(text.slice(v.nEnd, v.nEnd + 4));
}

interface DateChoice {
  value: string | null;
  valueEnd: string | null;
}

function grainRank(d: Candidate): number {
  const v = d.value;
  if (d.grain === 'day' || (typeof v === 'string' && /^(\d{4}|-)-\d{2}-\d{2}$/.test(v))) return 2;
  if (d.grain === 'month' || (typeof v === 'string' && /^(\d{4}|-)-\d{2}$/.test(v))) return 1;
  return 0;
}

/**
 * A sentence's first date belongs to its main clause (`منح شي، الجمعة، بوتين …`); a later date
 * further than this (in characters) from every meeting word belongs to another clause.
 */
const DATE_REACH = 48;

/** Characters between a date and a meeting word it stands right beside. */
const BESIDE = 12;

function nearestCue(r: SentenceRoles, c: Candidate): number {
  let best = Number.POSITIVE_INFINITY;
  for (const cue of r.sentence.cues) {
    if (MEETING_CUES.has(cue.kind)) best = Math.min(best, gapBetween(cue, c));
  }
  return best;
}

function gapBetween(cue: { start: number; end: number }, c: { nStart: number; nEnd: number }): number {
  return cue.start >= c.nEnd ? cue.start - c.nEnd : c.nStart >= cue.end ? c.nStart - cue.end : 0;
}

/**
 * `منذ 2019`, `بحلول 2030`, `حتى مارس`, `منذ إعادة انتخابه … في 10 آذار`: the date bounds a
 * period, it dates no meeting. `منذ` reaches over a few words of its clause.
 */
function startsPeriod(text: string, c: Candidate): boolean {
  if (/(^|[^\p{L}])(بحلول|حتي|لغايه|قبل)\s*$/u.test(text.slice(Math.max(0, c.nStart - 12), c.nStart))) return true;
  const clause =
    text
      .slice(Math.max(0, c.nStart - 90), c.nStart)
      .split(/[،,.:;؛"]/u)
      .pop() ?? '';
  const since = /(^|[^\p{L}])منذ\s(.*)$/u.exec(clause);
  return since !== null && (since[2] as string).trim().split(/\s+/).length <= 10;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/**
 * Characters between a date and the sentence's first meeting word: the main clause of a news
 * sentence carries the event and its date (`استقبل بوتين أمس …`); later dates belong to clauses
 * about other things (`منذ توليه الرئاسة في 14 مارس`).
 */
function distanceToCue(r: SentenceRoles, c: Candidate): number {
  const cue = r.sentence.cues.find((k) => MEETING_CUES.has(k.kind));
  return cue ? gapBetween(cue, c) : Number.POSITIVE_INFINITY;
}

/**
 * The meeting's date. `notBefore`: the publication day of a story that announces the meeting; a
 * full date on or before it is the announcement or an earlier event (or a weekday read
 * backwards), tried last.
 */
function meetingDate(roles: readonly SentenceRoles[], notBefore: string | null): DateChoice | null {
  let best: { c: Candidate; key: number[]; sentence: Sentence } | null = null;
  for (const r of roles) {
    const rk = rank(r);
    if (rk === 0) continue;
    let first = true;
    for (const c of r.sentence.mentions) {
      if (c.type !== 'date') continue;
      const mainClause = first;
      first = false;
      const grain = grainRank(c);
      if (grain === 0 || startsPeriod(r.sentence.text, c)) continue;
      if (!mainClause && rk >= 2 && nearestCue(r, c) > DATE_REACH) continue;
      // Resolved before unresolved, then finer grain, then the stronger sentence; within one
      // sentence, the date nearest its first meeting word.
      // In an announcement, the publication day itself is usually the announcing (`أعلن … اليوم`).
      const past = notBefore !== null && isFullDay(c.value) && (c.value as string) <= notBefore;
      // Such a date dates the meeting only right beside its word (`اتصالا هاتفيا اليوم`).
      if (past && nearestCue(r, c) > BESIDE) continue;
      const key = [past ? 0 : 1, c.value === null ? 0 : 1, grain, rk];
      const cmp = best ? compareKeys(key, best.key) : 1;
      const nearer =
        best !== null && cmp === 0 && r.sentence === best.sentence && distanceToCue(r, c) < distanceToCue(r, best.c);
      if (cmp > 0 || nearer) best = { c, key, sentence: r.sentence };
    }
  }
  if (!best) return null;
  const value = typeof best.c.value === 'string' ? best.c.value : null;
  const valueEnd = typeof best.c.valueEnd === 'string' ? best.c.valueEnd : null;
  return { value, valueEnd };
}

/** The words of each form of meeting; talks and summits (`محادثات`, `قمة`) are of any form. */
const FORM_CUES: Record<MeetingKind, ReadonlySet<CueKind>> = {
  'in-person': new Set(['in-person', 'sideline']),
  'phone-call': new Set(['phone', 'call']),
  'video-call': new Set(['video']),
};
const ANY_FORM: ReadonlySet<CueKind> = new Set(['meet', 'summit', 'pair', 'dual']);

/** An announcement word this close (in characters) to a meeting word speaks of that meeting. */
const ANNOUNCE_REACH = 30;

/**
 * An event sentence of the headline or lead puts a future word beside a word for a meeting of the
 * story's form (`سيزور`, `القمة المرتقبة`, `من المقرر أن يلتقي`): the story announces the meeting. A full meeting date on or before
 * publication settles it the other way (see `describeMeeting`).
 */
function announcedByWords(roles: readonly SentenceRoles[], places: readonly Place[], kind: MeetingKind): boolean {
  const ownForm = FORM_CUES[kind];
  const otherForms = (Object.keys(FORM_CUES) as MeetingKind[]).filter((k) => k !== kind).map((k) => FORM_CUES[k]);
  const isOther = (k: CueKind) => otherForms.some((f) => f.has(k));
  return roles.some((r, i) => {
    if (places[i] === 'later' || !r.event) return false;
    const cues = r.sentence.cues;
    const mixed = cues.some((c) => isOther(c.kind));
    return cues.some((a) => {
      if (a.kind !== 'announce') return false;
      // The future word speaks of the meeting word nearest to it (`زيارة مرتقبة`: the visit): it
      // announces this meeting if that word is of this form, or of no form in a sentence that
      // names no other form (`الاتصال … قبل زيارة مرتقبة` announces the visit, not the call).
      let nearest: CueKind | null = null;
      let gap = ANNOUNCE_REACH + 1;
      for (const m of cues) {
        if (m === a || !(ownForm.has(m.kind) || ANY_FORM.has(m.kind) || isOther(m.kind))) continue;
        const g = m.start === a.start ? 0 : gapBetween(m, { nStart: a.start, nEnd: a.end });
        if (g < gap || (g === gap && isOther(m.kind))) {
          gap = g;
          nearest = m.kind;
        }
      }
      return nearest !== null && (ownForm.has(nearest) || (ANY_FORM.has(nearest) && !mixed));
    });
  });
}
