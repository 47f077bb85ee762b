// Arabic words for a figure's unit, read from the generated table (unit-words-data.ts; built by
// unit-words-source.ts from the numbers lexicon).

import { UNIT_WORDS } from './unit-words-data';

export interface ArabicNoun {
  singular: string;
  plural: string | null;
}

const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export function arabicCurrency(code: string): ArabicNoun | null {
  const e = own(UNIT_WORDS.currencies, code);
  return e ? { singular: e[0], plural: e[1] } : null;
}

export function arabicCountedNoun(unit: string): ArabicNoun | null {
  const e = own(UNIT_WORDS.nouns, unit);
  return e ? { singular: e[0], plural: e[1] } : null;
}

/** The Arabic word of a simple fraction (1/4 → ربع), when the value is one. */
export function arabicFraction(value: number): string | null {
  return UNIT_WORDS.fractions.find(([v]) => Math.abs(v - value) < 1e-9)?.[1] ?? null;
}
