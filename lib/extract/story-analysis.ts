// The main story cut into sentences, each with the leaders, venues and dates it mentions and the
// meeting words it uses. Relevance and the meeting description both read this; it is computed
// once per extraction, in one pass over the story's tokens. Along the way:
// - a meeting word under a negation is `negated` (`لم يلتق`, `لا توجد خطط لعقد لقاء`, `دون أن
//   يلتقيا`, `غاب عن القمة`), unless it is the circumstance of the clause (`خلال محادثاتهما`);
// - a summit or meeting of an organisation is a `gathering` (`قمة بريكس`), and so is `القمة` after
//   one was named, until a summit of two is; with a city of a third country (`قمة جوهانسبرغ`) too;
// - a preposition of time before a meeting word opens a clause about another event (`بعد لقاء
//   بكين`, `غداة قمته`, `قبل محادثاتهما`), marked in `breaks` for the meeting record.

import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { firstTokenAt, NUMBER_BIT, type Token, type TokenTable, tokenTable, WORD_BIT } from '../text/tokens';
import { words as VOCABULARY, WordMemo, wordFlag } from '../text/vocabulary';
import type { Span } from './body';
import type { Candidate, Doc } from './document';
import {
  ABSENCE_AFTER,
  ACCEPTED_INVITATION_WORDS,
  AGAIN_WORDS,
  ALREADY_WORDS,
  ANNOUNCE_WORDS,
  BILATERAL_SUMMITS,
  BOTH_LEADERS_WORDS,
  CALL_WORDS,
  COPULA_WORDS,
  EARLIER_AFTER_WORDS,
  GATHERING_NOUNS,
  IN_PERSON_WORDS,
  INVITATION_WORDS,
  JOINT_WORDS,
  LAST_TIME_WORDS,
  LIVE_MARKERS,
  LOOK_AHEAD_PREPOSITIONS,
  MAY_WORD,
  MEDIUM_WORDS,
  MEET_WORDS,
  MESSAGE_WORDS,
  NEGATION_BREAKERS,
  NEGATION_SHIELDS,
  NEGATIONS,
  ORGANISATION_WORDS,
  PAIR_HEADS,
  PAIR_TITLES,
  PHONE_DEVICE_WORDS,
  PHONE_WORDS,
  PLUPERFECT_OPENERS,
  RECALL_PREPOSITIONS,
  REPORTING_VERBS,
  SIDELINE_WORDS,
  SPECULATION_WORDS,
  TOLD_UNDER_COPULA,
  VIDEO_WORDS,
} from './meeting-words';
import { buildPhraseTable, CLITICS, cliticForms, matchPhraseAt, phrasesAt, SUFFIXES } from './phrases';

export type CueKind =
  | 'meet'
  | 'in-person'
  | 'sideline'
  | 'phone'
  | 'call'
  | 'video'
  | 'announce'
  | 'message'
  | 'pair'
  | 'summit'
  /** A meeting word under a negation (`لا خطط لاتصال هاتفي`). */
  | 'negated'
  /** A meeting word with the dual suffix (`مباحثاتهما`): the meeting of two people. */
  | 'dual'
  /** A summit or meeting of an organisation (`قمة بريكس`): a gathering, not a meeting of two. */
  | 'gathering'
  /** The two leaders without their countries (`الزعيمان`). */
  | 'leaders'
  /** A joint statement or press conference (also `meet`). */
  | 'joint'
  /** Live coverage (`تغطية مباشرة`). */
  | 'live'
  /** Once more (`مجددا`): with a future word, another meeting than the one reported. */
  | 'again'
  /** A meeting word under a guess or a hope (`قد يلتقيان`, `من المرجح أن`): no meeting. */
  | 'speculative'
  /** A visit someone was invited to (`دعا بوتين شي إلى زيارة موسكو`): to come, not reported. */
  | 'invited'
  /**
   * One leader telling the other (`شي يقول لبوتين`, `قال شي لنظيره الروسي بوتين`): an exchange of
   * no form named, read with the leaders (sentence-roles).
   */
  | 'told';

/** Cue kinds that name a meeting of some kind (talks, a call, a summit, a sideline encounter). */
export const MEETING_CUE_KINDS: ReadonlySet<CueKind> = new Set([
  'meet',
  'in-person',
  'sideline',
  'phone',
  'call',
  'video',
  'summit',
  'told',
]);

/** The same, or the two sides named as a pair (`الرئيسان`): where a meeting's date may be read. */
export const MEETING_OR_PAIR_KINDS: ReadonlySet<CueKind> = new Set([...MEETING_CUE_KINDS, 'pair']);

/** Kinds that can be negated: the meeting words proper. */
const NEGATABLE: ReadonlySet<CueKind> = new Set(['meet', 'in-person', 'phone', 'call', 'video', 'summit']);

export interface Cue {
  kind: CueKind;
  /** Normalised offsets. */
  start: number;
  end: number;
  /**
   * A meeting noun with the article or a possessive (`المحادثات`, `الزيارة`, `لقائهما`): it points
   * back to a meeting already named — in a story, usually the story's own.
   */
  definite?: boolean;
}

/**
 * Where a sentence turns to another event than its main clause's: a preposition of time before a
 * meeting word (`بعد لقاء بكين في أيار`, `غداة قمته مع شي`, `قبل محادثاتهما`), `سبق أن`, or a
 * meeting word said to be an earlier one (`القمة الماضية`). The clause from `at` on is that
 * event's, up to the next break.
 */
export interface ClauseBreak {
  /** Normalised offset where the clause of the other event starts. */
  at: number;
  /** The event is an earlier meeting than the story's own (`بعد لقاء`, `منذ قمة`, `سبق أن`). */
  earlier: boolean;
  /** The day before (`غداة محادثاته مع شي`): the same trip's talks, not an older meeting. */
  dayBefore?: boolean;
  /** Right after (`عقب`, `إثر`, `بعيد`): undated, the same occasion as the clause before it. */
  immediate?: boolean;
}

export interface Sentence {
  /** The normalised text the offsets refer to (the story's, or a page title's). */
  text: string;
  /** Normalised offsets of the sentence. */
  start: number;
  end: number;
  /** Index of the line (paragraph) it belongs to; 0 is the headline. */
  line: number;
  /** Index into the story's lines, or null for a page title read as headline. */
  storyLine: number | null;
  cues: Cue[];
  /** Resolved mentions inside the sentence, in text order. */
  mentions: Candidate[];
  /** Recalls an earlier meeting as background (`وكان … قد التقيا`, `آخر اتصال بينهما`). */
  background: boolean;
  /** Clauses about other events than the main clause's, in text order. */
  breaks: ClauseBreak[];
}

const pairPhrases = [
  ...PAIR_TITLES.flatMap((t) => [`${t} الروسي والصيني`, `${t} الصيني والروسي`]),
  ...PAIR_HEADS.flatMap((t) => [`${t} روسيا والصين`, `${t} الصين وروسيا`]),
];

/** Phrase → every kind it signals (`سيزور` is both a visit and an announcement). */
function cueTable() {
  const kinds = new Map<string, CueKind[]>();
  const add = (kind: CueKind, phrases: readonly string[]) => {
    for (const p of phrases) kinds.set(p, [...(kinds.get(p) ?? []), kind]);
  };
  add('meet', MEET_WORDS);
  add('meet', JOINT_WORDS);
  add('joint', JOINT_WORDS);
  add('in-person', IN_PERSON_WORDS);
  add('sideline', SIDELINE_WORDS);
  add('phone', PHONE_WORDS);
  add('call', CALL_WORDS);
  add('video', VIDEO_WORDS);
  add('announce', ANNOUNCE_WORDS);
  add('message', MESSAGE_WORDS);
  add('pair', pairPhrases);
  add('summit', BILATERAL_SUMMITS);
  add('leaders', BOTH_LEADERS_WORDS);
  add('live', LIVE_MARKERS);
  add('again', AGAIN_WORDS);
  return buildPhraseTable<CueKind[]>(kinds.entries());
}

const CUES = cueTable();
/**
 * Bit of the shared word table: the word may start a cue (a phrase of `CUES` in any reading, or
 * a spelling of the video loanword). `cueAt` is asked only there.
 */
const CUE_START = wordFlag(
  (w) => phrasesAt(CUES, w, CLITICS | SUFFIXES).length > 0 || isVideoWord(w) || modalOf(w) !== null,
);
const wordSet = (words: readonly string[]) => new Set(words.map(normaliseString));
const NEGATION_WORDS = wordSet(NEGATIONS);
const NOT_NEGATING = wordSet(NEGATION_BREAKERS);
const ABSENCE = withConjunctions(ABSENCE_AFTER);
const COPULA = wordSet(COPULA_WORDS);
const TOLD_SUBJECT = wordSet(TOLD_UNDER_COPULA);
const PLUPERFECT = wordSet(PLUPERFECT_OPENERS);
const LAST_TIME = wordSet(LAST_TIME_WORDS);
const QAD = normaliseString(MAY_WORD);
const REPORTING = wordSet(REPORTING_VERBS);
/** Today as a clause's time (`في وقت سابق اليوم`, `صباح اليوم`). */
const SAME_DAY = wordSet(['اليوم']);
/** With the conjunctions short words keep (`وبعد`, `فمنذ`): looked up as written, no peeling. */
const RECALLS = withConjunctions(RECALL_PREPOSITIONS);
const LOOK_AHEAD = withConjunctions(LOOK_AHEAD_PREPOSITIONS);
const SHIELDS = withConjunctions(NEGATION_SHIELDS);
const EARLIER_AFTER = wordSet(EARLIER_AFTER_WORDS);
const ALREADY = wordSet(ALREADY_WORDS);
/** How many words before a meeting word `سبق` reaches (`سبق لهما أن التقيا`). */
const ALREADY_REACH = 4;
const GATHERINGS = wordSet(GATHERING_NOUNS);
const ORGANISATIONS = wordSet(ORGANISATION_WORDS);
/** How many words after `قمة` an organisation's name may start (`قمة قادة مجموعة العشرين`). */
const ORGANISATION_REACH = 3;
const DUAL_SUFFIX = 'هما';
/** How far back a negation reaches over a meeting word, in tokens (`لا توجد في الوقت الحالي خطط لإجراء اتصال`). */
const NEGATION_REACH = 8;

/**
 * The loanword for a video conference has too many spellings to list (`الفيديوكونفرانس`,
 * `فيديوكونفيرانس`): a word made of this stem and more counts. The bare word (`فيديو`) labels a clip.
 */
const VIDEO_STEM = 'فيديو';

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
const SENTENCE_END_MARK = wordFlag((w) => SENTENCE_END.has(w));
/** A token whose bits under this mask are `WORD_BIT` alone is a word that starts no cue. */
const PLAIN_MASK = WORD_BIT | CUE_START;

/**
 * Splits the story lines into sentences and attaches cues and mentions. `mentions` are the
 * resolved candidates inside the story, in text order. `countryOf` (a venue's country) lets a
 * summit named by a foreign city be read as a gathering.
 */
export function analyseStory(
  doc: Doc,
  lines: readonly Span[],
  mentions: readonly Candidate[],
  countryOf?: (venueId: string) => string | null,
): Sentence[] {
  const sentences: Sentence[] = [];
  const tokens = doc.tokens;
  const columns = tokenTable(tokens);
  const { start, end, bits, ids } = columns;
  const count = tokens.length;
  let t = 0;
  let m = 0;
  // Gathering nouns (`قمة`, `اجتماع`) whose last named instance was an organisation's gathering:
  // `القمة` after `قمة بريكس` is that gathering again, until a bilateral summit is named.
  const gatheringNamed = new Set<string>();
  // Summit nouns read as a meeting, to be checked against the city that may follow them.
  const summitNouns: Cue[] = [];
  // A guess or an invitation read in the current sentence, waiting for its meeting word.
  const modal = { pending: null as Modal | null, at: 0, aside: false, until: 0, speculating: false };
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex] as Span;
    const lineStart = line[0];
    const lineEnd = line[1];
    // Story lines follow each other: the token after the last line is nearly always this one's
    // first, and the halving search is needed only past a gap (a sidebar cut out of the story).
    if (t < count && (start[t] as number) < lineStart) t = firstTokenAt(start, lineStart, t, count);
    let current: Sentence | null = null;
    while (t < count && (end[t] as number) <= lineEnd) {
      if (!current) {
        current = {
          text: doc.norm.text,
          start: start[t] as number,
          end: end[t] as number,
          line: lineIndex,
          storyLine: lineIndex,
          cues: NO_CUES,
          mentions: NO_MENTIONS,
          background: isPluperfect(tokens, t, columns),
          breaks: NO_BREAKS,
        };
        sentences.push(current);
        modal.pending = null;
        modal.speculating = false;
      }
      // Words that start no cue (most tokens) only stretch the sentence: they are stepped over
      // in a loop of their own, and the sentence's end is written once after them.
      let plain = t;
      while (plain < count && (end[plain] as number) <= lineEnd && ((bits[plain] as number) & PLAIN_MASK) === WORD_BIT)
        plain++;
      if (plain > t) {
        current.end = end[plain - 1] as number;
        t = plain;
        continue;
      }
      current.end = end[t] as number;
      const b = bits[t] as number;
      if (b & WORD_BIT) {
        // Only a word that may start a meeting word is looked at (one bit of the shared table).
        const cue = b & CUE_START ? cueAt(tokens, t, columns) : null;
        if (!cue && b & CUE_START) readModal(tokens, t, wordAt(tokens, ids, t), ids[t] as number, modal);
        if (cue) {
          const tok = tokens[t] as Token;
          const meetingWord = cue.kinds.some((k) => NEGATABLE.has(k));
          const negated =
            meetingWord && (isNegated(tokens, t, columns, current.start) || absentAfter(tokens, cue.to, columns));
          const guessed = !negated && modalKind(tokens, t, cue.kinds, modal);
          const family = cue.kinds.includes('meet') ? gatheringFamily(tok) : null;
          // A gathering named under a negation (`لم تكن قمة بريكس …`) is named all the same.
          let gathering = false;
          if (family) {
            if (isGathering(tokens, t, cue.to, columns) || heldByGroup(tokens, t, columns, current.start)) {
              gathering = true;
              gatheringNamed.add(family);
            } else if (cue.to > t + 1 || cue.kinds.includes('summit') || namesItsParties(tokens, cue.to)) {
              gatheringNamed.delete(family);
            } else gathering = gatheringNamed.has(family);
          } else if (cue.kinds.includes('meet') && cue.to === t + 1 && THEIRS.get(tok.id, tok.text)) gathering = true;
          const kinds: readonly CueKind[] = negated
            ? NEGATED
            : guessed
              ? ONLY[guessed]
              : gathering
                ? GATHERING
                : cue.kinds;
          const definite = cue.to === t + 1 ? definiteness(tok) : null;
          // `آخر` right before (by id: no token object read). Read before this cue's kinds join
          // the sentence's: see the `آخر` check below.
          const lastTime = !negated && t > 0 && LAST_TIME.has(wordAt(tokens, ids, t - 1));
          const toldBefore = lastTime && isApposition(tokens, ids, t) && reportsMeeting(current);
          for (const kind of kinds) {
            const c: Cue = { kind, start: cue.start, end: cue.end, definite: !!definite };
            addCue(current, c);
            if (kind === 'meet' && family && cue.to === t + 1) summitNouns.push(c);
          }
          if (meetingWord && !negated && !guessed) {
            const brk = clauseBreakBefore(tokens, t, cue.to, definite === 'article', columns);
            // Breaks come in text order (each is the nearest preposition before its meeting word).
            if (brk && current.breaks[current.breaks.length - 1]?.at !== brk.at) addBreak(current, brk);
          }
          if (
            !negated &&
            cue.to === t + 1 &&
            tok.text.endsWith(DUAL_SUFFIX) &&
            cue.kinds.some((k) => NEGATABLE.has(k))
          ) {
            addCue(current, { kind: 'dual', start: cue.start, end: cue.end });
          }
          // `آخر اتصال بينهما` recalls an earlier call, unless the sentence has told its own meeting
          // already and this is its apposition (`أجرى بوتين محادثات مع شي، في آخر اتصال بين
          // الزعيمين قبل نهاية العام`).
          if (lastTime && !toldBefore) current.background = true;
          current.end = end[cue.to - 1] as number;
          t = cue.to;
          continue;
        }
      } else if (b & SENTENCE_END_MARK) {
        current = null;
      } else if (modal.pending === 'speculative' && COMMAS.has((tokens[t] as Token).text)) {
        // A guess closed by a comma was an aside (`بوتين، الذي ربما يكون أقرب حلفاء الصين،
        // أجرى محادثات …`): the meeting word after it is not guessed. A comma right after the
        // guess word opens a parenthesis the guess reaches over (`من المرجح، بحسب مصادر، أن …`).
        if (t === modal.at + 1) modal.aside = true;
        else if (modal.aside) modal.aside = false;
        else modal.pending = null;
      }
      t++;
    }
  }
  // Mentions fall into the sentence that contains them (both lists are in text order), and so do
  // the summit nouns to check against a following city.
  let n = 0;
  for (const s of sentences) {
    while (m < mentions.length && (mentions[m] as Candidate).nStart < s.start) m++;
    let k = m;
    while (k < mentions.length && (mentions[k] as Candidate).nEnd <= s.end) k++;
    if (k > m) s.mentions = mentions.slice(m, k);
    m = k;
    while (n < summitNouns.length && (summitNouns[n] as Cue).start < s.start) n++;
    for (let j = 0; n < summitNouns.length && (summitNouns[n] as Cue).end <= s.end; n++) {
      const cue = summitNouns[n] as Cue;
      while (j < s.mentions.length && (s.mentions[j] as Candidate).nStart < cue.end) j++;
      if (countryOf) namedByForeignCity(cue, s.mentions[j], countryOf);
    }
  }
  return sentences;
}

// A sentence starts with these shared empty lists and gets its own on its first cue or break (most
// sentences have none): three arrays fewer per sentence. Nothing adds to a sentence's lists but the
// two functions below.
const NO_CUES: Cue[] = [];
const NO_MENTIONS: Candidate[] = [];
const NO_BREAKS: ClauseBreak[] = [];

function addCue(s: Sentence, c: Cue): void {
  if (s.cues === NO_CUES) s.cues = [c];
  else s.cues.push(c);
}

function addBreak(s: Sentence, b: ClauseBreak): void {
  if (s.breaks === NO_BREAKS) s.breaks = [b];
  else s.breaks.push(b);
}

/** What a cue becomes under a negation, a guess, an invitation or a gathering: read only, shared. */
const NEGATED: readonly CueKind[] = ['negated'];
const GATHERING: readonly CueKind[] = ['gathering'];
const ONLY: Record<'speculative' | 'invited', readonly CueKind[]> = {
  speculative: ['speculative'],
  invited: ['invited'],
};

/** Countries whose cities name a summit of the two (`قمة موسكو`, `قمة بكين`). */
const OWN_COUNTRIES = new Set(['RU', 'CN']);

/**
 * `قمة جوهانسبرغ`, `قمة سمرقند`: a summit named by a city of a third country is the gathering held
 * there (the two hold their own summits at home), so it is no meeting of the two.
 */
function namedByForeignCity(cue: Cue, next: Candidate | undefined, countryOf: (id: string) => string | null): void {
  const city = next;
  if (city?.type !== 'venue' || !city.id || city.nStart > cue.end + 1) return;
  const country = countryOf(city.id);
  if (country && !OWN_COUNTRIES.has(country)) cue.kind = 'gathering';
}

const GATHERING_SINGULAR = new Map([
  [normaliseString('قمم'), normaliseString('قمة')],
  [normaliseString('اجتماعات'), normaliseString('اجتماع')],
]);

/** The gathering noun a word is (`وللقمة` → `قمه`), in the singular; null for any other word. */
function familyOf(word: string): string | null {
  for (const f of cliticForms(word)) if (GATHERINGS.has(f)) return GATHERING_SINGULAR.get(f) ?? f;
  // The accusative's alef (`عقد قادة بريكس اجتماعا`; `قمة` has none to take).
  if (word.endsWith('ا')) {
    for (const f of cliticForms(word.slice(0, -1))) if (GATHERINGS.has(f)) return GATHERING_SINGULAR.get(f) ?? f;
  }
  return null;
}

// Per-word answers, kept by token id in the shared vocabulary's way (news vocabulary repeats):
// one array read per cue instead of a Map lookup by string.
const FAMILY = new WordMemo(familyOf);
const DEFINITENESS = new WordMemo(definitenessOf);

function gatheringFamily(tok: Token): string | null {
  return FAMILY.get(tok.id, tok.text);
}

/**
 * A summit or a meeting "of theirs" in the plural (`عقد قادة دول بريكس قمتهم الثانية عشرة`,
 * `اجتماعهم`): a group's gathering, three or more; the pair's takes the dual (`قمتهما`).
 */
const PLURAL_SUMMITS = wordSet(['قمتهم', 'قممهم', 'اجتماعهم', 'اجتماعاتهم']);
const THEIRS = new WordMemo((w) => cliticForms(w).some((f) => PLURAL_SUMMITS.has(f)));

const PARTIES_NEXT = wordSet(['بين', 'جمعت', 'تجمع', 'ستجمع', 'ثنائية', 'الثنائية']);

/** `قمة بين الرئيسين`, `قمة جمعت …`: a summit of named parties, not an organisation's gathering. */
function namesItsParties(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next !== undefined && next.kind === 'word' && PARTIES_NEXT.has(next.text);
}

/**
 * A meeting noun with the article (`المحادثات`, `بالزيارة`) or a possessive suffix (`لقائهما`,
 * `قمته`): the form without it is in the cue table, the form with it is not (so `التقى`, a verb
 * that starts like the article, is no definite noun). Null for an indefinite word.
 */
function definiteness(tok: Token): 'article' | 'suffix' | null {
  return DEFINITENESS.get(tok.id, tok.text);
}

function definitenessOf(word: string): 'article' | 'suffix' | null {
  const forms = cliticForms(word);
  for (const f of forms) {
    if (CUES.byFirst.has(f)) {
      if (f.startsWith('ال')) return null;
      continue;
    }
    if (f.startsWith('ال') && CUES.byFirst.has(f.slice(2))) return 'article';
  }
  // Not in the table in any clitic form: it was matched with a possessive suffix (`زيارته`).
  return forms.some((f) => CUES.byFirst.has(f)) ? null : 'suffix';
}

/** Words a preposition of time may stand before its meeting word (`بعد عودته من قمة`). */
const BREAK_REACH = 3;
/**
 * The same, when a span of time and `من` or `على` stand between (`بعد أسبوع واحد من محادثات`,
 * `بعد أقل من عشرة أيام على زيارة`).
 */
const SPANNED_BREAK_REACH = 6;
const SPAN_ENDS = wordSet(['من', 'على']);
const DAY_AFTER = withConjunctions(['غداة']);
const RIGHT_AFTER = withConjunctions(['عقب', 'إثر', 'اثر', 'بعيد']);

/**
 * The clause break a meeting word at token `i` opens, if any: a preposition of time a few words
 * before it (`بعد لقاء`, `بعد أن التقيا`, `قبل محادثاتهما`), `سبق` before it, or a word saying
 * it was an earlier one right after it (`القمة الماضية`).
 */
function clauseBreakBefore(
  tokens: readonly Token[],
  i: number,
  to: number,
  articled: boolean,
  columns: TokenTable,
): ClauseBreak | null {
  const { ids, bits, start } = columns;
  // `بعد أسبوع واحد من محادثات …`, `قبل يومين من القمة`: a span of time then `من` lets the
  // preposition reach further back.
  const spanned = i > 0 && SPAN_ENDS.has(wordAt(tokens, ids, i - 1));
  const reach = spanned ? SPANNED_BREAK_REACH : BREAK_REACH;
  for (let k = i - 1, words = 0; k >= 0 && words < Math.max(ALREADY_REACH, reach); k--) {
    const text = wordAt(tokens, ids, k);
    if (isPunct(bits, k)) {
      if (text === '"') continue;
      break;
    }
    words++;
    const at = start[k] as number;
    // `بعد المحادثات` points back to the story's own talks; `بعد لقاء`, `غداة قمته` to another.
    if (words <= reach && RECALLS.has(text)) {
      // What was said came out of this meeting: it is the clause's own, no other (see saidAfter).
      if (saidAfter(tokens, k, columns)) return null;
      return { at, earlier: !articled || spanned, dayBefore: DAY_AFTER.has(text), immediate: RIGHT_AFTER.has(text) };
    }
    if (words <= reach && LOOK_AHEAD.has(text)) return { at, earlier: false };
    if (words <= ALREADY_REACH && ALREADY.has(text)) return { at, earlier: true };
  }
  if (to < tokens.length && (bits[to] as number) & WORD_BIT && EARLIER_AFTER.has(wordAt(tokens, ids, to))) {
    return { at: start[i] as number, earlier: true };
  }
  if (lastTimeAfter(tokens, to, columns)) return { at: start[i] as number, earlier: true };
  return null;
}

/** Words before `عقب` within which the saying it follows may stand (`وفق ما أعلنه الكرملين عقب`). */
const SAID_REACH = 3;
/** A reporting verb, with a conjunction and an object pronoun too (`وأعلن`, `أعلنه`, `أعلنته`). */
const SAID = withConjunctions([...REPORTING_VERBS, ...REPORTING_VERBS.map((v) => `${v}ه`)]);

/**
 * A saying right before the preposition at token `k` (`وفق ما أعلنه الكرملين عقب اتصال هاتفي بين
 * الزعيمين`, `قال الكرملين بعد محادثات`): what was said came out of that meeting, the
 * story's own, not an earlier one.
 */
function saidAfter(tokens: readonly Token[], k: number, columns: TokenTable): boolean {
  const { ids, bits } = columns;
  for (let j = k - 1, words = 0; j >= 0 && words < SAID_REACH; j--) {
    if (isPunct(bits, j)) return false;
    words++;
    const w = wordAt(tokens, ids, j);
    if (SAID.has(w)) return true;
  }
  return false;
}

/** Words after a meeting word within which `آخر مرة` may follow it (`التقى شي وبوتين وجها لوجه آخر مرة`). */
const LAST_TIME_AFTER_REACH = 6;
const LAST = normaliseString('آخر');
const TIME_WORD = normaliseString('مرة');

/**
 * `والتقى شي وبوتين وجها لوجه آخر مرة في سمرقند`: "the last time" after the meeting word, in its
 * clause, says that meeting was the one before the story's. (Not `للمرة الأخيرة`, which may close
 * a series still being told: `يلتقيان اليوم للمرة الأخيرة هذا العام`.)
 */
function lastTimeAfter(tokens: readonly Token[], to: number, columns: TokenTable): boolean {
  const { ids, bits } = columns;
  for (let k = to, words = 0; k + 1 < tokens.length && words < LAST_TIME_AFTER_REACH; k++) {
    if (isPunct(bits, k)) return false;
    words++;
    if (wordAt(tokens, ids, k) === LAST && wordAt(tokens, ids, k + 1) === TIME_WORD) return true;
  }
  return false;
}

/** `قمة بريكس`, `اجتماع منظمة شنغهاي`: a gathering noun followed closely by an organisation. */
function isGathering(tokens: readonly Token[], i: number, to: number, columns: TokenTable): boolean {
  const { ids, bits } = columns;
  if (to !== i + 1 || FAMILY.get(ids[i] as number, wordAt(tokens, ids, i)) === null) return false;
  for (let k = to, words = 0; k < tokens.length && words < ORGANISATION_REACH; k++) {
    const text = wordAt(tokens, ids, k);
    if (isPunct(bits, k)) {
      if (text === '"' || text === '(' || text === '-') continue;
      return false;
    }
    words++;
    if (ORGANISATION.get(ids[k] as number, text)) return true;
  }
  return false;
}

const GROUP_LEADERS = wordSet(['قادة', 'زعماء', 'رؤساء']);
/** Tokens back from a meeting noun to the group whose leaders hold it. */
const GROUP_REACH = 16;

/**
 * `عقد قادة دول مجموعة بريكس (البرازيل وروسيا …) اليوم الأحد اجتماعا غير رسمي`: the leaders of an
 * organisation, named before the meeting noun in its clause (no comma between), hold a gathering.
 */
function heldByGroup(tokens: readonly Token[], i: number, columns: TokenTable, sentenceStart: number): boolean {
  const { ids, bits, start } = columns;
  for (let k = i - 1; k >= Math.max(0, i - GROUP_REACH) && (start[k] as number) >= sentenceStart; k--) {
    const text = wordAt(tokens, ids, k);
    if (isPunct(bits, k)) {
      if (COMMAS.has(text) || SENTENCE_END.has(text)) return false;
      continue;
    }
    if (!GROUP_LEADERS.has(text)) continue;
    for (let j = k + 1; j <= k + ORGANISATION_REACH && j < i; j++)
      if (ORGANISATION.get(ids[j] as number, wordAt(tokens, ids, j))) return true;
  }
  return false;
}

/** Whether a word names an organisation in any clitic form (`ومنظمة`), by token id. */
const ORGANISATION = new WordMemo((w) => cliticForms(w).some((f) => ORGANISATIONS.has(f)));

/** A negation within reach before token `i`, in the same clause. */
function isNegated(tokens: readonly Token[], i: number, columns: TokenTable, sentenceStart: number): boolean {
  const { ids, bits, start } = columns;
  if (i > 0 && SHIELDS.has(wordAt(tokens, ids, i - 1))) return false;
  // Within the cue's sentence: a headline without a full stop (`… ولا تتأثر به`) negates nothing
  // on the line under it (`في اتصال هاتفي …`).
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH) && (start[k] as number) >= sentenceStart; k--) {
    const text = wordAt(tokens, ids, k);
    if (isPunct(bits, k)) {
      if (SENTENCE_END.has(text) || text === ':' || text === '،' || text === ',') return false;
      continue;
    }
    if (NEGATION_WORDS.has(text)) {
      const next = wordAt(tokens, ids, k + 1);
      if (NOT_NEGATING.has(next)) return false;
      // `لم تكن زيارة الدولة … زيارة عادية`: the predicate is denied, not the visit.
      return !(COPULA.has(next) && TOLD_SUBJECT.has(wordAt(tokens, ids, k + 2)));
    }
  }
  return false;
}

/** Words after a meeting word within which `في غيابه` may follow it (`يصل جوهانسبرغ في غيابه`). */
const ABSENCE_REACH = 4;

/** `في غيابه` a few words after the meeting word ending at token `to`, in its clause (see ABSENCE_AFTER). */
function absentAfter(tokens: readonly Token[], to: number, columns: TokenTable): boolean {
  const { ids, bits } = columns;
  for (let k = to; k < Math.min(tokens.length, to + ABSENCE_REACH); k++) {
    if (isPunct(bits, k)) return false;
    if (ABSENCE.has(wordAt(tokens, ids, k))) return true;
  }
  return false;
}

/** A mark, neither word nor number (the kind is the first letter's, so a word fact). */
function isPunct(bits: Int32Array, k: number): boolean {
  return ((bits[k] as number) & (WORD_BIT | NUMBER_BIT)) === 0;
}

type Modal = 'speculative' | 'invited' | 'may';

const MODALS = new Map<string, Modal>([
  ...SPECULATION_WORDS.map((w) => [normaliseString(w), 'speculative'] as const),
  ...INVITATION_WORDS.map((w) => [normaliseString(w), 'invited'] as const),
  [QAD, 'may'],
]);

/** The guess or invitation a word is (`ومن المرجح`: `المرجح`; `ودعا`: `دعا`); null for others. */
function modalOf(word: string): Modal | null {
  if (word === QAD) return 'may';
  for (const f of cliticForms(word)) {
    const m = MODALS.get(f);
    if (m && m !== 'may') return m;
  }
  return null;
}

const MODAL = new WordMemo(modalOf);

/** Tokens a guess or an invitation reaches forward to its meeting word. */
const MODAL_REACH = 14;
/** First letters of an imperfect verb (`يزور`, `تعقد`, `نلتقي`): `قد` before them means "may". */
const IMPERFECT_PREFIXES = new Set(['ي', 'ت', 'ن']);

/** Notes a guess or an invitation at token `t`, for the meeting words after it. */
function readModal(
  tokens: readonly Token[],
  t: number,
  word: string,
  id: number,
  modal: { pending: Modal | null; at: number; aside: boolean; until: number },
): void {
  const m = MODAL.get(id, word);
  if (!m) return;
  // An invitation accepted (`بدعوة من بوتين، يقوم شي بزيارة`, `تلبية لدعوة`) brings the visit
  // reported, not one to come.
  if (m === 'invited' && isAcceptedInvitation(tokens, t)) return;
  // `يمكن القول إن المحادثات كانت ناجحة`, `يمكن اعتبار القمة …`: "it can be said", no guess.
  if (m === 'speculative' && CAN_WORDS.has(word) && startsDefinite(tokens[t + 1])) return;
  modal.at = t;
  modal.aside = false;
  if (m === 'may') {
    const next = tokens[t + 1];
    if (next?.kind === 'word' && IMPERFECT_PREFIXES.has(next.text[0] as string)) {
      modal.pending = 'speculative';
      modal.until = t + 1;
    }
    return;
  }
  modal.pending = m;
  modal.until = t + MODAL_REACH;
}

const CAN_WORDS = withConjunctions(['يمكن']);
const startsDefinite = (tok: Token | undefined) => tok?.kind === 'word' && tok.text.startsWith('ال');
const ACCEPTING = withConjunctions(ACCEPTED_INVITATION_WORDS);
const AT_THE_INVITATION = normaliseString('بدعو');
const COMMAS = new Set([',', '،', '؛', ';']);

/** `بدعوة من`, `تلبية لدعوة`, `استجابة لدعوة`, `بناء على دعوة`: an invitation answered by the visit. */
function isAcceptedInvitation(tokens: readonly Token[], t: number): boolean {
  const text = (tokens[t] as Token).text;
  if (text.startsWith(AT_THE_INVITATION) || text.startsWith(`و${AT_THE_INVITATION}`)) return true;
  for (let k = t - 1; k >= Math.max(0, t - 2); k--) {
    const prev = tokens[k] as Token;
    if (prev.kind !== 'word') return false;
    if (ACCEPTING.has(prev.text)) return true;
  }
  return false;
}

const VISIT_ONLY: ReadonlySet<CueKind> = new Set(['in-person', 'announce']);

/**
 * What a meeting word at token `t` becomes under a guess or an invitation read before it: a
 * guessed meeting (and every meeting word after it in the sentence: `سواء عبر اتصال مرئي أو على
 * هامش قمة`), an invited visit, or itself (null). A meeting word that is the circumstance of its
 * clause (`من المرجح أن يوقعا خلال القمة`) is no guess.
 */
function modalKind(
  tokens: readonly Token[],
  t: number,
  kinds: readonly CueKind[],
  modal: { pending: Modal | null; until: number; speculating: boolean },
): 'speculative' | 'invited' | null {
  const meeting = kinds.some((k) => NEGATABLE.has(k) || k === 'sideline');
  if (!meeting) return null;
  const live = modal.pending !== null && t <= modal.until;
  const pending = live ? modal.pending : null;
  if (pending === 'invited') {
    modal.pending = null;
    return kinds.every((k) => VISIT_ONLY.has(k)) ? 'invited' : null;
  }
  if (!modal.speculating && pending !== 'speculative') return null;
  if (t > 0 && SHIELDS.has((tokens[t - 1] as Token).text)) return null;
  modal.pending = null;
  modal.speculating = true;
  return 'speculative';
}

const FI = normaliseString('في');

/**
 * `في آخر اتصال` right before the meeting word at `t`: a phrase that can qualify a meeting told
 * just before (`أجرى … محادثات مع شي، في آخر اتصال بين الزعيمين قبل نهاية العام`); `كانت آخر قمة
 * بينهما في …` and `آخر لقاء` opening a clause recall an earlier one.
 */
function isApposition(tokens: readonly Token[], ids: Int32Array, t: number): boolean {
  return t > 1 && LAST_TIME.has(wordAt(tokens, ids, t - 1)) && wordAt(tokens, ids, t - 2) === FI;
}

/** The sentence so far has a meeting word of its own, not negated or guessed. */
function reportsMeeting(s: Sentence): boolean {
  for (const c of s.cues) if (NEGATABLE.has(c.kind)) return true;
  return false;
}

/** `وكان الرئيسان قد التقيا …`: a sentence opening on كان with قد close after tells background. */
function isPluperfect(tokens: readonly Token[], i: number, columns: TokenTable): boolean {
  // Asked of every sentence: its first word is read off the columns, the tokens only after `كان`.
  if (((columns.bits[i] as number) & WORD_BIT) === 0 || !PLUPERFECT.has(wordAt(tokens, columns.ids, i))) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && SENTENCE_END.has(t.text)) return false;
    // `وكان الكرملين قد أعلن أن …` reports the news: the pluperfect is the announcement's.
    if (t.text === QAD) return !REPORTING.has(tokens[k + 1]?.text ?? '') && !toldToday(tokens, k + 1);
  }
  return false;
}

/** Words after `قد` within which a day word makes the pluperfect the day's own narrative. */
const TOLD_TODAY_REACH = 6;

/**
 * `وكان الزعيمان قد عقدا في وقت سابق اليوم جولة محادثات`: news tells what happened earlier the
 * same day in the pluperfect too; that is the story's own event, not a meeting recalled as
 * background. Only the verb's own clause is read, up to the first punctuation. (`أمس` stays
 * background: a visit's second day recalls the first day's talks that way, and the day's own
 * event is the one to describe.)
 */
function toldToday(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + TOLD_TODAY_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (SAME_DAY.has(t.text)) return true;
  }
  return false;
}

interface CueMatch {
  kinds: readonly CueKind[];
  start: number;
  end: number;
  /** One past the last token of the match. */
  to: number;
}

/**
 * The cue starting at token `i`, read off the list's typed columns: most words asked start none,
 * and their token objects need not be read.
 */
function cueAt(tokens: readonly Token[], i: number, columns: TokenTable): CueMatch | null {
  const { start, end } = columns;
  const match = matchPhraseAt(CUES, tokens, i, tokens.length, CLITICS | SUFFIXES, columns);
  if (match) {
    if (isPhoneDevice(tokens, i, match.to, match.value) || isLoneMedium(tokens, i, match.to, columns)) return null;
    if (reachesAmount(tokens, i, match.to, columns)) return null;
    return { kinds: match.value, start: start[i] as number, end: end[match.to - 1] as number, to: match.to };
  }
  if (isVideoWord(wordAt(tokens, columns.ids, i))) {
    return { kinds: ['video'], start: start[i] as number, end: end[i] as number, to: i + 1 };
  }
  return null;
}

/** The text of token `i`: its interned string by id (no token object read), else its own. */
function wordAt(tokens: readonly Token[], ids: Int32Array, i: number): string {
  const id = ids[i] as number;
  return id === 0 ? (tokens[i] as Token).text : (VOCABULARY[id] as string);
}

const MEDIUMS = buildPhraseTable(MEDIUM_WORDS.map((w) => [w, true] as const));
const PHONE_DEVICES = wordSet(PHONE_DEVICE_WORDS);
/** Words a medium may stand from its meeting word (`محادثات افتراضية`, `شارك عبر الإنترنت في القمة`). */
const MEDIUM_REACH = 3;
/** Meeting words a medium can qualify: not a visit or a reception, which are in person. */
const MEDIUM_HOSTS: ReadonlySet<CueKind> = new Set(['meet', 'summit', 'call', 'phone', 'video']);

/** `وصل`, `يصل` and their persons: arriving, or reaching an amount. */
const ARRIVAL_VERBS = new Set(['وصل', 'وصلت', 'يصل', 'تصل', 'سيصل', 'ستصل'].map(normaliseString));
/** Words that open an amount after `إلى` (`إلى نحو 123 مليار دولار`, `إلى أكثر من`). */
const AMOUNT_LEADS = new Set(['نحو', 'حوالي', 'قرابة', 'زهاء', 'أكثر', 'أقل', 'مستوى', 'مستويات'].map(normaliseString));
const ILA = normaliseString('إلى');

/**
 * `ليصل إلى نحو 123 مليار دولار`, `وصل حجم التبادل إلى 240 مليارا`: a figure reaching an
 * amount, not a leader arriving. The verb, `إلى`, then a number or a word that opens an amount.
 */
function reachesAmount(tokens: readonly Token[], i: number, to: number, columns: TokenTable): boolean {
  if (to !== i + 1) return false;
  const w = wordAt(tokens, columns.ids, i);
  const bare = ARRIVAL_VERBS.has(w) ? w : ARRIVAL_VERBS.has(w.slice(1)) ? w.slice(1) : null;
  if (bare === null) return false;
  // The amount may come a few words on (`وصل حجم التبادل إلى`): up to three words before `إلى`.
  for (let k = to; k < Math.min(tokens.length - 1, to + 4); k++) {
    if (wordAt(tokens, columns.ids, k) !== ILA) continue;
    const next = tokens[k + 1] as Token;
    return ((columns.bits[k + 1] as number) & NUMBER_BIT) !== 0 || AMOUNT_LEADS.has(next.text);
  }
  return false;
}

/** The telephone's noun before a device word (`الهاتف المحمول`): the object, not a call. */
function isPhoneDevice(tokens: readonly Token[], i: number, to: number, kinds: readonly CueKind[]): boolean {
  if (to !== i + 1 || !kinds.includes('phone')) return false;
  const next = tokens[to];
  return next?.kind === 'word' && PHONE_DEVICES.has(next.text);
}

/**
 * A medium (`عبر الإنترنت`, `عن بعد`, `افتراضية`) with no meeting word within a few words in its
 * clause: online sales, a live stream, distance learning, a virtual currency.
 */
function isLoneMedium(tokens: readonly Token[], i: number, to: number, columns: TokenTable): boolean {
  if (mediumEndingAt(tokens, i, columns) !== to) return false;
  const { ids, bits } = columns;
  for (let k = i - 1, words = 0; k >= 0 && words < MEDIUM_REACH; k--) {
    if (isPunct(bits, k)) {
      if (wordAt(tokens, ids, k) === '"') continue;
      break;
    }
    words++;
    if (hostsMediumAt(tokens, k, i, columns)) return false;
  }
  for (let k = to, words = 0; k < tokens.length && words < MEDIUM_REACH; k++) {
    if (isPunct(bits, k)) {
      if (wordAt(tokens, ids, k) === '"') continue;
      break;
    }
    words++;
    if (hostsMediumAt(tokens, k, i, columns)) return false;
  }
  return true;
}

// The two helpers below are module functions, not closures of `isLoneMedium`: it runs for every
// cue, and a closure made per call costs more than the lookups themselves.

/** One past the last token of a medium starting at token `k`, if any. */
function mediumEndingAt(tokens: readonly Token[], k: number, columns: TokenTable): number | undefined {
  return matchPhraseAt(MEDIUMS, tokens, k, tokens.length, CLITICS | SUFFIXES, columns)?.to;
}

/**
 * A meeting word starting at token `k` that a medium at token `i` can qualify: wholly before the
 * medium when it stands before it, and not itself a medium.
 */
function hostsMediumAt(tokens: readonly Token[], k: number, i: number, columns: TokenTable): boolean {
  const m = matchPhraseAt(CUES, tokens, k, tokens.length, CLITICS | SUFFIXES, columns);
  if (!m || (k < i && m.to > i) || mediumEndingAt(tokens, k, columns) === m.to) return false;
  return m.value.some((kind) => MEDIUM_HOSTS.has(kind));
}

function isVideoWord(w: string): boolean {
  return (
    w.length > VIDEO_STEM.length + 2 &&
    w.includes(VIDEO_STEM) &&
    cliticForms(w).some((f) => f.startsWith(VIDEO_STEM) && f.length > VIDEO_STEM.length + 2)
  );
}
