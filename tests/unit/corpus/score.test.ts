// The port of the scoring rules is itself tested, on a small hand-made article, so that a lenient
// scorer cannot make the corpus test pass.

import { describe, expect, it } from 'vitest';
import { type Gold, scoreArticle, summarise } from './score';

const text = 'بوتين يلتقي شي\nفي بكين يوم 5 مايو 2024 بقيمة 10 مليار دولار\nاقرأ أيضا: بوتين';
const gold: Gold = {
  text: 'x.txt',
  published: null,
  relevant: true,
  body: [[1, 2]],
  meeting: {
    start: '2024-05-05',
    end: null,
    known: '2024-05-16',
    venue: 'beijing',
    kind: 'in-person',
    participants: ['putin', 'xi'],
  },
  mentions: [
    { line: 1, type: 'leader', id: 'putin', text: 'بوتين' },
    { line: 1, type: 'leader', id: 'xi', text: 'شي' },
    { line: 2, type: 'venue', id: 'beijing', text: 'بكين' },
    { line: 2, type: 'date', text: 'يوم 5 مايو 2024', value: '2024-05-05' },
    { line: 2, type: 'figure', text: '10 مليار دولار', value: 10e9, unit: 'USD', optional: true },
  ],
};
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

describe('scoreArticle', () => {
  it('counts a perfect output as perfect, partial text overlap included', () => {
    const out = {
      relevant: true,
      published: null,
      meeting: { start: '2024-05-16', venue: 'beijing', kind: 'in-person', participants: ['xi', 'putin'] },
      mentions: [
        { type: 'leader', id: 'putin', ...at('بوتين') },
        { type: 'leader', id: 'xi', ...at('شي') },
        { type: 'venue', id: 'beijing', ...at('بكين') },
        { type: 'date', ...at('5 مايو 2024'), value: '2024-05-05' },
        { type: 'figure', ...at('10 مليار دولار'), value: 10.04e9 },
        { type: 'leader', id: 'putin', ...at('بوتين', 40) },
      ],
    };
    const a = scoreArticle('x', gold, text, out);
    const s = summarise([a]);
    expect(s.micro).toMatchObject({ tp: 4, fp: 0, fn: 0, f: 1 });
    expect(a.meeting).toEqual({ start: true, venue: true, kind: true, participants: true });
    expect(s.valueAccuracy).toBe(1);
  });

  it('charges extras, misses, wrong values, wrong ids and wrong meeting fields', () => {
    const out = {
      relevant: false,
      published: '2024-05-05',
      meeting: { start: '2024-05', venue: 'virtual', kind: 'phone-call', participants: ['putin'] },
      mentions: [
        { type: 'leader', id: 'lavrov', ...at('بوتين') },
        { type: 'venue', id: 'beijing', ...at('يلتقي') },
        { type: 'date', ...at('مايو 2024'), value: '2024-05' },
      ],
    };
    const a = scoreArticle('x', gold, text, out);
    const s = summarise([a]);
    expect(s.types.leader).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.types.venue).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.types.date).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.idAccuracy).toBe(0);
    expect(s.valueAccuracy).toBe(0);
    expect(a.meeting).toEqual({ start: false, venue: false, kind: false, participants: false });
    expect(s.relevance).toMatchObject({ fn: 1, accuracy: 0 });
    expect(s.publishedAccuracy).toBe(0);
  });

  it('scores a missing output as empty', () => {
    const s = summarise([scoreArticle('x', gold, text, null)]);
    expect(s.micro).toMatchObject({ tp: 0, fp: 0, fn: 4, f: 0 });
  });
});
