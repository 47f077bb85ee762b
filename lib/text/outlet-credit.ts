// A news outlet named "<name> today" opening its credit line (`بغداد اليوم - متابعة`, `المصري اليوم
// - خاص`): the outlet and the kind of copy, no city and no day. Read by the dates grammar (`اليوم`
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
  const name = at - 1;
  const sep = tokens[at + 1];
  if (name < 0 || tokens[at]?.text !== TODAY || tokens[name]?.kind !== 'word') return false;
  if (name > 0 && line[name - 1] === line[name]) return false;
  if (sep?.kind !== 'punct' || !SEPARATORS.has(sep.text) || line[at + 1] !== line[at]) return false;
  const credit = tokens[at + 2];
  if (credit === undefined || line[at + 2] !== line[at]) return true;
  return credit.kind === 'word' && CREDITS.has(credit.text) && line[at + 3] !== line[at];
}
