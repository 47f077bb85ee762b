// Durations: a count and a time noun (`خمسة ساعات`, `30 يوم`, `سبع اسابيع`), a time noun alone
// (`اسبوع` = 1, `شهرين` = 2), a fraction of one (`نصف ساعة`), with a trailing `ونصف`, and a
// compound of two units (`ساعة و40 دقيقة`, see figures/compound.ts).
// Seconds follow Duckling: a month is 30 days, a year 365.

import { normaliseString } from '../../text/normalise';
import { compoundTail, type Part, unitFactor } from '../figures/compound';
import { tidy } from '../figures/found';
import { analyseToken } from '../lexicon';
import { readNumberAt } from '../read-number';
import { afterRepeatedNoun, nounAt, trailingFraction } from '../read-unit';
import { nounAnalysis } from '../unit-lexicon';
import { phraseTokens } from './whole';

const SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  night: 86400,
  week: 604800,
  month: 2592000,
  year: 31536000,
  decade: 315360000,
  century: 3153600000,
};

/** Words that mean a short unit of time by themselves: لحظة "a moment" is one second in Duckling. */
const ALIASES = new Map([[normaliseString('لحظة'), { value: 1, unit: 'second' }]]);

export interface Duration {
  value: number;
  unit: string;
  seconds: number;
}

const result = (value: number, unit: string): Duration | null => {
  const per = SECONDS[unit];
  return per === undefined ? null : { value, unit, seconds: Math.round(value * per) };
};

/** The first span of a duration phrase: a time noun alone, a count and a noun, a fraction of one. */
function headOf(tokens: ReturnType<typeof phraseTokens>): Part | null {
  const first = tokens[0];
  if (!first) return null;
  if (tokens.length === 1 && first.kind === 'word') {
    const alias = ALIASES.get(first.text);
    if (alias) return { ...alias, end: 1 };
  }
  // A time noun alone: اسبوع، شهرين، ساعة ونصف.
  const noun = first.kind === 'word' ? nounAnalysis(first.text) : undefined;
  if (noun && noun.prefix.text === '' && !noun.possessive && noun.form !== 'plural') {
    const base = noun.form === 'dual' ? 2 : 1;
    const half = trailingFraction(tokens[1]);
    const end = half ? afterRepeatedNoun(tokens, 2, noun.noun) : 1;
    return { value: base + half, unit: noun.noun.unit, end };
  }
  // A count first (عشر سنوات is ten years), then a fraction of a time noun (نصف ساعة، ربع قرن).
  const r = readNumberAt(tokens, 0);
  if (r && !r.ordinal) {
    const n = nounAt(tokens, r.end, r.value, false);
    if (n) return n;
  }
  const frac = first.kind === 'word' ? analyseToken(first).find((a) => a.sense.kind === 'fraction') : undefined;
  if (frac?.sense.kind === 'fraction' && frac.prefix.text === '') {
    const n = nounAt(tokens, 1, frac.sense.value, false);
    if (n) return n;
  }
  return null;
}

/**
 * A whole phrase read as a duration, or null. A compound (`ساعتين و15 دقيقة`, `عام وثلاثة أشهر`)
 * is valued in its smallest unit, and its seconds are those of its parts.
 */
export function parseDurationPhrase(s: string): Duration | null {
  const tokens = phraseTokens(s);
  const head = headOf(tokens);
  if (!head) return null;
  const d = result(head.value, head.unit);
  if (!d) return null;
  let span = head;
  let seconds = d.seconds;
  for (let tail = compoundTail(tokens, span.end, span.value, span.unit); tail; ) {
    const per = SECONDS[tail.unit] ?? 0;
    // The seconds of the parts: a year and three months is 365 days and 90.
    seconds += Math.round((tail.value - span.value * (unitFactor(span.unit, tail.unit) ?? 1)) * per);
    span = tail;
    tail = compoundTail(tokens, span.end, span.value, span.unit);
  }
  if (span.end !== tokens.length) return null;
  return span === head ? d : { value: tidy(span.value), unit: span.unit, seconds };
}
