// Test helper: the figures findFigures finds in a text, as `[span, value, unit]` on the original.

import { expect } from 'vitest';
import { makeDoc, toMention } from '../../../lib/extract/document';
import { findFigures } from '../../../lib/numbers';

export type Expected = [text: string, value: number, unit: string | null];

export function figures(text: string): Expected[] {
  const doc = makeDoc(text);
  return findFigures(doc).map((c) => {
    const m = toMention(doc, c);
    expect(m.text).toBe(text.slice(m.start, m.end));
    return [m.text, Number((m.value as number).toPrecision(6)), m.unit];
  });
}

export function check(text: string, expected: Expected[]): void {
  expect(figures(text)).toEqual(expected.map(([t, v, u]) => [t, Number(v.toPrecision(6)), u]));
}
