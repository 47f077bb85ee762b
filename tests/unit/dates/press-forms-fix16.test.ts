// Date forms added with the sixteenth blind sets: a verb after `قبل أن` takes its clause's tense,
// a clock's minutes start no date, an event's name of three words keeps its year, and a French
// dateline (`Publié le 08/08/2025 à 19h42`, Maghrebi sites) and a date beside a view counter date
// the page.

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';
import { datesIn } from './dates';

describe('an event verb after قبل أن', () => {
  // 2025-09-05 is a Friday.
  it('looks back in a told story', () => {
    expect(datesIn('وصل بوتين إلى تيانجين الأحد، قبل أن يلتقي شي الاثنين.', '2025-09-05')).toEqual([
      ['الأحد', '2025-08-31'],
      ['الاثنين', '2025-09-01'],
    ]);
    expect(
      datesIn('وكان الزعيمان قد تحادثا هاتفيا في فبراير الماضي، قبل أن يلتقيا في موسكو في مايو.', '2025-08-08'),
    ).toEqual([
      ['فبراير الماضي', '2025-02'],
      ['مايو', '2025-05'],
    ]);
  });

  it('looks forward in an announced one, and an imperfect alone still does', () => {
    expect(datesIn('ومن المقرر أن يزور بوتين الصين قبل أن يلتقي شي في أكتوبر.', '2025-11-08')).toEqual([
      ['أكتوبر', '2026-10'],
    ]);
    expect(datesIn('ويصل بوتين الأحد إلى تيانجين قبل أن يلتقي شي الاثنين.', '2025-08-29')).toEqual([
      ['الأحد', '2025-08-31'],
      ['الاثنين', '2025-09-01'],
    ]);
    expect(datesIn('ويلتقي الرئيسان الثلاثاء في القصر.', '2025-08-31')).toEqual([['الثلاثاء', '2025-09-02']]);
    // Nothing in reach of the clause before قبل أن: the imperfect's own reading (2024-05-15 is a Wednesday).
    expect(
      datesIn(
        'وسيحضر الرئيسان حفلا بمناسبة الذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بين البلدين، قبل أن يتوجه الرئيس الروسي يوم الجمعة إلى هاربين.',
        '2024-05-15',
      ),
    ).toEqual([['يوم الجمعة', '2024-05-17']]);
    // The clause before قبل أن is read over a window of its own (2025-09-01 is a Monday).
    expect(
      datesIn(
        'ويتوجه بوتين إلى بكين لإجراء محادثات رسمية مع شي جين بينغ غدا الثلاثاء، قبل أن يحضر الأربعاء عرضا.',
        '2025-09-01',
      ),
    ).toEqual([
      ['غدا الثلاثاء', '2025-09-02'],
      ['الأربعاء', '2025-09-03'],
    ]);
  });
});

describe('the minutes of a clock time', () => {
  it('start no date (an English date after the clock)', () => {
    expect(datesIn('16:21, October 02, 2024', null)).toEqual([['October 02, 2024', '2024-10-02']]);
    expect(datesIn('آخر تحديث 09:15, 12 May 2024', null)).toEqual([['12 May 2024', '2024-05-12']]);
  });

  it('while a day after a colon and a space still does', () => {
    expect(datesIn('التاريخ: 21 أكتوبر 2024', null)).toEqual([['21 أكتوبر 2024', '2024-10-21']]);
  });
});

describe('a year after an event name of up to three words', () => {
  it('is a year', () => {
    expect(datesIn('لحضور قمة منظمة شنغهاي للتعاون 2025 في تيانجين', '2025-08-30')).toEqual([['2025', '2025']]);
    expect(datesIn('على هامش قمة مجموعة دول بريكس 2024 في قازان', '2024-10-22')).toEqual([['2024', '2024']]);
  });

  it('but not after a word that ends the name', () => {
    expect(datesIn('وكانت القمة التي حضرها 2000 من القادة ناجحة', '2024-10-22')).toEqual([]);
    expect(datesIn('وزار المعرض الدولي للكتاب نحو 2000 من الطلاب', '2024-10-22')).toEqual([]);
  });
});

describe('a French dateline, a counter beside the date', () => {
  const story = 'أجرى الرئيس الصيني شي جين بينغ مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين.';
  const published = (line: string) => findPublishedDate(makeDoc(`عنوان الخبر\n${line}\n${story}`));

  it('dates the page, with its label and its clock', () => {
    expect(published('Le 08/08/2025 à 19h42')).toBe('2025-08-08');
    expect(published('Publié le 08/08/2025 à 19h42')).toBe('2025-08-08');
    expect(published('Mis à jour le 09/08/2025 à 10h05')).toBe('2025-08-09');
  });

  it('as does a date beside a view counter (video pages, counters under a headline)', () => {
    expect(published('٨٧ ألف مشاهدة  ١٦/٠٥/٢٠٢٤')).toBe('2024-05-16');
    expect(published('16/05/2024 | عدد المشاهدات: 1534')).toBe('2024-05-16');
    expect(published('1534 مشاهدة - 16 مايو 2024')).toBe('2024-05-16');
  });

  it('but a French sentence with a date is no dateline, nor a count of people', () => {
    expect(published('زار 87 ألف شخص المعرض في 16/05/2024')).toBeNull();
    expect(published('Le président est arrivé le 08/08/2025 à Pékin')).toBeNull();
  });
});

describe("MENA's weekday between slashes", () => {
  it('belongs to the relative day before it, as in brackets', () => {
    // 2014-05-21 is a Wednesday.
    expect(
      datesIn('وقعت روسيا والصين، اليوم /الأربعاء/، اتفاقا بعد محادثات أمس /الثلاثاء/ في شنغهاي.', '2014-05-21'),
    ).toEqual([
      ['اليوم /الأربعاء/', '2014-05-21'],
      ['أمس /الثلاثاء/', '2014-05-20'],
    ]);
    expect(datesIn('وقعت روسيا والصين، اليوم (الأربعاء)، اتفاقا.', '2014-05-21')).toEqual([
      ['اليوم (الأربعاء)', '2014-05-21'],
    ]);
  });

  it('but not without its closing slash', () => {
    expect(datesIn('اليوم /الأربعاء', '2014-05-21')).toEqual([
      ['اليوم', '2014-05-21'],
      ['الأربعاء', '2014-05-21'],
    ]);
  });
});

describe("an archive page's header date", () => {
  const story = 'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ تناولت العلاقات الثنائية.';
  const published = (text: string) => findPublishedDate(makeDoc(text));

  it("is the day the page was read: the story's own date under the headline dates it", () => {
    const page = [
      'اليوم السابع',
      'الرئيسية | سياسة | عرب وعالم',
      'السبت، 21 نوفمبر 2026 - 11:03 ص',
      'الكرملين: بوتين يبدأ زيارة دولة للصين غدا',
      'الخميس، 07 يونيو 2018 01:30 م',
      story,
    ].join('\n');
    expect(published(page)).toBe('2018-06-07');
    // A header giving the day twice (Hijri and Gregorian) is still one dateline.
    const twice = ['الأهرام', 'السبت 21 نوفمبر 2026 | 11 جمادى الآخرة 1448', 'عنوان الخبر', '21-5-2014 | 14:37', story];
    expect(published(twice.join('\n'))).toBe('2014-05-21');
  });

  it("but a print masthead over the wire's dateline a day before stays the page's date", () => {
    const print = [
      'الخميس 6 يونيو 2019',
      'عنوان الخبر في الصفحة',
      'موسكو 5 يونيو 2019 (رويترز) - أجرى بوتين محادثات مع شي.',
    ];
    expect(published(print.join('\n'))).toBe('2019-06-06');
    // A story's dateline, its paragraph, then an older story's (appended, or a dated "read also").
    const appended = ['عنوان الخبر', 'بكين 9 نيسان 2024 (سانا) - استقبل الرئيس الصيني وزير الخارجية الروسي.', story];
    appended.push('اقرأ أيضاً', 'اتصال بوتين بشي في عيد ميلاده', 'الخميس 16 حزيران 2022', story);
    expect(published(appended.join('\n'))).toBe('2024-04-09');
    // A lone dateline is the page's, whatever its age.
    expect(published(['عنوان الخبر', 'الخميس، 07 يونيو 2018 01:30 م', story].join('\n'))).toBe('2018-06-07');
  });
});
