// A news outlet named "<name> today" opening its credit line (`بغداد اليوم - متابعة`, `المصري اليوم
// - خاص`), or "today <number>" (Morocco's `اليوم 24 - وكالات`): the outlet and the kind of copy,
// no city and no day. Read by the dates grammar (`اليوم`
// is no date there) and the gazetteer (the city is no venue there). Hand-written for news copy.

import { normaliseString } from './normalise';
import type { Token } from './tokens';

const TODAY = normaliseString('اليوم');
/** What stands between the outlet's name and the kind of copy (dashes are one once normalised). */
const SEPARATORS = new Set(['-', '–', '—', '/', '|', ':'].map(normaliseString));
/** The kinds of copy a credit names: followed, own, translated, from agencies, a report. */
const CREDITS = new Set(['متابعة', 'خاص', 'ترجمة', 'وكالات', 'تقرير'].map(normaliseString));

/**
 * Whether token `at` is `اليوم` after a one-word name opening its line (`line`: each token's line
 * number), then a separator, then a kind of copy or nothing more on the line.
 */
export function closesOutletCredit(tokens: readonly Token[], line: ArrayLike<number>, at: number): boolean {
  if (tokens[at]?.text !== TODAY) return false;
  const name = at - 1;
  if (name >= 0 && tokens[name]?.kind === 'word' && line[name] === line[at]) {
    if (name > 0 && line[name - 1] === line[name]) return false;
    return creditAfter(tokens, line, at + 1, line[at] as number);
  }
  // `اليوم 24 - وكالات`: `اليوم` opening its line, then the outlet's number.
  if (name >= 0 && line[name] === line[at]) return false;
  const number = tokens[at + 1];
  return (
    number?.kind === 'number' && line[at + 1] === line[at] && creditAfter(tokens, line, at + 2, line[at] as number)
  );
}

/** A separator at `sep`, then a kind of copy alone or nothing more on line `own`. */
function creditAfter(tokens: readonly Token[], line: ArrayLike<number>, sep: number, own: number): boolean {
  const mark = tokens[sep];
  if (mark?.kind !== 'punct' || !SEPARATORS.has(mark.text) || line[sep] !== own) return false;
  const credit = tokens[sep + 1];
  if (credit === undefined || line[sep + 1] !== own) return true;
  return credit.kind === 'word' && CREDITS.has(credit.text) && line[sep + 2] !== own;
}
