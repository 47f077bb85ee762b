// A sentence can speak of more than one meeting: `وصل بوتين اليوم إلى هاربين، بعد محادثات
// أجراها أمس مع شي في بكين` reports an arrival today and recalls yesterday's talks; `تأتي القمة
// بعد لقاء بوتين وشي في سمرقند في أيلول` puts an older meeting beside the story's own. Dates and
// places belong to the event of their own clause, so the meeting record reads clauses, not
// sentences. A sentence is cut where a preposition of time introduces another meeting (see
// `ClauseBreak` in story-analysis); each clause then gets its own parties and strength:
// - 3, the meeting of the two: both leaders in the clause (or one phrase naming both, a summit of
//   the two countries), or talks with one leader in the clause and the other in the sentence
//   (`… بعد محادثات أجراها مع شي` — the subject is the sentence's), or definite talks with one
//   leader (`وقال بوتين بعد المحادثات`), or a definite meeting noun or `الزعيمان` in a sentence
//   that names nobody, pointing back to the story's meeting (`وجرت المحادثات الثلاثاء`, `الزيارة
//   ستجري الشهر المقبل`). A clause naming nobody takes its sentence's leaders (`يصافح شي بوتين
//   قبيل محادثاتهما`);
// - 2, one leader's part of it: a visit, an arrival, a reception, talks with the other unnamed;
// - 1, both leaders named with no meeting word; 0, anything else.

import { periodOf } from '../gazetteer/period';
import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { DAY_MS, datedDaysBefore, datedNearPage, FULL_DAY } from './clause-days';
import type { Directory } from './directory';
import type { Candidate } from './document';
import { hasOwnMeeting } from './meeting-venue';
import { COPULA_WORDS, TIMES_OF_DAY } from './meeting-words';
import type { SentenceRoles } from './sentence-roles';
import { type Cue, type CueKind, MEETING_OR_PAIR_KINDS, type Sentence } from './story-analysis';
import { toldLength } from './visit-span';

export interface EventClause {
  /** Index of the sentence in the roles list. */
  sentence: number;
  /** Normalised offsets of the clause. */
  start: number;
  end: number;
  /** Meeting words of the clause (negated ones, gatherings and announcements excluded). */
  kinds: ReadonlySet<CueKind>;
  /** Talks proper (`محادثات`, `التقى`, a call) rather than only a visit or a reception. */
  talks: boolean;
  /** An earlier meeting than the story's (`بعد لقاء`, `سبق أن`, `وكان … قد`). */
  earlier: boolean;
  /** Opens with `غداة` (the day after): the clause before it happened the day after this one's event. */
  dayAfter?: boolean;
  /** A further meeting still to come (`سيلتقيان مجددا`). */
  again: boolean;
  /**
   * Only a guessed or hoped meeting (`قد يزور موسكو في أيار المقبل`, `من المرجح أن يلتقيا`): its
   * date and place are the guess's, never those of a meeting the story reports.
   */
  guessed: boolean;
  /** Both leaders named in the clause itself (or one phrase naming both). */
  explicit: boolean;
  /**
   * The clause names nobody and points back (`وأجرى الزعيمان محادثات`, `وجرت المحادثات`) in a
   * sentence whose leaders are the two (relevance carried them from the sentence before).
   */
  pointsToPair: boolean;
  /** Only an organisation's gathering is named (`قمة بريكس`), no meeting of the two. */
  gathering: boolean;
  rank: 0 | 1 | 2 | 3;
  /** Dates and venues of the clause, in text order. */
  mentions: Candidate[];
}

const TALKS_KINDS: ReadonlySet<CueKind> = new Set(['meet', 'phone', 'call', 'video', 'summit', 'pair', 'dual', 'told']);
const NO_KINDS: ReadonlySet<CueKind> = new Set();

/** The clauses of every sentence, in text order. */
export function eventClauses(roles: readonly SentenceRoles[], dir: Directory, ref: string | null): EventClause[] {
  const out: EventClause[] = [];
  /** Pluperfect clauses of talks of the two dated the page's day or the day before (see below). */
  const sameVisit: EventClause[] = [];
  for (let index = 0; index < roles.length; index++) {
    const r = roles[index] as SentenceRoles;
    const s = r.sentence;
    // Most sentences name no leader and use no meeting word: no clause of theirs can count, except
    // for the dateline at the top.
    if (s.cues.length === 0 && !r.both && r.ru.length + r.cn.length === 0 && !nearTop(s.storyLine)) continue;
    const cuts = withNegatedSpans(s, timeBreaks(s));
    const named = r.ru.length + r.cn.length + r.others.length > 0;
    // Cues and mentions are in text order: each clause takes the next run of them.
    const at = { cue: 0, mention: 0 };
    let from = s.start;
    let earlier = s.background;
    let dayBefore = false;
    let immediate = false;
    let lastOfSentence: EventClause | null = null;
    let denied = false;
    /** What `earlier` was before a denied span (restored after it). */
    let before = earlier;
    for (let k = 0; k <= cuts.length; k++) {
      const cut = cuts[k];
      const to = cut ? cut.at : s.end;
      if (to > from || k === cuts.length) {
        const c = clause(r, index, from, to, earlier, named, at, dir, ref);
        // `لم يجتمعا شخصيا منذ قمة "بريكس" في برازيليا في نوفمبر 2019`: the dates and places of a
        // meeting said not to have happened (or not since) belong to no meeting of the story's.
        if (denied) c.rank = 0;
        // `هناك، في القاعة التي استقبل فيها شي ضيفه …`: the scene the sentence before set.
        else if (k === 0 && c.rank >= 2 && !c.earlier && index > 0 && opensOnThere(s)) {
          const scene = sceneOf(roles[index - 1] as SentenceRoles, index - 1, s, c);
          if (scene) out.push(scene);
        }
        // Talks of the two recalled from a stop of the same trip (`وصل بوتين اليوم إلى هاربين غداة
        // محادثاته أمس مع شي في بكين`) are the story's meeting, not an older one.
        if (
          c.earlier &&
          !s.background &&
          c.rank === 3 &&
          c.talks &&
          (dayBefore || datedDaysBefore(c, ref) || (immediate && rightAfterDayOf(c, lastOfSentence, ref)))
        )
          c.earlier = false;
        // A pluperfect that gives the visit's span up to the page's day (`وكان شي قد وصل إلى موسكو أمس
        // الأول، في زيارة جرت خلال الفترة من 20 إلى 22 مارس`) tells the story's own visit, not an older one.
        else if (c.earlier && c.rank === 3 && c.talks && spansDay(c, ref)) c.earlier = false;
        // A pluperfect of talks dated the page's day or the day before, or within the visit's told
        // length (`وكان شي قد وصل إلى موسكو الاثنين في زيارة تستمر يومين`): decided below.
        else if (c.earlier && s.background && c.rank === 3 && c.talks && datedDaysBefore(c, ref, visitDays(s, c)))
          sameVisit.push(c);
        if (dayBefore) c.dayAfter = true;
        out.push(c);
        lastOfSentence = c;
      }
      if (cut) {
        from = cut.at;
        if (cut.resume) {
          denied = false;
          earlier = before;
          dayBefore = false;
          immediate = false;
          continue;
        }
        if (cut.denied) {
          before = earlier;
          denied = true;
          continue;
        }
        denied = false;
        earlier = s.background || cut.earlier;
        dayBefore = !!cut.dayBefore;
        immediate = !!cut.immediate;
      }
    }
  }
  // A pluperfect of talks of the two dated the page's day or the day before (`وكان بوتين قد وصل إلى
  // شنغهاي أمس الثلاثاء … أجرى خلالها محادثات مع الرئيس شي`) in a story with a meeting of its own
  // (the signing today `بحضور الرئيسين`): the background of the same visit, not an older meeting.
  // A story with no meeting of its own reads its recalled clauses anyway (see isOtherEvent).
  if (sameVisit.length > 0 && hasOwnMeeting(out, ref)) for (const c of sameVisit) c.earlier = false;
  markOlderMeetings(out, ref);
  return out;
}

/** Days before the page after which a meeting the story dates is not the page's news. */
const OLDER_MEETING_DAYS = 14;

/**
 * `التقى الرئيس الصيني شي اليوم (الأربعاء) مع بوتين … مشيرا إلى أنه التقى بوتين في موسكو في مايو
 * الماضي`: beside the two's meeting dated within a few days of the page (held, or a visit that
 * starts `غدا`), a meeting of theirs whose only dates lie weeks before the page is an older one
 * recalled (in a saying, with no `كان … قد`), and its place and day are not the story's. A story
 * that dates no meeting near its page leaves every clause as it was (an analysis of an older
 * summit).
 */
function markOlderMeetings(clauses: readonly EventClause[], ref: string | null): void {
  if (!ref) return;
  const page = Date.parse(ref);
  if (!clauses.some((c) => c.rank === 3 && !c.earlier && datedNearPage(c, ref))) return;
  for (const c of clauses) {
    if (c.rank !== 3 || c.earlier) continue;
    let dated = false;
    let old = true;
    for (const m of c.mentions) {
      if (m.type !== 'date' || typeof m.value !== 'string') continue;
      const last = lastDayOf(m.value);
      if (last === null) continue;
      dated = true;
      if ((page - last) / DAY_MS < OLDER_MEETING_DAYS) old = false;
    }
    if (dated && old) c.earlier = true;
  }
}

/**
 * Midnight UTC of the last day a month or day value covers (`2015-05` → 31 May), or null: a year
 * alone (`2015`) is too loose to date a meeting as older.
 */
function lastDayOf(v: string): number | null {
  const period = YEAR_ONLY.test(v) ? null : periodOf(v);
  return period ? Date.parse(period.to) : null;
}

const YEAR_ONLY = /^\d{4}$/;

/** `هناك` (there), normalised, with its conjunction. */
const THERE = ['هناك', 'وهناك'];

/** The sentence opens on `هناك` and a comma: a place pointed back to, not `هناك` (there is). */
function opensOnThere(s: Sentence): boolean {
  // Most sentences open on another word: nothing is cut out for them.
  if (!startsWithAny(s.text, s.start, THERE)) return false;
  const head = s.text.slice(s.start, s.start + 8);
  return THERE.some((w) => head.startsWith(w) && /^\s*[،,]/.test(head.slice(w.length)));
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * The sentence before a `هناك،` sentence, when it tells no event of its own (no meeting word, no
 * leader) but sets a scene in the same paragraph or the one before (`لم يكن سهلا الوصول إلى دار
 * ضيافة دياويوتاي في غرب بكين أمس الجمعة`): its day and place are those of the clause `c` that
 * points back to it, read as that clause's.
 */
function sceneOf(prev: SentenceRoles, index: number, s: Sentence, c: EventClause): EventClause | null {
  const p = prev.sentence;
  if (p.cues.length > 0 || prev.ru.length + prev.cn.length + prev.others.length > 0) return null;
  if (p.line < s.line - 1) return null;
  const mentions = p.mentions.filter((m) => m.type === 'date' || m.type === 'venue');
  if (mentions.length === 0) return null;
  return { ...c, sentence: index, start: p.start, end: p.end, explicit: false, pointsToPair: false, mentions };
}

interface Cut {
  at: number;
  earlier: boolean;
  dayBefore?: boolean;
  immediate?: boolean;
  /** Opens the span of a negated meeting word (see withNegatedSpans). */
  denied?: boolean;
  /** Ends that span: the clause after it reads as the one before the span. */
  resume?: boolean;
}

/**
 * The sentence's clause breaks, plus a span for each negated meeting word (`لم يجتمعا`, `دون أن
 * يلتقي`): from the word to the first comma or semicolon, the next meeting word that is not negated
 * or the next break, whichever comes first. Most sentences have no negated word: their breaks as
 * they are.
 */
function withNegatedSpans(s: Sentence, breaks: readonly Cut[]): readonly Cut[] {
  if (!s.cues.some((c) => c.kind === 'negated')) return breaks;
  const cuts: Cut[] = [];
  let b = 0;
  const cues = s.cues;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (cue.kind !== 'negated' || afterCopula(s.text, cue.start)) continue;
    for (; b < breaks.length && (breaks[b] as Cut).at <= cue.start; b++) cuts.push(breaks[b] as Cut);
    let end = s.end;
    const comma = clauseEnd(s.text, cue.end, s.end);
    if (comma < end) end = comma;
    const next = cues.find((c) => c.start >= cue.end && c.kind !== 'negated' && MEETING_OR_PAIR_KINDS.has(c.kind));
    if (next && next.start < end) end = next.start;
    const brk = breaks[b] as Cut | undefined;
    if (brk && brk.at < end) end = brk.at;
    cuts.push({ at: cue.start, earlier: false, denied: true });
    if (end < s.end) cuts.push({ at: end, earlier: false, resume: true });
    // Negated words inside the span (`لم يجتمعا … منذ قمة`) are in it: one span.
    while (i + 1 < cues.length && (cues[i + 1] as Cue).start < end) i++;
  }
  for (; b < breaks.length; b++) cuts.push(breaks[b] as Cut);
  return cuts;
}

/** Times of day, normalised (see TIMES_OF_DAY). */
const TIMES = new Set(TIMES_OF_DAY.map(normaliseString));

/**
 * The sentence's breaks but those at a preposition of time followed by a time of day (`أجرى شي
 * اليوم بعد الظهر محادثة هاتفية مع بوتين`, `قبل منتصف الليل`): the time is the clause's own event's,
 * it opens no other. Most sentences have none: their breaks as they are.
 */
function timeBreaks(s: Sentence): readonly Cut[] {
  if (s.breaks.length === 0 || !s.breaks.some((b) => followedByTime(s.text, b.at))) return s.breaks;
  return s.breaks.filter((b) => !followedByTime(s.text, b.at));
}

/** The word after the one at `at`, within `TIME_REACH` characters, is a time of day. */
function followedByTime(text: string, at: number): boolean {
  // Matched in place; the window is cut out only when the words run past it (the capture then
  // ends at the window's edge, as it did when the window alone was matched).
  NEXT_WORD.lastIndex = at;
  const m = NEXT_WORD.exec(text);
  if (m === null) return false;
  if (m.index + m[0].length <= at + TIME_REACH) return TIMES.has(m[1] as string);
  const cut = /^\p{L}+\s+(\p{L}+)/u.exec(text.slice(at, at + TIME_REACH));
  return cut !== null && TIMES.has(cut[1] as string);
}

/** Characters after a break in which its second word is read. */
const TIME_REACH = 40;
/** A word, spaces and the next word, matched from `lastIndex` only (sticky). */
const NEXT_WORD = /\p{L}+\s+(\p{L}+)/uy;

/** Copulas (see `COPULA_WORDS`), normalised, with their conjunctions. */
const COPULAS = withConjunctions(COPULA_WORDS);

/** The word before offset `at` is a copula. */
function afterCopula(text: string, at: number): boolean {
  const words = text
    .slice(Math.max(0, at - 16), at)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  return words.length > 0 && COPULAS.has(words[words.length - 1] as string);
}

/** The first comma or semicolon from `from`, else `to`. */
function clauseEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b) return i;
  }
  return to;
}

/**
 * Days before publication within which a pluperfect of talks may be the story's own visit: the
 * day before, or as many days as the clause says the visit lasts (`في زيارة تستمر يومين`: the page
 * of the day after the second day still reports it).
 */
function visitDays(s: Sentence, c: EventClause): number {
  return Math.max(1, toldLength(s.text, c.start, c.end));
}

/**
 * `وقع الرئيسان اليوم بيانا مشتركا … عقب محادثات أجراها الزعيمان في قاعة الشعب الكبرى`: talks
 * told right after (`عقب`) with no day of their own, behind a clause dated within a few days of
 * the page, are that occasion's: the same visit, not an older meeting.
 */
function rightAfterDayOf(c: EventClause, before: EventClause | null, ref: string | null): boolean {
  if (!before || c.mentions.some((m) => m.type === 'date')) return false;
  return datedDaysBefore(before, ref);
}

/** The clause gives a span of full days (`من 20 إلى 22 مارس`) that takes in `ref` (the publication day). */
function spansDay(c: EventClause, ref: string | null): boolean {
  if (!ref) return false;
  return c.mentions.some(
    (m) =>
      m.type === 'date' &&
      typeof m.value === 'string' &&
      typeof m.valueEnd === 'string' &&
      FULL_DAY.test(m.value) &&
      FULL_DAY.test(m.valueEnd) &&
      m.value < ref &&
      m.valueEnd >= ref,
  );
}

/** Story lines from the top that may carry the dateline (its city and day). */
export const DATELINE_LINES = 4;

function nearTop(storyLine: number | null): boolean {
  return storyLine !== null && storyLine < DATELINE_LINES;
}

function clause(
  r: SentenceRoles,
  index: number,
  start: number,
  end: number,
  earlier: boolean,
  named: boolean,
  at: { cue: number; mention: number },
  dir: Directory,
  ref: string | null,
): EventClause {
  const s = r.sentence;
  let kinds: Set<CueKind> | null = null;
  let definite = false;
  let leadersWord = false;
  let gathering = false;
  let again = false;
  let future = false;
  let guess = false;
  let talks = false;
  for (; at.cue < s.cues.length && (s.cues[at.cue] as Cue).start < end; at.cue++) {
    const c = s.cues[at.cue] as Cue;
    if (c.kind === 'leaders') leadersWord = true;
    else if (c.kind === 'gathering') gathering = true;
    else if (c.kind === 'again') again = true;
    else if (c.kind === 'announce') future = true;
    else if (c.kind === 'speculative') guess = true;
    if (!MEETING_OR_PAIR_KINDS.has(c.kind)) continue;
    kinds ??= new Set();
    kinds.add(c.kind);
    if (TALKS_KINDS.has(c.kind)) talks = true;
    if (c.definite) definite = true;
  }
  let ru = false;
  let cn = false;
  let others = false;
  const mentions: Candidate[] = [];
  for (; at.mention < s.mentions.length && (s.mentions[at.mention] as Candidate).nStart < end; at.mention++) {
    const m = s.mentions[at.mention] as Candidate;
    if (m.type === 'date' || m.type === 'venue') mentions.push(m);
    else if (m.type === 'leader' && m.id) {
      const side = dir.sideOf(m.id, ref);
      if (side === 'ru') ru = true;
      else if (side === 'cn') cn = true;
      else if (dir.isCounterpart(m.id, ref)) others = true;
    }
  }
  const k = kinds ?? NO_KINDS;
  const cue = k.size > 0;
  const both = (ru && cn) || k.has('pair') || k.has('summit');
  const otherSideInSentence = (ru && !cn && r.cn.length > 0) || (cn && !ru && r.ru.length > 0);
  // A clause naming nobody takes the parties of its sentence (`وقال بوتين بعد المحادثات …`).
  const unnamed = !ru && !cn && !others;
  if (unnamed) {
    ru = r.ru.length > 0;
    cn = r.cn.length > 0;
    others = r.others.length > 0;
  }
  const anaphoric = !named && (definite || leadersWord);
  const oneSide = (ru || cn) && !others;
  let rank: EventClause['rank'] = 0;
  if (cue && ((ru && cn) || both || (talks && otherSideInSentence) || (talks && definite && oneSide) || anaphoric))
    rank = 3;
  else if (cue && oneSide) rank = 2;
  else if (both) rank = 1;
  return {
    sentence: index,
    start,
    end,
    kinds: k,
    talks,
    earlier,
    again: again && future,
    guessed: guess && !cue,
    explicit: both,
    pointsToPair: cue && unnamed && (definite || leadersWord) && r.ru.length > 0 && r.cn.length > 0,
    gathering: gathering && !cue,
    rank,
    mentions,
  };
}
