// Shared by the whole-phrase parsers (`npx qimma parse number|ordinal|money|duration`): a phrase
// is understood only when every token of it is.

import { normaliseString } from '../../text/normalise';
import { type Token, tokenize } from '../../text/tokens';

/** Tokens of a phrase, with a leading `.77` read as `0.77` (Duckling writes decimals that way). */
export function phraseTokens(s: string): Token[] {
  let text = normaliseString(s.trim());
  if (/^-?\.\d/.test(text)) text = text.replace('.', '0.');
  // A trailing full stop (`42 ج.م.`) closes the phrase; it is not part of it.
  if (text.endsWith('.') && text.length > 1) text = text.slice(0, -1);
  return tokenize(text);
}

const INDIC_FRACTION = /^(-?)\s*([\u0660-\u0669\u06f0-\u06f9]+)\s*\/\s*([\u0660-\u0669\u06f0-\u06f9]+)$/;

/**
 * `١١/١٠` → 1.1: in whole-number mode, a slash between Arabic-Indic digits is a fraction
 * (Duckling's convention). In running text the same shape is a date and never read this way.
 */
export function indicFraction(s: string): number | null {
  const m = INDIC_FRACTION.exec(s.trim());
  if (!m) return null;
  const num = Number(normaliseString(m[2] as string));
  const den = Number(normaliseString(m[3] as string));
  if (!den) return null;
  return (m[1] ? -1 : 1) * (num / den);
}
