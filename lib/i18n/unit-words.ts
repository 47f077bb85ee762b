// Words for the unit of a figure, in Arabic, taken from the numbers engineer's reading lexicon
// (lib/numbers/data) rather than a second list: the word a figure was read from is the word it is
// shown with. Currency codes reached through a nationality adjective (جنيه إسترليني = GBP) get the
// noun and the adjective back.

import { COUNTED_NOUNS } from '../numbers/data/counted-nouns';
import { CURRENCIES } from '../numbers/data/currencies';
import { FRACTIONS } from '../numbers/data/fractions';

export interface ArabicNoun {
  singular: string;
  plural: string | null;
}

function buildCurrencyNames(): Map<string, ArabicNoun> {
  const names = new Map<string, ArabicNoun>();
  for (const c of CURRENCIES) {
    const singular = c.singular[0];
    if (!singular) continue;
    if (!names.has(c.code)) names.set(c.code, { singular, plural: c.plural?.[0] ?? null });
    for (const [adjective, code] of Object.entries(c.adjectives ?? {})) {
      // The bare word already names its own code (دولار = USD): keep it short.
      if (!names.has(code)) names.set(code, { singular: `${singular} ${adjective}`, plural: null });
    }
  }
  return names;
}

/**
 * Every unit a counted noun can produce: its own (`agreement` → اتفاقية), the unit an adjective
 * refines it to (`cubic metre` → متر مكعب), and the unit of its ordinal (`term` → ولاية).
 */
function buildNounNames(): Map<string, ArabicNoun> {
  const names = new Map<string, ArabicNoun>();
  const add = (unit: string, noun: ArabicNoun) => {
    if (!names.has(unit)) names.set(unit, noun);
  };
  for (const n of COUNTED_NOUNS) {
    const singular = n.singular[0];
    if (!singular) continue;
    const plural = n.plural?.[0] ?? null;
    add(n.unit, { singular, plural });
    if (n.ordinalUnit) add(n.ordinalUnit, { singular, plural });
    for (const [adjective, unit] of Object.entries(n.refine ?? {})) {
      // The adjective as listed agrees with the singular (مكعب، مربع); the plural keeps it too.
      add(unit, { singular: `${singular} ${adjective}`, plural: null });
    }
  }
  return names;
}

let currencyNames: Map<string, ArabicNoun> | null = null;
let nounNames: Map<string, ArabicNoun> | null = null;

export function arabicCurrency(code: string): ArabicNoun | null {
  currencyNames ??= buildCurrencyNames();
  return currencyNames.get(code) ?? null;
}

export function arabicCountedNoun(unit: string): ArabicNoun | null {
  nounNames ??= buildNounNames();
  return nounNames.get(unit) ?? null;
}

/** The Arabic word of a simple fraction (1/4 → ربع), when the value is one. */
export function arabicFraction(value: number): string | null {
  const f = FRACTIONS.find((x) => !x.weak && Math.abs(x.value - value) < 1e-9);
  return f?.single[0] ?? null;
}

/** ISO 4217 code: three capital letters. Anything else is a counted noun, `%` or `fraction`. */
export function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}
