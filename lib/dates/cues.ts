// Does the clause before a date report something past or announce something to come? Arabic
// marks the future with the prefix `سـ` on an imperfect verb (`سيزور`, `ستعقد`, `سيتم`) or with
// words like `سوف`, `من المقرر`, `المرتقبة`; news reports the past with perfective verbs
// (`التقى`, `عقدت`) and `قد`/`كان`. Hand-written and approximate on purpose: the cue only decides
// between two readings the text leaves open (a bare weekday, a year-less date), never whether a
// date is there. The nearest cue wins; the search stops at a clause boundary (`أن`, `الذي`).

import { analyseWord } from '../numbers/lexicon';
import { normaliseString } from '../text/normalise';
import { THIRD_PERSON_POSSESSIVES } from '../text/possessive-suffixes';
import { type Token, tokenTable } from '../text/tokens';
import { WordFlags } from '../text/vocabulary';
import {
  CLAUSE_BREAKS,
  EXPECTATION_WORDS,
  FUTURE_CUES,
  FUTURE_SHAPE_EXCEPTION_PREFIXES,
  FUTURE_SHAPE_EXCEPTION_WORDS,
  PAST_CUES,
  WORD,
} from './lexicon';
import { withoutConjunction } from './phrase-table';
import type { Lean } from './spec';
import { PURPOSE_WORDS } from './words-tense';

/** How many tokens before the date the cue may stand. */
const WINDOW = 10;

const SIN = 0x0633; // س
const YA = 0x064a; // ي
const TA = 0x062a; // ت
const NUN = 0x0646; // ن
const WAW = 0x0648;
const FA = 0x0641;

/** `سيزور`, `وستعقد`, `سنعمل`: the future prefix on an imperfect verb, by shape. */
export function hasFutureShape(word: string): boolean {
  let w = word;
  const c0 = w.charCodeAt(0);
  if ((c0 === WAW || c0 === FA) && w.charCodeAt(1) === SIN) w = w.slice(1);
  if (w.length < 4 || w.charCodeAt(0) !== SIN) return false;
  const c1 = w.charCodeAt(1);
  if (c1 !== YA && c1 !== TA && c1 !== NUN) return false;
  if (FUTURE_SHAPE_EXCEPTION_WORDS.has(w)) return false;
  for (const prefix of FUTURE_SHAPE_EXCEPTION_PREFIXES) if (w.startsWith(prefix)) return false;
  return true;
}

const ALA = normaliseString('على');
const AN = normaliseString('أن');
const BI_AN = normaliseString('بأن');

const SENTENCE_END = new Set(['.', '؟', '?', '!', '؛', ';']);

const ILA = normaliseString('إلى');
const YAWM = normaliseString('يوم');

/**
 * A headline without a verb that sends someone somewhere (`شي إلى موسكو الإثنين`, `بوتين إلى
 * بكين يوم الخميس`): the elided verb is one of going, and the day is the trip's, still to come.
 * Only in the first line, when nothing before the date in it gave a tense, and the destination
 * stands right before the date (`إلى` + one word).
 */
function headlineTrip(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === YAWM) k--;
  return tokens[k]?.kind === 'word' && tokens[k - 1]?.text === ILA;
}

const HATTA = normaliseString('حتى');

/**
 * The tense of the clause shortly before token `i`: 'future', 'past', or null. A date after
 * `حتى` (until) ends something under way (`القمة التي تستضيفها قازان حتى الخميس`): still to
 * come, unless the clause tells it as past (`استمرت المحادثات حتى الخميس`).
 */
export function leanBefore(tokens: readonly Token[], text: string, i: number): Lean {
  const before = tokens[i - 1];
  if (before?.kind === 'word' && withoutConjunction(before.text) === HATTA) {
    return clauseLean(tokens, text, i - 1) === 'past' ? 'past' : 'future';
  }
  return clauseLean(tokens, text, i);
}

/**
 * Reaching the start of the text's first line (the headline) with no tense found. Body lines are
 * left alone: their verb may be a perfective the cue lists do not hold.
 */
function atLineStart(tokens: readonly Token[], line: Int32Array, i: number): Lean {
  return line[i] === 0 && headlineTrip(tokens, i) ? 'future' : null;
}

/** What a word (with or without `و`/`ف`) says of its clause's tense, by `CUE_OF`. */
const FUTURE_WORD = 1;
const PAST_WORD = 2;
const CLAUSE_BREAK = 3;
const SENTENCE_MARK = 4;

/**
 * The cue of each word, remembered by token id: a date looks at up to `WINDOW` words before it,
 * and each would otherwise take several set lookups and a copy without its conjunction.
 */
const CUE_OF = new WordFlags((word) => {
  if (SENTENCE_END.has(word)) return SENTENCE_MARK;
  if (FUTURE_CUES.has(word) || hasFutureShape(word)) return FUTURE_WORD;
  const w = withoutConjunction(word);
  if (FUTURE_CUES.has(w)) return FUTURE_WORD;
  if (PAST_CUES.has(word) || PAST_CUES.has(w) || PAST_CUES.has(withoutObjectPronoun(w))) return PAST_WORD;
  if (CLAUSE_BREAKS.has(word) || CLAUSE_BREAKS.has(w)) return CLAUSE_BREAK;
  return 0;
});

/**
 * A perfective with its object pronoun taken off (`بدأها` → `بدأ`, `أجراهما` → `أجرا`): the
 * third-person suffixes, which objects share with possessives, but the bare ه (also the ة of a noun
 * once normalised: `نقلة نوعية`).
 */
function withoutObjectPronoun(w: string): string {
  for (const suffix of OBJECT_PRONOUNS)
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  return w;
}
const OBJECT_PRONOUNS = THIRD_PERSON_POSSESSIVES.filter((suffix) => suffix !== 'ه');

const QABL = normaliseString('قبل');
const PURPOSE = new Set(PURPOSE_WORDS.map(normaliseString));

/** A definite ordinal right after token `k` (`للقاء الأول`, `للجولة الثانية`). */
function ordinalAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next?.kind !== 'word' || !next.text.startsWith('ال')) return false;
  return analyseWord(next.text).some((a) => a.sense.kind === 'ordinal');
}

/** Whether the word at `k` follows `قبل أن` (`وقبل أن`). */
function afterQablAn(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 2];
  return tokens[k - 1]?.text === AN && before?.kind === 'word' && withoutConjunction(before.text) === QABL;
}

function clauseLean(tokens: readonly Token[], text: string, i: number): Lean {
  const read = { skippedQablAn: false };
  const lean = readClauseLean(tokens, text, i, read);
  // Nothing in reach tells the tense of the clause `قبل أن` hangs on (`سيحضران حفلا بمناسبة
  // الذكرى … لإقامة العلاقات بين البلدين، قبل أن يتوجه … يوم الجمعة`): the imperfect's own reading.
  return lean ?? (read.skippedQablAn ? 'future' : null);
}

function readClauseLean(tokens: readonly Token[], text: string, i: number, read: { skippedQablAn: boolean }): Lean {
  const { line } = tokenTable(tokens, text);
  let stop = i - WINDOW;
  let comma = false;
  for (let k = i - 1; k >= stop; k--) {
    if (k < 0) return atLineStart(tokens, line, i);
    const t = tokens[k] as Token;
    if (line[k] !== line[k + 1]) return atLineStart(tokens, line, i);
    if (t.kind === 'number') continue;
    const cue = CUE_OF.get(t.id, t.text);
    if (t.kind === 'punct') {
      if (cue === SENTENCE_MARK) break;
      if (t.text === '،' || t.text === ',') comma = true;
      continue;
    }
    // `حيث يعقد أول لقاء … منذ تولي الأخير منصبه، في 14 نوفمبر`: a comma closed what `منذ`
    // governed; the date's tense is the clause's before it.
    if (comma && cue === PAST_WORD && withoutConjunction(t.text) === WORD.mundh) continue;
    // `وخصّص الزعيمان للقاء الأول، مساء الاثنين`: `للقاء` before an ordinal is the dative of a
    // noun (for the first meeting), not a purpose still to come.
    if (cue === FUTURE_WORD && PURPOSE.has(t.text) && ordinalAfter(tokens, k)) continue;
    if (cue === FUTURE_WORD) {
      // `قبل أن يلتقي`: after `قبل أن` every verb is an imperfect, past or future alike (`وكان
      // قد اتصل به في فبراير، قبل أن يلتقيه في مايو`): the clause it hangs on tells the tense,
      // read over a window of its own (`لإجراء محادثات مع شي غدا الثلاثاء، قبل أن يحضر الأربعاء`).
      if (afterQablAn(tokens, k)) {
        read.skippedQablAn = true;
        k -= 2;
        stop = k - WINDOW;
        continue;
      }
      return 'future';
    }
    if (cue === PAST_WORD) return 'past';
    if (cue === CLAUSE_BREAK) {
      // `من المقرر أن يلتقي …`, `على أن تجري المحادثات …`: the clause is announced. So is what
      // is expected (`وسط توقعات بأن تطرح بكين يوم الجمعة`, `ويتوقع أن يصل الخميس`).
      const before = tokens[k - 1];
      if (before?.kind !== 'word' || (t.text !== AN && t.text !== BI_AN)) return null;
      const w = withoutConjunction(before.text);
      if (EXPECTATION_WORDS.has(w)) return 'future';
      if (t.text !== AN) return null;
      return before.text === ALA || FUTURE_CUES.has(before.text) ? 'future' : null;
    }
  }
  return null;
}

/** `بعد`, `عقب`, `منذ`: what follows tells of something earlier than what came before. */
const EARLIER_LINKS = new Set(['بعد', 'عقب', 'اثر', 'منذ'].map(normaliseString));

/**
 * Whether a bare weekday at token `i` continues the clause of a day to come that ends at token
 * `from` (`غدا الثلاثاء، قبل حضور العرض العسكري الأربعاء`): the two are close, on one line, with
 * no sentence end, clause break, tense cue or backward link (`بعد`, `عقب`) between them. Asked
 * only when nothing before the weekday gave a tense.
 */
export function continuesFuture(tokens: readonly Token[], text: string, from: number, i: number): boolean {
  if (i - from > WINDOW || i <= from) return false;
  const { line } = tokenTable(tokens, text);
  for (let k = from; k < i; k++) {
    const t = tokens[k] as Token;
    if (line[k] !== line[i]) return false;
    if (t.kind === 'number') continue;
    if (CUE_OF.get(t.id, t.text) !== 0) return false;
    if (t.kind === 'word' && EARLIER_LINKS.has(withoutConjunction(t.text))) return false;
  }
  return true;
}
