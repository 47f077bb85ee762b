// A day told of the event one leader invited the other to (`ودعا بوتين شي إلى حضور احتفالات الذكرى
// الـ80 للنصر في موسكو في 9 مايو`, `ودعاه لزيارة الصين في الخريف`) is that event's, still to come:
// not the day of the call or the talks in which the invitation was made. Hand-written: a short
// backward word scan from the date, within its clause, to the invitation's purpose (`إلى حضور`,
// `لزيارة`) and the invitation word before it.

import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import type { Candidate } from './document';
import { isClauseMark } from './later-step';
import { ACCEPTED_INVITATION_WORDS, INVITATION_WORDS } from './meeting-words';
import type { CueKind, Sentence } from './story-analysis';

/** Words back from the date to the invitation word (its object, the event's name and place between). */
const REACH = 16;

const forms = (words: readonly string[], prefixes: readonly string[]) =>
  new Set(words.flatMap((w) => prefixes.map((p) => normaliseString(p + w))));

/** The invitation (`ودعا`, `الدعوة`, `دعوته`), with its conjunctions. */
const INVITING = withConjunctions(INVITATION_WORDS);
/** Before the invitation word, an answer to it: the visit told is the one taking place. */
const ACCEPTING = forms(ACCEPTED_INVITATION_WORDS, ['', 'و']);
/** What one is invited to do, as a verbal noun (`حضور`, `زيارة`, `المشاركة`). */
const PURPOSES = ['حضور', 'زيارة', 'المشاركة', 'مشاركة', 'القيام'];
/** The purpose with its preposition glued (`لزيارة`, `للمشاركة`). */
const GLUED_PURPOSES = forms(PURPOSES, ['ل']);
/** The purpose after `إلى` (`إلى زيارة`). */
const BARE_PURPOSES = forms(PURPOSES, ['']);
const TO = new Set(['إلى', 'الى'].map(normaliseString));
/** Forms of meeting that no invitation is to: a call between the purpose and the date is the date's. */
const CALL_KINDS: ReadonlySet<CueKind> = new Set(['phone', 'call', 'video']);

/**
 * Whether date `c` of `sentence` is told of an event someone is invited to: an invitation word, then
 * its purpose, then the date, within one clause and `REACH` words, with no call named between the
 * purpose and the date (`دعاه إلى زيارة الصين خلال اتصال هاتفي أجرياه الثلاثاء`: the call's day),
 * and the invitation not answered (`تلبية لدعوة`, `بدعوة من`: the visit is the one told).
 */
export function isInvitedEventDate(text: string, c: Candidate, sentence: Sentence): boolean {
  let purpose = -1;
  let at = c.nStart;
  for (let n = 0; n < REACH; n++) {
    const [b, e] = wordBefore(text, at, sentence.start);
    if (b < 0) return false;
    const word = text.slice(b, e);
    if (purpose < 0) {
      if (GLUED_PURPOSES.has(word)) purpose = b;
      else if (BARE_PURPOSES.has(word) && TO.has(previousWord(text, b, sentence.start))) purpose = b;
    } else if (INVITING.has(word)) {
      if (ACCEPTING.has(previousWord(text, b, sentence.start))) return false;
      return !sentence.cues.some((q) => CALL_KINDS.has(q.kind) && q.start >= purpose && q.start < c.nStart);
    }
    at = b;
  }
  return false;
}

/**
 * The word ending before `end` (digits, spaces and quotes may stand between: `الذكرى الـ80`), as
 * `[start, end]`; `[-1, -1]` at a clause mark or `from` (the sentence's start). Not later-step's
 * `wordsBack`: that one fills a buffer of 10 words, and an invitation reaches 16.
 */
function wordBefore(text: string, end: number, from: number): [number, number] {
  let e = end;
  while (e > from && !isLetter(text.charCodeAt(e - 1))) {
    if (isClauseMark(text.charCodeAt(e - 1))) return [-1, -1];
    e--;
  }
  let b = e;
  while (b > from && isLetter(text.charCodeAt(b - 1))) b--;
  return b === e ? [-1, -1] : [b, e];
}

function previousWord(text: string, end: number, from: number): string {
  const [b, e] = wordBefore(text, end, from);
  return b < 0 ? '' : text.slice(b, e);
}
