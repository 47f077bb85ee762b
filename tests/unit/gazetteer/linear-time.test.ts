import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/extract/document';
import { findEntities } from '../../../lib/gazetteer';

describe('findEntities time', () => {
  it('stays linear on texts made only of names, titles and short names', () => {
    const unit = 'وقال شي لنظيره الروسي إن الرئيس الصيني شي جين بينغ والكرملين وبكين ';
    const small = makeDoc(unit.repeat(2_000));
    const large = makeDoc(unit.repeat(40_000));
    const time = (doc: ReturnType<typeof makeDoc>) => {
      const t = performance.now();
      const n = findEntities(doc, '2024-01-01').length;
      return { ms: performance.now() - t, n };
    };
    time(small);
    const a = time(small);
    const b = time(large);
    expect(b.n).toBe(a.n * 20);
    // 20 times the text: allow 60 times the time (a loaded machine, GC), far from quadratic (400).
    expect(b.ms).toBeLessThan(Math.max(a.ms, 5) * 60);
    expect(b.ms).toBeLessThan(5_000);
  });
});
