// Words naming Russia or China without naming a person or a city (`روسيا`, `الصيني`, `والصينية`):
// looked up with their proclitics peeled, and marked once per distinct word in the shared word
// table, so that a pass over a story's tokens tests one bit per token.

import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import { wordFlag } from '../text/vocabulary';
import { COUNTRY_WORDS } from './body-markers';
import { cliticForms } from './phrases';

const COUNTRY_BY_WORD = new Map<string, string>();
for (const [country, words] of Object.entries(COUNTRY_WORDS)) {
  for (const w of words) COUNTRY_BY_WORD.set(normaliseString(w), country);
}
/** Last letters of the country words: a cheap test before a word's proclitics are peeled. */
const ENDINGS = new Set([...COUNTRY_BY_WORD.keys()].map((w) => w.slice(-2)));

/** The country a word names, proclitics peeled (`والصينية` → CN), or null. */
export function countryOfWord(word: string): string | null {
  if (!ENDINGS.has(word.slice(-2))) return null;
  for (const form of cliticForms(word)) {
    const country = COUNTRY_BY_WORD.get(form);
    if (country) return country;
  }
  return null;
}

/** Bit of the shared word table: a word naming a country (read once per distinct word). */
export const COUNTRY_WORD = wordFlag((w) => isLetter(w.charCodeAt(0)) && countryOfWord(w) !== null);
