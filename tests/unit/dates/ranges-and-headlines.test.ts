// Year and direction of dates that the reference day falls inside or that a verbless headline
// announces: a range under way on the reference day is this year's, not next year's; a headline
// `X إلى <city> <weekday>` elides a verb of going and looks ahead; a body line keeps its own tense.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('a range still under way on the reference day', () => {
  it('an imperfect visit between two days around the reference stays in its year (Iraqi)', () => {
    expect(datesIn('يزور الرئيس الصيني روسيا بين 7 و10 أيار للمشاركة في الاحتفالات', '2025-05-08')).toEqual([
      ['7 و10 أيار', '2025-05-07', '2025-05-10'],
    ]);
  });

  it('an announced range whose end is today (Egyptian)', () => {
    expect(datesIn('ستعقد القمة من 22 إلى 24 أكتوبر في قازان', '2024-10-24')).toEqual([
      ['من 22 إلى 24 أكتوبر', '2024-10-22', '2024-10-24'],
    ]);
  });

  it('an announced range across two months, under way', () => {
    expect(datesIn('سيزور بوتين الصين من 31 أغسطس إلى 3 سبتمبر', '2025-09-01')).toEqual([
      ['من 31 أغسطس إلى 3 سبتمبر', '2025-08-31', '2025-09-03'],
    ]);
  });

  it('an announced range wholly past weeks ago is next year’s; a reported one stays', () => {
    expect(datesIn('سيزور الرئيس موسكو بين 7 و10 أيار', '2025-06-12')).toEqual([
      ['7 و10 أيار', '2026-05-07', '2026-05-10'],
    ]);
    expect(datesIn('زار الرئيس موسكو بين 7 و10 أيار', '2025-05-08')).toEqual([
      ['7 و10 أيار', '2025-05-07', '2025-05-10'],
    ]);
  });

  it('a single announced day weeks before the reference is next year’s, one of the last two weeks this year’s', () => {
    expect(datesIn('سيزور الرئيس موسكو في 7 أيار', '2025-06-08')).toEqual([['7 أيار', '2026-05-07']]);
    // A page dated after the day it announces (late, or updated): no one dates next year's visit
    // by its day and month alone.
    expect(datesIn('سيزور الرئيس موسكو في 7 أيار', '2025-05-08')).toEqual([['7 أيار', '2025-05-07']]);
  });
});

describe('a range whose end is a day "of it" (`منه`, the month just named)', () => {
  it('من الاثنين 20 مارس إلى الأربعاء 22 منه (Asharq Al-Awsat)', () => {
    expect(
      datesIn('امتدت الزيارة ثلاثة أيام، من الاثنين 20 مارس (آذار) إلى الأربعاء 22 منه، في موسكو.', '2023-03-23'),
    ).toEqual([['من الاثنين 20 مارس (آذار) إلى الأربعاء 22 منه', '2023-03-20', '2023-03-22']]);
    expect(datesIn('وتستمر الزيارة من 20 مارس إلى 22 منه.', '2023-03-23')).toEqual([
      ['من 20 مارس إلى 22 منه', '2023-03-20', '2023-03-22'],
    ]);
  });

  it('a day before the start, or a number with no `منه`, is no end', () => {
    expect(datesIn('من 20 مارس إلى 12 منه', '2023-03-23')).toEqual([['20 مارس', '2023-03-20']]);
  });
});

describe('a verbless headline of a trip', () => {
  it('X إلى <city> <weekday> looks ahead (Lebanese, Friday the 17th)', () => {
    expect(datesIn('شي جين بينغ إلى موسكو الإثنين في زيارة دولة', '2023-03-17')).toEqual([['الإثنين', '2023-03-20']]);
    expect(datesIn('بوتين إلى بكين يوم الخميس', '2024-05-14')).toEqual([['يوم الخميس', '2024-05-16']]);
  });

  it('a perfective of arrival in the headline looks back', () => {
    expect(datesIn('وصل بوتين إلى بكين الخميس', '2024-05-14')).toEqual([['الخميس', '2024-05-09']]);
    expect(datesIn('غادر شي موسكو الأربعاء', '2023-03-23')).toEqual([['الأربعاء', '2023-03-22']]);
  });

  it('a body line without a listed verb keeps the most recent day', () => {
    expect(datesIn('زيارة تاريخية\nانتقل بوتين إلى بكين الخميس', '2024-05-14')).toEqual([['الخميس', '2024-05-09']]);
  });

  it('a headline whose date is not right after the destination is not read as a trip', () => {
    expect(datesIn('بوتين وشي: العلاقات إلى أعلى مستوى في التاريخ الإثنين', '2023-03-22')).toEqual([
      ['الإثنين', '2023-03-20'],
    ]);
  });
});

describe('a range of two days with the article (`بين الـ22 والـ24`)', () => {
  it('the conjunction glued to the second day’s article links the range (SANA)', () => {
    expect(datesIn('يلتقي الزعيمان في قازان بين الـ 22 والـ 24 من الشهر الجاري', '2024-10-02')).toEqual([
      ['الـ 22 والـ 24 من الشهر الجاري', '2024-10-22', '2024-10-24'],
    ]);
    expect(datesIn('تعقد القمة يومي الـ22 والـ23 من أكتوبر', '2024-10-02')).toEqual([
      ['يومي الـ22 والـ23 من أكتوبر', '2024-10-22', '2024-10-23'],
    ]);
  });

  it('two days in two clauses stay two dates', () => {
    expect(datesIn('وصل الوفد في الـ22 والتقى الرئيس في الـ24 من أكتوبر', '2024-10-30')).toEqual([
      ['الـ24 من أكتوبر', '2024-10-24'],
    ]);
  });
});
