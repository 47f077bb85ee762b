import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/extract/document';
import { resolveOverlaps } from '../../../lib/extract/overlap';

const cand = (type: Candidate['type'], text: string, phrase: string, extra: Partial<Candidate> = {}): Candidate => {
  const nStart = text.indexOf(phrase);
  if (nStart < 0) throw new Error(`${phrase} not in text`);
  return { type, id: null, value: null, unit: null, nStart, nEnd: nStart + phrase.length, ...extra };
};
const spans = (text: string, cs: Candidate[]) => cs.map((c) => `${c.type}:${text.slice(c.nStart, c.nEnd)}`);

describe('resolveOverlaps', () => {
  it('lets a date beat the figures inside it, even a longer figure', () => {
    const text = 'زادت التجارة عام 2023 بنحو الربع';
    const out = resolveOverlaps(text, [
      cand('figure', text, '2023 بنحو'),
      cand('date', text, 'عام 2023'),
      cand('figure', text, 'نحو الربع'),
    ]);
    expect(spans(text, out)).toEqual(['date:عام 2023', 'figure:نحو الربع']);
  });

  it('keeps the longer of two overlapping spans, a name before a title on a tie', () => {
    const text = 'الرئيس شي جين بينغ';
    const out = resolveOverlaps(text, [
      cand('leader', text, 'شي', { id: 'xi' }),
      cand('leader', text, 'شي جين بينغ', { id: 'xi' }),
      cand('leader', text, 'جين بينغ', { id: 'xi' }),
    ]);
    expect(spans(text, out)).toEqual(['leader:شي جين بينغ']);
  });

  it('drops a title reference inside a name and right before the name it introduces', () => {
    const text = 'قال الرئيس الروسي، فلاديمير بوتين، إن نظيره الصيني سيزور موسكو';
    const out = resolveOverlaps(text, [
      cand('leader', text, 'الرئيس الروسي', { id: 'putin', byTitle: true }),
      cand('leader', text, 'فلاديمير بوتين', { id: 'putin' }),
      cand('leader', text, 'نظيره الصيني', { id: 'xi', byTitle: true }),
      cand('venue', text, 'موسكو', { id: 'moscow' }),
    ]);
    expect(spans(text, out)).toEqual(['leader:فلاديمير بوتين', 'leader:نظيره الصيني', 'venue:موسكو']);
  });

  it('keeps a title followed by a different person', () => {
    const text = 'الرئيس الصيني شي جين بينغ';
    const out = resolveOverlaps(text, [
      cand('leader', text, 'الرئيس الصيني', { id: 'xi', byTitle: true }),
      cand('leader', text, 'شي جين بينغ', { id: 'li-qiang' }),
    ]);
    expect(out).toHaveLength(2);
  });

  it('returns candidates in text order and ignores malformed spans', () => {
    const text = 'موسكو وبكين';
    const out = resolveOverlaps(text, [
      cand('venue', text, 'بكين', { id: 'beijing' }),
      cand('venue', text, 'موسكو', { id: 'moscow' }),
      { type: 'figure', id: null, value: 1, unit: null, nStart: 5, nEnd: 3 },
      { type: 'figure', id: null, value: 1, unit: null, nStart: 0, nEnd: 999 },
    ]);
    expect(spans(text, out)).toEqual(['venue:موسكو', 'venue:بكين']);
  });
});
