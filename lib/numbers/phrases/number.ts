import type { Token } from '../../text/tokens';
import { analyseToken } from '../lexicon';
import { readNumberAt } from '../read-number';
import { indicFraction, phraseTokens } from './whole';

/** A fraction word alone (`نصف`, `ثلثي`, `الربع`) or after a count (`ثلاثة أرباع`), or null. */
function fractionPhrase(tokens: Token[]): number | null {
  const last = tokens[tokens.length - 1];
  if (last?.kind !== 'word' || tokens.length > 2) return null;
  const f = analyseToken(last).find((a) => a.sense.kind === 'fraction' && a.prefix.skip === 0);
  if (f?.sense.kind !== 'fraction') return null;
  if (tokens.length === 1) return f.sense.form === 'plural' ? null : f.sense.value;
  const count = readNumberAt(tokens, 0);
  if (count?.end !== 1 || count.ordinal || f.sense.form !== 'plural' || f.prefix.article) return null;
  return count.value * f.sense.value;
}

/**
 * A whole phrase read as a cardinal number (`خمسمائة وخمسة وعشرون`, `2 مليون`, `١٫٥`) or a
 * fraction (`ثلاثة أرباع`, `نصف`), or null.
 */
export function parseNumberPhrase(s: string): { value: number } | null {
  const fraction = indicFraction(s);
  if (fraction !== null) return { value: fraction };
  const tokens = phraseTokens(s);
  const r = readNumberAt(tokens, 0);
  if (r && r.end === tokens.length && !r.ordinal) return { value: r.value };
  const f = fractionPhrase(tokens);
  return f === null ? null : { value: f };
}
