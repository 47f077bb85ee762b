// Date forms added with the twenty-third blind sets: an ISO timestamp on its own line dates the
// page, the top read for a dateline ends at a line's end, an ordinal without the article after a
// weekday starts a phrase of its own, Al-Hayat's `الثلثاء`, days with `الجاري` and no month, a month
// `من ذلك العام`, and a year opening its sentence gives that sentence's year-less dates their year.

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';
import { datesIn } from './dates';

const published = (text: string) => findPublishedDate(makeDoc(text));

describe('an ISO 8601 timestamp', () => {
  const page = (stamp: string) =>
    `بوتين وشي يوقعان في بكين بيانا مشتركا\n${stamp}\nRT Arabic | روسيا اليوم\nوصل الرئيس الروسي إلى بكين فجر اليوم الخميس في زيارة دولة تستمر يومين.\n`;

  it('on a line of its own dates the page, with its offset or its Z', () => {
    expect(published(page('2024-05-16T10:32:00+03:00'))).toBe('2024-05-16');
    expect(published(page('2024-05-16T07:32:00Z'))).toBe('2024-05-16');
    expect(published(page('2024-05-16T10:32'))).toBe('2024-05-16');
    expect(published(page('2024-05-16 10:32:00+03:00'))).toBe('2024-05-16');
  });

  it('is a T between the day and a clock time, not any letter glued to a date', () => {
    expect(published(page('2024-05-16T'))).toBeNull();
    expect(published(page('2024-05-16Tx'))).toBeNull();
    expect(published(page('2024-05-16T10'))).toBeNull();
  });
});

describe('the top of a page read for its dateline', () => {
  const filler = `${'وقال المتحدث إن العلاقات بين البلدين تشهد تطورا مستمرا في كل المجالات. '.repeat(20)}\n`;
  const bullet = '- 31 أغسطس/آب - 1 سبتمبر/أيلول: قمة منظمة شنغهاي للتعاون في تيانجين.\n';

  it('ends at a line end: a timeline bullet cut at the reach is no date alone on its line', () => {
    const text = `عنوان الخبر\n${filler}${bullet}`;
    // The bullet's date stands just before the reach, its words after it.
    const at = text.indexOf('31');
    expect(at).toBeGreaterThan(1400);
    expect(at).toBeLessThan(1500);
    const doc = makeDoc(text);
    expect(findPublishedDate(doc)).toBeNull();
    // With no dateline, `اليوم التالي` after a year-less date is not told from the bullet's day.
    expect(datesIn(`${text}- 8 مايو/أيار: محادثات في الكرملين، وعرض في اليوم التالي.\n`, null).slice(-2)).toEqual([
      ['8 مايو/أيار', '--05-08'],
      ['اليوم التالي', null],
    ]);
  });

  it('still finds a dated line just before the reach', () => {
    const text = `عنوان الخبر\n${filler}الخميس 22 مايو 2014\nوقعت روسيا والصين أمس عقدا.\n`;
    expect(text.indexOf('الخميس 22')).toBeLessThan(1500);
    expect(published(text)).toBe('2014-05-22');
  });
});

describe('an ordinal after a weekday', () => {
  // 2025-01-22 is a Wednesday.
  it('without the article heads a phrase of its own: the weekday stands alone', () => {
    expect(datesIn('وبذلك يكون اتصال الثلاثاء أول تواصل مباشر بين الزعيمين.', '2025-01-22')).toEqual([
      ['الثلاثاء', '2025-01-21'],
    ]);
    expect(datesIn('أجرى الرئيس الصيني الأربعاء أول مكالمة هاتفية مع نظيره.', '2023-04-27')).toEqual([
      ['الأربعاء', '2023-04-26'],
    ]);
    expect(datesIn('وصل الوفد الجمعة ثاني أيام العيد.', '2025-01-25')).toEqual([['الجمعة', '2025-01-24']]);
  });

  it('with the article is the weekday’s day of the month, as before', () => {
    expect(datesIn('وعقد الاجتماع الثلاثاء الثالث من شهر أيلول.', '2024-09-10')).toEqual([
      ['الثلاثاء الثالث من شهر أيلول', '2024-09-03'],
    ]);
  });
});

describe('the spelling الثلثاء', () => {
  // 2014-05-22 is a Thursday.
  it('is Tuesday (Al-Hayat, An-Nahar)', () => {
    expect(datesIn('وكان بوتين وشي عقدا الثلثاء محادثات في شنغهاي.', '2014-05-22')).toEqual([
      ['الثلثاء', '2014-05-20'],
    ]);
    expect(datesIn('وصل الوفد يوم الثلثاء الماضي.', '2014-05-22')).toEqual([['يوم الثلثاء الماضي', '2014-05-20']]);
  });
});

describe('days with الجاري and no month', () => {
  it('are days of the current month', () => {
    expect(datesIn('القمة التي استضافتها شنغهاي يومي ٢٠ و٢١ الجاري.', '2014-05-22')).toEqual([
      ['يومي ٢٠ و٢١ الجاري', '2014-05-20', '2014-05-21'],
    ]);
    expect(datesIn('وصل الوفد الأحد 18 الجاري.', '2014-05-22')).toEqual([['الأحد 18 الجاري', '2014-05-18']]);
    expect(datesIn('تستمر المفاوضات حتى 30 الحالي في جنيف.', '2014-05-22')).toEqual([['30 الحالي', '2014-05-30']]);
  });

  it('not a number before a feminine adjective, an ordinal word, or a current account', () => {
    expect(datesIn('افتتحت الدورة 20 الحالية للمعرض.', '2014-05-22')).toEqual([]);
    expect(datesIn('تراجع عجز الحساب الجاري 20 في المئة.', '2014-05-22')).toEqual([]);
    expect(datesIn('ارتفعت المبيعات خلال الربع الأول الحالي.', '2014-05-22')).toEqual([]);
  });
});

describe('a month من ذلك العام', () => {
  it('is in the year of the date before it', () => {
    expect(
      datesIn('دعا بوتين شي إلى زيارة موسكو في ربيع 2023، فلبى الدعوة في مارس (آذار) من ذلك العام.', '2025-01-22'),
    ).toEqual([
      ['ربيع 2023', '2023'],
      ['مارس (آذار) من ذلك العام', '2023-03'],
    ]);
    expect(datesIn('وقع البلدان الاتفاق في 2019، ثم زار بكين في أيار من تلك السنة.', '2025-01-22')).toEqual([
      ['2019', '2019'],
      ['أيار من تلك السنة', '2019-05'],
    ]);
  });

  it('while من هذا العام stays the reference’s year', () => {
    expect(datesIn('زار بكين في مايو من هذا العام.', '2025-06-22')).toEqual([['مايو من هذا العام', '2025-05']]);
  });
});

describe('a year opening its sentence', () => {
  // 2025-02-24: a year-less 25 February would be 2024's, read from the reference alone.
  it('gives the sentence’s year-less dates its year', () => {
    expect(datesIn('وفي 2022 أجرى الرئيسان اتصالاً مماثلاً في الـ25 من فبراير، غداة بدء العملية.', '2025-02-24')).toEqual(
      [
        ['2022', '2022'],
        ['الـ25 من فبراير', '2022-02-25'],
      ],
    );
    expect(datesIn('خلال 2019، التقى الرئيسان في يونيو في موسكو.', '2025-02-24')).toEqual([
      ['2019', '2019'],
      ['يونيو', '2019-06'],
    ]);
  });

  it('nor a year further in that opens a list with a colon (`في عام 2024: في بكين في مايو …`)', () => {
    // 2025-01-22: May read alone, with no tense near it, would be the May to come.
    expect(
      datesIn('والتقى بوتين وشي ثلاث مرات في عام 2024: في بكين في مايو، وفي أستانا في يوليو.', '2025-01-22'),
    ).toEqual([
      ['عام 2024', '2024'],
      ['مايو', '2024-05'],
      ['يوليو', '2024-07'],
    ]);
  });

  it('not a year further in its sentence, after منذ, or in the sentence before', () => {
    expect(datesIn('وقع البلدان معاهدة عام 2001 ثم التقى الرئيسان في يونيو.', '2025-02-24')).toEqual([
      ['عام 2001', '2001'],
      ['يونيو', '2024-06'],
    ]);
    expect(datesIn('منذ 2013 التقى الرئيسان في مارس.', '2025-02-24')).toEqual([
      ['2013', '2013'],
      ['مارس', '2024-03'],
    ]);
    expect(datesIn('في 2022 بلغ التبادل 190 مليار دولار. والتقى الرئيسان في مارس.', '2025-02-24')).toEqual([
      ['2022', '2022'],
      ['مارس', '2024-03'],
    ]);
  });
});

describe('a numeric date with a space after each dot (`14. 05. 2024`)', () => {
  it('is a day, and dates the page on its own line (China.org.cn)', () => {
    expect(datesIn('arabic.china.org.cn | 14. 05. 2024', '2024-05-20')).toEqual([['14. 05. 2024', '2024-05-14']]);
    expect(
      published(
        'arabic.china.org.cn | 14. 05. 2024\nالصين تعلن زيارة دولة للرئيس الروسي\nأعلنت الخارجية الصينية اليوم أن الرئيس الروسي سيزور الصين.\n',
      ),
    ).toBe('2024-05-14');
  });

  it('needs each dot glued to its number, two-digit parts and a four-digit year', () => {
    expect(datesIn('وصل العدد إلى 14 . 05 . 2024', '2024-05-20')).toEqual([]);
    expect(datesIn('بلغ النمو 14. 05 في المائة عام 2024', '2024-05-20')).toEqual([['عام 2024', '2024']]);
  });
});
