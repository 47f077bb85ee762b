// When the leaders met. Each date is tied to the event of its clause (see event-clauses), and the
// meeting's date is the best date of the story's own meeting:
// - a date in a clause about an earlier meeting (`بعد لقائهما في أيار`) is that meeting's, when
//   the story has talks of its own; so is a date beside another city than the meeting's
//   (`… في أستانا في تموز` in a story about talks in Beijing, `اليوم إلى هاربين` the day after);
// - the dateline's date (`هاربين 17 مايو 2024 (شينخوا) --`) is the day the story was filed: it
//   dates the meeting only when the text dates it nowhere else (`وجرت المحادثات الثلاثاء`);
// - in a story that reports its meeting rather than announcing it, a day after publication
//   (`ويحضر غدا العرض`) is the next thing on the programme: it dates the meeting only when no
//   day up to publication does;
// - then a resolved date before an unresolved one, a day (or range) before a month; a day that
//   a known Putin–Xi meeting at this venue covers before one that no meeting does (the bundled
//   catalogue as a consistency check, never as the source); a range before a single day; a date
//   whose nearest meeting word is talks (`قمة مع بوتين يوم الثلاثاء`) before one of a visit or an
//   arrival (`يحل غدا الإثنين بموسكو`); the clause of both leaders before one leader's; earlier
//   before later;
// - a day the two only attended (`وقّعت روسيا والصين أمس … بحضور الرئيسين`) or one leader's part of
//   the visit, a day or two after talks the story tells in a pluperfect (`وكان الرئيسان قد عقدا
//   الثلاثاء الماضي محادثات`), gives way to the talks' day;
// - bare years never date a meeting, nor a date bounding a period (`منذ 2019`, `بحلول 2030`);
// - live coverage (`تغطية مباشرة`, time-stamped entries) with no day of its own (none, or only a
//   month) follows a meeting on the day of the page;
// - in a story of a call, a clause whose meeting words are all of a meeting in person (`خلال
//   زيارة الزعيم الصيني المرتقبة إلى موسكو في مايو`, `بعد لقائهما على هامش قمة … في سبتمبر`)
//   tells another meeting than the call: its dates are that meeting's.

import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { isSpace } from '../text/tokens';
import { datesTheSaying, toldDone } from './announcement-day';
import type { Span } from './body';
import type { Directory } from './directory';
import type { Candidate } from './document';
import { DATELINE_LINES, type EventClause } from './event-clauses';
import { isInvitedEventDate } from './invited-event';
import { datesLaterRound, isLaterStep, sequelBetween } from './later-step';
import type { CatalogueEntry, CatalogueQuery } from './meeting';
import {
  hasOwnMeeting,
  isDatelineVenue,
  isOrigin,
  isOtherEvent,
  pairedWithCapital,
  VenueReadings,
} from './meeting-venue';
import type { SentenceRoles } from './sentence-roles';
import { type Cue, type CueKind, MEETING_OR_PAIR_KINDS } from './story-analysis';
import type { MeetingKind } from './types';
import { firstDayOfVisit, lastDayOfVisit, toldLength } from './visit-span';

export interface DateChoice {
  value: string | null;
  valueEnd: string | null;
}

export interface DateContext {
  clauses: readonly EventClause[];
  roles: readonly SentenceRoles[];
  lines: readonly Span[];
  dir: Directory;
  venue: string | null;
  kind: MeetingKind;
  /**
   * The publication day of a story that announces the meeting; a full date on or before it is
   * the announcement or an earlier event (or a weekday read backwards), tried last.
   */
  notBefore: string | null;
  published: string | null;
  catalogue: (q: CatalogueQuery) => CatalogueEntry | null;
  /** The story's venue readings, shared with the venue's choice (see VenueReadings). */
  readings?: VenueReadings;
}

/**
 * A clause's first date belongs to its main verb (`منح شي، الجمعة، بوتين …`); a later date
 * further than this (in characters) from every meeting word belongs to another clause.
 */
const DATE_REACH = 48;
/** `أمس`, normalised. */
const YESTERDAY = 'امس';
/** Characters between a date and a meeting word it stands right beside. */
const BESIDE = 12;
/** Characters between a date and the city it goes with (`في أستانا في تموز`). */
const VENUE_REACH = 30;

interface Choice {
  c: Candidate;
  /**
   * Compared first: not past in an announcement, resolved, not the saying's, not recalled, not the
   * dateline's, not ahead, not a gathering's span of days, grain.
   */
  key: number[];
  /** Whether a known meeting covers the day: asked of the catalogue only to break a tie. */
  known: boolean | null;
  /**
   * Compared last: a range, talks nearest the date, the clause's strength, talks in the clause (a
   * visit during which talks were held before a signing only attended, `بحضور الرئيسين`).
   */
  rest: number[];
  sentence: number;
  dateline: boolean;
  /**
   * A day of the visit's first meeting that is no talks: the host's reception of his guest (see
   * `datesReception`), or an arrival whose clause tells undated talks after it (`opensUndatedTalks`).
   */
  opensTalks: boolean;
}

export function meetingDate(ctx: DateContext): DateChoice | null {
  const { clauses, roles, lines, notBefore } = ctx;
  const own = hasOwnMeeting(clauses, ctx.published);
  const located = new Map<EventClause, Candidate[]>();
  let best: Choice | null = null;
  /** Plain full days of the meeting's own clauses: a later one may end a visit of several days. */
  const days: Choice[] = [];
  /** A plain day whose nearest meeting word is talks (see arrivalBeforeTalks). */
  let talksDated = false;
  /** A date of a clause told of the meeting that has no value (`الأسبوع الماضي`). */
  let undatedDay = false;
  /** Where a saying told something done the day before its own day. */
  let toldYesterday: { sentence: number; at: number } | null = null;
  for (const cl of clauses) {
    if (cl.rank === 0 || isOtherEvent(cl, own)) continue;
    if (ctx.kind !== 'in-person' && inPersonOnly(cl)) continue;
    const r = roles[cl.sentence] as SentenceRoles;
    const text = r.sentence.text;
    const storyLine = r.sentence.storyLine;
    const line = storyLine !== null && storyLine < DATELINE_LINES ? lines[storyLine] : undefined;
    let first = true;
    /** The dateline's day, once the clause has one (null: not a full day). */
    let filed: string | null | undefined;
    for (const c of cl.mentions) {
      // A date with no value (a week, `الأسبوع الماضي`; a day with no reference) dates nothing,
      // but says the meeting was not on the page's day (see the end).
      if (c.type !== 'date') continue;
      if (c.value === null) {
        undatedDay = true;
        continue;
      }
      const grain = grainRank(c);
      const dateline = grain !== 0 && line !== undefined && isDatelineDate(text, c, line, cl.mentions);
      // The dateline stands before the sentence (`موسكو 21 مارس 2023 (شينخوا) -- أجرى شي …`): the
      // first date after it is still the main verb's, however long the titles and objects between
      // (`أجرى الرئيس الصيني شي جين بينغ، وهو أيضا الأمين العام …، محادثات مع … هنا اليوم (الثلاثاء)`),
      // when it is the day filed or the day before (`أمس`). One further off was read against
      // another day than the dateline's (a page dated later than its wire): the reach test decides.
      const mainClause = first && !dateline && (filed === undefined || filedDay(c.value, filed));
      if (dateline) filed = isFullDay(c.value) ? (c.value as string) : null;
      else first = false;
      if (grain === 0) continue;
      // The tests that leave a date out are read cheapest first (none has effects, so the order
      // leaves the same dates): a date far from every meeting word needs no reading of its text.
      if (!dateline && !mainClause && cl.rank >= 2 && nearestCue(r, c) > DATE_REACH) continue;
      if (startsPeriod(text, c)) continue;
      if (!dateline) {
        // `ثم يتوجه إلى هاربين يوم الجمعة`, `على أن يلتقي رئيسا الوزراء … الشهر المقبل`.
        if (isLaterStep(text, c, r.sentence) || datesLaterRound(text, c, r.sentence)) continue;
        // `ودعا بوتين شي إلى حضور احتفالات النصر في موسكو في 9 مايو`: the invited event's day.
        if (isInvitedEventDate(text, c, r.sentence)) continue;
        if (besideAnotherCity(cl, c, text, line, ctx, located)) continue;
      }
      // `قال … الإثنين إن الزعيمين تبادلا أمس …`: that `أمس` counts from the saying (done below).
      if (toldYesterday && toldYesterday.sentence === cl.sentence && c.nStart > toldYesterday.at) {
        if (text.startsWith(YESTERDAY, c.nStart)) continue;
      }
      // `أعلن الكرملين أمس الاثنين أن الزعيمين أجريا محادثة`: what is said is done, and the
      // saying's day is its day (the day before, with `أمس` in what is said).
      const said = datesTheSaying(text, c, r.sentence);
      const told = said ? toldDone(text, c, r.sentence) : null;
      // In an announcement, the publication day itself is usually the announcing (`أعلن … اليوم`).
      const past = told === null && notBefore !== null && isFullDay(c.value) && (c.value as string) <= notBefore;
      // Such a date dates the meeting only right beside its word (`اتصالا هاتفيا اليوم`).
      if (past && nearestCue(r, c) > BESIDE) continue;
      // A story that reports its meeting (no words foretell it) dates it by today or before: a
      // day after publication is what comes next (`ويحضر غدا العرض العسكري`).
      const ahead = notBefore === null && ctx.published !== null && isAhead(c.value, ctx.published);
      // `أعلن الكرملين اليوم الثلاثاء أن بوتين يصل إلى بكين الخميس`: the Tuesday is the saying's;
      // `وقال شي خلال المحادثات الثلاثاء إن …`: a date right after a meeting word is the talks'.
      const saying = said && told === null && !cueRightBefore(r, c);
      let dated = c;
      if (told === 'before' && isFullDay(c.value)) {
        dated = { ...c, value: dayBefore(c.value as string) };
        toldYesterday = { sentence: cl.sentence, at: c.nEnd };
      }
      // `مشيرا إلى أنه قبل 10 سنوات، وتحديدا في مارس 2013، اختار روسيا`: in a report, one leader's
      // visit dated months or years before the page is recalled; even the dateline's day says more.
      const recalled =
        notBefore === null && ctx.published !== null && cl.rank < 3 && longBefore(dated.value, ctx.published);
      const choice: Choice = {
        c: dated,
        key: [
          past ? 0 : 1,
          c.value === null ? 0 : 1,
          saying ? 0 : 1,
          recalled ? 0 : 1,
          dateline ? 0 : 1,
          ahead ? 0 : 1,
          gatheringSpan(r, c) ? 0 : 1,
          grain,
        ],
        known: grain === 2 ? null : false,
        rest: [typeof c.valueEnd === 'string' ? 1 : 0, datesTalks(r, cl, c) ? 1 : 0, cl.rank, cl.talks ? 1 : 0],
        sentence: cl.sentence,
        dateline,
        opensTalks: false,
      };
      // Every key above 0 (the grain is, past the test above): a plain day of the meeting's own.
      const plain = !past && c.value !== null && !saying && !recalled && !dateline && !ahead;
      if (plain && grain === 2 && choice.rest[1] === 1) talksDated = true;
      if (plain && grain === 2 && cl.rank === 3 && isFullDay(dated.value)) {
        choice.opensTalks =
          choice.rest[1] === 0 && c.valueEnd === null && (datesReception(r, cl, c) || opensUndatedTalks(r, cl, c));
        days.push(choice);
      }
      const cmp = best ? compareChoices(choice, best, ctx) : 1;
      const nearer =
        best !== null &&
        cmp === 0 &&
        cl.sentence === best.sentence &&
        distanceToCue(r, c) < distanceToCue(roles[best.sentence] as SentenceRoles, best.c);
      if (cmp > 0 || nearer) best = choice;
    }
  }
  // A live page follows its meeting as it happens: a month (`مطلع الشهر الجاري`, told of an
  // anniversary) says less than the page's own day.
  const vague = best !== null && !isFullDay(best.c.value);
  // The same with only an arrival dated a day or two before the page (`وصل مساء أمس الأربعاء إلى
  // موسكو في زيارة دولة`) while the talks' entry has no day (`انطلاق المحادثات … في الكرملين`):
  // the page follows the talks on its own day; the visit's first day is the catalogue's to give.
  const arrival =
    best !== null && !talksDated && ctx.published !== null && arrivalBeforeTalks(best, ctx.published, clauses, own);
  // `وقّعت روسيا والصين أمس … بحضور الرئيسين` over `وكان بوتين قد عقد أول من أمس محادثات مع شي`:
  // a day the two only attended (no talks in its clause), or one leader's part of the visit
  // (`وشارك بوتين أمس في قمة …`), follows the talks told in a pluperfect a day or two before it;
  // the meeting is the talks.
  if (best && (best.rest[3] === 0 || (best.rest[2] as number) < 3) && !best.dateline && isFullDay(best.c.value)) {
    const talks = pluperfectTalksBefore(best.c.value as string, ctx, located);
    if (talks) return { value: talks, valueEnd: null };
  }
  if ((!best || best.dateline || vague || arrival) && ctx.published && isLiveCoverage(roles, lines)) {
    return { value: ctx.published, valueEnd: null };
  }
  // A report (no words foretell its meeting) whose best date is a month ahead of the page (`سيحضر
  // افتتاح الأولمبياد في فبراير`) tells what comes next, not when the meeting was: the page's day.
  if (best && vague && notBefore === null && ctx.published !== null && isAhead(best.c.value, ctx.published)) {
    return { value: ctx.published, valueEnd: null };
  }
  // `أجرى بوتين محادثات مع شي، غداة وصوله إلى بكين الخميس`: the talks are the Friday.
  if (!best || best.dateline) {
    const next = dayAfterEvent(clauses, own);
    if (next) return { value: next, valueEnd: null };
  }
  // `سيعقد لقاء مع نظيره على هامش قمة بريكس التي تستضيفها برازيليا يومي 13 و14 نوفمبر`: a meeting on
  // the sidelines with no day of its own is held within the gathering's days (the catalogue may
  // know the day); a month from another sentence (what they will discuss) says less.
  if ((!best || vague) && ctx.kind === 'in-person') {
    const days = sidelineGatheringDays(clauses, roles);
    if (days) return days;
  }
  if (!best) {
    const pluperfect = own && ctx.kind === 'in-person' ? toldInPluperfect(ctx, located) : null;
    if (pluperfect) return pluperfect;
    // A report of its own meeting that gives it no day (`بوتين وشي يجريان محادثات عبر الفيديو`) tells
    // it on the page's day; a foretold one is left to the catalogue, and one told of a week
    // (`القمة التي جمعت … الأسبوع الماضي`) was not that day.
    return own && notBefore === null && !undatedDay && ctx.published ? { value: ctx.published, valueEnd: null } : null;
  }
  const value = typeof best.c.value === 'string' ? best.c.value : null;
  const valueEnd = typeof best.c.valueEnd === 'string' ? best.c.valueEnd : null;
  if (valueEnd === null && ctx.kind === 'in-person' && isFullDay(value)) {
    const range = visitRange(value as string, ctx);
    if (range) return range;
    const span = visitSpan(value as string, days, ctx);
    if (span) return span;
  }
  return { value, valueEnd };
}

/**
 * A report that dates its own meeting nowhere (an analysis a week on: `القمة التي جمعت … في بكين
 * الأسبوع الماضي`) and tells it in a pluperfect (`وكان بوتين قد حل بالصين يوم 31 غشت …، قبل أن
 * ينتقل إلى بكين، حيث أجرى يوم الثلاثاء 2 شتنبر محادثات رسمية مع شي`): the pluperfect's talks of
 * the two in the meeting's own city, on a day within the page's news reach, are that meeting.
 * Talks in another city, a day long before the page, or a date beside another city (the arrival in
 * Tianjin) date another event; of the pluperfect's days, the one told beside its talks is theirs
 * (not the arrival `حل بالصين يوم 31 غشت`).
 */
function toldInPluperfect(ctx: DateContext, located: Map<EventClause, Candidate[]>): DateChoice | null {
  const { published, venue } = ctx;
  if (ctx.notBefore !== null || !published || !venue) return null;
  const own = cityOf(ctx.dir, venue);
  const readings = ctx.readings ?? new VenueReadings();
  for (const cl of ctx.clauses) {
    if (!pluperfectTalks(cl)) continue;
    const r = ctx.roles[cl.sentence] as SentenceRoles;
    const text = r.sentence.text;
    let ownCity = false;
    for (const v of cl.mentions) {
      if (v.type !== 'venue' || !v.id || !readings.isLocative(text, v)) continue;
      if (cityOf(ctx.dir, v.id) === own) ownCity = true;
    }
    if (!ownCity) continue;
    let day: string | null = null;
    let gap = TALKS_REACH + 1;
    for (const c of cl.mentions) {
      if (!isSingleDay(c)) continue;
      const v = c.value as string;
      if (v > published || longBefore(v, published) || startsPeriod(text, c)) continue;
      const g = talksGap(r, cl, c);
      if (g >= gap || besideAnotherCity(cl, c, text, undefined, ctx, located)) continue;
      day = v;
      gap = g;
    }
    if (day) return { value: day, valueEnd: null };
  }
  return null;
}

/**
 * A clause that tells, in a pluperfect, talks of the two (`وكان الرئيسان قد أجريا … محادثات`): an
 * earlier event of the story, not one to come again, guessed or a gathering's.
 */
function pluperfectTalks(cl: EventClause): boolean {
  return cl.earlier && !cl.again && !cl.guessed && !cl.gathering && cl.rank === 3 && cl.talks;
}

/** A date mention of one full day (no range). */
function isSingleDay(c: Candidate): boolean {
  return c.type === 'date' && isFullDay(c.value) && c.valueEnd == null;
}

/** Days before an attended day within which talks told in a pluperfect are the same visit's. */
const TALKS_BEFORE_DAYS = 2;

/**
 * The day of talks of the two told in a pluperfect (`وكان بوتين قد عقد أول من أمس محادثات مع شي`)
 * one or two days before `day`, in no other city than the meeting's; null when there is none.
 */
function pluperfectTalksBefore(day: string, ctx: DateContext, located: Map<EventClause, Candidate[]>): string | null {
  const to = utcMidnight(day);
  for (const cl of ctx.clauses) {
    if (!pluperfectTalks(cl)) continue;
    const text = (ctx.roles[cl.sentence] as SentenceRoles).sentence.text;
    for (const c of cl.mentions) {
      if (!isSingleDay(c)) continue;
      const gap = (to - utcMidnight(c.value as string)) / 86_400_000;
      if (gap < 1 || gap > TALKS_BEFORE_DAYS || startsPeriod(text, c)) continue;
      if (besideAnotherCity(cl, c, text, undefined, ctx, located)) continue;
      return c.value as string;
    }
  }
  return null;
}

/** Characters between a pluperfect's talks and their date (`أجرى يوم الثلاثاء 2 شتنبر محادثات`). */
const TALKS_REACH = 30;

/** Characters between a date and the nearest word of talks of its clause. */
function talksGap(r: SentenceRoles, cl: EventClause, c: Candidate): number {
  let best = Number.POSITIVE_INFINITY;
  for (const cue of r.sentence.cues) {
    if (cue.start < cl.start || cue.start >= cl.end || !TALKS_CUES.has(cue.kind)) continue;
    best = Math.min(best, gapBetween(cue, c));
  }
  return best;
}

/** The meeting words of a call (or a video call). */
const CALL_FORMS: readonly CueKind[] = ['phone', 'call', 'video'];

/**
 * The clause's meeting words name a meeting in person (a visit, an arrival, a sideline encounter)
 * and no call: in a story of a call, that is another meeting (one to come, or one recalled).
 */
function inPersonOnly(cl: EventClause): boolean {
  if (!cl.kinds.has('in-person') && !cl.kinds.has('sideline')) return false;
  for (const k of CALL_FORMS) if (cl.kinds.has(k)) return false;
  return true;
}

/** Days before the page's day within which an arrival is the same visit's. */
const ARRIVAL_DAYS = 3;

/**
 * The chosen day is a visit's or an arrival's (its nearest meeting word is no talks), a few days
 * before `published`, and the story has talks of its own (no day of theirs is told: the caller
 * asks that).
 */
function arrivalBeforeTalks(best: Choice, published: string, clauses: readonly EventClause[], own: boolean): boolean {
  if (best.rest[1] === 1 || !isFullDay(best.c.value)) return false;
  const gap = (Date.parse(published) - Date.parse(best.c.value as string)) / 86_400_000;
  if (!(gap >= 1 && gap <= ARRIVAL_DAYS)) return false;
  return clauses.some((cl) => cl.rank === 3 && cl.talks && !isOtherEvent(cl, own));
}

/**
 * The day after the event of a `غداة` clause, when the clause right before it (same sentence) is
 * the story's meeting and the `غداة` clause gives its event a full day: `غداة وصوله إلى بكين
 * الخميس` → Friday; `غداة قمة … التي عقدت في 15 أيلول` → the 16th. The README counts `غداة`
 * itself as no date: the meeting's day is worked out, no mention is made.
 */
function dayAfterEvent(clauses: readonly EventClause[], own: boolean): string | null {
  for (let k = 1; k < clauses.length; k++) {
    const cl = clauses[k] as EventClause;
    const main = clauses[k - 1] as EventClause;
    if (!cl.dayAfter || main.sentence !== cl.sentence || main.rank < 2 || isOtherEvent(main, own)) continue;
    const d = cl.mentions.find((m) => m.type === 'date' && isFullDay(m.value));
    if (d) return nextDay(d.value as string);
  }
  return null;
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first and last days of an in-person meeting the story says lasted days (`محادثات … على مدى
 * يومين`), from the plain days its own clauses give within that span around the chosen day: the
 * signing `في ختام محادثات استمرت يومين` on the Tuesday and the talks on the Monday make the
 * Monday the start, and a later day of the span its end (see visit-span). Null when the story
 * tells no span or names one day only.
 */
function visitSpan(chosen: string, days: readonly Choice[], ctx: DateContext): DateChoice | null {
  // With no plain day but the chosen one, neither the first nor the last day can move (see
  // firstDayOfVisit, lastDayOfVisit): the clauses need not be read for a length (most stories).
  if (!days.some((d) => d.c.value !== chosen)) return null;
  let length = 0;
  for (const cl of ctx.clauses) {
    if (cl.rank !== 3 || cl.kinds.size === 0 || isOtherEvent(cl, true)) continue;
    const text = (ctx.roles[cl.sentence] as SentenceRoles).sentence.text;
    length = Math.max(length, toldLength(text, cl.start, cl.end));
  }
  if (length < 2) return null;
  const values = days.map((d) => d.c.value as string);
  // Only a day of talks starts the meeting earlier: an arrival the day before (`يحل غدا الإثنين
  // … سيعقد خلالها قمة … يوم الثلاثاء`) leaves the summit's day the start, unless its talks have
  // no day of their own (`وصل أمس … وعقد مع بوتين لقاء على العشاء`); so does the host's reception.
  const talkDays = days.filter((d) => d.rest[1] === 1 || d.opensTalks).map((d) => d.c.value as string);
  const start = firstDayOfVisit(chosen, length, talkDays) ?? chosen;
  const end = lastDayOfVisit(start, length, values);
  return end ? { value: start, valueEnd: end } : null;
}

/**
 * A range of days told after the name of a gathering in a sentence of a meeting on its sidelines
 * (`التقى … اليوم الثلاثاء على هامش قمة بريكس التي تستضيفها قازان من 22 إلى 24 أكتوبر`): the
 * gathering's days, which a day of the meeting's own says more precisely.
 */
function gatheringSpan(r: SentenceRoles, c: Candidate): boolean {
  return isFullDay(c.valueEnd) && afterSidelineGathering(r.sentence.cues, c.nStart);
}

/** The sentence tells a meeting on the sidelines (`على هامش`), and names a gathering before `at`. */
function afterSidelineGathering(cues: readonly Cue[], at: number): boolean {
  if (!cues.some((k) => k.kind === 'sideline')) return false;
  return cues.some((k) => (k.kind === 'gathering' || k.kind === 'summit') && k.end <= at);
}

/**
 * The days of a gathering named in the same sentence as a meeting on its sidelines (`على هامش قمة
 * … التي تستضيفها برازيليا يومي 13 و14 نوفمبر`): the first full day told after the gathering's name,
 * with its end when it is a range; null when there is none.
 */
function sidelineGatheringDays(clauses: readonly EventClause[], roles: readonly SentenceRoles[]): DateChoice | null {
  for (const cl of clauses) {
    if (cl.guessed || cl.earlier || (cl.rank < 2 && !cl.gathering)) continue;
    const r = roles[cl.sentence] as SentenceRoles;
    if (!r.event) continue;
    for (const c of cl.mentions) {
      if (c.type !== 'date' || !isFullDay(c.value) || !afterSidelineGathering(r.sentence.cues, c.nStart)) continue;
      return { value: c.value as string, valueEnd: isFullDay(c.valueEnd) ? (c.valueEnd as string) : null };
    }
  }
  return null;
}

/** Words of a gathering, a summit or its sidelines: a range beside them is the gathering's. */
const GATHERING_FORMS: ReadonlySet<CueKind> = new Set(['gathering', 'sideline', 'summit']);

/**
 * The range of days of the visit during which the meeting on `chosen` took place, when the story
 * gives it: `وكان شي قد وصل إلى موسكو أمس في زيارة تستمر ثلاثة أيام (20-22 آذار/مارس)`, `أجريا أمس
 * الثلاثاء جولة محادثات في شنغهاي، في مستهل زيارة الدولة التي يقوم بها بوتين إلى الصين يومي 20 و21
 * مايو`. The meeting of a visit starts on its first day and ends on its last (the corpus's
 * convention). Only a clause of a visit (no summit or sidelines: a gathering's days are not a
 * bilateral meeting's) of one or both of the two leaders and nobody else, whose range of full days
 * takes in the chosen day, and which places the visit in the meeting's own city and no other: a
 * visit `إلى روسيا من 5 إلى 7 يونيو` with talks in Moscow on its first day and the story's event in
 * St Petersburg on its second is a frame over several cities, and the day stays. Read even when
 * the clause is a pluperfect (`وكان … قد`): a range that takes in the meeting's day is its visit's.
 */
function visitRange(chosen: string, ctx: DateContext): DateChoice | null {
  if (!ctx.venue || ctx.venue === 'virtual') return null;
  const own = cityOf(ctx.dir, ctx.venue);
  const readings = ctx.readings ?? new VenueReadings();
  for (const cl of ctx.clauses) {
    if (cl.rank < 2 || cl.again || cl.guessed || cl.gathering || !cl.kinds.has('in-person')) continue;
    const r = ctx.roles[cl.sentence] as SentenceRoles;
    // Gathering words are left out of the clause's kinds: they are read from the sentence's cues.
    if (r.sentence.cues.some((k) => k.start >= cl.start && k.start < cl.end && GATHERING_FORMS.has(k.kind))) continue;
    let range: { value: string; valueEnd: string } | null = null;
    for (const m of cl.mentions) {
      if (m.type !== 'date' || !isFullDay(m.value) || !isFullDay(m.valueEnd)) continue;
      const from = m.value as string;
      const to = m.valueEnd as string;
      if (spans(from, to, chosen)) range = { value: from, valueEnd: to };
    }
    const text = r.sentence.text;
    range ??= toldRange(cl, text, chosen);
    if (!range) continue;
    let ownCity = false;
    let otherCity = false;
    for (const v of cl.mentions) {
      if (v.type !== 'venue' || !v.id || !readings.isLocative(text, v)) continue;
      if (cityOf(ctx.dir, v.id) === own) ownCity = true;
      else otherCity = true;
    }
    if (!ownCity || otherCity) continue;
    if (metOn(range.value, own, ctx, readings)) return range;
  }
  return null;
}

/** A range of days from `from` to `to` that takes in `chosen` and is more than that day. */
function spans(from: string, to: string, chosen: string): boolean {
  return from < to && from <= chosen && chosen <= to && (from < chosen || chosen < to);
}

/**
 * The range of a visit told by its length and two days that span it exactly: `ووصل الرئيس الصيني
 * إلى موسكو ظهر أمس في زيارة دولة تستمر ثلاثة أيام وتنتهي غدا الأربعاء` (the Monday to the
 * Wednesday). Two days of the clause that do not span the length told (an arrival and a parade
 * the day after in a visit of three days) give no range.
 */
function toldRange(cl: EventClause, text: string, chosen: string): { value: string; valueEnd: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const m of cl.mentions) {
    if (!isSingleDay(m)) continue;
    const v = m.value as string;
    if (first === null || v < first) first = v;
    if (last === null || v > last) last = v;
  }
  if (first === null || last === null || !spans(first, last, chosen)) return null;
  const length = toldLength(text, cl.start, cl.end);
  const gap = (utcMidnight(last) - utcMidnight(first)) / 86_400_000;
  return length >= 2 && gap === length - 1 ? { value: first, valueEnd: last } : null;
}

/**
 * The story tells the two met on `day` (`بعد لقاء غير رسمي جمع الرئيسين أمس الاثنين`, `وكان
 * الرئيسان قد أجريا أمس الثلاثاء جولة محادثات`), in a clause of talks placed in no other city than
 * `own`. A visit whose first day is only the arrival (`الذي يقوم بزيارة دولة إلى روسيا من 7 إلى
 * 10 مايو` with the talks on the Thursday) is no meeting of several days: its talks' day dates it.
 */
function metOn(day: string, own: string, ctx: DateContext, readings: VenueReadings): boolean {
  for (const cl of ctx.clauses) {
    if (cl.rank < 2 || !cl.talks || cl.again || cl.guessed || cl.gathering) continue;
    if (!cl.mentions.some((m) => m.type === 'date' && m.value === day && m.valueEnd == null)) continue;
    const text = (ctx.roles[cl.sentence] as SentenceRoles).sentence.text;
    const elsewhere = cl.mentions.some(
      (v) => v.type === 'venue' && v.id && readings.isLocative(text, v) && cityOf(ctx.dir, v.id) !== own,
    );
    if (!elsewhere) return true;
  }
  return false;
}

/** Days before the page beyond which a date is no news of the page's (as relevance counts recalls). */
const NEWS_REACH_DAYS = 60;

/**
 * A full day, or the last day of a month, more than `NEWS_REACH_DAYS` before `published`; a date
 * with no year (`--03-21`) or only a year is never.
 */
function longBefore(v: unknown, published: string): boolean {
  if (typeof v !== 'string') return false;
  let last: number;
  if (isFullDay(v)) last = utcMidnight(v);
  else if (/^\d{4}-\d{2}$/.test(v)) {
    const [y, m] = v.split('-').map(Number) as [number, number];
    last = Date.UTC(y, m, 0);
  } else return false;
  const page = utcMidnight(published);
  return Number.isFinite(page) && page - last > NEWS_REACH_DAYS * 86_400_000;
}

/** Midnight UTC of a day, by day (see daysBefore): `Date.parse(`${iso}T00:00:00Z`)`. */
const midnights = new Map<string, number>();

function utcMidnight(iso: string): number {
  let t = midnights.get(iso);
  if (t === undefined) {
    t = Date.parse(`${iso}T00:00:00Z`);
    if (midnights.size >= 10_000) midnights.clear();
    midnights.set(iso, t);
  }
  return t;
}

/** A full day that is the dateline's day `filed` or the day before it. */
function filedDay(v: unknown, filed: string | null): boolean {
  return filed !== null && isFullDay(v) && (v === filed || v === dayBefore(filed));
}

/** Days before, by day: a story asks the same few days (its dateline's, its page's) again and again. */
const daysBefore = new Map<string, string>();

function dayBefore(iso: string): string {
  let before = daysBefore.get(iso);
  if (before === undefined) {
    before = new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (daysBefore.size >= 10_000) daysBefore.clear();
    daysBefore.set(iso, before);
  }
  return before;
}

/** A meeting word ends right before the date (`خلال المحادثات الثلاثاء`): the date is its. */
function cueRightBefore(r: SentenceRoles, c: Candidate): boolean {
  return r.sentence.cues.some(
    (k) => MEETING_OR_PAIR_KINDS.has(k.kind) && k.end <= c.nStart && c.nStart - k.end <= BESIDE,
  );
}

/** A day after publication, or a month after publication's month (`الشهر المقبل`). */
function isAhead(v: unknown, published: string): boolean {
  if (isFullDay(v)) return (v as string) > published;
  return typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) && v > published.slice(0, 7);
}

/** `2024-05-16`: what `/^\d{4}-\d{2}-\d{2}$/` accepts, read by hand (asked several times per date). */
export function isFullDay(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== DASH || v.charCodeAt(7) !== DASH) return false;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(v.charCodeAt(i))) return false;
  return true;
}

const DASH = 0x2d;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function grainRank(d: Candidate): number {
  const v = d.value;
  if (d.grain === 'day' || (typeof v === 'string' && /^(\d{4}|-)-\d{2}-\d{2}$/.test(v))) return 2;
  if (d.grain === 'month' || (typeof v === 'string' && /^(\d{4}|-)-\d{2}$/.test(v))) return 1;
  return 0;
}

function compareChoices(a: Choice, b: Choice, ctx: DateContext): number {
  const cmp = compareKeys(a.key, b.key);
  if (cmp !== 0) return cmp;
  if (ctx.notBefore === null && ctx.published !== null) {
    if (dayInOnesSpan(a, b, ctx.published)) return 1;
    if (dayInOnesSpan(b, a, ctx.published)) return -1;
  }
  a.known ??= knownDay(a.c, ctx);
  b.known ??= knownDay(b.c, ctx);
  if (a.known !== b.known) return a.known ? 1 : -1;
  return compareKeys(a.rest, b.rest);
}

/**
 * In a report, `day` is a day of the two (a clause of rank 3) on the page's day or the day before,
 * inside a span that only one leader's visit gives (`وتستمر زيارة الدولة التي يقوم بها شي إلى
 * روسيا من 5 إلى 7 يونيو`): the story tells that day's meeting, the span is the visit's frame. A
 * span of the two (`محادثات … من 20 إلى 22 مارس`), a day long before the page, and announcements
 * (where the span is the visit foretold) keep the order of the other keys.
 */
function dayInOnesSpan(day: Choice, span: Choice, published: string): boolean {
  const from = span.c.value;
  const to = span.c.valueEnd;
  if (span.rest[2] === 3 || day.rest[2] !== 3 || typeof to !== 'string' || typeof day.c.valueEnd === 'string')
    return false;
  const d = day.c.value;
  if (!isFullDay(d) || !isFullDay(from) || !isFullDay(to)) return false;
  if (d !== published && d !== dayBefore(published)) return false;
  return (d as string) >= (from as string) && (d as string) <= to;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

export function gapBetween(cue: { start: number; end: number }, c: { nStart: number; nEnd: number }): number {
  return cue.start >= c.nEnd ? cue.start - c.nEnd : c.nStart >= cue.end ? c.nStart - cue.end : 0;
}

const TALKS_CUES: ReadonlySet<CueKind> = new Set(['meet', 'phone', 'call', 'video', 'summit', 'pair', 'told']);

/**
 * Whether the meeting word nearest a date in its clause is one of talks (`يعقد خلالها قمة مع بوتين
 * يوم الثلاثاء`) rather than of a visit or arrival (`يحل غدا الإثنين بموسكو في زيارة`).
 */
function datesTalks(r: SentenceRoles, cl: EventClause, c: Candidate): boolean {
  let best = Number.POSITIVE_INFINITY;
  let talks = false;
  for (const cue of r.sentence.cues) {
    if (cue.start < cl.start || cue.start >= cl.end || !MEETING_OR_PAIR_KINDS.has(cue.kind)) continue;
    const g = gapBetween(cue, c);
    if (g < best || (g === best && TALKS_CUES.has(cue.kind))) {
      best = g;
      talks = TALKS_CUES.has(cue.kind);
    }
  }
  return talks;
}

/** A host receiving his guest (`استقبل الرئيس الروسي ضيفه الصيني، مساء الاثنين`): the two meet. */
const RECEPTION_WORDS = withConjunctions([
  'استقبل',
  'يستقبل',
  'استقبال',
  'استقبله',
  'استقبلا',
  'مراسم الاستقبال',
  'مراسم استقبال',
]);

/**
 * Whether the clause's main verb is the host's reception of his guest and the day its date (a
 * clause's first date is its main verb's: `استقبل الرئيس الروسي ضيفه الصيني، مساء الاثنين، في
 * الكرملين، في مستهل زيارة دولة`): the first day of a visit is a day of the two's meeting when the
 * host received the guest on it, as when they held talks.
 */
function datesReception(r: SentenceRoles, cl: EventClause, c: Candidate): boolean {
  const verb = r.sentence.cues.find(
    (cue) => cue.start >= cl.start && cue.start < cl.end && MEETING_OR_PAIR_KINDS.has(cue.kind),
  );
  if (!verb || verb.end > c.nStart || !RECEPTION_WORDS.has(r.sentence.text.slice(verb.start, verb.end))) return false;
  return cl.mentions.find((m) => m.type === 'date') === c;
}

/**
 * Whether a day whose nearest meeting word is an arrival or a visit opens talks its clause tells
 * after it with no day of their own (`وكان شي قد وصل إلى موسكو أمس الاثنين في زيارة دولة تستمر 3
 * أيام … وعقد مع بوتين لقاء غير رسمي على العشاء`): the visit's first day is a day of its talks. A
 * later date the talks stand nearest (`يحل غدا الإثنين … سيعقد خلالها قمة مع بوتين يوم الثلاثاء`)
 * dates them instead; one nearer another word or after a sequel word (`قبل أن يتوجه إلى هامبورغ
 * لحضور قمة مجموعة العشرين يومي 7 و8 يوليو`) is another event's. (A visit's range of days, `زيارة
 * تستمر أربعة أيام من 31 أغسطس إلى 3 سبتمبر … ويجري محادثات`, says when the talks fall no better:
 * the caller takes single days only.)
 */
function opensUndatedTalks(r: SentenceRoles, cl: EventClause, c: Candidate): boolean {
  const talksAfter = r.sentence.cues.some(
    (cue) => cue.start >= c.nEnd && cue.start < cl.end && TALKS_CUES.has(cue.kind),
  );
  if (!talksAfter) return false;
  const text = r.sentence.text;
  return !cl.mentions.some(
    (d) => d.type === 'date' && d.nStart >= c.nEnd && datesTalks(r, cl, d) && !isLaterStep(text, d, r.sentence),
  );
}

function nearestCue(r: SentenceRoles, c: Candidate): number {
  let best = Number.POSITIVE_INFINITY;
  for (const cue of r.sentence.cues) {
    if (MEETING_OR_PAIR_KINDS.has(cue.kind)) best = Math.min(best, gapBetween(cue, c));
  }
  return best;
}

/**
 * Characters between a date and the sentence's first meeting word: the main clause of a news
 * sentence carries the event and its date (`استقبل بوتين أمس …`); later dates belong to clauses
 * about other things (`منذ توليه الرئاسة في 14 مارس`).
 */
function distanceToCue(r: SentenceRoles, c: Candidate): number {
  const cue = r.sentence.cues.find((k) => MEETING_OR_PAIR_KINDS.has(k.kind));
  return cue ? gapBetween(cue, c) : Number.POSITIVE_INFINITY;
}

/** The words of the RegExp below that bound a period from the other end (`بحلول`, `حتى`, `لغاية`, `قبل`). */
const BOUND_WORDS = ['بحلول', 'حتي', 'لغايه', 'قبل'];
/** `منذ` (since), normalised as written. */
const SINCE = 'منذ';

/** A quoted name of at most three words (`"بريكس"`, `"دياويوتاي"`), its quotes to drop. */
const QUOTED_NAME = /"([^\s"،,.:;؛]+(?:\s+[^\s"،,.:;؛]+){0,2})"/gu;

/**
 * `منذ 2019`, `بحلول 2030`, `حتى مارس`, `منذ إعادة انتخابه … في 10 آذار`: the date bounds a
 * period, it dates no meeting. `منذ` reaches over a few words of its clause.
 */
function startsPeriod(text: string, c: Candidate): boolean {
  const nearFrom = Math.max(0, c.nStart - 12);
  // The RegExp only where one of its words is there (most dates have none of them before): the
  // words are looked for in the text itself, nothing is cut out before one is found.
  if (
    hasBoundWord(text, nearFrom, c.nStart) &&
    /(^|[^\p{L}])(بحلول|حتي|لغايه|قبل)\s*$/u.test(text.slice(nearFrom, c.nStart))
  )
    return true;
  const from = Math.max(0, c.nStart - 90);
  // Most dates have no `منذ` before them: the clause is not cut out then.
  if (!occursIn(text, SINCE, from, c.nStart)) return false;
  const before = text.slice(from, c.nStart);
  // A short quoted name inside the clause (`منذ قمة "بريكس" في برازيليا في نوفمبر`) does not end it.
  const clause =
    before
      .replace(QUOTED_NAME, ' $1 ')
      .split(/[،,.:;؛"]/u)
      .pop() ?? '';
  const since = /(^|[^\p{L}])منذ\s(.*)$/u.exec(clause);
  return since !== null && (since[2] as string).trim().split(/\s+/).length <= 10;
}

function hasBoundWord(text: string, from: number, to: number): boolean {
  for (const w of BOUND_WORDS) if (occursIn(text, w, from, to)) return true;
  return false;
}

/** `word` stands whole inside `text` between `from` and `to` (`text.slice(from, to).includes(word)`, no slice). */
function occursIn(text: string, word: string, from: number, to: number): boolean {
  // By hand: `lastIndexOf` would search on back to the start of the text when the word is not there.
  const first = word.charCodeAt(0);
  for (let i = to - word.length; i >= from; i--) {
    if (text.charCodeAt(i) === first && text.startsWith(word, i)) return true;
  }
  return false;
}

/**
 * The date of a dateline: at the start of one of the first lines, after at most the city (`بكين
 * 25 يونيو 2016 (شينخوا)`, `موسكو في 22 مارس / وام /`, `موسكو - 4 - 7 (كونا) --`), and followed by
 * the agency or a dash rather than by the sentence.
 */
function isDatelineDate(text: string, c: Candidate, line: Span, mentions: readonly Candidate[]): boolean {
  if (c.nStart - line[0] > 40) return false;
  // What follows is read first: a few characters, and most dates of the first lines fail it (the
  // tests are pure, so their order leaves the answer).
  if (!opensOnDash(text, c.nEnd)) return false;
  const before = text.slice(line[0], c.nStart);
  if (/\d/.test(before)) return false;
  const venueFirst = mentions.find((m) => m.type === 'venue' && m.nStart < c.nStart);
  if (before.trim() !== '' && !(venueFirst && isDatelineVenue(text, venueFirst, line))) return false;
  const words = before.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return words.length <= 3;
}

/**
 * `/^\s*[-(/)]/` over the four characters from `at`, read by hand: most dates of the first lines
 * are followed by the sentence, and nothing need be cut out to see it.
 */
function opensOnDash(text: string, at: number): boolean {
  const to = Math.min(text.length, at + 4);
  for (let i = at; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2d || ch === 0x28 || ch === 0x2f || ch === 0x29) return true;
    if (!isSpace(ch)) return false;
  }
  return false;
}

/**
 * A date beside another city than the meeting's (`في أستانا في تموز`, `اليوم الجمعة إلى مدينة
 * هاربين`), or in a clause that places its event only in other cities (`يلتقي الرئيسان مجددا في
 * العاصمة القرغيزية بشكيك … يوم 13 سبتمبر`): it dates what happens there. Only places where
 * something happens count (`في`, `إلى`), not the dateline's city, an institution that speaks
 * (`أعلن الكرملين`) or capitals standing for governments (`بين موسكو وبكين`).
 */
function besideAnotherCity(
  cl: EventClause,
  c: Candidate,
  text: string,
  line: Span | undefined,
  ctx: DateContext,
  memo: Map<EventClause, Candidate[]>,
): boolean {
  if (!ctx.venue || ctx.venue === 'virtual') return false;
  const own = cityOf(ctx.dir, ctx.venue);
  let places = memo.get(cl);
  if (!places) {
    const readings = ctx.readings ?? new VenueReadings();
    const venues = cl.mentions.filter((m) => m.type === 'venue' && m.id);
    places = venues.filter(
      (v, k) =>
        !(line !== undefined && isDatelineVenue(text, v, line)) &&
        readings.isLocative(text, v) &&
        !readings.isLaterStep(text, v, (ctx.roles[cl.sentence] as SentenceRoles).sentence) &&
        !pairedWithCapital(text, venues[k - 1], v) &&
        !pairedWithCapital(text, v, venues[k + 1]) &&
        // `مساء أمس القطار فائق السرعة من بكين إلى مدينة تيانجين`: the day is the journey's.
        !isOrigin(text, v, venues[k + 1]),
    );
    memo.set(cl, places);
  }
  if (places.length === 0) return false;
  let nearest: Candidate | null = null;
  let gap = VENUE_REACH + 1;
  let ownPlace = false;
  const sentence = (ctx.roles[cl.sentence] as SentenceRoles).sentence;
  for (const v of places) {
    // `يومي 31 أغسطس والأول من سبتمبر، قبل أن ينتقل إلى العاصمة الصينية حيث تجرى المحادثات`: the
    // days are the step before the sequel's, not the place after it.
    if (v.nStart >= c.nEnd && sequelBetween(text, sentence, c.nEnd, v.nStart)) continue;
    if (cityOf(ctx.dir, v.id as string) === own) ownPlace = true;
    const g = gapBetween({ start: v.nStart, end: v.nEnd }, c);
    if (g < gap) {
      gap = g;
      nearest = v;
    }
  }
  if (nearest) return cityOf(ctx.dir, nearest.id as string) !== own;
  return !ownPlace;
}

/** The city of a venue (a site's city), the venue itself when it is a city. */
function cityOf(dir: Directory, id: string): string {
  return dir.cityOf(id) ?? id;
}

/** A day that a known Putin–Xi meeting of this venue and kind covers. */
function knownDay(c: Candidate, ctx: DateContext): boolean {
  const v = c.value;
  if (typeof v !== 'string') return false;
  let entry: CatalogueEntry | null = null;
  try {
    entry = ctx.catalogue({
      start: v,
      end: typeof c.valueEnd === 'string' ? c.valueEnd : null,
      venue: ctx.venue,
      kind: ctx.kind,
    });
  } catch {
    return false;
  }
  if (!entry) return false;
  const from = entry.start;
  const to = entry.end ?? entry.start;
  // A state visit announced for several days (`سيقوم بزيارة دولة إلى روسيا بين 7 و10 مايو`) often
  // opens with an arrival the evening before the talks the catalogue records: its span is the
  // known meeting's when it starts at most a day before it. A span opening earlier takes in other
  // events first (`من 31 آب إلى 3 أيلول` with a summit in Tianjin before the talks in Beijing). A
  // report dates the day of its talks instead (`أجرى بوتين اليوم الخميس مباحثات مع شي الذي يزور
  // روسيا بين 7 و10 أيار`): there the span's first day must itself be one of the meeting's.
  const end = c.valueEnd;
  if (ctx.notBefore !== null && isFullDay(v) && isFullDay(end) && (end as string) > v) {
    return v <= to && v >= dayBefore(from) && (end as string) >= from;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v >= from && v <= to;
  // Year-less (`--09-15`): month and day only.
  const md = v.slice(2);
  return md >= from.slice(5) && md <= to.slice(5);
}

const CLOCK_TIME = /^\s*\d{1,2}:\d{2}(\s|$|[-|])/;
const BREAKING = normaliseString('عاجل');

/** Live coverage: a live label in the headline or the line under it, or time-stamped entries. */
function isLiveCoverage(roles: readonly SentenceRoles[], lines: readonly Span[]): boolean {
  for (const r of roles) {
    if (r.sentence.line > 1) break;
    if (r.sentence.cues.some((c) => c.kind === 'live')) return true;
  }
  const text = roles.find((r) => r.sentence.storyLine !== null)?.sentence.text ?? '';
  let stamped = 0;
  let flashes = 0;
  for (const [a, b] of lines) {
    const to = Math.min(b, a + 8);
    // Only a line with a colon in its first characters can open on a time: the rest are not cut.
    if (hasColon(text, a, to) && CLOCK_TIME.test(text.slice(a, to)) && ++stamped >= 2) return true;
    // A page of breaking flashes (`عاجل.. الرئيس الصيني يجري اتصالا هاتفيا …`) reports as it happens too.
    if (text.startsWith(BREAKING, a) && ++flashes >= 2) return true;
  }
  return false;
}

function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3a) return true;
  return false;
}
