// Lookup tables built once from the word lists in `words.ts` (normalised, so that every spelling
// variant the normaliser folds is covered by one entry).

import { normaliseString } from '../text/normalise';
import { buildTable, wordSet } from './phrase-table';
import * as W from './words';
import { MEDIA_NOUNS, THE_TWO_AFTER } from './words-not-dates';
import { IMPERFECT_EVENT_VERBS, NOT_IMPERFECT, PURPOSE_WORDS } from './words-tense';

export interface MonthWord {
  m: number;
  /** Also an ordinary word (`آب`, `مارس`): a month only with something date-like next to it. */
  ambiguous: boolean;
}

const ambiguous = wordSet(W.AMBIGUOUS_MONTH_WORDS);

export const MONTHS = buildTable<MonthWord>(
  W.GREGORIAN_MONTHS.map(([w, m]) => [w, { m, ambiguous: ambiguous.has(normaliseString(w)) }] as const),
);
export const ENGLISH_MONTHS = buildTable(W.ENGLISH_MONTHS);
export const ENGLISH_WEEKDAYS = buildTable(W.ENGLISH_WEEKDAYS);
export const ENGLISH_SUFFIXES = wordSet(W.ENGLISH_ORDINAL_SUFFIXES);
export const HIJRI_MONTHS = buildTable(W.HIJRI_MONTHS);
export const SOLAR_HIJRI_MONTHS = buildTable(W.SOLAR_HIJRI_MONTHS);
export const HIJRI_ERA = wordSet(W.HIJRI_ERA_MARKS);
export const GREGORIAN_ERA = wordSet(W.GREGORIAN_ERA_MARKS);
export const WEEKDAYS = buildTable(W.WEEKDAYS);
export const BARE_WEEKDAYS = buildTable(W.BARE_WEEKDAYS);
export const RELATIVE_DAYS = buildTable(W.RELATIVE_DAYS);
export const WEAK_RELATIVE_DAYS = wordSet(W.WEAK_RELATIVE_DAYS);
export const TIMES_OF_DAY = buildTable(W.TIMES_OF_DAY.map((w) => [w, true] as const));
export const SEASONS = buildTable(W.SEASONS.map((w) => [w, true] as const));
export const DIRECTIONS = new Map(W.DIRECTION_WORDS.map(([w, d]) => [normaliseString(w), d] as const));
export const DEMONSTRATIVES = wordSet(W.DEMONSTRATIVES);
export const YEAR_WORDS = wordSet(W.YEAR_WORDS);
export const YEAR_THOUSANDS_WORDS = wordSet(W.YEAR_THOUSANDS_WORDS);
export const YEAR_DUAL_WORDS = wordSet(W.YEAR_DUAL_WORDS);
export const MONTH_WORDS = wordSet(W.MONTH_WORDS);
export const MONTH_PLURALS = wordSet(W.MONTH_PLURALS);
export const NEW_YEAR_WORDS = wordSet(W.NEW_YEAR_WORDS);
export const NEW_YEAR_HOLIDAY_HEADS = wordSet(W.NEW_YEAR_HOLIDAY_HEADS);
export const WEEK_WORDS = wordSet(W.WEEK_WORDS);
export const DAY_WORDS = wordSet(W.DAY_WORDS);
export const DAY_DUAL_WORDS = wordSet(W.DAY_DUAL_WORDS);
export const MONTH_PARTS = new Map(W.MONTH_PARTS.map(([w, p]) => [normaliseString(w), p] as const));
export const MONTH_PART_WORDS = wordSet(MONTH_PARTS.keys());
export const FIRST_DAY_WORDS = wordSet(W.FIRST_DAY_WORDS);
export const CURRENT_MONTH_WORDS = wordSet(W.CURRENT_MONTH_WORDS);
export const FAR_DEMONSTRATIVES = wordSet(W.FAR_DEMONSTRATIVES);
export const LAST_WORDS = wordSet(W.LAST_WORDS);
export const WEEKDAY_DATE_LINKS = wordSet(W.WEEKDAY_DATE_LINKS);
export const RANGE_LINKS = wordSet(W.RANGE_LINKS);
export const RANGE_OPENERS = buildTable(W.RANGE_OPENERS.map((w) => [w, true] as const));
export const AGO_WORDS = wordSet(W.AGO_WORDS);
export const DAY_UNITS = new Map(W.DAY_UNITS.map(([w, n]) => [normaliseString(w), n] as const));
export const DAY_UNIT_DUALS = new Map(W.DAY_UNIT_DUALS.map(([w, n]) => [normaliseString(w), n] as const));
export const TEMPORAL_PREPOSITIONS = wordSet(W.TEMPORAL_PREPOSITIONS);
export const YEAR_PREPOSITIONS = wordSet(W.YEAR_PREPOSITIONS);
/**
 * `يزور` → `تزور`, `يزوران`, `تزوران`: the imperfect's persons that report an event, and each with
 * an object pronoun (`ويختتمها الأربعاء`, `العرض الذي تقيمه بكين الأربعاء`, `يستقبله الخميس`).
 */
function imperfectPersons(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => {
    const t = `ت${v.slice(1)}`;
    // A final ي stays before the dual ending (`يلتقيان`); other verbs just add it (`يزوران`).
    const persons = [v, t, `${v}ان`, `${t}ان`, `${v}ون`].filter((f) => !NOT_IMPERFECT.includes(f));
    return persons.flatMap((f) => [f, ...OBJECT_PRONOUNS.map((p) => f + p)]);
  });
}

const OBJECT_PRONOUNS = ['ه', 'ها', 'هما', 'هم'];

export const FUTURE_CUES = wordSet([...W.FUTURE_CUES, ...imperfectPersons(IMPERFECT_EVENT_VERBS), ...PURPOSE_WORDS]);
export const MEDIA_NOUN_WORDS = wordSet(MEDIA_NOUNS);
/** `مثل` of the anniversary formula (`في مثل هذا اليوم`). */
export const LIKE_WORDS = wordSet(['مثل']);
export const THE_TWO_AFTER_WORDS = wordSet(THE_TWO_AFTER);
export const PAST_CUES = wordSet(W.PAST_CUES);
export const CLAUSE_BREAKS = wordSet(W.CLAUSE_BREAKS);
export const EXPECTATION_WORDS = wordSet(W.EXPECTATION_WORDS);
export const FUTURE_SHAPE_EXCEPTION_PREFIXES = W.FUTURE_SHAPE_EXCEPTION_PREFIXES.map(normaliseString);
export const FUTURE_SHAPE_EXCEPTION_WORDS = wordSet(W.FUTURE_SHAPE_EXCEPTION_WORDS);
export const DATELINE_LABELS = buildTable(W.DATELINE_LABELS);
export const DATELINE_NOISE = wordSet(W.DATELINE_NOISE);
export const TIME_ZONE_WORDS = wordSet(W.TIME_ZONE_WORDS);
export const ISSUE_LABELS = wordSet(W.ISSUE_LABELS);
export const VIEW_COUNTER_WORDS = wordSet(W.VIEW_COUNTER_WORDS);
export const VIEW_COUNTER_SCALES = wordSet(W.VIEW_COUNTER_SCALES);
export const MEDIA_LENGTH_UNITS = wordSet(W.MEDIA_LENGTH_UNITS);
export const NARRATIVE_DAYS = buildTable(W.NARRATIVE_DAYS);
export const SAME_WORDS = wordSet(W.SAME_WORDS);
export const SAME_HEADS = wordSet(W.SAME_HEADS);
export const SEQUENCE_WORDS = new Map(W.SEQUENCE_WORDS.map(([w, n]) => [normaliseString(w), n] as const));
export const YEAR_EVENT_NOUNS = wordSet(W.YEAR_EVENT_NOUNS);
export const EVENT_NAME_BREAKS = wordSet(W.EVENT_NAME_BREAKS);
export const PERIODS_BEFORE_YEAR = wordSet(W.PERIODS_BEFORE_YEAR);
export const COMPARISONS_BEFORE_AN = wordSet(W.COMPARISONS_BEFORE_AN);

/** Normalised single words used by the grammar itself. */
export const WORD = {
  min: normaliseString('من'),
  fi: normaliseString('في'),
  wa: normaliseString('و'),
  aw: normaliseString('أو'),
  hatha: normaliseString('هذا'),
  hathihi: normaliseString('هذه'),
  yawm: normaliseString('يوم'),
  alyawm: normaliseString('اليوم'),
  alithnayn: normaliseString('الاثنين'),
  altarikh: normaliseString('التاريخ'),
  ahad: normaliseString('الأحد'),
  ashar: normaliseString('عشر'),
  ashara: normaliseString('عشرة'),
  alam: normaliseString('العام'),
  lil: normaliseString('ل'),
  an: normaliseString('عن'),
  mundh: normaliseString('منذ'),
} as const;
