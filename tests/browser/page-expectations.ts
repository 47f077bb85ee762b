// Reading a fixture page's expectations and comparing the extension's highlights with them, by the
// rules of tests/fixtures/pages/README.md: every required text in document order per kind, optional
// texts allowed once per occurrence, nothing else. A highlight matches an expected text as the
// corpus scorer matches a mention with the gold (tests/fixtures/CORPUS-FORMAT.md): same kind, one
// text contains the other — here as whole words, so a range that cuts a word or slips onto a
// neighbouring letter still fails — and each expected text is matched at most once, in order.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionType } from '../../lib/extract/types';
import type { HighlightTexts } from './harness/page-report';

export interface PageExpectation {
  relevant: boolean;
  published: string | null;
  title: string;
  meeting: { start: string | null; venue: string | null; kind: string | null; participants: string[] } | null;
  highlights: HighlightTexts;
  optionalHighlights?: string[];
  notInArticle?: string[];
  stages?: Record<string, HighlightTexts>;
  notes?: string;
}

export const KINDS: MentionType[] = ['leader', 'venue', 'date', 'figure'];

export function fixtureNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => f.replace(/\.expect\.json$/, ''))
    .sort();
}

export function readExpectation(dir: string, name: string): PageExpectation {
  return JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as PageExpectation;
}

export interface Comparison {
  /** `kind: text` of required highlights that were not painted. */
  missing: string[];
  /** `kind: text` of painted highlights that are neither required nor optional. */
  unexpected: string[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** `inner` stands in `outer` as whole words: no letter, mark or digit glued on either side. */
function containsWords(outer: string, inner: string): boolean {
  if (inner.length === 0) return false;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const before = outer[at - 1];
    const after = outer[at + inner.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)))
      return true;
  }
  return false;
}

/** The corpus scorer's match: one text contains the other (whole words here). */
export function sameMention(painted: string, expected: string): boolean {
  return containsWords(painted, expected) || containsWords(expected, painted);
}

/**
 * Aligns painted texts with required ones in order. A painted text that does not match the next
 * required one is accepted as an optional occurrence if one is left, else as a later required one
 * (those skipped over are missing), else it is unexpected.
 */
export function compareHighlights(
  actual: HighlightTexts,
  expected: HighlightTexts,
  optional: string[] = [],
): Comparison {
  const pool = [...optional];
  const missing: string[] = [];
  const unexpected: string[] = [];
  for (const kind of KINDS) {
    const want = expected[kind] ?? [];
    let i = 0;
    for (const text of actual[kind] ?? []) {
      if (i < want.length && sameMention(text, want[i] as string)) {
        i++;
        continue;
      }
      const spare = pool.findIndex((o) => sameMention(text, o));
      if (spare >= 0) {
        pool.splice(spare, 1);
        continue;
      }
      const later = want.findIndex((w, k) => k >= i && sameMention(text, w));
      if (later >= 0) {
        for (const skipped of want.slice(i, later)) missing.push(`${kind}: ${skipped}`);
        i = later + 1;
        continue;
      }
      unexpected.push(`${kind}: ${text}`);
    }
    for (const skipped of want.slice(i)) missing.push(`${kind}: ${skipped}`);
  }
  return { missing, unexpected };
}

export function total(h: HighlightTexts): number {
  return KINDS.reduce((n, k) => n + (h[k]?.length ?? 0), 0);
}
