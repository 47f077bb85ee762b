// The words right before an offset in the normalised text, read backwards: what stands before a
// venue (`في بكين`), a date (`منذ 2019`) or a name (`وفق ما أعلنه`, `قال لنظيره`); and the words
// right after one (a leader's object: `توقيع`, `وسام`). One reader for the extract stage's checks.

import { isLetter } from '../text/tokens';

/**
 * Up to `max` words read backwards from `end` (not before `from`), nearest first, as spans. Only
 * spaces, and quotes unless `quotes` is false, may stand between them: other punctuation ends the
 * phrase (`، في الكرملين` still reads `في`; `، الكرملين` reads nothing). Word by word, no RegExp
 * over the text: this runs for every venue of every meeting sentence.
 */
export function wordSpansBefore(text: string, end: number, max: number, from = 0, quotes = true): [number, number][] {
  const spans: [number, number][] = [];
  let at = end;
  while (spans.length < max) {
    let e = at;
    while (e > from && !isLetterAt(text, e - 1)) {
      const c = text.charCodeAt(e - 1);
      if (c !== 0x20 && !(quotes && (c === 0x22 || c === 0xab || c === 0xbb))) return spans;
      e--;
    }
    let b = e;
    while (b > from && isLetterAt(text, b - 1)) b--;
    if (b === e) break;
    spans.push([b, e]);
    at = b;
  }
  return spans;
}

/** `wordSpansBefore` from the start of the text, quotes allowed between, as the words themselves. */
export function wordsBefore(text: string, end: number, max: number): string[] {
  return wordSpansBefore(text, end, max).map(([b, e]) => text.slice(b, e));
}

export function isLetterAt(text: string, i: number): boolean {
  return isLetter(text.charCodeAt(i));
}

/** Up to `max` words (their spans) read forward from `start`; spaces, commas and quotes between. */
export function wordSpansAfter(text: string, start: number, max: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  while (out.length < max) {
    let b = at;
    while (b < to && /[\s،,"«»]/.test(text[b] as string)) b++;
    let e = b;
    while (e < to && isLetter(text.charCodeAt(e))) e++;
    if (e === b) break;
    out.push([b, e]);
    at = e;
  }
  return out;
}

/**
 * Whether one of `stems` occurs in `text` between `from` and `to`: a substring test a reader runs
 * before pairing words, so that the sentences with none (nearly all) cost no word spans. On a
 * slice of the sentence (a view, not a copy): `indexOf` from `from` on the whole text would read on
 * to the next occurrence anywhere, and over a long story, once per sentence, that is quadratic.
 */
export function containsAnyStem(text: string, stems: readonly string[], from: number, to: number): boolean {
  const part = text.slice(from, to);
  for (const stem of stems) if (part.includes(stem)) return true;
  return false;
}
