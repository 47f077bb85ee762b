// Small token tests shared by the grammar files.

import type { Token } from '../text/tokens';
import { WordNumbers } from '../text/vocabulary';

/** Whether tokens `a` and `b = a + 1` touch (no space between: `8th`, `2024م`, `22/03`). */
export function touching(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  const u = tokens[a + 1];
  return t !== undefined && u !== undefined && t.end === u.start;
}

/** The token at `i` if it is punctuation `ch`. */
export function isPunct(tokens: readonly Token[], i: number, ch: string): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === ch;
}

/** Integer value of a plain digit token (`08` → 8), or −1. */
export function digitValue(t: Token | undefined): number {
  if (t?.kind !== 'number') return -1;
  return digitValueOf(t);
}

const plainDigits = new WordNumbers((s) => {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return -1;
  }
  return Number.parseInt(s, 10);
});

/** `digitValue` of a number token, remembered by token id. */
export function digitValueOf(t: Token): number {
  return plainDigits.get(t.id, t.text);
}

/** Whether a word begins with the article (an adjective or a definite noun after a word). */
export function isDefinite(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length > 2 && t.text.startsWith('ال');
}
