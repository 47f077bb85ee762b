// Test helper: the leaders and venues findEntities finds in a text, as the reader sees them.

import { expect } from 'vitest';
import { makeDoc, toMention } from '../../../lib/extract/document';
import { findEntities } from '../../../lib/gazetteer';

export interface Found {
  type: string;
  id: string | null;
  text: string;
  byTitle?: boolean;
}

export function found(text: string, ref: string | null = '2024-05-16'): Found[] {
  const doc = makeDoc(text);
  return findEntities(doc, ref).map((c) => {
    const m = toMention(doc, c);
    expect(m.text).toBe(text.slice(m.start, m.end));
    return m.byTitle
      ? { type: m.type, id: m.id, text: m.text, byTitle: true }
      : { type: m.type, id: m.id, text: m.text };
  });
}

/** `id:text` pairs, the compact form most tests compare. */
export function pairs(text: string, ref: string | null = '2024-05-16'): string[] {
  return found(text, ref).map((f) => `${f.id}:${f.text}${f.byTitle ? ' (title)' : ''}`);
}
