// Selectors for a passage of the article text: its words (TextQuoteSelector) with enough context on
// each side to tell two identical passages apart, and its offsets (TextPositionSelector).

import type { TextQuote } from './types';

/** Context kept on each side of the quote (the length Hypothesis uses, enough in Arabic too). */
export const CONTEXT_LENGTH = 32;

export function describeQuote(text: string, start: number, end: number): TextQuote {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    exact: text.slice(from, to),
    prefix: trimBrokenPairs(text.slice(Math.max(0, from - CONTEXT_LENGTH), from)),
    suffix: trimBrokenPairs(text.slice(to, to + CONTEXT_LENGTH)),
  };
}

/** Drops half a surrogate pair cut off at either end (an emoji split by the context window). */
function trimBrokenPairs(s: string): string {
  let a = 0;
  let b = s.length;
  if (b > 0 && isLow(s.charCodeAt(0))) a = 1;
  if (b > a && isHigh(s.charCodeAt(b - 1))) b -= 1;
  return s.slice(a, b);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
