// Words for the search indexes (`*words` on articles, notes, entities). Search is by word prefix
// on normalised text, so `بوتين` finds `وبوتين` and `لبوتين`, and `قمه` finds `قمة`: each word is
// indexed as written and without the proclitics the press attaches to it (و ف ب ل ك and ال).

import { normaliseString } from '../text/normalise';
import { tokenize } from '../text/tokens';

/** More words than this in one record add little to search and slow every write. */
const MAX_WORDS = 400;

/** Prefix forms stripped, longest first: و/ف + ب/ك/ل + ال, then the shorter combinations. */
const PROCLITICS = ['وبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

function stems(word: string): string[] {
  const forms = [word];
  for (const p of PROCLITICS) {
    // `بكين`, `لافروف` begin with letters that look like proclitics: a single letter is stripped
    // only from words long enough to keep four letters, the article forms from those keeping three.
    if (word.startsWith(p) && word.length - p.length >= (p.length === 1 ? 4 : 3)) forms.push(word.slice(p.length));
  }
  return forms;
}

/** Distinct normalised words (and their proclitic-free forms) of some texts. */
export function searchWords(...texts: Array<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of tokenize(normaliseString(text))) {
      if (token.kind === 'punct') continue;
      if (token.kind === 'word' && token.text.length < 2) continue;
      for (const form of stems(token.text)) words.add(form);
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

/** The words of a query, normalised the same way (each must prefix some word of a result). */
export function queryWords(query: string): string[] {
  return tokenize(normaliseString(query))
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.text)
    .slice(0, 10);
}

export function matchesAll(words: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}
