// Text folded for tolerant matching: Arabic normalisation (lib/text) plus every run of white space
// made one space, with a map back to original offsets. A quote saved before a site fixed a hamza,
// dropped diacritics or re-flowed its paragraphs is still the same words here.

import { normalise, toOriginal } from '../text/normalise';

export interface FoldedText {
  text: string;
  /** Original span of a range of the folded text. */
  toOriginal(from: number, to: number): [number, number];
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x0c;

export function foldText(original: string): FoldedText {
  const n = normalise(original);
  // index[i]: offset in n.text of folded unit i.
  const index = new Int32Array(n.text.length);
  let out = '';
  let last = -1;
  for (let i = 0; i < n.text.length; i++) {
    const c = n.text.charCodeAt(i);
    if (isSpace(c)) {
      if (last === 0x20 || out.length === 0) continue;
      index[out.length] = i;
      out += ' ';
      last = 0x20;
    } else {
      index[out.length] = i;
      out += n.text[i];
      last = c;
    }
  }
  return {
    text: out,
    toOriginal(from, to) {
      if (to <= from) return toOriginal(n, index[from] ?? n.text.length, index[from] ?? n.text.length);
      return toOriginal(n, index[from] as number, (index[to - 1] as number) + 1);
    },
  };
}

/** A quote folded the same way, without the map, trimmed of outer spaces. */
export function foldQuote(quote: string): string {
  return foldText(quote).text.trim();
}
