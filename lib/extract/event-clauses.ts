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

import type { Directory } from './directory';
import type { Candidate } from './document';
import type { SentenceRoles } from './sentence-roles';
import { type Cue, type CueKind, MEETING_OR_PAIR_KINDS } from './story-analysis';

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

const TALKS_KINDS: ReadonlySet<CueKind> = new Set(['meet', 'phone', 'call', 'video', 'summit', 'pair', 'dual']);
const NO_KINDS: ReadonlySet<CueKind> = new Set();

/** The clauses of every sentence, in text order. */
export function eventClauses(roles: readonly SentenceRoles[], dir: Directory, ref: string | null): EventClause[] {
  const out: EventClause[] = [];
  for (let index = 0; index < roles.length; index++) {
    const r = roles[index] as SentenceRoles;
    const s = r.sentence;
    // Most sentences name no leader and use no meeting word: no clause of theirs can count, except
    // for the dateline at the top.
    if (s.cues.length === 0 && !r.both && r.ru.length + r.cn.length === 0 && !nearTop(s.storyLine)) continue;
    const cuts = s.breaks;
    const named = r.ru.length + r.cn.length + r.others.length > 0;
    // Cues and mentions are in text order: each clause takes the next run of them.
    const at = { cue: 0, mention: 0 };
    let from = s.start;
    let earlier = s.background;
    let dayBefore = false;
    for (let k = 0; k <= cuts.length; k++) {
      const cut = cuts[k];
      const to = cut ? cut.at : s.end;
      if (to > from || k === cuts.length) {
        const c = clause(r, index, from, to, earlier, named, at, dir, ref);
        // Talks of the two recalled from a stop of the same trip (`وصل بوتين اليوم إلى هاربين غداة
        // محادثاته أمس مع شي في بكين`) are the story's meeting, not an older one.
        if (c.earlier && !s.background && c.rank === 3 && c.talks && (dayBefore || datedDaysBefore(c, ref)))
          c.earlier = false;
        // A pluperfect that gives the visit's span up to the page's day (`وكان شي قد وصل إلى موسكو أمس
        // الأول، في زيارة جرت خلال الفترة من 20 إلى 22 مارس`) tells the story's own visit, not an older one.
        else if (c.earlier && c.rank === 3 && c.talks && spansDay(c, ref)) c.earlier = false;
        if (dayBefore) c.dayAfter = true;
        out.push(c);
      }
      if (cut) {
        from = cut.at;
        earlier = s.background || cut.earlier;
        dayBefore = !!cut.dayBefore;
      }
    }
  }
  return out;
}

/** Days before publication within which recalled talks are the same trip's. */
const SAME_TRIP_DAYS = 3;
const DAY_MS = 86_400_000;

/** The clause is dated a day within a few days before `ref` (the publication day). */
function datedDaysBefore(c: EventClause, ref: string | null): boolean {
  if (!ref) return false;
  const to = Date.parse(ref);
  return c.mentions.some((m) => {
    if (m.type !== 'date' || typeof m.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(m.value)) return false;
    const gap = (to - Date.parse(m.value)) / DAY_MS;
    return gap >= 0 && gap <= SAME_TRIP_DAYS;
  });
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

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

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
