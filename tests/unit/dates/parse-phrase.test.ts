// One phrase, one date (the `qimma parse date` contract): values, grains, partial values without a
// reference, and null for what is not a date or cannot be resolved.

import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../lib/dates';

const parse = (phrase: string, ref: string | null = '2024-02-08') => parseDatePhrase(phrase, ref);

describe('parseDatePhrase', () => {
  it('gives ISO values with their grain', () => {
    expect(parse('22 مارس 2023')).toEqual({ value: '2023-03-22', valueEnd: null, grain: 'day' });
    expect(parse('مارس 2023')).toEqual({ value: '2023-03', valueEnd: null, grain: 'month' });
    expect(parse('عام 2023')).toEqual({ value: '2023', valueEnd: null, grain: 'year' });
    expect(parse('15-16 سبتمبر 2022')).toEqual({ value: '2022-09-15', valueEnd: '2022-09-16', grain: 'day' });
  });

  it('gives partial values without a reference, and null for relative expressions', () => {
    expect(parse('15-16 سبتمبر', null)).toEqual({ value: '--09-15', valueEnd: '--09-16', grain: 'day' });
    expect(parse('شهر فبراير الماضي', null)).toEqual({ value: '--02', valueEnd: null, grain: 'month' });
    expect(parse('العام الجاري', null)).toEqual({ value: null, valueEnd: null, grain: 'year' });
    expect(parse('اليوم الخميس', null)).toEqual({ value: null, valueEnd: null, grain: 'day' });
    expect(parse('29 فبراير', null)?.value).toBe('--02-29');
    // A week is a date with no value of the kinds a mention carries, whatever the reference.
    expect(parse('الأسبوع الماضي')).toEqual({ value: null, valueEnd: null, grain: 'day' });
  });

  it('resolves relative months and years against the reference', () => {
    expect(parse('شهر فبراير الماضي')?.value).toBe('2023-02');
    expect(parse('فبراير المقبل')?.value).toBe('2025-02');
    expect(parse('يناير الماضي')?.value).toBe('2024-01');
    expect(parse('الشهر المقبل')?.value).toBe('2024-03');
    expect(parse('في الأول من الشهر الجاري')?.value).toBe('2024-02-01');
    expect(parse('آخر يوم من الشهر الجاري')?.value).toBe('2024-02-29');
    expect(parse('أواخر فبراير')).toEqual({ value: '2024-02-21', valueEnd: '2024-02-29', grain: 'day' });
  });

  it('accepts weak forms as whole phrases that running text would not take alone', () => {
    expect(parse('2023')?.value).toBe('2023');
    expect(parse('مارس')?.value).toBe('2024-03');
    expect(parse('من اسبوع')?.value).toBe('2024-02-01');
    expect(parse('قبل ثلاثة أيام')?.value).toBe('2024-02-05');
    expect(parse('قبل يومين')?.value).toBe('2024-02-06');
  });

  it('values a Hijri date and its Gregorian twin by the Gregorian date', () => {
    expect(parse('الخميس 27 رجب 1445 هـ الموافق 8 فبراير 2024م', null)?.value).toBe('2024-02-08');
    expect(parse('23 شعبان 1441 هـ - 16 أبريل 2020 م', null)?.value).toBe('2020-04-16');
    expect(parse('16 أبريل 2020 و17 أبريل 2020', null)).toBeNull();
  });

  it('returns null for non-dates, invalid dates and phrases with words left over', () => {
    for (const phrase of [
      'حب',
      'اياب',
      'ابحث',
      'يومين',
      'ثلاثة أيام',
      'السنوات الأخيرة',
      '31 فبراير 2023',
      '32/01/2023',
      'قال الوزير في 3 مارس',
      'نهاية الأسبوع',
    ]) {
      expect(parse(phrase), phrase).toBeNull();
    }
  });
});
