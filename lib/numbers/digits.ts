// Value of a digit token (`227`, `10,000`, `1.5`, `1,5`, `1.000.000`). Arabic-Indic digits and
// the Arabic separators ٫ ٬ were already folded to ASCII by normalisation.
//
// Separators: Mashriq copy writes `10,000` and `1.5`; Maghrebi and some agency copy writes
// `1,5` and `10.000.000` (European style). A separator followed by exactly three digits, repeated,
// groups thousands; a single `,` followed by one or two digits is a decimal comma; a single `.`
// is a decimal point (`1.10` is 1.1, as Duckling reads it) unless three round digits follow.

import type { Token } from '../text/tokens';
import { WordNumbers } from '../text/vocabulary';

const THOUSANDS_COMMA = /^\d{1,3}(,\d{3})+$/;
const THOUSANDS_DOT = /^\d{1,3}(\.\d{3}){2,}$/;
/**
 * `1.200 مليار`, `13.500 جندي`: one dot before three digits ending in zero is a thousands dot in
 * Maghrebi copy; a decimal would not be written with trailing zeros (`1.125` stays 1.125).
 */
const THOUSANDS_DOT_ROUND = /^[1-9]\d{0,2}\.\d\d0$/;

/** Value of a normalised digit token; NaN if the text is not one. */
export function digitValue(text: string): number {
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  if (!hasComma && !hasDot) return Number(text);
  if (hasComma && hasDot) {
    // Both kinds: the last one is the decimal separator (`1,234.5`, `1.234,5`).
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? /,/g : /\./g;
    return Number(text.replace(grouping, '').replace(',', '.'));
  }
  if (hasComma) {
    if (THOUSANDS_COMMA.test(text)) return Number(text.replace(/,/g, ''));
    const parts = text.split(',');
    return parts.length === 2 ? Number(`${parts[0]}.${parts[1]}`) : Number(text.replace(/,/g, ''));
  }
  if (THOUSANDS_DOT.test(text) || THOUSANDS_DOT_ROUND.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text);
}

/** Whether a digit token is a plain integer (no separator). */
export function isPlainInteger(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return text.length > 0;
}

const byToken = new WordNumbers(digitValue);

/** `digitValue` of a number token's text, remembered by token id. */
export function tokenDigitValue(t: Token): number {
  return byToken.get(t.id, t.text);
}
