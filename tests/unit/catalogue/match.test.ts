import { describe, expect, it } from 'vitest';
import { matchCatalogue } from '../../../lib/catalogue';

const id = (q: Parameters<typeof matchCatalogue>[0]) => matchCatalogue(q)?.id ?? null;

describe('matchCatalogue', () => {
  it('matches full dates, with the venue and kind the text gives', () => {
    expect(id({ start: '2022-09-15', venue: 'samarkand', kind: 'in-person' })).toBe('2022-09-15-samarkand');
    expect(id({ start: '2024-02-08', venue: 'virtual', kind: 'phone-call' })).toBe('2024-02-08-virtual');
    expect(id({ start: '2021-06-28', venue: 'virtual', kind: 'video-call' })).toBe('2021-06-28-virtual');
    expect(id({ start: '2024-10-22', venue: 'kazan', kind: null })).toBe('2024-10-22-kazan');
    expect(id({ start: '2024-02-08', venue: null, kind: null })).toBe('2024-02-08-virtual');
  });

  it('matches any day of a visit, and a day or two either side', () => {
    expect(id({ start: '2023-03-21', venue: 'moscow', kind: 'in-person' })).toBe('2023-03-20-moscow');
    expect(id({ start: '2023-03-20', end: '2023-03-22', venue: 'moscow', kind: null })).toBe('2023-03-20-moscow');
    expect(id({ start: '2024-10-23', venue: 'kazan', kind: null })).toBe('2024-10-22-kazan');
    expect(id({ start: '2024-02-09', venue: null, kind: 'phone-call' })).toBe('2024-02-08-virtual');
    expect(id({ start: '2024-10-26', venue: 'kazan', kind: null })).toBeNull();
  });

  it('completes a date without its year from the venue', () => {
    expect(id({ start: '--09-15', end: '--09-16', venue: 'samarkand', kind: 'in-person' })).toBe(
      '2022-09-15-samarkand',
    );
    expect(id({ start: '--09-15', venue: 'samarkand', kind: null })).toBe('2022-09-15-samarkand');
    expect(id({ start: '--02-06', venue: 'sochi', kind: null })).toBe('2014-02-06-sochi');
    expect(id({ start: '--10-22', venue: 'kazan', kind: null })).toBe('2024-10-22-kazan');
    expect(id({ start: '--06-15', venue: null, kind: 'phone-call' })).toBe('2022-06-15-virtual');
  });

  it('matches a month or a year with a venue', () => {
    expect(id({ start: '2024-05', venue: 'beijing', kind: null })).toBe('2024-05-16-beijing');
    expect(id({ start: '2019', venue: 'dushanbe', kind: null })).toBe('2019-06-15-dushanbe');
    expect(id({ start: '--07', venue: 'astana', kind: null })).toBe('2024-07-03-astana');
  });

  it('takes a site for its city, and a city for another city of the same visit', () => {
    expect(id({ start: '2023-03-20', venue: 'kremlin', kind: 'in-person' })).toBe('2023-03-20-moscow');
    expect(id({ start: '2024-05-16', venue: 'great-hall-of-the-people', kind: null })).toBe('2024-05-16-beijing');
    expect(id({ start: '2018-06-08', venue: 'tianjin', kind: null })).toBe('2018-06-08-beijing');
    expect(id({ start: '2019-06-07', venue: 'saint-petersburg', kind: null })).toBe('2019-06-05-moscow');
  });

  it('matches a venue alone when only one meeting was held there', () => {
    expect(id({ start: null, venue: 'samarkand', kind: null })).toBe('2022-09-15-samarkand');
    expect(id({ start: null, venue: 'kazan', kind: 'in-person' })).toBe('2024-10-22-kazan');
  });

  it('accepts a phone call reported as a video call, but never a visit reported as a call', () => {
    expect(id({ start: '2021-12-15', venue: 'virtual', kind: 'phone-call' })).toBe('2021-12-15-virtual');
    expect(id({ start: '2022-09-15', venue: null, kind: 'phone-call' })).toBeNull();
    expect(id({ start: '2024-02-08', venue: 'beijing', kind: null })).toBeNull();
  });

  it('returns null when the query fits several meetings', () => {
    expect(id({ start: null, venue: 'beijing', kind: 'in-person' })).toBeNull();
    expect(id({ start: '2024', venue: null, kind: null })).toBeNull();
    expect(id({ start: '--06-15', venue: null, kind: null })).toBeNull();
    expect(id({ start: '2025-09', venue: null, kind: 'in-person' })).toBeNull();
    expect(id({ start: null, venue: null, kind: 'phone-call' })).toBeNull();
  });

  it('prefers the exact day over a neighbouring meeting', () => {
    expect(id({ start: '2025-09-01', venue: null, kind: 'in-person' })).toBe('2025-08-31-tianjin');
    expect(id({ start: '2025-09-03', venue: null, kind: 'in-person' })).toBe('2025-09-02-beijing');
  });

  it('returns null when nothing fits', () => {
    expect(id({ start: '2016-01-10', venue: null, kind: null })).toBeNull();
    expect(id({ start: '2023-03-20', venue: 'beijing', kind: null })).toBeNull();
    expect(id({ start: null, venue: 'paris', kind: null })).toBeNull();
    expect(id({ start: 'next week', venue: null, kind: null })).toBeNull();
  });
});
