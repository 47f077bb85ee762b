// The last day of a meeting told over several days. Gold gives an end only when the text gives a
// span, so a later day of the story ends the meeting only when the story also says how long the
// talks or the visit lasted (`في ختام محادثات أجراها الزعيمان على مدى يومين`, `زيارة تستمر
// ثلاثة أيام`): the talks on the Tuesday, the signing `بحضور الرئيسين` on the Wednesday. A later
// day alone (a parade the day after, a second stop) is no end. Within such a span the earliest
// day the story gives is the start, whichever day its lead dates.

import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';

/** The dual of "day" and plural "days" after a count (`ثلاثة أيام`, `3 أيام`). */
const TWO_DAYS = normaliseString('يومين');
const DAYS = ['ايام', 'الايام'].map(normaliseString);
const COUNTS = new Map(
  [
    ['ثلاثة', 3],
    ['ثلاث', 3],
    ['أربعة', 4],
    ['اربعة', 4],
    ['3', 3],
    ['4', 4],
  ].map(([w, n]) => [normaliseString(w as string), n as number]),
);
/** The day words themselves: a clause that contains none of them tells no length. */
const DAY_STEMS = [TWO_DAYS, ...DAYS];
/** Words that make a number of days the length of something told (`على مدى`, `تستمر`, `لمدة`). */
const LASTING = new Set(
  [
    'مدى',
    'مدار',
    'لمدة',
    'مدتها',
    'تستمر',
    'يستمر',
    'استمرت',
    'استمر',
    'تمتد',
    'امتدت',
    'دامت',
    'تستغرق',
    'استغرقت',
  ].map(normaliseString),
);
/** Words a lasting word may stand before its count (`على مدى يومين`: none; `تستمر لمدة ثلاثة أيام`: two). */
const LASTING_REACH = 3;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return isLetter(code) || isDigit(code);
}

/**
 * The bounds of the last few words read by `toldLength`, by word index modulo `RING`: a day word
 * looks back at most `LASTING_REACH + 1` words. Words are compared in place and cut out of the
 * text only around a day word: this runs over every clause of talks.
 */
const RING = 8;
const runStart = new Int32Array(RING);
const runEnd = new Int32Array(RING);

function runText(text: string, k: number): string {
  return text.slice(runStart[k % RING] as number, runEnd[k % RING] as number);
}

function runIs(text: string, k: number, word: string): boolean {
  const s = runStart[k % RING] as number;
  return (runEnd[k % RING] as number) - s === word.length && text.startsWith(word, s);
}

/** Days word `k` says (`يومين` → 2, `ثلاثة أيام` → 3), else 0. */
function daysAt(text: string, k: number): number {
  if (runIs(text, k, TWO_DAYS)) return 2;
  if (k === 0) return 0;
  for (const w of DAYS) if (runIs(text, k, w)) return COUNTS.get(runText(text, k - 1)) ?? 0;
  return 0;
}

/** Days the text between `from` and `to` says something lasted (`على مدى يومين` → 2), else 0. */
export function toldLength(text: string, from: number, to: number): number {
  // A native search over the clause spares the word-by-word reading of the many clauses that
  // name no number of days.
  const clause = text.slice(from, to);
  if (!DAY_STEMS.some((stem) => clause.includes(stem))) return 0;
  let i = from;
  for (let k = 0; i < to; k++) {
    while (i < to && !isWordChar(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i === s) break;
    runStart[k % RING] = s;
    runEnd[k % RING] = i;
    const days = daysAt(text, k);
    if (days === 0) continue;
    const count = days === 2 ? k : k - 1;
    for (let j = count - 1; j >= 0 && j >= count - LASTING_REACH; j--) {
      if (LASTING.has(runText(text, j))) return days;
    }
  }
  return 0;
}

/**
 * The latest of `days` (ISO full days) after `start` and within a visit of `length` days, or null.
 */
export function lastDayOfVisit(start: string, length: number, days: readonly string[]): string | null {
  const from = Date.parse(start);
  let end: string | null = null;
  for (const v of days) {
    const gap = (Date.parse(v) - from) / 86_400_000;
    if (gap > 0 && gap < length && (end === null || v > end)) end = v;
  }
  return end;
}

/**
 * The earliest of `days` before `chosen` and within a visit of `length` days ending no earlier
 * than `chosen`, or null.
 */
export function firstDayOfVisit(chosen: string, length: number, days: readonly string[]): string | null {
  const to = Date.parse(chosen);
  let start: string | null = null;
  for (const v of days) {
    const gap = (to - Date.parse(v)) / 86_400_000;
    if (gap > 0 && gap < length && (start === null || v < start)) start = v;
  }
  return start;
}
