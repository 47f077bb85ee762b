import { describe, expect, it } from 'vitest';
import { anchor, describeQuote, reanchorAll } from '../../../lib/anchoring';
import { approximateSearch } from '../../../lib/anchoring/approximate-search';
import { seed } from '../db/helpers';

const { text } = seed('003');

function selectorsFor(t: string, passage: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = t.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`"${passage}" not found`);
  const end = start + passage.length;
  return { quote: describeQuote(t, start, end), position: { start, end } };
}

describe('describeQuote', () => {
  it('keeps 32 characters of context on each side, fewer at the edges', () => {
    const q = describeQuote(text, 100, 120);
    expect(q.exact).toBe(text.slice(100, 120));
    expect(q.prefix).toBe(text.slice(68, 100));
    expect(q.suffix).toBe(text.slice(120, 152));
    expect(describeQuote('abc', 0, 3)).toEqual({ exact: 'abc', prefix: '', suffix: '' });
  });

  it('never cuts a surrogate pair in half', () => {
    const t = `${'x'.repeat(31)}😀quote😀${'y'.repeat(31)}`;
    const q = describeQuote(t, 33, 38);
    expect(q.exact).toBe('quote');
    expect(q.prefix.startsWith('\udE00')).toBe(false);
    expect(q.suffix.endsWith('\ud83d')).toBe(false);
  });
});

describe('anchor', () => {
  it('finds the exact passage, choosing the right one of several by its context', () => {
    // "بوتين" occurs many times: the third one is meant.
    const s = selectorsFor(text, 'بوتين', 3);
    const found = anchor(text, s);
    expect(found).toEqual({ ...s.position, method: 'exact' });
  });

  it('uses context, not the stale position, when the text moved', () => {
    const s = selectorsFor(text, 'بوتين', 3);
    const edited = `مقدمة أضيفت لاحقا إلى الخبر.\n${text}`;
    const found = anchor(edited, s)!;
    expect(found.method).toBe('exact');
    expect(found.start).toBe(s.position.start + 'مقدمة أضيفت لاحقا إلى الخبر.\n'.length);
  });

  it('falls back on the position when the words there differ only by diacritics or spacing', () => {
    // The headline is printed twice: the first copy is vocalised, the second is left as it was.
    // The untouched copy matches exactly but in the wrong place (its context differs): the
    // recorded position, where the same words stand with diacritics, wins.
    const s = selectorsFor(text, 'الشراكة الاستراتيجية بين البلدين', 0);
    const marked = 'الشَّراكة الاستراتيجيّة بين البلدين';
    const vocalised = text.slice(0, s.position.start) + marked + text.slice(s.position.end);
    // The recorded position as the page's text map gives it after the re-render.
    const shifted = { ...s, position: { start: s.position.start, end: s.position.start + marked.length } };
    expect(anchor(vocalised, shifted)).toEqual({ ...shifted.position, method: 'position' });
  });

  it('finds a passage whose words changed a little (fuzzy), near where it was', () => {
    const s = selectorsFor(text, 'قطاع الأعمال الروسي قادر على تلبية الطلب الصيني المتزايد على الطاقة');
    const edited = text.replace('قادر على تلبية الطلب الصيني المتزايد', 'قادر على تلبية طلب الصين المتزايد');
    const found = anchor(edited, { quote: s.quote })!;
    expect(found.method).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe(
      'قطاع الأعمال الروسي قادر على تلبية طلب الصين المتزايد على الطاقة',
    );
  });

  it('finds a long passage by its two ends when its middle was rewritten', () => {
    const start = text.indexOf('وفي مستهل الاجتماع');
    const end = text.indexOf('في القيام بمهام جيدة') + 'في القيام بمهام جيدة'.length;
    const s = { quote: describeQuote(text, start, end), position: { start, end } };
    const edited = text.replace('لأن هناك منطقا تاريخيا في ذلك', 'لأن هناك منطقا تاريخيا واضحا في ذلك');
    const found = anchor(edited, s)!;
    expect(found.method).toBe('fuzzy');
    expect(found.start).toBe(start);
    expect(Math.abs(found.end - (end + ' واضحا'.length))).toBeLessThanOrEqual(2);
  });

  it('returns null (an orphan) when the passage is gone', () => {
    const s = selectorsFor(text, 'معاهدة عدم انتشار الأسلحة النووية هي حجر الزاوية');
    const gutted = text.replaceAll('معاهدة عدم انتشار الأسلحة النووية هي حجر الزاوية', 'كلام آخر تماما لا صلة له');
    expect(anchor(gutted, s)).toBeNull();
  });
});

describe('reanchorAll', () => {
  it('lists notes that cannot be found as orphans, keeping the others with their method', () => {
    const notes = [
      { id: 'a', selector: selectorsFor(text, 'مبادرة السلام الصينية') },
      {
        id: 'b',
        selector: {
          quote: { exact: 'جملة لم ترد في المقال أبدا', prefix: '', suffix: '' },
          position: { start: 5, end: 30 },
        },
      },
    ];
    const r = reanchorAll(text, notes);
    expect(r.anchored.map((x) => [x.note.id, x.anchor.method])).toEqual([['a', 'exact']]);
    expect(r.orphans.map((n) => n.id)).toEqual(['b']);
  });
});

describe('approximateSearch', () => {
  it('finds the pattern with at most k edits and the start of the alignment', () => {
    expect(approximateSearch('the quick brown fox', 'quack', 1)).toEqual([{ start: 4, end: 9, errors: 1 }]);
    expect(approximateSearch('the quick brown fox', 'quack', 0)).toEqual([]);
    expect(approximateSearch('xxabcdefxx', 'abdef', 1)).toEqual([{ start: 2, end: 8, errors: 1 }]);
    expect(approximateSearch('aaa xyz aaa', 'xyz', 0)).toEqual([{ start: 4, end: 7, errors: 0 }]);
  });
});
