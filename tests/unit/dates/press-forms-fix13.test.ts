// Forms of the press read since the thirteenth blind sets: a day-first date glued to the hour of
// its clock time (Al Jazeera's update stamp copied without its space, `16/9/202207:35`), and a
// numeric Hijri day with its era mark, year first or last (SPA's `1443/8/27 هـ`).

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('a four-digit year glued to the hour of a clock time', () => {
  it('reads the date and leaves the clock out', () => {
    expect(datesIn('آخر تحديث: 16/9/202207:35 PM (بتوقيت مكة المكرمة)', null)).toEqual([['16/9/2022', '2022-09-16']]);
    expect(datesIn('آخر تحديث: 22/10/202409:41 م (توقيت مكة)', null)).toEqual([['22/10/2024', '2024-10-22']]);
    expect(datesIn('نشر في 03-05-202423:15', null)).toEqual([['03-05-2024', '2024-05-03']]);
  });

  it('the spaced form is unchanged', () => {
    expect(datesIn('آخر تحديث: 16/9/2022 07:35 PM', null)).toEqual([['16/9/2022', '2022-09-16']]);
  });

  it('splits no ordinary number', () => {
    // No clock after it, an hour past 23, minutes past 59, a year out of range, no date before it.
    expect(datesIn('الرقم المرجعي 16/9/202207 فقط', null)).toEqual([]);
    expect(datesIn('رقم الملف 16/9/202299:35', null)).toEqual([]);
    expect(datesIn('رقم الملف 16/9/202207:75', null)).toEqual([]);
    expect(datesIn('رقم الملف 16/9/123407:35', null)).toEqual([]);
    expect(datesIn('بلغ الرصيد 202207:35 نقطة', null)).toEqual([]);
  });
});

describe('numeric Hijri days', () => {
  it('year first or last, with the era mark spaced or glued', () => {
    expect(datesIn('الأربعاء 1443/8/27 هـ الموافق 2022/03/30 م', null)).toEqual([
      ['الأربعاء 1443/8/27 هـ', '2022-03-30'],
      ['2022/03/30', '2022-03-30'],
    ]);
    expect(datesIn('صدر القرار بتاريخ 27/8/1443هـ', null)).toEqual([['27/8/1443هـ', '2022-03-30']]);
    expect(datesIn('صدر القرار بتاريخ 1445/09/01 هـ', null)).toEqual([['1445/09/01 هـ', '2024-03-11']]);
  });

  it('not without the era mark, nor with a month or day that cannot be', () => {
    expect(datesIn('صدر القرار رقم 1443/8/27', null)).toEqual([]);
    expect(datesIn('صدر القرار بتاريخ 1445/13/02 هـ', null)).toEqual([]);
    expect(datesIn('صدر القرار بتاريخ 1445/02/31 هـ', null)).toEqual([]);
    expect(datesIn('في 1800/02/03 هـ', null)).toEqual([]);
  });
});
