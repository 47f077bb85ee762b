// Arabic date expressions: public API of the dates engine (hand-written grammar; no library parses
// Arabic dates). See `resolve.ts` for how year-less and relative dates are placed on the calendar.

export { findDates } from './find-dates';
export { parseDatePhrase } from './parse-phrase';
export { findPublishedDate } from './published-date';
export type { DateValue, Grain } from './spec';
