// Units whose figures are mostly ordinals (`الذكرى الثمانين` = the 80th anniversary,
// `القمة الأولى`): stored as numbers, but not amounts. Computed from the counted nouns for the
// generator; the extension's pages read the generated list (ordinal-units-data.ts), so that the
// popup does not load the whole noun lexicon to tell an amount from a rank.

import { COUNTED_NOUNS } from './data/counted-nouns';

export function ordinalUnits(): string[] {
  return [...new Set(COUNTED_NOUNS.flatMap((n) => (n.ordinal ? [n.ordinalUnit ?? n.unit] : [])))].sort();
}
