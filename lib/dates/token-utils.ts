// Small token tests shared by the grammar files.

import type { Token } from '../text/tokens';

/** Whether `text[from, to)` holds a line break (a date never runs across lines). */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/**
 * Positions of line breaks, found lazily and left to right with the native `indexOf`, so that a
 * scan over a whole text looks at each break once.
 */
export class LineBreaks {
  private nextLf = -1;
  private nextCr = -1;

  constructor(private readonly text: string) {}

  /** Offset of the first line break at or after `from` (the text's length when none). */
  nextAfter(from: number): number {
    if (this.nextLf !== Number.MAX_SAFE_INTEGER && this.nextLf < from) {
      const k = this.text.indexOf('\n', from);
      this.nextLf = k < 0 ? Number.MAX_SAFE_INTEGER : k;
    }
    if (this.nextCr !== Number.MAX_SAFE_INTEGER && this.nextCr < from) {
      const k = this.text.indexOf('\r', from);
      this.nextCr = k < 0 ? Number.MAX_SAFE_INTEGER : k;
    }
    return Math.min(this.nextLf, this.nextCr, this.text.length);
  }

  /** Whether a break lies in `[from, to)` (a short gap between two tokens). */
  between(from: number, to: number): boolean {
    return hasLineBreak(this.text, from, to);
  }
}

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
  const s = t.text;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return -1;
  }
  return Number.parseInt(s, 10);
}

/** Whether a word begins with the article (an adjective or a definite noun after a word). */
export function isDefinite(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length > 2 && t.text.startsWith('ال');
}
