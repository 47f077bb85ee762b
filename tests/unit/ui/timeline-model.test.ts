import { describe, expect, it } from 'vitest';
import { groupByYear, hasFilters, keepOnly } from '../../../components/timeline/timeline-model';

const m = (id: string, start: string | null) => ({ id, start });

describe('timeline model', () => {
  it('groups consecutive meetings by year, year-less and undated ones under an unknown year', () => {
    const groups = groupByYear([
      m('a', '2024-10-22'),
      m('b', '2024-05'),
      m('c', '2023'),
      m('d', '--09-15'),
      m('e', null),
    ]);
    expect(groups.map((g) => [g.year, g.meetings.map((x) => x.id)])).toEqual([
      [2024, ['a', 'b']],
      [2023, ['c']],
      [null, ['d', 'e']],
    ]);
  });

  it('knows when a filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ year: 2022 })).toBe(true);
    expect(hasFilters({ venue: 'samarkand' })).toBe(true);
  });

  it('keeps only search hits, in timeline order', () => {
    const list = [m('a', '2024'), m('b', '2023'), m('c', '2022')];
    expect(keepOnly(list, new Set(['c', 'a'])).map((x) => x.id)).toEqual(['a', 'c']);
    expect(keepOnly(list, null)).toHaveLength(3);
  });
});
