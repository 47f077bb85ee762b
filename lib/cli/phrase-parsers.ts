// The phrase grammars behind `qimma parse`, by kind: the recognisers' own whole-phrase parsers
// (lib/numbers, lib/dates). Each takes one phrase and, for dates, the reference day; each returns
// an object with at least `value`, or null when the phrase is not understood.

import { parseDatePhrase } from '../dates';
import { parseDurationPhrase, parseMoneyPhrase, parseNumberPhrase, parseOrdinalPhrase } from '../numbers';

export type PhraseKind = 'number' | 'ordinal' | 'money' | 'duration' | 'date';

/** What a parser gives back: `value` plus whatever else the kind carries (unit, grain, …). */
export type Parsed = { value: unknown } & Record<string, unknown>;
export type PhraseParser = (text: string, ref: string | null) => Parsed | null;

export const PHRASE_PARSERS: Record<PhraseKind, PhraseParser> = {
  number: (s) => parseNumberPhrase(s),
  ordinal: (s) => parseOrdinalPhrase(s),
  money: (s) => money(parseMoneyPhrase(s)),
  duration: (s) => spread(parseDurationPhrase(s)),
  date: (s, ref) => spread(parseDatePhrase(s, ref)),
};

/** An interval of amounts (`بين 10 و20 مليون دولار`) is understood too: its value is `{from, to}`. */
function money(m: ReturnType<typeof parseMoneyPhrase>): Parsed | null {
  if (!m) return null;
  if ('value' in m) return { ...m };
  const { unit, ...bounds } = m;
  return { value: bounds, unit };
}

function spread<T extends { value: unknown }>(x: T | null): Parsed | null {
  return x ? { ...x } : null;
}
