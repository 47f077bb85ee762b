// Compound durations: a span of time written in two units, the larger first, joined by و
// (`ساعة و40 دقيقة`, `ساعتين و15 دقيقة`, `3 ساعات و20 دقيقة`, `عام وثلاثة أشهر`, `يومين و3 ساعات`,
// `عامين وشهرين`), or short of the larger by إلا (`ساعتين إلا ربعا`, `ساعة إلا عشر دقائق`).
// One figure, valued in the smaller unit (ساعة و40 دقيقة is 100 minutes), as Duckling values
// "1 hour and 40 minutes". A fraction alone after the noun (`ساعة ونصف`, `ساعة وربع`) is read by
// the noun's own reader and stays in the larger unit (1.5 hour).
//
// What must not merge: a second part that is not a time noun (`ساعة و40 دولة`, `يومين و3
// اتفاقيات`), one whose unit is not smaller (`ساعتين و3 أيام` is a list, not a span), or one that
// is a whole of the larger unit or more (`3 أيام و72 ساعة`: a span never writes it so).

import { normaliseString } from '../../text/normalise';
import type { Token } from '../../text/tokens';
import { readNumberAt } from '../read-number';
import { nounAt } from '../read-unit';
import { nounOf } from '../unit-lexicon';

/** How many of the smaller unit make one of the larger, for the pairs the press writes together. */
const FACTORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  century: { year: 100 },
  decade: { year: 10, month: 120 },
  year: { month: 12, day: 365 },
  month: { day: 30 },
  week: { day: 7 },
  day: { hour: 24 },
  hour: { minute: 60, second: 3600 },
  minute: { second: 60 },
};

/** How many `small` make one `big`, when the two are written as one span. */
export function unitFactor(big: string, small: string): number | undefined {
  return FACTORS[big]?.[small];
}

/** Whether a unit can open a compound duration. */
export const isCompoundHead = (unit: string | null): boolean => unit !== null && unit in FACTORS;

export interface Part {
  value: number;
  unit: string;
  /** Token index after the part. */
  end: number;
}

const EXCEPT = normaliseString('إلا');
/** The fraction a span is short of after إلا: `ساعتين إلا ربعا`, `ساعة إلا ثلثا`. */
const SHORT_BY = new Map([
  [normaliseString('ربع'), 0.25],
  [normaliseString('ربعا'), 0.25],
  [normaliseString('ثلث'), 1 / 3],
  [normaliseString('ثلثا'), 1 / 3],
]);

/**
 * A count and a time noun at token k, written after `و` (`و40 دقيقة`, `وثلاثة أشهر`, `و 15
 * دقيقة`) or, when `bare`, with no conjunction (after إلا); or a dual with the conjunction
 * (`وشهرين`, `ودقيقتين`).
 */
function countedTimeAt(tokens: Token[], k: number, bare: boolean): Part | null {
  const t = tokens[k];
  if (t?.kind !== 'word') return null;
  let at = k;
  if (!bare && t.text === 'و') at = k + 1;
  else if (!bare) {
    const dual = nounOf(t);
    if (dual && dual.form === 'dual' && dual.prefix.text === 'و' && dual.noun.dualIsFigure) {
      return { value: 2, unit: dual.noun.unit, end: k + 1 };
    }
  }
  const r = readNumberAt(tokens, at);
  if (!r || r.ordinal || r.definite) return null;
  // `وثلاثة`: the conjunction is the number word's own prefix; a bare number needs the separate و.
  if (!bare && at === k && !(r.skip === 1 && t.text.charCodeAt(0) === 0x0648)) return null;
  if (bare && r.skip) return null;
  const n = nounAt(tokens, r.end, r.value, false);
  return n ? { value: n.value, unit: n.unit, end: n.end } : null;
}

/**
 * The rest of a compound duration after a span of `value` `unit` ending before token k: the whole
 * span in the smaller unit, or null when nothing smaller is joined to it.
 */
export function compoundTail(tokens: Token[], k: number, value: number, unit: string): Part | null {
  const t = tokens[k];
  if (t?.kind !== 'word' || !isCompoundHead(unit)) return null;
  if (t.text === EXCEPT) {
    const short = tokens[k + 1]?.kind === 'word' ? SHORT_BY.get((tokens[k + 1] as Token).text) : undefined;
    if (short !== undefined) {
      // `ساعتين إلا ربع ساعة`, `إلا ربع الساعة`: the larger noun repeated after the fraction.
      const again = tokens[k + 2]?.kind === 'word' ? nounOf(tokens[k + 2] as Token) : undefined;
      const repeated =
        again?.noun.unit === unit &&
        again.form === 'singular' &&
        (again.prefix.text === '' || again.prefix.text === 'ال');
      return value > short ? { value: value - short, unit, end: repeated ? k + 3 : k + 2 } : null;
    }
    const part = countedTimeAt(tokens, k + 1, true);
    const f = part && unitFactor(unit, part.unit);
    if (!part || !f || part.value >= f || value * f <= part.value) return null;
    return { value: value * f - part.value, unit: part.unit, end: part.end };
  }
  const part = countedTimeAt(tokens, k, false);
  const f = part && unitFactor(unit, part.unit);
  if (!part || !f || part.value >= f) return null;
  return { value: value * f + part.value, unit: part.unit, end: part.end };
}

/** A span and every smaller part joined to it (`ساعتين و15 دقيقة و30 ثانية`). */
export function withCompoundTail(tokens: Token[], head: Part): Part {
  let span = head;
  for (let tail = compoundTail(tokens, span.end, span.value, span.unit); tail; ) {
    span = tail;
    tail = compoundTail(tokens, span.end, span.value, span.unit);
  }
  return span;
}
