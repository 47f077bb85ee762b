// Finding a stored passage again in the article text as it is today, in three steps that trade
// certainty for recall (as Hypothesis does): the exact words, disambiguated by their context and the
// recorded position; then the recorded position, if the words there are the same once folded
// (diacritics, hamza forms, white space); then the words with small differences, near the recorded
// position first. A passage found by none of them is an orphan: listed, never silently dropped.

import { type ApproxMatch, approximateSearch } from './approximate-search';
import { foldQuote, foldText } from './folded-text';
import type { Anchor, Selectors, TextPosition } from './types';

/** Share of a quote's length that may differ and still count as the same passage. */
const MAX_ERROR_RATE = 0.2;
/** Longer quotes are matched by their two ends (each this long), which must be in order. */
const END_LENGTH = 96;
/** More exact occurrences than this are not worth ranking (a one-word quote in a long text). */
const MAX_OCCURRENCES = 2_000;

export function anchor(text: string, selectors: Selectors): Anchor | null {
  const { quote } = selectors;
  const hint = validPosition(selectors.position, text.length);
  if (quote.exact.length === 0) return null;

  const exact = bestExact(text, selectors, hint);
  const wanted = foldQuote(quote.exact);
  const atHint = hint !== null && wanted.length > 0 && foldQuote(text.slice(hint.start, hint.end)) === wanted;
  // The same words (folded) at the recorded place, with a better-matching context, beat an exact
  // copy elsewhere: a headline printed twice, one copy re-rendered with diacritics.
  const hintContext = atHint && hint ? contextScore(text, hint.start, hint.end, quote.prefix, quote.suffix) : -1;
  if (exact !== null && exact.context >= hintContext) {
    return { start: exact.at, end: exact.at + quote.exact.length, method: 'exact' };
  }
  if (wanted.length === 0) return null;
  if (atHint && hint) return { ...hint, method: 'position' };

  const fuzzy = bestFuzzy(text, wanted, selectors, hint);
  return fuzzy ? { ...fuzzy, method: 'fuzzy' } : null;
}

function validPosition(p: TextPosition | null | undefined, length: number): TextPosition | null {
  if (!p || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return null;
  if (p.start < 0 || p.end > length || p.start >= p.end) return null;
  return p;
}

/** Every exact occurrence ranked by how much of its context matches, then by nearness to the hint. */
function bestExact(
  text: string,
  { quote }: Selectors,
  hint: TextPosition | null,
): { at: number; context: number } | null {
  let best: { at: number; context: number } | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let seen = 0;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const context = contextScore(text, at, at + quote.exact.length, quote.prefix, quote.suffix);
    const score = context - distancePenalty(at, hint, text.length);
    if (score > bestScore) {
      best = { at, context };
      bestScore = score;
    }
    if (++seen >= MAX_OCCURRENCES) break;
  }
  return best;
}

/** Characters of the recorded prefix and suffix found right next to a candidate. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text.charCodeAt(start - i) !== prefix.charCodeAt(prefix.length - i)) break;
    score++;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text.charCodeAt(end + i) !== suffix.charCodeAt(i)) break;
    score++;
  }
  return score;
}

/** Less than one context character for any distance within the text: position only breaks ties. */
function distancePenalty(at: number, hint: TextPosition | null, length: number): number {
  return hint ? Math.abs(at - hint.start) / (length + 1) : 0;
}

function bestFuzzy(
  text: string,
  wanted: string,
  { quote }: Selectors,
  hint: TextPosition | null,
): { start: number; end: number } | null {
  const folded = foldText(text);
  const maxErrors = Math.floor(wanted.length * MAX_ERROR_RATE);
  const candidates =
    wanted.length <= END_LENGTH * 2 ? approximateSearch(folded.text, wanted, maxErrors) : byEnds(folded.text, wanted);
  let best: { start: number; end: number } | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  const prefix = foldQuote(quote.prefix);
  const suffix = foldQuote(quote.suffix);
  for (const c of candidates) {
    const [start, end] = folded.toOriginal(c.start, c.end);
    // Errors weigh most; folded context breaks ties between equally good matches; then position.
    const score =
      -c.errors * 4 +
      contextScore(folded.text, c.start, c.end, prefix ? `${prefix} ` : '', suffix ? ` ${suffix}` : '') / 8 -
      distancePenalty(start, hint, text.length);
    if (score > bestScore) {
      best = { start, end };
      bestScore = score;
    }
  }
  return best;
}

/** A long quote: its head and its tail, each matched approximately, in order, about as far apart. */
function byEnds(text: string, wanted: string): ApproxMatch[] {
  const head = wanted.slice(0, END_LENGTH);
  const tail = wanted.slice(-END_LENGTH);
  const k = Math.floor(END_LENGTH * MAX_ERROR_RATE);
  const heads = approximateSearch(text, head, k);
  if (heads.length === 0) return [];
  const tails = approximateSearch(text, tail, k);
  const out: ApproxMatch[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const length = t.end - h.start;
      if (length >= wanted.length * (1 - MAX_ERROR_RATE) && length <= wanted.length * (1 + MAX_ERROR_RATE)) {
        out.push({ start: h.start, end: t.end, errors: h.errors + t.errors + Math.abs(length - wanted.length) });
      }
    }
  }
  return out;
}
