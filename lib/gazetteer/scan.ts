// One left-to-right pass over the tokens: at each word, the best phrase of the lexicon that starts
// there (bare word before prefixed readings, longest first); matched words are consumed, so a
// look-alike (`منظمة شنغهاي`) or a longer name (`خواي جين بينغ`) hides the shorter one inside it.
// Linear in the number of tokens: one Map lookup per word, and a few comparisons when it hits.

import { type Token, tokenTable, WORD_BIT } from '../text/tokens';
import { wordId } from '../text/vocabulary';
import {
  bundledOptionsOf,
  type Entry,
  isBundled,
  LEXICON_FIRST,
  type Lexicon,
  type LexiconOption,
  optionsOf,
} from './lexicon';

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
  // The scan reads the token list's typed columns only (word facts, ids, offsets): a token object
  // is a cache miss in a long page, and most words are passed over on one bit (with the bundled
  // lexicon, "may start a phrase").
  const table = tokenTable(tokens);
  const { ids, start, end } = table;
  const bits = table.bits;
  const n = ids.length;
  const bundled = isBundled(lexicon);
  const FIRST = bundled ? WORD_BIT | LEXICON_FIRST : WORD_BIT;
  for (let i = 0; i < n; i++) {
    if (((bits[i] as number) & FIRST) !== FIRST) continue;
    const id = ids[i] as number;
    const index = bundled && id !== 0 ? bundledOptionsOf(id) : optionsOf(lexicon, tokens[i] as Token);
    if (!index) continue;
    // The word after, and the one after a mark there (see `isPhraseMark`): a phrase's second word must be
    // one of them, which rules out most of the phrases a common first word (`رئيس`) starts.
    const nextId = i + 1 < n ? (ids[i + 1] as number) : -1;
    const afterId = isPhraseMark(nextId) && i + 2 < n ? (ids[i + 2] as number) : -1;
    const { options, words } = afterId === -1 ? (index.byNext.get(nextId) ?? index.single) : index.all;
    // Per phrase in `words`: its length, then its word ids (the first as written in the phrase).
    for (let k = 0, at = 0; k < options.length; k++) {
      const length = words[at] as number;
      const second = length > 1 ? (words[at + 2] as number) : 0;
      const from = at + 1;
      at = from + length;
      if (second !== 0 && second !== nextId && second !== afterId) continue;
      const last = length === 1 ? i : matchRest(ids, i, words, from, length);
      if (last < 0) continue;
      const o = options[k] as LexiconOption;
      out.push({
        entry: o.entry,
        first: i,
        last,
        nStart: (start[i] as number) + o.prefix,
        nEnd: end[last] as number,
        clitics: o.clitics,
      });
      i = last;
      break;
    }
  }
  return out;
}

/**
 * Marks the text may put between two words of a phrase: `شي جين-بينغ`, `قمة "شنغهاي"` (quotes
 * folded to `"`). By id: the marks are interned here, so a token of either text has its id.
 */
const DASH = wordId('-');
const QUOTE = wordId('"');
const OPEN_BRACKET = wordId('(');
/** Agencies' slashes around a name (QNA, MENA: `منظمة /شنغهاي/ للتعاون`, `قمة /بريكس/`). */
const SLASH = wordId('/');

/** A mark the text may put between two words of a phrase (see `matchRest`). */
const isPhraseMark = (id: number) => id === DASH || id === QUOTE || id === OPEN_BRACKET || id === SLASH;

/**
 * Matches the phrase's words after the first (their ids: `words[from + 1 .. from + length)`) against the tokens after `i`;
 * returns the index of the last matched token, or -1. A hyphen or a quotation mark in the text
 * between two words of a phrase is allowed: `شي جين-بينغ`, and the press often quotes the name
 * inside an organisation's or event's (`قمة "شنغهاي"`, `منظمة «شنغهاي» للتعاون`, `قمة (شنغهاي)`),
 * which must still hide the city; an opening bracket and an agency's slash (`منظمة /شنغهاي/`) are
 * allowed there too.
 */
function matchRest(ids: Int32Array, i: number, words: Int32Array, from: number, length: number): number {
  const n = ids.length;
  let k = i;
  for (let p = 1; p < length; p++) {
    const want = words[from + p] as number;
    k++;
    if (k >= n) return -1;
    let id = ids[k] as number;
    if (isPhraseMark(id) && want !== id) {
      k++;
      if (k >= n) return -1;
      id = ids[k] as number;
    }
    if (id !== want) return -1;
  }
  return k;
}
