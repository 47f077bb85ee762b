// `اليوم الثاني من الزيارة`, `في اليوم الأول للقمة`: the ordinal day of an event. It is neither a
// figure the reader counts with nor a calendar date (its day is only known from the event's first
// day), and the annotations hold it optional either way: the figures engine reads it as an
// ordinal of days, and the orchestration leaves it out so that it cannot cost as the wrong type.

import type { Candidate } from './document';

/** `اليوم` and its proclitic forms (`واليوم`, `باليوم`, `لليوم`), normalised. */
const DAY_WITH_ARTICLE = /^(?:[وفب]?ال|[وف]?لل)يوم\s/;

/** Whether a figure is the ordinal day of an event (`اليوم الثاني`), not a count. */
export function isDayOfEvent(text: string, c: Candidate): boolean {
  if (c.type !== 'figure' || c.unit !== 'day') return false;
  return DAY_WITH_ARTICLE.test(text.slice(c.nStart, Math.min(c.nEnd, c.nStart + 8)));
}
