// A story of a visit often ends its lead with what comes next: the next stop of the tour (`ثم
// يتوجه إلى هاربين يوم الجمعة`, `قبل أن يتوجه إلى هاربين`, `ويزور بعد ذلك شنغهاي`) or a
// meeting of others agreed for later (`على أن يلتقي رئيسا الوزراء في سان بطرسبورغ`). A place
// named after such a sequel word is that step's, not the place of the leaders' meeting — unless
// the step is itself talks of the leaders (`وصل بوتين إلى بكين ثم التقى شي في قاعة الشعب`).
// Hand-written: a short backward word scan from the venue, bounded by the sentence and commas.

import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import type { Candidate } from './document';
import type { Cue, CueKind } from './story-analysis';

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

interface Word {
  text: string;
  start: number;
}

/** Words before `to` back to a sentence end or comma, nearest first, at most `REACH`. */
function wordsBack(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = to;
  while (i > from && out.length < REACH) {
    let e = i;
    while (e > from && !isLetter(text.charCodeAt(e - 1))) {
      const c = text.charCodeAt(e - 1);
      // `.`, `؛`, `،`, `,`, `:`: the clause ends.
      if (c === 0x2e || c === 0x61b || c === 0x60c || c === 0x2c || c === 0x3a || c === 0x3b) return out;
      e--;
    }
    let b = e;
    while (b > from && isLetter(text.charCodeAt(b - 1))) b--;
    if (b === e) break;
    out.push({ text: text.slice(b, e), start: b });
    i = b;
  }
  return out;
}

/**
 * Whether venue `v` of a sentence stands in a later step than the meeting reported: after a
 * sequel word, in a stretch that holds no talks, or talks of other officials.
 */
export function isLaterStep(text: string, v: Candidate, sentence: { start: number; cues: readonly Cue[] }): boolean {
  const words = wordsBack(text, sentence.start, v.nStart);
  let opener = -1;
  for (let k = 0; k < words.length; k++) {
    const w = (words[k] as Word).text;
    if (SEQUEL_WORDS.has(w)) {
      opener = (words[k] as Word).start;
      break;
    }
    const firstOfPair = words[k + 1];
    if (firstOfPair && SEQUEL_PAIRS.get(firstOfPair.text)?.has(w)) {
      opener = firstOfPair.start;
      break;
    }
  }
  if (opener < 0) return false;
  const talks = sentence.cues.some((c) => TALKS.has(c.kind) && c.start >= opener && c.start < v.nStart);
  if (!talks) return true;
  return words.some((w) => w.start >= opener && OTHER_OFFICIALS.has(w.text));
}
