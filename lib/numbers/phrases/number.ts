import { readNumberAt } from '../read-number';
import { indicFraction, phraseTokens } from './whole';

/** A whole phrase read as a cardinal number (`خمسمائة وخمسة وعشرون`, `2 مليون`, `١٫٥`), or null. */
export function parseNumberPhrase(s: string): { value: number } | null {
  const fraction = indicFraction(s);
  if (fraction !== null) return { value: fraction };
  const tokens = phraseTokens(s);
  const r = readNumberAt(tokens, 0);
  if (!r || r.end !== tokens.length || r.ordinal) return null;
  return { value: r.value };
}
