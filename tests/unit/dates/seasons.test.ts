// A season before a year is a date valued at the year, the season kept in the span (corpus
// README: `ربيع 2023` → 2023); a season alone is no date, and `ربيع` before الأول/الآخر is the
// Hijri month.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('season and year', () => {
  it('season + bare year, with proclitics and عام', () => {
    expect(datesIn('دعاه إلى زيارة موسكو في ربيع 2023', '2022-12-30')).toEqual([['ربيع 2023', '2023']]);
    expect(datesIn('وفي صيف عام 2024 التقى الزعيمان', '2025-01-10')).toEqual([['صيف عام 2024', '2024']]);
    expect(datesIn('منذ خريف 2019', '2025-01-10')).toEqual([['خريف 2019', '2019']]);
  });

  it('season + relative year resolves against the reference', () => {
    expect(datesIn('زيارة مرتقبة في شتاء العام المقبل', '2024-06-01')).toEqual([['شتاء العام المقبل', '2025']]);
  });

  it('a season alone, or before a counted number, is no date', () => {
    expect(datesIn('يزور بوتين الصين في الربيع المقبل', '2024-01-10')).toEqual([]);
    expect(datesIn('أمطار الخريف غزيرة هذا الموسم', '2024-01-10')).toEqual([]);
    expect(datesIn('شتاء 2000 جندي على الحدود', '2024-01-10')).toEqual([]);
  });

  it('ربيع الأول is the Hijri month, not a season', () => {
    const [found] = datesIn('في 12 ربيع الأول 1445 هـ', null);
    expect(found?.[1]).toBe('2023-09-27');
  });
});
