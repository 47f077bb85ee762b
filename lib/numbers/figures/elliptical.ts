// A coordinated ordinal that shares the noun of an ordinal before it (ellipsis): «هذه هي الزيارة
// الثالثة لشي إلى روسيا، والحادية عشرة منذ توليه الرئاسة» (the eleventh visit), «المرة الخامسة
// هذا العام والسادسة منذ بداية الأزمة», «المرحلة الأولى والثانية». Arabic news repeats the rank
// and leaves the noun out; the ordinal agrees with that noun in gender.

import { normaliseString } from '../../text/normalise';
import type { Token } from '../../text/tokens';
import { DAYTIME_WORDS } from '../data/markers';
import type { NumberReading } from '../read-number';
import { nounOf } from '../unit-lexicon';
import { type Found, figure, isPunct } from './found';

/** The last ordinal figure with its noun, which a later coordinated ordinal may share. */
export interface RankedNoun {
  unit: string | null;
  value: number;
  feminine: boolean;
  /** Token index after the figure. */
  end: number;
}

/** How far (in tokens) the shared noun may lie before the coordinated ordinal. */
const REACH = 16;

let daytime: Set<string> | null = null;

/** Sentence ends: the noun is not shared past them. */
const SENTENCE_END = '.!?؟;؛:';

/**
 * The ordinal `r`, written with the conjunction و and the article (`والحادية عشرة`, `والسادسة`),
 * as the rank of the noun of `last` in the same sentence; null when it is not one.
 */
export function ellipticalOrdinal(
  tokens: Token[],
  text: string,
  r: NumberReading,
  last: RankedNoun | null,
): Found | null {
  // A definite number from eleven up reads as an ordinal too: والأربعون، والعشرين.
  if (!last || !r.ordinal || !r.definite || r.value === last.value) return null;
  if (!r.ordinalWord && (r.digits || r.value <= 10)) return null;
  const first = tokens[r.start] as Token;
  if (first.kind !== 'word' || !(first.text.startsWith('و') || first.text.startsWith('ف'))) return null;
  if (r.start < last.end || r.start - last.end > REACH) return null;
  if (r.feminine !== undefined && r.feminine !== last.feminine) return null;
  for (let k = last.end; k < r.start; k++) if (isPunct(tokens[k], SENTENCE_END)) return null;
  const from = (tokens[last.end - 1] as Token).end;
  const nl = text.indexOf('\n', from);
  if (nl >= 0 && nl < first.start) return null;
  // With a noun of its own after it, it ranks that noun (والثانية ظهرا is a clock time).
  const next = tokens[r.end];
  if (next?.kind === 'word') {
    daytime ??= new Set(DAYTIME_WORDS.map(normaliseString));
    if (daytime.has(next.text) || nounOf(next)?.prefix.text === '') return null;
  }
  // Marked as ranked in turn: المرة الخامسة والسادسة والسابعة.
  return { ...figure(tokens, r.start, r.skip ?? 0, r.end, r.value, last.unit), ordinal: { feminine: last.feminine } };
}
