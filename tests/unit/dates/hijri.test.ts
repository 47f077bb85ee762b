// Hijri → Gregorian: Umm al-Qura through Intl, and the tabular fallback close to it.

import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../lib/dates/calendar';
import {
  hijriMonthSpan,
  hijriToGregorian,
  hijriYearSpan,
  solarHijriToGregorian,
  tabularHijriToGregorian,
} from '../../../lib/dates/hijri';
import { datesIn } from './dates';

const iso = (d: { y: number; m: number; d: number } | null) =>
  d ? `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}` : null;

describe('Hijri dates', () => {
  it('converts dates of the Saudi (Umm al-Qura) calendar', () => {
    expect(iso(hijriToGregorian(1445, 7, 27))).toBe('2024-02-08'); // SPA dateline of the Putin–Xi call
    expect(iso(hijriToGregorian(1442, 11, 15))).toBe('2021-06-25');
    expect(iso(hijriToGregorian(1445, 9, 1))).toBe('2024-03-11'); // first of Ramadan 1445
    expect(iso(hijriToGregorian(1446, 1, 1))).toBe('2024-07-07');
  });

  it('gives month and year spans', () => {
    const [a, b] = hijriMonthSpan(1445, 9) ?? [null, null];
    expect([iso(a), iso(b)]).toEqual(['2024-03-11', '2024-04-09']);
    const [c, d] = hijriYearSpan(1445) ?? [null, null];
    expect([iso(c), iso(d)]).toEqual(['2023-07-19', '2024-07-06']);
  });

  it('rejects impossible dates', () => {
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 1, 31)).toBeNull();
  });

  it('keeps the tabular fallback within two days of Umm al-Qura over fifty years', () => {
    let worst = 0;
    for (let hy = 1400; hy <= 1450; hy++) {
      for (let hm = 1; hm <= 12; hm++) {
        const exact = hijriToGregorian(hy, hm, 1);
        const estimate = tabularHijriToGregorian(hy, hm, 1);
        if (!exact) continue;
        worst = Math.max(
          worst,
          Math.abs(dayNumber(exact.y, exact.m, exact.d) - dayNumber(estimate.y, estimate.m, estimate.d)),
        );
      }
    }
    expect(worst).toBeLessThanOrEqual(2);
  });
});

describe('Solar Hijri (Persian) dates', () => {
  it('converts days of the Iranian calendar, leap years included', () => {
    expect(iso(solarHijriToGregorian(1396, 12, 28))).toBe('2018-03-19'); // IRNA dateline
    expect(iso(solarHijriToGregorian(1397, 1, 1))).toBe('2018-03-21'); // Nowruz
    expect(iso(solarHijriToGregorian(1399, 12, 30))).toBe('2021-03-20'); // 1399 is a leap year
    expect(iso(solarHijriToGregorian(1403, 1, 1))).toBe('2024-03-20');
    expect(iso(solarHijriToGregorian(1402, 10, 10))).toBe('2023-12-31');
    expect(iso(solarHijriToGregorian(1404, 4, 12))).toBe('2025-07-03');
    expect(solarHijriToGregorian(1396, 12, 30)).toBeNull(); // 1396 is not
    expect(solarHijriToGregorian(1400, 7, 31)).toBeNull();
  });

  it('reads them in text only between a day and a year (the month names are also words)', () => {
    expect(datesIn('۲۸ اسفند ۱۳۹۶ / ۱۹ مارس ۲۰۱۸ - ۱۰:۳۵', null)).toEqual([
      ['۲۸ اسفند ۱۳۹۶', '2018-03-19'],
      ['۱۹ مارس ۲۰۱۸', '2018-03-19'],
    ]);
    expect(datesIn('وفي 10 دی 1402 أعلنت طهران', null)).toEqual([['10 دی 1402', '2023-12-31']]);
    expect(datesIn('دفع مهر 1400 دينار، و15 مهر الزوجة، وشهر آذر 1400', null)).toEqual([]);
  });
});

describe('Hijri dates as datelines print them', () => {
  it('take `شهر` before the month (`24 شهر رمضان 1439 هـ`, `الخامس من شهر رجب`)', () => {
    expect(datesIn('الخامس من شهر رجب 1446 هـ', '2025-01-10')).toEqual([['الخامس من شهر رجب 1446 هـ', '2025-01-05']]);
    expect(datesIn('وصل في 24 شهر رمضان 1439 هـ', '2018-06-10')).toEqual([['24 شهر رمضان 1439 هـ', '2018-06-08']]);
  });

  it('follow the weekday printed beside them, a day from Umm al-Qura at most (Asharq Al-Awsat)', () => {
    // Umm al-Qura's 24 Ramadan 1439 is Friday 8 June 2018; the paper's Saturday is the 9th.
    expect(datesIn('السبت - 24 شهر رمضان 1439 هـ', '2018-06-10')).toEqual([
      ['السبت - 24 شهر رمضان 1439 هـ', '2018-06-09'],
    ]);
    expect(datesIn('الجمعة 24 رمضان 1439 هـ', '2018-06-10')).toEqual([['الجمعة 24 رمضان 1439 هـ', '2018-06-08']]);
    // A weekday two days off is no sighting's difference: the conversion stands.
    expect(datesIn('الأحد 24 رمضان 1439 هـ', '2018-06-12')).toEqual([['الأحد 24 رمضان 1439 هـ', '2018-06-08']]);
  });
});
