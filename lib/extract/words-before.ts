// The words right before an offset in the normalised text, read backwards: what stands before a
// venue (`في بكين`), a date (`منذ 2019`) or a name. One reader for the extract stage's checks.

import { isLetter } from '../text/tokens';

/**
 * Up to `max` words read backwards from `end`, nearest first. Only spaces and quotes may stand
 * between them: punctuation ends the phrase (`، في الكرملين` still reads `في`; `، الكرملين`
 * reads nothing). Word by word, no RegExp over the text: this runs for every venue of every
 * meeting sentence.
 */
export function wordsBefore(text: string, end: number, max: number): string[] {
  const words: string[] = [];
  let at = end;
  while (words.length < max) {
    let e = at;
    while (e > 0 && !isLetterAt(text, e - 1)) {
      const c = text.charCodeAt(e - 1);
      if (c !== 0x20 && c !== 0x22 && c !== 0xab && c !== 0xbb) return words;
      e--;
    }
    let b = e;
    while (b > 0 && isLetterAt(text, b - 1)) b--;
    if (b === e) break;
    words.push(text.slice(b, e));
    at = b;
  }
  return words;
}

export function isLetterAt(text: string, i: number): boolean {
  return isLetter(text.charCodeAt(i));
}
