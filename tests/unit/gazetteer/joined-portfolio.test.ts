// A title's portfolio joined by و (`وزير الخارجية والتعاون الإفريقي`, `وزير الطاقة والمناجم`) is
// still the title: its words are no one's name, and the name after a title ending on a nationality
// is still read.

import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/extract/document';
import { findEntities } from '../../../lib/gazetteer';

const leaders = (text: string) => {
  const doc = makeDoc(text);
  return findEntities(doc, '2024-11-21')
    .filter((c) => c.type === 'leader')
    .map((c) => doc.norm.text.slice(c.nStart, c.nEnd));
};

describe('a portfolio joined by و', () => {
  it('is no name', () => {
    const found = leaders('استقبل الوزير الأول وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج.');
    expect(found.some((t) => t.startsWith('وال'))).toBe(false);
  });

  it('leaves a name after a nationality read', () => {
    const found = leaders('وقال وزير الطاقة والمناجم الجزائري محمد عرقاب إن الاتفاق مهم.');
    expect(found).toContain(makeDoc('محمد عرقاب').norm.text);
  });
});
