// Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال) as part of the next
// word: `وثلاثة`, `بالمئة`, `للمرة`, `والعشرين`. Number words are looked up in tables that already
// contain every prefixed spelling, so a lookup stays one Map access per token.

import type { Token } from '../text/tokens';
import { WordMemo } from '../text/vocabulary';

/** One way a word can start: its letters, and what they are made of. */
export interface Prefix {
  /** Normalised letters as written (`وبال`, `لل`). */
  readonly text: string;
  /** Carries the article ال (`ال`, `بال`, `لل`). */
  readonly article: boolean;
  /** Conjunction و/ف present. */
  readonly conjunction: boolean;
  /**
   * Letters a mention span leaves out: the conjunction and preposition (`وبالعشرين` → `العشرين`).
   * With `لل` the article's alef is elided, so both letters go (`للمرة` → `مرة`).
   */
  readonly skip: number;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

function buildPrefixes(): Prefix[] {
  const out: Prefix[] = [];
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      for (const article of [false, true]) {
        // ل + ال is written لل (the alef of the article disappears).
        const text = c + (p === 'ل' && article ? 'لل' : p + (article ? 'ال' : ''));
        const skip = p === 'ل' && article ? c.length + 2 : c.length + p.length;
        out.push({ text, article, conjunction: c !== '', skip });
      }
    }
  }
  return out;
}

/** Every conjunction + preposition + article combination, the empty prefix first. */
export const PREFIXES: readonly Prefix[] = buildPrefixes();

const BY_TEXT = new Map(PREFIXES.map((p) => [p.text, p]));

/**
 * When a whole word token is only proclitics (`و` in `و15`, `ال` in `الـ 75` → `ال 75`,
 * `بال`): what they are. Null for any other word.
 */
export function procliticToken(word: string): Prefix | null {
  return word === '' ? null : (BY_TEXT.get(word) ?? null);
}

const byToken = new WordMemo(procliticToken);

/** `procliticToken` of a token's text, remembered by token id. */
export function procliticOf(t: Token): Prefix | null {
  return byToken.get(t.id, t.text);
}
