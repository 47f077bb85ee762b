import { readNumberAt } from '../read-number';
import { phraseTokens } from './whole';

/** A whole phrase read as an ordinal (`الحادي والعشرين`, `الثالثة عشرة`, `الـ 75`), or null. */
export function parseOrdinalPhrase(s: string): { value: number } | null {
  const tokens = phraseTokens(s);
  const r = readNumberAt(tokens, 0);
  if (!r || r.end !== tokens.length || !r.ordinal) return null;
  return { value: r.value };
}
