// The day of the telling is not the day of the thing told. A news lead that announces a visit puts
// the announcement's day in the reporting clause and the visit's day in what is reported:
// «أعلن الكرملين اليوم الثلاثاء أن بوتين يصل إلى بكين الخميس», «قال المتحدث باسم الكرملين
// دميتري بيسكوف الأحد إن الرئيس سيتوجه …», «أكدت الخارجية، في بيان اليوم، أنّ …». A date
// standing after a verb of saying and before the أن/إن that opens its complement dates the
// saying. It is a candidate of last resort for the meeting: when the complement dates nothing,
// the saying's day is often the event's too (`أعلن الكرملين اليوم أن الرئيسين أجريا اتصالا`).

import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import { TOLD_DONE_VERBS } from './meeting-words';
import { SAYING_WORDS } from './saying-words';

/** The complementiser of reported speech, with `بـ` (`صرح بأن`) and `و` (`وأن`). */
const THAT = new Set(['ان', 'بان', 'وان', 'انه', 'بانه']);
/** The other leader as the one spoken to (`لنظيره`, `لضيفه`), normalised. */
const TO_THE_OTHER = new Set(['لنظيره', 'لنظيرته', 'لضيفه', 'لمضيفه'].map(normaliseString));

/** Words a reporting clause may run over between its verb and the date (subject, name, `في بيان`). */
const VERB_REACH = 14;
/** Words between the date and the complementiser (`اليوم الثلاثاء، في بيان، أن`). */
const THAT_REACH = 5;

/** The words of `text` between `from` and `to`, as plain letter runs, in order. */
function wordsBetween(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    if (i > s) out.push(text.slice(s, i));
  }
  return out;
}

/**
 * Whether the date at [nStart, nEnd) of `text` stands in a verb of saying's own clause, with the
 * complement (`أن …`) still to come: it dates the announcement. Sentence bounds keep the search
 * inside one sentence.
 */
export function datesTheSaying(
  text: string,
  c: { nStart: number; nEnd: number },
  sentence: { start: number; end: number },
): boolean {
  // Word by word back from the date, nearest first: only the words looked at are cut out.
  const from = Math.max(sentence.start, c.nStart - 120);
  let verb = false;
  let at = timeOfDayOpening(text, from, c.nStart);
  for (let n = 0; n < VERB_REACH; n++) {
    let e = at;
    while (e > from && !isLetter(text.charCodeAt(e - 1))) e--;
    let b = e;
    while (b > from && isLetter(text.charCodeAt(b - 1))) b--;
    if (b === e) break;
    const w = text.slice(b, e);
    // A complementiser before the date puts the date inside what is said.
    if (THAT.has(w)) return false;
    // Said to the other leader (`أكد شي لنظيره الروسي بوتين، الأربعاء، أن …`): in the meeting itself.
    if (TO_THE_OTHER.has(w)) return false;
    if (SAYING_WORDS.has(w)) {
      verb = true;
      break;
    }
    at = b;
  }
  if (!verb) return false;
  return complementAt(text, c, sentence) >= 0;
}

/** `في وقت سابق (من)` before a date (`في وقت سابق اليوم`, `في وقت متأخر من مساء أمس`), normalised. */
const EARLIER_LATER_TODAY = /(?:^|[^\p{L}])(في\s+وقت\s+(?:سابق|لاحق|مبكر|متاخر)(?:\s+من)?\s*)$/u;
/** Characters such an opening takes at most. */
const EARLIER_LATER_REACH = 24;

/**
 * Where the date's own words start, counting `في وقت سابق` (earlier) and the like as the date's
 * (`أعلنت المتحدثة باسم وزارة الخارجية هوا تشون ينغ في وقت سابق اليوم أن …`): they take none of
 * the reach between the verb of saying and the date.
 */
function timeOfDayOpening(text: string, from: number, at: number): number {
  const lo = Math.max(from, at - EARLIER_LATER_REACH);
  // Most dates have no `وقت` before them: the RegExp is run only where the word is.
  if (!hasTimeWord(text, lo, at)) return at;
  const m = EARLIER_LATER_TODAY.exec(text.slice(lo, at));
  return m ? at - (m[1] as string).length : at;
}

/** `وقت` stands between `from` and `to` (read by hand, no search past the bounds). */
function hasTimeWord(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 <= to; i++) if (text.charCodeAt(i) === TIME_FIRST && text.startsWith(TIME, i)) return true;
  return false;
}

const TIME = 'وقت';
const TIME_FIRST = TIME.charCodeAt(0);

/** Index (in the words after the date) of the complementiser, or -1. */
function complementAt(text: string, c: { nEnd: number }, sentence: { end: number }): number {
  const to = Math.min(sentence.end, c.nEnd + 80);
  let i = c.nEnd;
  for (let k = 0; k < THAT_REACH; k++) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    if (i === s) break;
    if (THAT.has(text.slice(s, i))) return k;
  }
  return -1;
}

/** Perfectives of talks, bare and with `و`/`ف`/`قد`-free conjunctions (`وأجريا`). */
const DONE = withConjunctions(TOLD_DONE_VERBS);
/** Words of what is said that its verb may stand behind (`أن الرئيسين الروسي والصيني قد أجريا`). */
const DONE_REACH = 10;
/** Yesterday inside what is said: the day before the saying (`أن الزعيمين أجريا أمس اتصالا`). */
const YESTERDAY = new Set(['امس', 'البارحه']);
/** A future or hoped verb in what is said: the saying announces, it dates nothing done. */
const AHEAD = new Set(['سوف', 'سيتم', 'المقرر', 'المرتقب', 'المنتظر']);

/**
 * What a saying dated by `datesTheSaying` tells, when it tells something done: `same` when the
 * told verb is a perfective of talks (`أعلن الكرملين أمس الاثنين أن الزعيمين أجريا محادثة`, the
 * saying's day is the talks' own, as agencies put out the readout the day of the call); `before`
 * when `أمس` stands in what is said as well (`قال … الثلاثاء إن الزعيمين تباحثا أمس`); null when
 * what is said is ahead (`أن بوتين يصل …`, `سيتوجه`) or no verb of talks opens it.
 */
export function toldDone(
  text: string,
  c: { nStart: number; nEnd: number },
  sentence: { start: number; end: number },
): 'same' | 'before' | null {
  const at = complementAt(text, c, sentence);
  if (at < 0) return null;
  const after = wordsBetween(text, c.nEnd, Math.min(sentence.end, c.nEnd + 160));
  let done = false;
  let yesterday = false;
  for (let k = at + 1; k < after.length && k <= at + DONE_REACH + 3; k++) {
    const w = after[k] as string;
    if (YESTERDAY.has(w)) yesterday = true;
    if (done) continue;
    if (k > at + DONE_REACH) break;
    if (AHEAD.has(w)) return null;
    if (DONE.has(w)) done = true;
  }
  if (!done) return null;
  return yesterday ? 'before' : 'same';
}
