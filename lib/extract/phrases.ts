// Word-phrase lookup over tokens: the orchestrator's own vocabularies (story markers, meeting
// words, cues) are short phrases of one to five words. A Map from the first word to the phrases it
// starts lets a scan test each token once, instead of running one RegExp per phrase over the text.

import { normaliseString } from '../text/normalise';
import { THIRD_PERSON_POSSESSIVES } from '../text/possessive-suffixes';
import { type Token, type TokenTable, tokenTable, WORD_BIT } from '../text/tokens';
import { words as VOCABULARY, WordMemo, wordId } from '../text/vocabulary';

interface Phrase<T> {
  words: string[];
  /** Interned ids of `words` (see vocabulary.ts), compared with the tokens' ids. */
  ids: number[];
  value: T;
}

export interface PhraseTable<T> {
  /** First word (normalised) → phrases starting with it, longest first. */
  readonly byFirst: Map<string, Array<Phrase<T>>>;
  /**
   * Word as written (with its proclitics and suffix) → the phrases it can start, per reading
   * mode, by token id. News vocabulary repeats, so each distinct word is analysed once.
   */
  readonly starts: WordMemo<ReadonlyArray<Phrase<T>>>[];
}

const NONE: ReadonlyArray<never> = [];

/** Splits a phrase in normal Arabic into normalised words (punctuation and spaces are separators). */
export function phraseWords(phrase: string): string[] {
  return normaliseString(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function buildPhraseTable<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const byFirst = new Map<string, Array<Phrase<T>>>();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    byFirst.set(first, list);
    if (!list.some((p) => p.words.join(' ') === words.join(' '))) list.push({ words, ids: words.map(wordId), value });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const starts = [0, 1, 2, 3].map(
    (mode) => new WordMemo((w) => phrasesStartingWith(byFirst, w, (mode & CLITICS) !== 0, (mode & SUFFIXES) !== 0)),
  );
  return { byFirst, starts };
}

/** Builds a table where every phrase maps to the same tag. */
export function tagTable<T>(tag: T, phrases: readonly string[]): Array<readonly [string, T]> {
  return phrases.map((p) => [p, tag] as const);
}

/** Reading modes of `matchPhraseAt`: proclitics on the first word, possessive suffixes. */
export const EXACT = 0;
export const CLITICS = 1;
export const SUFFIXES = 2;

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
}

/**
 * Matches the longest phrase starting at token `i`. With `CLITICS` in `mode` (the default) the
 * first word may carry proclitics (`وقمة`, `بزيارة`, `للقمة`); with `SUFFIXES`, a one-word phrase
 * may also carry a possessive suffix (`زيارته`, `مباحثاتهما`). Later words must match exactly; a dash
 * or slash between words is allowed (`الروسية-الصينية`), other punctuation breaks the phrase.
 * `limit` is one past the last usable token.
 */
export function matchPhraseAt<T>(
  table: PhraseTable<T>,
  tokens: readonly Token[],
  i: number,
  limit: number = tokens.length,
  mode: number = CLITICS,
  given?: TokenTable,
): PhraseMatch<T> | null {
  if (!(i >= 0 && i < tokens.length)) return null;
  // The token list's typed columns, not its token objects: a scan asks this at many tokens, and
  // reading each token object (scattered in memory) cost more than the lookup itself. A caller
  // that holds them passes them (`given`), saving the lookup by list per call.
  const columns = given ?? tokenTable(tokens);
  if (((columns.bits[i] as number) & WORD_BIT) === 0) return null;
  const id = columns.ids[i] as number;
  // One memo per reading mode; no allocation on the common path (a word that starts nothing).
  const phrases = (table.starts[mode] as WordMemo<ReadonlyArray<Phrase<T>>>).get(id, textOf(tokens, id, i));
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as Phrase<T>;
    const to = p.words.length === 1 ? i + 1 : matchRest(tokens, columns, i, limit, p);
    if (to > 0) return { value: p.value, from: i, to };
  }
  return null;
}

/** The text of token `i` whose id is `id`: the interned string, or the token's own when not interned. */
function textOf(tokens: readonly Token[], id: number, i: number): string {
  return id === 0 ? (tokens[i] as Token).text : (VOCABULARY[id] as string);
}

/** The phrases a word (as written) may start in a reading mode, in the order they are tried. */
export function phrasesAt<T>(table: PhraseTable<T>, word: string, mode: number): ReadonlyArray<Phrase<T>> {
  return (table.starts[mode] as WordMemo<ReadonlyArray<Phrase<T>>>).get(0, word);
}

/** Every phrase a word can start in a reading mode, in the order they should be tried. */
function phrasesStartingWith<T>(
  byFirst: ReadonlyMap<string, Array<Phrase<T>>>,
  word: string,
  clitics: boolean,
  suffixes: boolean,
): ReadonlyArray<Phrase<T>> {
  const forms = clitics ? cliticForms(word) : [word];
  const bare = forms.length;
  // A word stripped of a proclitic keeps a longer stem, so `وزارة` does not read as و + زار + ه.
  if (suffixes) for (let k = 0; k < bare; k++) addSuffixForms(forms, forms[k] as string, k === 0 ? 3 : 4);
  let out: Array<Phrase<T>> | null = null;
  for (let f = 0; f < forms.length; f++) {
    const list = byFirst.get(forms[f] as string);
    if (!list) continue;
    for (const p of list) {
      if (f >= bare && p.words.length > 1) continue;
      out ??= [];
      out.push(p);
    }
  }
  return out ?? NONE;
}

const DASH = wordId('-');
const SLASH = wordId('/');

/** Index one past the phrase's last token when `words[1..]` follow token `i`, else 0. */
function matchRest<T>(tokens: readonly Token[], columns: TokenTable, i: number, limit: number, p: Phrase<T>): number {
  const { ids, bits } = columns;
  const n = tokens.length;
  let j = i + 1;
  for (let k = 1; k < p.words.length; k++) {
    if (j < n && (ids[j] === DASH || ids[j] === SLASH)) j++;
    if (j >= n || j >= limit || ((bits[j] as number) & WORD_BIT) === 0) return 0;
    // Equal texts have equal ids; id 0 (not interned) is compared by text.
    const id = ids[j] as number;
    const want = p.ids[k] as number;
    if (id === 0 || want === 0 ? textOf(tokens, id, j) !== p.words[k] : id !== want) return 0;
    j++;
  }
  return j;
}

/** `زيارته` → زيارت, زياره; `لقائهما` → لقائ, لقاء: the word without a possessive suffix. */
function addSuffixForms(forms: string[], w: string, minStem: number): void {
  for (const suffix of THIRD_PERSON_POSSESSIVES) {
    if (w.length - suffix.length < minStem || !w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    forms.push(stem);
    const last = stem[stem.length - 1];
    if (last === 'ت') forms.push(`${stem.slice(0, -1)}ه`);
    else if (last === 'ئ') forms.push(`${stem.slice(0, -1)}ء`);
    return;
  }
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);

/**
 * The forms a word may take once attached proclitics are removed, whole word first:
 * و/ف, then ب/ل/ك, then the article ال (with لل for ل + ال). `وبالقمة` → وبالقمة, بالقمة, القمة, قمة.
 * Stripping stops while at least two letters remain, so short words keep their own reading.
 */
export function cliticForms(word: string): string[] {
  const forms = [word];
  let w = word;
  if (w.length > 3 && CONJUNCTIONS.has(w[0] as string)) {
    w = w.slice(1);
    forms.push(w);
  }
  if (w.length > 3 && w.startsWith('لل')) {
    forms.push(`ا${w.slice(1)}`, w.slice(2));
    return forms;
  }
  if (w.length > 3 && PREPOSITIONS.has(w[0] as string)) {
    w = w.slice(1);
    forms.push(w);
  }
  if (w.length > 3 && w.startsWith('ال')) forms.push(w.slice(2));
  return forms;
}
