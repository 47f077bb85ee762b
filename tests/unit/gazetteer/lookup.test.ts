import { describe, expect, it } from 'vitest';
import { cityOf, holdersOf, leaderById, roleAt, venueById, venuesCompatible } from '../../../lib/gazetteer';

describe('lookups', () => {
  it('finds leaders and venues by id', () => {
    expect(leaderById('putin')?.name).toEqual({ ar: 'فلاديمير بوتين', en: 'Vladimir Putin' });
    expect(leaderById('xi')?.wikidata).toBe('Q15031');
    expect(venueById('samarkand')?.name.en).toBe('Samarkand');
    expect(venueById('kremlin')?.kind).toBe('site');
    expect(leaderById('nobody')).toBeUndefined();
  });

  it("gives a leader's role at a date", () => {
    expect(roleAt('putin', '2024-05-16')).toEqual({ ar: 'رئيس روسيا', en: 'President of Russia' });
    expect(roleAt('putin', '2010-01-01')?.en).toBe('Prime Minister of Russia');
    expect(roleAt('medvedev', '2010-01-01')?.en).toBe('President of Russia');
    expect(roleAt('medvedev', '2023-01-01')?.en).toBe('Deputy Chairman of the Security Council of Russia');
    expect(roleAt('xi', '2012-06-01')?.en).toBe('Vice President of China');
    expect(roleAt('li-keqiang', '2023-03-10')?.en).toBe('Premier of China');
    expect(roleAt('li-keqiang', '2023-03-11')).toBeNull();
    expect(roleAt('shoigu', '2024-06-01')?.en).toBe('Secretary of the Security Council of Russia');
    expect(roleAt('trump', '2019-01-01')?.en).toBe('President of the United States');
    expect(roleAt('trump', '2022-01-01')).toBeNull();
  });

  it('accepts a month or a year as the date', () => {
    expect(roleAt('wang-yi', '2023-05')?.en).toBe('Director of the Office of the Central Foreign Affairs Commission');
    expect(roleAt('li-qiang', '2023')?.en).toBe('Premier of China');
    expect(roleAt('putin', 'not a date')).toBeNull();
  });

  it('lists who held an office over a period', () => {
    const premiers = holdersOf('cn-premier', { from: '2023-01-01', to: '2023-12-31' }).map((l) => l.id);
    expect(premiers.sort()).toEqual(['li-keqiang', 'li-qiang']);
  });

  it('nests sites in their cities', () => {
    expect(cityOf('kremlin')).toBe('moscow');
    expect(cityOf('great-hall-of-the-people')).toBe('beijing');
    expect(cityOf('samarkand')).toBe('samarkand');
    expect(venuesCompatible('kremlin', 'moscow')).toBe(true);
    expect(venuesCompatible('moscow', 'red-square')).toBe(true);
    expect(venuesCompatible('diaoyutai-state-guesthouse', 'moscow')).toBe(false);
    expect(venuesCompatible('beijing', 'shanghai')).toBe(false);
  });
});
