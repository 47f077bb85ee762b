// A story of a visit often ends its lead with what comes next: the next stop of the tour (`ثم
// يتوجه إلى هاربين يوم الجمعة`, `قبل أن يتوجه إلى هاربين`, `ويزور بعد ذلك شنغهاي`) or a
// meeting of others agreed for later (`على أن يلتقي رئيسا الوزراء في سان بطرسبورغ`). A place
// named after such a sequel word is that step's, not the place of the leaders' meeting — unless
// the step is itself talks of the leaders (`وصل بوتين إلى بكين ثم التقى شي في قاعة الشعب`).
// Hand-written: a short backward word scan from the venue, bounded by the sentence and commas.

import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import type { Candidate } from './document';
import type { CueKind, Sentence } from './story-analysis';

/** One-word sequel openers, as written with their conjunctions. */
const SEQUEL_WORDS = new Set(['ثم', 'وبعدها', 'بعدها', 'لاحقا', 'ولاحقا'].map(normaliseString));
/** Two-word openers: first word → second words (`على أن`, `قبل أن`, `بعد ذلك`). */
const SEQUEL_PAIRS = new Map<string, Set<string>>([
  [normaliseString('على'), new Set([normaliseString('أن')])],
  [normaliseString('قبل'), new Set([normaliseString('أن')])],
  [normaliseString('وقبل'), new Set([normaliseString('أن')])],
  [normaliseString('بعد'), new Set([normaliseString('ذلك'), normaliseString('ذلك،')])],
  [normaliseString('وبعد'), new Set([normaliseString('ذلك')])],
]);
/**
 * Officials other than the two leaders (`رئيسا الوزراء`, `وزيرا الخارجية`, `الحكومتين`): talks
 * of theirs after a sequel word are another meeting.
 */
const OTHER_OFFICIALS = new Set(
  [
    'الوزراء',
    'وزيرا',
    'وزيري',
    'وزير',
    'وزراء',
    'الحكومتين',
    'حكومتي',
    'الحكومة',
    'الوفدان',
    'الوفدين',
    'المبعوث',
    'المبعوثان',
    'البرلمانين',
    'الخبراء',
  ].map(normaliseString),
);
const TALKS: ReadonlySet<CueKind> = new Set(['meet', 'phone', 'call', 'video', 'summit', 'pair', 'dual']);

/** How many words back from the venue the opener may stand. */
const REACH = 10;

/**
 * Bounds of the words `wordsBack` read, nearest first (at most `REACH`): offsets, not strings, and
 * no object per word. A word is cut out of the text only when it may be an opener (see
 * `MAX_OPENER_LENGTH`): this runs for every venue and date of the meeting's clauses.
 */
const wordStart = new Int32Array(REACH);
const wordEnd = new Int32Array(REACH);

/** Words before `to` back to a sentence end or comma, nearest first, at most `REACH`; their count. */
function wordsBack(text: string, from: number, to: number): number {
  let n = 0;
  let i = to;
  while (i > from && n < REACH) {
    let e = i;
    while (e > from && !isLetter(text.charCodeAt(e - 1))) {
      const c = text.charCodeAt(e - 1);
      if (isClauseMark(c)) return n;
      e--;
    }
    let b = e;
    while (b > from && isLetter(text.charCodeAt(b - 1))) b--;
    if (b === e) break;
    wordStart[n] = b;
    wordEnd[n] = e;
    n++;
    i = b;
  }
  return n;
}

/** The longest word an opener is made of: longer words are not cut out to be looked up. */
const MAX_OPENER_LENGTH = Math.max(
  ...[...SEQUEL_WORDS, ...SEQUEL_PAIRS.keys(), ...[...SEQUEL_PAIRS.values()].flatMap((s) => [...s])].map(
    (w) => w.length,
  ),
);

/** Word `k` read by `wordsBack`, or null when it is too long to be an opener. */
function openerWord(text: string, k: number): string | null {
  const b = wordStart[k] as number;
  const e = wordEnd[k] as number;
  return e - b > MAX_OPENER_LENGTH ? null : text.slice(b, e);
}

/**
 * Whether venue `v` of a sentence stands in a later step than the meeting reported: after a
 * sequel word, in a stretch that holds no talks, or talks of other officials.
 */
export function isLaterStep(text: string, v: Candidate, sentence: LaterStepSentence): boolean {
  const count = wordsBack(text, sentence.start, v.nStart);
  const opener = openerAmong(text, count);
  if (opener < 0) return furtherStop(text, sentence, count);
  const talks = sentence.cues.some((c) => TALKS.has(c.kind) && c.start >= opener && c.start < v.nStart);
  if (!talks) return !talksThere(text, v, sentence);
  for (let k = 0; k < count; k++) {
    if ((wordStart[k] as number) >= opener && OTHER_OFFICIALS.has(text.slice(wordStart[k], wordEnd[k]))) return true;
  }
  return false;
}

/**
 * Date `d` stands after a sequel opener in a sentence that has told the leaders' talks before it
 * (`أجرى الزعيمان محادثات غير رسمية على العشاء، على أن تعقد المحادثات الرسمية اليوم الثلاثاء`): it
 * dates the visit's next round of talks, not the start of the meeting.
 */
export function datesLaterRound(text: string, d: Candidate, sentence: LaterStepSentence): boolean {
  const opener = openerAmong(text, wordsBack(text, sentence.start, d.nStart));
  if (opener < 0) return false;
  let before = false;
  let after = false;
  for (const c of sentence.cues) {
    if (!TALKS.has(c.kind)) continue;
    if (c.end <= opener) before = true;
    else if (c.start < d.nStart) after = true;
  }
  return before && after;
}

/** Where the nearest sequel opener among the `count` words read by `wordsBack` starts, or −1. */
function openerAmong(text: string, count: number): number {
  let next = count > 0 ? openerWord(text, 0) : null;
  for (let k = 0; k < count; k++) {
    const w = next;
    next = k + 1 < count ? openerWord(text, k + 1) : null;
    if (w === null) continue;
    if (SEQUEL_WORDS.has(w)) return wordStart[k] as number;
    if (next !== null && SEQUEL_PAIRS.get(next)?.has(w)) return wordStart[k + 1] as number;
  }
  return -1;
}

/**
 * A sequel opener stands between `from` and `at` in the same clause (`يومي 31 أغسطس والأول من
 * سبتمبر، قبل أن ينتقل إلى العاصمة`): what comes before it is not told of the place after it.
 */
export function sequelBetween(text: string, sentence: LaterStepSentence, from: number, at: number): boolean {
  const opener = openerAmong(text, wordsBack(text, Math.max(sentence.start, from), at));
  return opener >= from;
}

/** Characters between the place of a step and the talks it is made for (`إلى بكين لإجراء محادثات`). */
const PURPOSE_REACH = 16;
/** Characters between those talks and the leader they are held with (`محادثات رسمية مع الرئيس الصيني`). */
const PARTNER_REACH = 30;
/** Talks that a journey can be made for: a summit is a gathering one attends (`لحضور قمة شنغهاي`). */
const PURPOSE_TALKS: ReadonlySet<CueKind> = new Set(['meet', 'pair', 'dual']);

/**
 * The step to venue `v` is made for talks with a leader (`قبل أن ينتقل إلى بكين لإجراء محادثات
 * رسمية مع الرئيس الصيني`): the talks are there, so the place is the meeting's, not a further
 * stop. Only talks right after the place, in its clause, with a leader named soon after them and
 * no other officials between (`ثم يتوجه إلى سان بطرسبورغ للقاء رئيس الوزراء`: not the leaders').
 */
function talksThere(text: string, v: Candidate, sentence: LaterStepSentence): boolean {
  for (const c of sentence.cues) {
    if (!PURPOSE_TALKS.has(c.kind) || c.start < v.nEnd || c.start - v.nEnd > PURPOSE_REACH) continue;
    if (breaksClause(text, v.nEnd, c.start)) return false;
    const partner = sentence.mentions.find(
      (m) => m.type === 'leader' && m.nStart >= c.end && m.nStart - c.end <= PARTNER_REACH,
    );
    if (!partner || breaksClause(text, c.end, partner.nStart)) return false;
    return !namesOtherOfficials(text, c.end, partner.nStart);
  }
  return false;
}

/** A comma or a sentence's end between `from` and `to`. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseMark(text.charCodeAt(i))) return true;
  return false;
}

/** `.`, `؛`, `،`, `,`, `:`, `;`: a clause ends there. */
export function isClauseMark(c: number): boolean {
  return c === 0x2e || c === 0x61b || c === 0x60c || c === 0x2c || c === 0x3a || c === 0x3b;
}

/** A word of `OTHER_OFFICIALS` between `from` and `to` (`للقاء رئيس الوزراء`). */
function namesOtherOfficials(text: string, from: number, to: number): boolean {
  for (const w of text.slice(from, to).split(/[^\p{L}]+/u)) if (OTHER_OFFICIALS.has(w)) return true;
  return false;
}

/** `أيضا`, `كذلك` (normalised): a visit that "also" takes in a place adds a stop to the tour. */
const ALSO_WORDS = new Set(['أيضا', 'أيضاً', 'ايضا', 'كذلك'].map(normaliseString));
/** Characters between the end of a visit word and `أيضا` (the subject may stand between). */
const ALSO_REACH = 24;

/**
 * Venue `v` is a further stop of the visit, told by a visit word and `أيضا` before it (`وأضاف أن
 * بوتين سيزور أيضاً مدينة هاربين`, `ويزور الرئيس الصيني كذلك سان بطرسبورغ`): the place is that
 * stop's, not the meeting's. Not when the sentence has talks after the word (`ويزور شي أيضا موسكو
 * حيث يلتقي بوتين`: the talks are there), nor for `أيضا` after a saying (`وقال بوتين أيضا إن
 * زيارته إلى بكين …`).
 */
function furtherStop(text: string, sentence: LaterStepSentence, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const b = wordStart[k] as number;
    const e = wordEnd[k] as number;
    if (e - b > 6 || !ALSO_WORDS.has(text.slice(b, e))) continue;
    const visit = sentence.cues.some((c) => c.kind === 'in-person' && c.end <= b && b - c.end <= ALSO_REACH);
    if (!visit) return false;
    // Talks with a leader named after them (`حيث يلتقي بوتين`), not a meeting with students
    // (`ويلتقي طلاب معهد هاربين للتكنولوجيا`).
    return !sentence.cues.some(
      (c) =>
        TALKS.has(c.kind) && c.start >= b && sentence.mentions.some((m) => m.type === 'leader' && m.nStart >= c.end),
    );
  }
  return false;
}

/** What `isLaterStep` reads of a sentence: its start, its cues and its mentions. */
type LaterStepSentence = Pick<Sentence, 'start' | 'cues' | 'mentions'>;
