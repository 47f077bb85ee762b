// Whether a figure the scan found lies inside a fixed expression of `data/idioms.ts`. Idioms are
// indexed by their number word, which every figure contains, so the check costs a Map lookup per
// token of the figure (figures are few).

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { WordMemo } from '../text/vocabulary';
import { IDIOMS } from './data/idioms';
import { analyseWord } from './lexicon';

interface Idiom {
  words: string[];
  /** Index of the number word in `words`. */
  at: number;
}

let byNumberWord: Map<string, Idiom[]> | null = null;

function build(): Map<string, Idiom[]> {
  const map = new Map<string, Idiom[]>();
  for (const phrase of IDIOMS) {
    const words = normaliseString(phrase).split(' ');
    const at = words.findIndex((w) => analyseWord(w).length > 0);
    if (at < 0) continue;
    const key = words[at] as string;
    map.set(key, [...(map.get(key) ?? []), { words, at }]);
  }
  byNumberWord = map;
  return map;
}

/** The idiom's words at tokens `start…`; the first may carry a conjunction و/ف more. */
function matches(tokens: Token[], start: number, words: string[]): boolean {
  if (start < 0) return false;
  for (let j = 0; j < words.length; j++) {
    const t = tokens[start + j];
    if (t?.kind !== 'word') return false;
    const w = words[j] as string;
    if (t.text === w) continue;
    if (j === 0 && t.text.length === w.length + 1 && (t.text[0] === 'و' || t.text[0] === 'ف') && t.text.endsWith(w))
      continue;
    return false;
  }
  return true;
}

/** The idioms a word is the number word of, by token id (null for nearly every word). */
const idiomsOf = new WordMemo((w) => (byNumberWord ?? build()).get(w) ?? null);

/** Whether tokens `[from, to)` of a figure hold the number word of an idiom standing there. */
export function insideIdiom(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const idioms = t.kind === 'word' ? idiomsOf.get(t.id, t.text) : null;
    if (!idioms) continue;
    for (const idiom of idioms) if (matches(tokens, k - idiom.at, idiom.words)) return true;
  }
  return false;
}
