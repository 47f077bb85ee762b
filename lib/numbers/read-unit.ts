// What a number counts: the word or sign right after it. Percent (`%`, `في المئة`, `بالمئة`),
// currency (sign, ISO code, `ج.م`, word with its nationality adjective), a plural fraction
// (`ثلاثة أرباع` → 0.75, then what it is a fraction of), or a counted noun (`40 مرة`, `ثلاثة أيام`,
// `مليون برميل`, with a refining adjective `متر مكعب` and a trailing `ونصف`).

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { WordFlags, WordNumbers } from '../text/vocabulary';
import type { CountedNoun } from './data/counted-nouns';
import { PERCENT_AFTER_FI, PERCENT_FI, PERCENT_WORDS } from './data/markers';
import { analyseWord } from './lexicon';
import type { NumberReading } from './read-number';
import {
  currencyAnalysis,
  currencySign,
  dottedCode,
  isoCode,
  mayStartUnit,
  type NounAnalysis,
  nounOf,
  POWERED_UNITS,
} from './unit-lexicon';

export interface UnitReading {
  unit: string;
  /** Value of the whole figure (the number, times a fraction word, plus a trailing ونصف). */
  value: number;
  /** Token index after the last token of the unit. */
  end: number;
}

const set = (words: readonly string[]) => new Set(words.map(normaliseString));
const PERCENT_ONE = set(PERCENT_WORDS);
const PERCENT_FI_SET = set(PERCENT_FI);
const PERCENT_TWO = set(PERCENT_AFTER_FI);

const word = (t: Token | undefined): string | null => (t?.kind === 'word' ? t.text : null);

/**
 * What the unit readers ask of a word, as bits of one table by token id: each figure asks them of
 * the words after its number, and a Set or Map lookup by the word's text costs a hash and a string
 * comparison each time.
 */
/** `mayStartUnit`, `mayStartPercentOrFraction` or `isNisbaPlural`: a unit may start here. */
const MAY_START_UNIT = 1;
const PERCENT_WORD = 2;
const PERCENT_FI_WORD = 4;
const PERCENT_AFTER_FI_WORD = 8;
/** An ISO code, a currency word, or one letter (of a dotted code): `currencyAt` may read one. */
const MAY_BE_CURRENCY = 16;

const unitFlags = new WordFlags(
  (w) =>
    (mayStartUnit(w) || mayStartPercentOrFraction(w) || isNisbaPlural(w) ? MAY_START_UNIT : 0) |
    (PERCENT_ONE.has(w) ? PERCENT_WORD : 0) |
    (PERCENT_FI_SET.has(w) ? PERCENT_FI_WORD : 0) |
    (PERCENT_TWO.has(w) ? PERCENT_AFTER_FI_WORD : 0) |
    (isoCode(w) !== undefined || currencyAnalysis(w) !== undefined || w.length === 1 ? MAY_BE_CURRENCY : 0),
);

/** The unit flags of a word token. */
const flagsOfWord = (t: Token): number => unitFlags.get(t.id, t.text);

/** The counted noun a token is (`nounOf`), when it is a word. */
const counted = (t: Token | undefined): NounAnalysis | undefined => (t?.kind === 'word' ? nounOf(t) : undefined);

/** `ونصف` / `وربع` after a measure: ساعة ونصف، ثلاث سنوات ونصف. */
export function trailingFraction(t: Token | undefined): number {
  return t?.kind === 'word' ? trailingFractionOf.get(t.id, t.text) : 0;
}

/** `trailingFraction` of a word, remembered by token id: every measure noun asks it of the next word. */
const trailingFractionOf = new WordNumbers((w) => {
  const a = analyseWord(w).find((x) => x.sense.kind === 'fraction' && x.prefix.text === 'و' && !x.sense.weak);
  return a && a.sense.kind === 'fraction' && a.sense.form === 'single' ? a.sense.value : 0;
});

/** `ساعة ونصف الساعة`: the measure repeated with the article after the fraction is part of it. */
export function afterRepeatedNoun(tokens: Token[], k: number, noun: CountedNoun): number {
  const a = counted(tokens[k]);
  return a && a.noun === noun && a.prefix.text === 'ال' && a.form === 'singular' ? k + 1 : k;
}

/**
 * A counted noun at token k: `يوم`, `أيام`, `يوما` (and `القرن` when `definite` is allowed, after a
 * fraction). Duals are refused: after a number a dual is a different construction.
 */
export function nounAt(tokens: Token[], k: number, value: number, definite: boolean): UnitReading | null {
  const a = counted(tokens[k]);
  if (!a || a.form === 'dual' || a.possessive) return null;
  if (a.prefix.text !== '' && !(definite && a.prefix.text === 'ال')) return null;
  let unit = a.noun.unit;
  let end = k + 1;
  const adj = word(tokens[end]);
  const refined = adj && a.refine ? a.refine.get(adj) : undefined;
  if (refined) {
    unit = refined;
    end++;
  }
  let v = value;
  const half = a.noun.dualIsFigure ? trailingFraction(tokens[end]) : 0;
  if (half) {
    v += half;
    end = afterRepeatedNoun(tokens, end + 1, a.noun);
  }
  return { unit, value: v, end };
}

/** A currency at token k (sign, ISO code, dotted abbreviation, word + adjective). */
export function currencyAt(tokens: Token[], k: number): { code: string; end: number } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === 'punct') {
    const code = currencySign(t.text);
    return code ? { code, end: k + 1 } : null;
  }
  if (t.kind !== 'word' || !(flagsOfWord(t) & MAY_BE_CURRENCY)) return null;
  const iso = isoCode(t.text);
  if (iso) return { code: iso, end: k + 1 };
  const dot = tokens[k + 1];
  const second = tokens[k + 2];
  if (
    t.text.length === 1 &&
    dot?.text === '.' &&
    dot.start === t.end &&
    second?.kind === 'word' &&
    second.start === dot.end
  ) {
    const code = dottedCode(t.text, second.text);
    if (code) return { code, end: k + 3 };
  }
  const c = currencyAnalysis(t.text);
  if (!c) return null;
  const adj = word(tokens[k + 1]);
  const refined = adj ? c.adjectives.get(adj) : undefined;
  return refined ? { code: refined, end: k + 2 } : { code: c.code, end: k + 1 };
}

/** Percent marker at token k: `%`, `بالمئة`, `في المئة`. Returns the end token index, or 0. */
export function percentAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.kind === 'punct') return t.text === '%' ? k + 1 : 0;
  if (t.kind !== 'word') return 0;
  const f = flagsOfWord(t);
  if (f & PERCENT_WORD) return k + 1;
  if (!(f & PERCENT_FI_WORD)) return 0;
  const next = tokens[k + 1];
  return next?.kind === 'word' && flagsOfWord(next) & PERCENT_AFTER_FI_WORD ? k + 2 : 0;
}

/** `بالمئة`, `في` (المئة), or a number word (أرباع): the other words a unit may begin with. */
function mayStartPercentOrFraction(w: string): boolean {
  return PERCENT_ONE.has(w) || PERCENT_FI_SET.has(w) || analyseWord(w).length > 0;
}

/** A plural fraction after a count: ثلاثة أرباع، ثلاثة أخماس. */
function pluralFractionAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  return t?.kind === 'word' ? pluralFractionOf.get(t.id, t.text) : 0;
}

/** `pluralFractionAt` of a word, remembered by token id. */
const pluralFractionOf = new WordNumbers((w) => {
  const a = analyseWord(w).find(
    (x) => x.prefix.text === '' && x.sense.kind === 'fraction' && x.sense.form === 'plural',
  );
  return a && a.sense.kind === 'fraction' ? a.sense.value : 0;
});

/** What the number `r` (of value `value`, when a sign changed it) counts, from the tokens right after it; null when nothing. */
export function readUnitAfter(tokens: Token[], r: NumberReading, value = r.value): UnitReading | null {
  const k = r.end;
  const next = tokens[k];
  if (!next || next.kind === 'number') return null;
  const powered = poweredUnitAt(tokens, k);
  if (powered) return { unit: powered, value, end: k + 2 };
  if (next.kind === 'word' && !(flagsOfWord(next) & MAY_START_UNIT)) return null;
  const pct = percentAt(tokens, k);
  if (pct) return { unit: '%', value, end: pct };
  const cur = currencyAt(tokens, k);
  if (cur) {
    // 20 دولارا و43 سنتا is handled by the money phrase parser; here the currency ends the figure.
    return { unit: cur.code, value, end: cur.end };
  }
  if (next.kind !== 'word') return null;
  const frac = Number.isInteger(value) && value >= 1 && value < 10 ? pluralFractionAt(tokens, k) : 0;
  if (frac) {
    const v = value * frac;
    const of = nounAt(tokens, k + 1, v, true);
    if (of && isMeasure(tokens, k + 1)) return of;
    return { unit: 'fraction', value: v, end: k + 1 };
  }
  return nounAt(tokens, k, value, false) ?? nisbaPluralAt(tokens, k, value);
}

/**
 * The unit of an abbreviation and its power at token k (`106 مليارات م3 سنويا`), glued together
 * as the business press writes them; a bare `م` (`2024م`, مساء) is no unit.
 */
function poweredUnitAt(tokens: Token[], k: number): string | null {
  const t = tokens[k];
  const power = tokens[k + 1];
  if (t?.kind !== 'word' || !power || power.start !== t.end) return null;
  const byPower = POWERED_UNITS[t.text];
  if (!byPower) return null;
  const after = tokens[k + 2];
  // `م3` then more digits or letters glued on is something else (a code, a model).
  if (after && after.start === power.end && after.kind !== 'punct') return null;
  return byPower[power.text] ?? null;
}

const isNisbaPlural = (w: string): boolean => w.endsWith('يين') || w.endsWith('يون');

/**
 * `ثلاثة فلسطينيين`, `خمسة صينيين`: a masculine plural of a relative adjective (nisba) after a
 * number counts people of that group, whatever the group.
 */
function nisbaPluralAt(tokens: Token[], k: number, value: number): UnitReading | null {
  const w = word(tokens[k]);
  if (!w || w.length < 5 || w.startsWith('ال') || !isNisbaPlural(w)) return null;
  return analyseWord(w).length > 0 ? null : { unit: 'person', value, end: k + 1 };
}

/** Whether the noun at k is a measure of time or quantity (its dual alone would be a figure). */
export function isMeasure(tokens: Token[], k: number): boolean {
  return !!counted(tokens[k])?.noun.dualIsFigure;
}
