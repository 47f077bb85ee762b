// One left-to-right pass over the tokens: at each word, the best phrase of the lexicon that starts
// there (bare word before prefixed readings, longest first); matched words are consumed, so a
// look-alike (`منظمة شنغهاي`) or a longer name (`خواي جين بينغ`) hides the shorter one inside it.
// Linear in the number of tokens: one Map lookup per word, and a few comparisons when it hits.

import { type Token, tokenBits, WORD_BIT } from '../text/tokens';
import { type Entry, isBundled, LEXICON_FIRST, type Lexicon, optionsOf } from './lexicon';

export interface RawMatch {
  entry: Entry;
  /** Index of the first and last token of the phrase. */
  first: number;
  last: number;
  /** Span in the normalised text, proclitics left out. */
  nStart: number;
  nEnd: number;
  /** The proclitics attached to the first word (`و`, `ب`, `ول`), '' when none. */
  clitics: string;
}

export function scan(tokens: Token[], lexicon: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const n = tokens.length;
  // With the bundled lexicon, most words are passed over on one bit of the shared table.
  const bits = isBundled(lexicon) ? tokenBits(tokens) : null;
  const FIRST = WORD_BIT | LEXICON_FIRST;
  for (let i = 0; i < n; i++) {
    if (bits !== null ? ((bits[i] as number) & FIRST) !== FIRST : (tokens[i] as Token).kind !== 'word') continue;
    const t = tokens[i] as Token;
    const index = optionsOf(lexicon, t);
    if (!index) continue;
    // The word after, and the one after a dash or quote there: a phrase's second word must be one
    // of them, which rules out most of the phrases a common first word (`رئيس`) starts.
    const next = tokens[i + 1];
    const nextId = next ? next.id : -1;
    const afterId = next && BETWEEN_WORDS.has(next.text) ? (tokens[i + 2]?.id ?? -1) : -1;
    const options = afterId === -1 ? (index.byNext.get(nextId) ?? index.single) : index.all;
    for (const o of options) {
      if (o.second !== 0 && o.second !== nextId && o.second !== afterId) continue;
      const last = matchRest(tokens, i, o.entry.tokens);
      if (last < 0) continue;
      out.push({
        entry: o.entry,
        first: i,
        last,
        nStart: t.start + o.prefix,
        nEnd: (tokens[last] as Token).end,
        clitics: o.clitics,
      });
      i = last;
      break;
    }
  }
  return out;
}

/** Marks the text may put between two words of a phrase: `شي جين-بينغ`, `قمة "شنغهاي"` (quotes folded to `"`). */
const BETWEEN_WORDS = new Set(['-', '"']);

/**
 * Matches the phrase's words after the first against the tokens after `i`; returns the index of
 * the last matched token, or -1. A hyphen or a quotation mark in the text between two words of a
 * phrase is allowed: `شي جين-بينغ`, and the press often quotes the name inside an organisation's
 * or event's (`قمة "شنغهاي"`, `منظمة «شنغهاي» للتعاون`), which must still hide the city.
 */
function matchRest(tokens: Token[], i: number, phrase: string[]): number {
  let k = i;
  for (let p = 1; p < phrase.length; p++) {
    k++;
    let t = tokens[k];
    if (t && BETWEEN_WORDS.has(t.text) && phrase[p] !== t.text) t = tokens[++k];
    if (!t || t.text !== phrase[p]) return -1;
  }
  return k;
}
