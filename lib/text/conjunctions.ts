// The conjunctions `و` and `ف` stay glued to short words (`وقال`, `فلا`, `ودعا`): a word list
// looked up as written needs each word with them too. One helper for the lists that do.

import { normaliseString } from './normalise';

/** The words, normalised, each bare and with `و` and `ف` before it. */
export function withConjunctions(words: readonly string[]): Set<string> {
  return new Set(words.map(normaliseString).flatMap((w) => [w, `و${w}`, `ف${w}`]));
}
