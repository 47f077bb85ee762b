// Word tokens over normalised text. Arabic has no usable `\b` in JavaScript regular expressions,
// so every recogniser shares this one definition of where words start and end. Every token's text
// is interned (`vocabulary.ts`): a word seen before costs no new string, and its `id` lets each
// recogniser look the word up in an array instead of hashing it again.

import { HASH_SEED, hashStep, internSlice, words } from './vocabulary';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Interned id of `text` (`vocabulary.ts`): equal texts, equal ids; 0 when not interned. */
  id: number;
}

const LETTER = 1;
const DIGIT = 2;
let classes: Uint8Array | null = null;

function buildClasses(): Uint8Array {
  const c = new Uint8Array(0x10000);
  for (let x = 0x61; x <= 0x7a; x++) c[x] = LETTER; // a-z (capitals are folded by normalise)
  for (let x = 0x41; x <= 0x5a; x++) c[x] = LETTER;
  for (let x = 0x0621; x <= 0x064a; x++) c[x] = LETTER;
  for (let x = 0x066e; x <= 0x06d3; x++) c[x] = LETTER;
  for (let x = 0x00c0; x <= 0x024f; x++) c[x] = LETTER; // Latin with accents
  for (let x = 0x0400; x <= 0x04ff; x++) c[x] = LETTER; // Cyrillic (names in agency copy)
  for (let x = 0x30; x <= 0x39; x++) c[x] = DIGIT;
  c[0xd7] = 0; // ×
  c[0xf7] = 0; // ÷
  classes = c;
  return c;
}

/** True for a letter of a word (Arabic, Latin, Cyrillic), on normalised text. */
export function isLetter(code: number): boolean {
  return (classes ?? buildClasses())[code] === LETTER;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Splits normalised text into words (runs of letters), numbers (digit runs with inner `.` or `,`
 * between digits: `227`, `1.5`, `10,000`) and single punctuation marks. Spaces are skipped.
 */
export function tokenize(text: string): Token[] {
  const cls = classes ?? buildClasses();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = cls[code];
    if (k === LETTER) {
      let h = hashStep(HASH_SEED, code);
      let j = i + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (cls[c] !== LETTER) break;
        h = hashStep(h, c);
      }
      tokens.push(token('word', text, i, j, h));
      i = j;
    } else if (k === DIGIT) {
      let j = i + 1;
      for (;;) {
        while (j < n && cls[text.charCodeAt(j)] === DIGIT) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 0x2e || sep === 0x2c) && j + 1 < n && cls[text.charCodeAt(j + 1)] === DIGIT) j += 2;
        else break;
      }
      let h = HASH_SEED;
      for (let p = i; p < j; p++) h = hashStep(h, text.charCodeAt(p));
      tokens.push(token('number', text, i, j, h));
      i = j;
    } else if (code === 0x20 || code === 0x0a || code === 0x0d) {
      i++;
    } else {
      tokens.push(token('punct', text, i, i + 1, hashStep(HASH_SEED, code)));
      i++;
    }
  }
  return tokens;
}

function token(kind: TokenKind, text: string, start: number, end: number, h: number): Token {
  const id = internSlice(text, start, end, h);
  return { kind, start, end, text: id === 0 ? text.slice(start, end) : (words[id] as string), id };
}
