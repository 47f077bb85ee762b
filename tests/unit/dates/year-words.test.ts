// Years written in words after an indefinite `عام`/`سنة` (Syrian, Iraqi and official copy writes
// them out: `في الثاني والعشرين من آذار/مارس عام ألفين وثلاثة وعشرين`) are years, with a date or
// alone, and never figures. After `العام`/`السنة` a number is what the year counted.

import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../lib/dates';
import { figures } from '../numbers/figures';
import { datesIn } from './dates';

const parse = (phrase: string) => parseDatePhrase(phrase, '2024-02-08');

describe('years written in words', () => {
  it('reads them as phrases, with a day and month or alone', () => {
    expect(parse('الثاني والعشرين من آذار/مارس عام ألفين وثلاثة وعشرين')?.value).toBe('2023-03-22');
    expect(parse('في الثاني والعشرين من آذار/مارس عام ألفين وثلاثة وعشرين')?.value).toBe('2023-03-22');
    expect(parse('عام ألفين وثلاثة وعشرين')).toEqual({ value: '2023', valueEnd: null, grain: 'year' });
    expect(parse('سنة ألفين وعشرين')?.value).toBe('2020');
    expect(parse('عام ألف وتسعمائة وخمسة وأربعين')?.value).toBe('1945');
    expect(parse('عام ألفان وعشرون')?.value).toBe('2020');
    expect(parse('سنة الفين وعشرين')?.value).toBe('2020');
    expect(parse('مارس عام ألفين وعشرين')?.value).toBe('2020-03');
    expect(parse('15 أيار سنة ألف وتسعمائة وخمسة وأربعين')?.value).toBe('1945-05-15');
  });

  it('finds them in running text, whatever word follows, and makes no figure of them', () => {
    const text = 'اختتم الرئيس الصيني في الثاني والعشرين من آذار/مارس عام ألفين وثلاثة وعشرين زيارة الدولة إلى روسيا.';
    expect(datesIn(text, '2023-03-23')).toEqual([
      ['الثاني والعشرين من آذار/مارس عام ألفين وثلاثة وعشرين', '2023-03-22'],
    ]);
    expect(figures(text)).toEqual([]);
    const war =
      'انتهت الحرب عام ألف وتسعمائة وخمسة وأربعين بهزيمة ألمانيا، ووقع الاتفاق لعام ألفين وعشرين ثلاثون دولة.';
    expect(datesIn(war, '2024-02-08')).toEqual([
      ['عام ألف وتسعمائة وخمسة وأربعين', '1945'],
      ['عام ألفين وعشرين', '2020'],
    ]);
    expect(figures(war)).toEqual([['ثلاثون دولة', 30, 'country']]);
  });

  it('leaves counts after the year with the article, other numbers, and Hijri years alone', () => {
    const count = 'وبلغ عدد الزوار العام ألفين وثلاثمائة زائر، وقتل في تلك السنة ألف وخمسمائة جندي.';
    expect(datesIn(count, '2024-02-08')).toEqual([]);
    expect(figures(count)).toEqual([
      ['ألفين وثلاثمائة زائر', 2300, 'visitor'],
      ['ألف وخمسمائة جندي', 1500, 'soldier'],
    ]);
    // No year: out of range, after the article, a Hijri year in words (no Gregorian value here).
    expect(parse('عام خمسمائة')).toBeNull();
    expect(parse('عام ثلاثة آلاف')).toBeNull();
    expect(parse('العام ألفين واثنين')).toBeNull();
    expect(parse('عام ألف وأربعمائة وخمسة وأربعين هجرية')).toBeNull();
    expect(figures('وكان ذلك عام ألف وأربعمائة وخمسة وأربعين هجرية.')).toEqual([]);
    expect(figures('وشارك ألف وخمسمائة مندوب في المؤتمر.')).toEqual([['ألف وخمسمائة مندوب', 1500, 'delegate']]);
  });
});
