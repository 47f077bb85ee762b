// Test helper: the dates findDates finds in a text, as `[span, value, valueEnd?]` on the original.

import { expect } from 'vitest';
import { findDates } from '../../../lib/dates';
import { makeDoc, toMention } from '../../../lib/extract/document';

export type Found = [text: string, value: string | null, valueEnd?: string | null];

export function datesIn(text: string, ref: string | null): Found[] {
  const doc = makeDoc(text);
  return findDates(doc, ref).map((c) => {
    const m = toMention(doc, c);
    expect(m.type).toBe('date');
    expect(m.text).toBe(text.slice(m.start, m.end));
    return m.valueEnd ? [m.text, m.value as string | null, m.valueEnd] : [m.text, m.value as string | null];
  });
}
