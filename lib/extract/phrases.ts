// Word-phrase lookup over tokens: the orchestrator's own vocabularies (story markers, meeting
// words, cues) are short phrases of one to five words. A Map from the first word to the phrases it
// starts lets a scan test each token once, instead of running one RegExp per phrase over the text.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';

export interface PhraseTable<T> {
  /** First word (normalised) → phrases starting with it, longest first. */
  readonly byFirst: Map<string, Array<{ words: string[]; value: T }>>;
}

/** Splits a phrase in normal Arabic into normalised words (punctuation and spaces are separators). */
export function phraseWords(phrase: string): string[] {
  return normaliseString(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function buildPhraseTable<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    byFirst.set(first, list);
    if (!list.some((p) => p.words.join(' ') === words.join(' '))) list.push({ words, value });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Builds a table where every phrase maps to the same tag. */
export function tagTable<T>(tag: T, phrases: readonly string[]): Array<readonly [string, T]> {
  return phrases.map((p) => [p, tag] as const);
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
}

/**
 * Matches the longest phrase starting at token `i`, whose first word may carry proclitics
 * (`وقمة`, `بزيارة`, `للقمة`). Later words must match exactly; punctuation between words breaks a
 * phrase, except where the phrase itself has none. `limit` is one past the last usable token.
 */
export function matchPhraseAt<T>(
  table: PhraseTable<T>,
  tokens: readonly Token[],
  i: number,
  limit = tokens.length,
): PhraseMatch<T> | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  for (const form of cliticForms(t.text)) {
    const list = table.byFirst.get(form);
    if (!list) continue;
    for (const p of list) {
      if (i + p.words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        const u = tokens[i + k];
        if (!u || u.kind === 'punct' || u.text !== p.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: p.value, from: i, to: i + p.words.length };
    }
  }
  return null;
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
