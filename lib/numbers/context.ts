// Lookups on the words around a number: a hedge before a bare fraction, a year context before
// four digits, a copula before a bare ordinal. Each is a Set/Map of normalised spellings
// (with proclitics where Arabic attaches them), so a check costs a few Map lookups.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import {
  COPULAS,
  HEDGES,
  NUMBERED_NAMES,
  PERCENT_AFTER_FI,
  PERCENT_FI,
  PERCENT_WORDS,
  PHRASE_BREAKS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  YEAR_CONTEXT,
} from './data/markers';
import { PREFIXES, type Prefix } from './proclitics';

/** `word` under every proclitic combination (without the article when `article` is false). */
function prefixed(words: readonly string[], article: boolean): Map<string, Prefix> {
  const out = new Map<string, Prefix>();
  for (const w of words.map(normaliseString)) {
    for (const p of PREFIXES) {
      if (!article && p.article) continue;
      if (!out.has(p.text + w)) out.set(p.text + w, p);
    }
  }
  return out;
}

let tables: {
  hedgeFirst: Map<string, Prefix>;
  hedges: string[][];
  year: Map<string, Prefix>;
  copulas: Set<string>;
  openers: Map<string, Prefix>;
  joiners: Set<string>;
  names: Set<string>;
  breaks: Set<string>;
} | null = null;

function t() {
  if (tables) return tables;
  const hedges = HEDGES.map((h) => normaliseString(h).split(' '));
  tables = {
    hedges,
    hedgeFirst: prefixed(
      hedges.map((h) => h[0] as string),
      false,
    ),
    year: prefixed(YEAR_CONTEXT, false),
    copulas: new Set(COPULAS.map(normaliseString)),
    openers: prefixed(RANGE_OPENERS, false),
    joiners: new Set(RANGE_JOINERS.map(normaliseString)),
    names: new Set(NUMBERED_NAMES.map(normaliseString)),
    breaks: new Set(PHRASE_BREAKS.map(normaliseString)),
  };
  return tables;
}

/**
 * A hedge ending right before token i (`نحو`, `بنحو`, `أكثر من`, `ما يزيد على`): its first token
 * and the proclitic letters to leave out of a span; null when there is none.
 */
export function hedgeBefore(tokens: Token[], i: number): { start: number; skip: number } | null {
  const { hedges, hedgeFirst } = t();
  for (const h of hedges) {
    const start = i - h.length;
    if (start < 0) continue;
    let ok = true;
    for (let j = 1; j < h.length && ok; j++) ok = tokens[start + j]?.text === h[j];
    if (!ok) continue;
    const first = tokens[start] as Token;
    const p = hedgeFirst.get(first.text);
    if (p && first.text === p.text + h[0]) return { start, skip: p.skip };
  }
  return null;
}

/** Whether the word before a four-digit number makes it a year (`عام 2023`, `ومنذ 2014`). */
export function isYearContext(t0: Token | undefined): boolean {
  return t0?.kind === 'word' && t().year.has(t0.text);
}

export function isCopula(t0: Token | undefined): boolean {
  return t0?.kind === 'word' && t().copulas.has(t0.text);
}

/** `بين`, `من`, `وبين`: a word that opens a range of two amounts. */
export function isRangeOpener(t0: Token | undefined): boolean {
  return t0?.kind === 'word' && t().openers.has(t0.text);
}

/** `إلى`, `حتى`: the word between the two ends of a range. */
export function isRangeJoiner(t0: Token | undefined): boolean {
  return t0?.kind === 'word' && t().joiners.has(t0.text);
}

/** `كانون` before `الأول`, `مجموعة` before `العشرين`: the number is part of a name. */
export function isNumberedName(t0: Token | undefined): boolean {
  return t0?.kind === 'word' && t().names.has(t0.text);
}

/**
 * Whether a token ends the noun phrase an ordinal refers back to: a preposition or relative, a
 * word carrying a preposition with the article (`للانتصار`, `بالذكرى`), punctuation other than
 * quotes and dashes, a number.
 */
export function isPhraseBreak(t0: Token | undefined): boolean {
  if (!t0) return true;
  if (t0.kind === 'number') return true;
  // Quotes and a dash stay inside a name: معرض «روسيا - الصين» الثامن.
  if (t0.kind === 'punct') return !'"\'-'.includes(t0.text);
  return t().breaks.has(t0.text) || /^(لل|بال|كال)/.test(t0.text);
}

/** Words other than number words and units that can follow digits in a figure: percent, range. */
export function figureJoinWords(): string[] {
  return [...PERCENT_WORDS, ...PERCENT_FI, ...PERCENT_AFTER_FI, ...RANGE_JOINERS].map(normaliseString);
}
