// The context word lists of `data/context-words.ts`, normalised and expanded with attached
// conjunctions and prepositions (`وفي`, `للرئيس`), as Sets for O(1) checks on neighbouring tokens.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { WordFlags, words } from '../text/vocabulary';
import {
  BETWEEN_TITLE_AND_NAME,
  CITY_NOUNS,
  CLOCK_PERIOD_WORDS,
  COMPARISON_BEFORE_COUNTERPART,
  COMPARISON_PREPOSITIONS,
  CONTACT_BEFORE_COUNTERPART,
  GENERIC_HEADS,
  LOCATIVE_BEFORE_SEAT,
  NOT_CURRENT_AFTER_TITLE,
  NOT_HOLDER_BEFORE_TITLE,
  NOT_NAME_AFTER,
  OUTLET_BEFORE_PLACE,
  TIME_ZONE_BEFORE_PLACE,
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

const genericHeads = withClitics(GENERIC_HEADS);
const notCurrentAfterTitle = plain(NOT_CURRENT_AFTER_TITLE);
const notHolderBeforeTitle = withClitics(NOT_HOLDER_BEFORE_TITLE);
export const locativeBeforeSeat = withClitics(LOCATIVE_BEFORE_SEAT);
const notNameAfter = withClitics(NOT_NAME_AFTER);
export const betweenTitleAndName = plain(BETWEEN_TITLE_AND_NAME);
const comparisonBeforeCounterpart = withClitics(COMPARISON_BEFORE_COUNTERPART);
const comparisonPrepositions = plain(COMPARISON_PREPOSITIONS);
export const cityNouns = withClitics(CITY_NOUNS);
const contactBeforeCounterpart = withClitics(CONTACT_BEFORE_COUNTERPART);
const timeZoneBeforePlace = withClitics(TIME_ZONE_BEFORE_PLACE);
const outletBeforePlace = withClitics(OUTLET_BEFORE_PLACE);
const clockPeriodWords = plain(CLOCK_PERIOD_WORDS);

/** `والروسي`, `والصيني` …: a second nationality joined to a title makes it plural. */
const jointNationality = new Set(
  Object.values(NATIONALITY_ADJECTIVES)
    .flat()
    .filter((a) => !a.includes(' '))
    .map((a) => `و${normaliseString(a)}`),
);

/** Bits of `contextAt`: the sets above a word belongs to. */
export const GENERIC_HEAD_BIT = 1;
export const NOT_CURRENT_AFTER_TITLE_BIT = 2;
export const NOT_HOLDER_BEFORE_TITLE_BIT = 4;
export const LOCATIVE_BEFORE_SEAT_BIT = 8;
export const NOT_NAME_AFTER_BIT = 16;
export const BETWEEN_TITLE_AND_NAME_BIT = 32;
export const COMPARISON_BEFORE_COUNTERPART_BIT = 64;
export const COMPARISON_PREPOSITION_BIT = 128;
export const CONTACT_BEFORE_COUNTERPART_BIT = 256;
export const JOINT_NATIONALITY_BIT = 512;
export const TIME_ZONE_BEFORE_PLACE_BIT = 1024;
export const CLOCK_PERIOD_BIT = 2048;
export const OUTLET_BEFORE_PLACE_BIT = 4096;

const SETS: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
  [genericHeads, GENERIC_HEAD_BIT],
  [notCurrentAfterTitle, NOT_CURRENT_AFTER_TITLE_BIT],
  [notHolderBeforeTitle, NOT_HOLDER_BEFORE_TITLE_BIT],
  [locativeBeforeSeat, LOCATIVE_BEFORE_SEAT_BIT],
  [notNameAfter, NOT_NAME_AFTER_BIT],
  [betweenTitleAndName, BETWEEN_TITLE_AND_NAME_BIT],
  [comparisonBeforeCounterpart, COMPARISON_BEFORE_COUNTERPART_BIT],
  [comparisonPrepositions, COMPARISON_PREPOSITION_BIT],
  [contactBeforeCounterpart, CONTACT_BEFORE_COUNTERPART_BIT],
  [jointNationality, JOINT_NATIONALITY_BIT],
  [timeZoneBeforePlace, TIME_ZONE_BEFORE_PLACE_BIT],
  [clockPeriodWords, CLOCK_PERIOD_BIT],
  [outletBeforePlace, OUTLET_BEFORE_PLACE_BIT],
];

function contextOf(word: string): number {
  let bits = 0;
  for (const [set, bit] of SETS) if (set.has(word)) bits |= bit;
  return bits;
}

const contextById = new WordFlags(contextOf);

/**
 * The sets token `i` of a list belongs to (0 outside the list), by its id (`ids`: the list's typed
 * column): the checks around a gazetteer match read one array instead of the token object (a
 * cache miss in a long page) and a Set per check.
 */
export function contextAt(tokens: readonly Token[], ids: Int32Array, i: number): number {
  if (i < 0 || i >= ids.length) return 0;
  const id = ids[i] as number;
  return id !== 0 ? contextById.get(id, words[id] as string) : contextOf((tokens[i] as Token).text);
}
