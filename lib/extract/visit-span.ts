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
const DAYS = new Set(['ايام', 'الايام'].map(normaliseString));
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

function words(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
    if (i > s) out.push(text.slice(s, i));
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Days the text between `from` and `to` says something lasted (`على مدى يومين` → 2), else 0. */
export function toldLength(text: string, from: number, to: number): number {
  const w = words(text, from, to);
  for (let k = 0; k < w.length; k++) {
    let days = 0;
    if (w[k] === TWO_DAYS) days = 2;
    else if (DAYS.has(w[k] as string) && k > 0) days = COUNTS.get(w[k - 1] as string) ?? 0;
    if (days === 0) continue;
    const count = days === 2 ? k : k - 1;
    for (let j = count - 1; j >= 0 && j >= count - LASTING_REACH; j--) {
      if (LASTING.has(w[j] as string)) return days;
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
