// The main story cut into sentences, each with the leaders, venues and dates it mentions and the
// meeting words it uses. Relevance and the meeting description both read this; it is computed
// once per extraction, in one pass over the story's tokens.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import type { Span } from './body';
import type { Candidate, Doc } from './document';
import {
  ANNOUNCE_WORDS,
  BILATERAL_SUMMITS,
  CALL_WORDS,
  GATHERING_NOUNS,
  IN_PERSON_WORDS,
  LAST_TIME_WORDS,
  MEET_WORDS,
  MESSAGE_WORDS,
  NEGATION_BREAKERS,
  NEGATIONS,
  ORGANISATION_WORDS,
  PAIR_HEADS,
  PAIR_TITLES,
  PHONE_WORDS,
  PLUPERFECT_OPENERS,
  SIDELINE_WORDS,
  VIDEO_WORDS,
} from './meeting-words';
import { buildPhraseTable, CLITICS, cliticForms, matchPhraseAt, SUFFIXES } from './phrases';

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
  | 'gathering';

/** Kinds that can be negated: the meeting words proper. */
const NEGATABLE: ReadonlySet<CueKind> = new Set(['meet', 'in-person', 'phone', 'call', 'video', 'summit']);

export interface Cue {
  kind: CueKind;
  /** Normalised offsets. */
  start: number;
  end: number;
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
  add('in-person', IN_PERSON_WORDS);
  add('sideline', SIDELINE_WORDS);
  add('phone', PHONE_WORDS);
  add('call', CALL_WORDS);
  add('video', VIDEO_WORDS);
  add('announce', ANNOUNCE_WORDS);
  add('message', MESSAGE_WORDS);
  add('pair', pairPhrases);
  add('summit', BILATERAL_SUMMITS);
  return buildPhraseTable<CueKind[]>(kinds.entries());
}

const CUES = cueTable();
const wordSet = (words: readonly string[]) => new Set(words.map(normaliseString));
const NEGATION_WORDS = wordSet(NEGATIONS);
const NOT_NEGATING = wordSet(NEGATION_BREAKERS);
const PLUPERFECT = wordSet(PLUPERFECT_OPENERS);
const LAST_TIME = wordSet(LAST_TIME_WORDS);
const QAD = normaliseString('قد');
const GATHERINGS = wordSet(GATHERING_NOUNS);
const ORGANISATIONS = wordSet(ORGANISATION_WORDS);
/** How many words after `قمة` an organisation's name may start (`قمة قادة مجموعة العشرين`). */
const ORGANISATION_REACH = 2;
const DUAL_SUFFIX = 'هما';
/** How far back a negation reaches over a meeting word, in tokens (`لا توجد في الوقت الحالي خطط لإجراء اتصال`). */
const NEGATION_REACH = 8;

/**
 * The loanword for a video conference has too many spellings to list (`الفيديوكونفرانس`,
 * `فيديوكونفيرانس`): a word made of this stem and more counts. The bare word (`فيديو`) labels a clip.
 */
const VIDEO_STEM = 'فيديو';

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

/**
 * Splits the story lines into sentences and attaches cues and mentions. `mentions` are the
 * resolved candidates inside the story, in text order.
 */
export function analyseStory(doc: Doc, lines: readonly Span[], mentions: readonly Candidate[]): Sentence[] {
  const sentences: Sentence[] = [];
  const tokens = doc.tokens;
  let t = 0;
  let m = 0;
  lines.forEach(([lineStart, lineEnd], lineIndex) => {
    while (t < tokens.length && (tokens[t] as Token).start < lineStart) t++;
    let current: Sentence | null = null;
    while (t < tokens.length && (tokens[t] as Token).end <= lineEnd) {
      const tok = tokens[t] as Token;
      if (!current) {
        current = {
          text: doc.norm.text,
          start: tok.start,
          end: tok.end,
          line: lineIndex,
          storyLine: lineIndex,
          cues: [],
          mentions: [],
          background: isPluperfect(tokens, t),
        };
        sentences.push(current);
      }
      current.end = tok.end;
      if (tok.kind === 'word') {
        const cue = cueAt(tokens, t);
        if (cue) {
          const negated = cue.kinds.some((k) => NEGATABLE.has(k)) && isNegated(tokens, t);
          const kinds: readonly CueKind[] = negated
            ? ['negated']
            : cue.kinds.includes('meet') && isGathering(tokens, t, cue.to)
              ? ['gathering']
              : cue.kinds;
          for (const kind of kinds) current.cues.push({ kind, start: cue.start, end: cue.end });
          if (
            !negated &&
            cue.to === t + 1 &&
            tok.text.endsWith(DUAL_SUFFIX) &&
            cue.kinds.some((k) => NEGATABLE.has(k))
          ) {
            current.cues.push({ kind: 'dual', start: cue.start, end: cue.end });
          }
          if (!negated && t > 0 && LAST_TIME.has((tokens[t - 1] as Token).text)) current.background = true;
          current.end = (tokens[cue.to - 1] as Token).end;
          t = cue.to;
          continue;
        }
      } else if (tok.kind === 'punct' && SENTENCE_END.has(tok.text)) {
        current = null;
      }
      t++;
    }
  });
  // Mentions fall into the sentence that contains them (both lists are in text order).
  for (const s of sentences) {
    while (m < mentions.length && (mentions[m] as Candidate).nStart < s.start) m++;
    let k = m;
    while (k < mentions.length && (mentions[k] as Candidate).nEnd <= s.end) s.mentions.push(mentions[k++] as Candidate);
    m = k;
  }
  return sentences;
}

/** `قمة بريكس`, `اجتماع منظمة شنغهاي`: a gathering noun followed closely by an organisation. */
function isGathering(tokens: readonly Token[], i: number, to: number): boolean {
  if (to !== i + 1 || !cliticForms((tokens[i] as Token).text).some((f) => GATHERINGS.has(f))) return false;
  for (let k = to, words = 0; k < tokens.length && words < ORGANISATION_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') {
      if (t.text === '"' || t.text === '(' || t.text === '-') continue;
      return false;
    }
    words++;
    if (cliticForms(t.text).some((f) => ORGANISATIONS.has(f))) return true;
  }
  return false;
}

/** A negation within reach before token `i`, in the same clause. */
function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') {
      if (SENTENCE_END.has(t.text) || t.text === ':' || t.text === '،' || t.text === ',') return false;
      continue;
    }
    if (NEGATION_WORDS.has(t.text)) return !NOT_NEGATING.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/** `وكان الرئيسان قد التقيا …`: a sentence opening on كان with قد close after tells background. */
function isPluperfect(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i] as Token;
  if (first.kind !== 'word' || !PLUPERFECT.has(first.text)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && SENTENCE_END.has(t.text)) return false;
    if (t.text === QAD) return true;
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

function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const tok = tokens[i] as Token;
  const match = matchPhraseAt(CUES, tokens, i, tokens.length, CLITICS | SUFFIXES);
  if (match) return { kinds: match.value, start: tok.start, end: (tokens[match.to - 1] as Token).end, to: match.to };
  if (tok.text.length > VIDEO_STEM.length + 2 && tok.text.includes(VIDEO_STEM)) {
    if (cliticForms(tok.text).some((f) => f.startsWith(VIDEO_STEM) && f.length > VIDEO_STEM.length + 2)) {
      return { kinds: ['video'], start: tok.start, end: tok.end, to: i + 1 };
    }
  }
  return null;
}
