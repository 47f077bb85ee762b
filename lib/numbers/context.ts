// Lookups on the words around a number: a hedge before a bare fraction, a year context before
// four digits, a copula before a bare ordinal. Each is a Set/Map of normalised spellings
// (with proclitics where Arabic attaches them), so a check costs a few Map lookups.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { WordFlags } from '../text/vocabulary';
import {
  COPULAS,
  HEDGES,
  MEASURE_FOLLOWERS,
  MEASURING_CONTEXTS,
  NUMBERED_NAMES,
  PERCENT_AFTER_FI,
  PERCENT_FI,
  PERCENT_WORDS,
  PHRASE_BREAKS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  WHOLE_WORDS,
  YEAR_CONTEXT,
  YEAR_NOUNS,
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

/** Phrases of one or more words, matched ending right before a token, proclitics allowed on the first. */
interface PhraseSet {
  /** Phrases by the token that ends them as written (a one-word phrase under each proclitic form). */
  byLast: Map<string, string[][]>;
  first: Map<string, Prefix>;
}

function phraseSet(list: readonly string[]): PhraseSet {
  const phrases = list.map((h) => normaliseString(h).split(' '));
  const first = prefixed(
    phrases.map((h) => h[0] as string),
    false,
  );
  const byLast = new Map<string, string[][]>();
  const add = (key: string, h: string[]) => byLast.set(key, [...(byLast.get(key) ?? []), h]);
  for (const h of phrases) {
    if (h.length > 1) add(h[h.length - 1] as string, h);
    else for (const [form, p] of first) if (form === p.text + h[0]) add(form, h);
  }
  return { byLast, first };
}

let tables: {
  hedges: PhraseSet;
  measuring: PhraseSet;
  followers: Set<string>;
  whole: Set<string>;
  year: Map<string, Prefix>;
  yearNouns: Map<string, Prefix>;
  copulas: Set<string>;
  openers: Map<string, Prefix>;
  joiners: Set<string>;
  names: Set<string>;
  breaks: Set<string>;
} | null = null;

function t() {
  if (tables) return tables;
  tables = {
    hedges: phraseSet(HEDGES),
    measuring: phraseSet(MEASURING_CONTEXTS),
    followers: new Set(MEASURE_FOLLOWERS.map(normaliseString)),
    whole: new Set(WHOLE_WORDS.map(normaliseString)),
    year: prefixed(YEAR_CONTEXT, false),
    yearNouns: prefixed(YEAR_NOUNS, false),
    copulas: new Set(COPULAS.map(normaliseString)),
    openers: prefixed(RANGE_OPENERS, false),
    joiners: new Set(RANGE_JOINERS.map(normaliseString)),
    // With the conjunctions and prepositions a noun takes (`لمجموعة العشرين`, `وتشرين الثاني`).
    names: new Set(
      NUMBERED_NAMES.map(normaliseString).flatMap((n) =>
        n.startsWith('ال') ? [n] : [n, ...['و', 'ف', 'ل', 'ب', 'ول', 'وب', 'فل'].map((p) => p + n)],
      ),
    ),
    breaks: new Set(PHRASE_BREAKS.map(normaliseString)),
  };
  return tables;
}

/**
 * The word sets above as bits of one table by token id: each check on a neighbour of a number is
 * one array read instead of a Set lookup (and a RegExp for a phrase break).
 */
const YEAR_CONTEXT_WORD = 1;
const COPULA = 2;
const RANGE_OPENER = 4;
const RANGE_JOINER = 8;
const NUMBERED_NAME = 16;
const PHRASE_BREAK_WORD = 32;
const WHOLE_WORD = 64;
/** The last word of a hedge or of a measuring context (`phraseBefore` has phrases ending on it). */
const ENDS_HEDGE = 128;
const ENDS_MEASURING = 256;
const YEAR_NOUN = 512;

const wordContext = new WordFlags((w) => {
  const s = t();
  let f = 0;
  if (s.year.has(w)) f |= YEAR_CONTEXT_WORD;
  if (s.yearNouns.has(w)) f |= YEAR_NOUN;
  if (s.copulas.has(w)) f |= COPULA;
  if (s.openers.has(w)) f |= RANGE_OPENER;
  if (s.joiners.has(w)) f |= RANGE_JOINER;
  if (s.names.has(w)) f |= NUMBERED_NAME;
  if (s.breaks.has(w) || /^(لل|بال|كال)/.test(w)) f |= PHRASE_BREAK_WORD;
  if (s.whole.has(w)) f |= WHOLE_WORD;
  if (s.hedges.byLast.has(w)) f |= ENDS_HEDGE;
  if (s.measuring.byLast.has(w)) f |= ENDS_MEASURING;
  return f;
});

/** Whether a word token is in the set of `bit`. */
function wordIs(t0: Token | undefined, bit: number): boolean {
  return t0?.kind === 'word' && (wordContext.get(t0.id, t0.text) & bit) !== 0;
}

/**
 * A hedge ending right before token i (`نحو`, `بنحو`, `أكثر من`, `ما يزيد على`): its first token
 * and the proclitic letters to leave out of a span; null when there is none.
 */
export function hedgeBefore(tokens: Token[], i: number): { start: number; skip: number } | null {
  return wordIs(tokens[i - 1], ENDS_HEDGE) ? phraseBefore(t().hedges, tokens, i) : null;
}

/** A phrase of the set ending right before token i: its first token and the proclitic letters on it. */
function phraseBefore(set: PhraseSet, tokens: Token[], i: number): { start: number; skip: number } | null {
  const last = tokens[i - 1];
  const candidates = last?.kind === 'word' ? set.byLast.get(last.text) : undefined;
  if (!candidates) return null;
  for (const h of candidates) {
    const start = i - h.length;
    if (start < 0) continue;
    let ok = true;
    for (let j = 1; j < h.length && ok; j++) ok = tokens[start + j]?.text === h[j];
    if (!ok) continue;
    const first = tokens[start] as Token;
    if (first.kind !== 'word') continue;
    const p = set.first.get(first.text);
    if (p && first.text === p.text + h[0]) return { start, skip: p.skip };
  }
  return null;
}

/** Whether a measuring word ends right before token i (`نحو`, `لمدة`, `في غضون`, `أقل من`, `منذ`). */
export function measuringContextBefore(tokens: Token[], i: number): boolean {
  return wordIs(tokens[i - 1], ENDS_MEASURING) && phraseBefore(t().measuring, tokens, i) !== null;
}

/** Whether a word may follow a measure of one (`من`, `على`, `فقط`): see MEASURE_FOLLOWERS. */
export function isMeasureFollower(word: string): boolean {
  return t().followers.has(word);
}

/** `كامل`, `كاملة`, `كاملا`. */
export function isWholeWord(t0: Token | undefined): boolean {
  return wordIs(t0, WHOLE_WORD);
}

/** Whether the word before a four-digit number makes it a year (`عام 2023`, `ومنذ 2014`). */
export function isYearContext(t0: Token | undefined): boolean {
  return wordIs(t0, YEAR_CONTEXT_WORD);
}

/** Whether the word is `عام`/`سنة` (with proclitics, `لعام`, `وسنة`): a number in words after it is a year. */
export function isYearNoun(t0: Token | undefined): boolean {
  return wordIs(t0, YEAR_NOUN);
}

export function isCopula(t0: Token | undefined): boolean {
  return wordIs(t0, COPULA);
}

/** `بين`, `من`, `وبين`: a word that opens a range of two amounts. */
export function isRangeOpener(t0: Token | undefined): boolean {
  return wordIs(t0, RANGE_OPENER);
}

/** `إلى`, `حتى`: the word between the two ends of a range. */
export function isRangeJoiner(t0: Token | undefined): boolean {
  return wordIs(t0, RANGE_JOINER);
}

/** `كانون` before `الأول`, `مجموعة` before `العشرين`: the number is part of a name. */
export function isNumberedName(t0: Token | undefined): boolean {
  return wordIs(t0, NUMBERED_NAME);
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
  return wordIs(t0, PHRASE_BREAK_WORD);
}

/** Words other than number words and units that can follow digits in a figure: percent, range. */
export function figureJoinWords(): string[] {
  return [...PERCENT_WORDS, ...PERCENT_FI, ...PERCENT_AFTER_FI, ...RANGE_JOINERS].map(normaliseString);
}
