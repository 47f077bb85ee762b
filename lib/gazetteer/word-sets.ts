// The context word lists of `data/context-words.ts`, normalised and expanded with attached
// conjunctions and prepositions (`وفي`, `للرئيس`), as Sets for O(1) checks on neighbouring tokens.

import { normaliseString } from '../text/normalise';
import {
  BETWEEN_TITLE_AND_NAME,
  CITY_NOUNS,
  COMPARISON_BEFORE_COUNTERPART,
  COMPARISON_PREPOSITIONS,
  CONTACT_BEFORE_COUNTERPART,
  GENERIC_HEADS,
  LOCATIVE_BEFORE_SEAT,
  NOT_CURRENT_AFTER_TITLE,
  NOT_HOLDER_BEFORE_TITLE,
  NOT_NAME_AFTER,
} from './data/context-words';
import { NATIONALITY_ADJECTIVES } from './data/countries';
import { prefixedForms } from './proclitics';

function withClitics(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const f of prefixedForms(normaliseString(w))) out.add(f.form);
  return out;
}

function plain(words: string[]): Set<string> {
  return new Set(words.map(normaliseString));
}

export const genericHeads = withClitics(GENERIC_HEADS);
export const notCurrentAfterTitle = plain(NOT_CURRENT_AFTER_TITLE);
export const notHolderBeforeTitle = withClitics(NOT_HOLDER_BEFORE_TITLE);
export const locativeBeforeSeat = withClitics(LOCATIVE_BEFORE_SEAT);
export const notNameAfter = withClitics(NOT_NAME_AFTER);
export const betweenTitleAndName = plain(BETWEEN_TITLE_AND_NAME);
export const comparisonBeforeCounterpart = withClitics(COMPARISON_BEFORE_COUNTERPART);
export const comparisonPrepositions = plain(COMPARISON_PREPOSITIONS);
export const cityNouns = withClitics(CITY_NOUNS);
export const contactBeforeCounterpart = withClitics(CONTACT_BEFORE_COUNTERPART);

/** `والروسي`, `والصيني` …: a second nationality joined to a title makes it plural. */
export const jointNationality = new Set(
  Object.values(NATIONALITY_ADJECTIVES)
    .flat()
    .filter((a) => !a.includes(' '))
    .map((a) => `و${normaliseString(a)}`),
);
