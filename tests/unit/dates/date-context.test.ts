// A year-less date in a timeline or a paragraph that has already given its year takes that year
// rather than the publication's; anaphoric dates (`الشهر نفسه`, `العام ذاته`, `اليوم التالي`)
// take their value from the date before them.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('a section heading gives its year to the dates under it', () => {
  it('a timeline with month headings (Al Jazeera, Asharq Al-Awsat style)', () => {
    const text = [
      'محطات في العلاقات',
      'آذار/مارس 2013',
      'يوم 22 مارس: شي جين بينغ يصل إلى موسكو في أول زيارة خارجية.',
      'أيار/مايو 2014',
      '- في 20 أيار: توقيع اتفاقية الغاز في شنغهاي.',
      'وفي 21 منه وقع الجانبان 40 وثيقة.',
    ].join('\n');
    expect(datesIn(text, '2024-05-16')).toEqual([
      ['آذار/مارس 2013', '2013-03'],
      ['يوم 22 مارس', '2013-03-22'],
      ['أيار/مايو 2014', '2014-05'],
      ['20 أيار', '2014-05-20'],
    ]);
  });

  it('a year heading', () => {
    const text = ['2019', 'في 5 يونيو: زيارة دولة إلى موسكو.', 'وفي 14 نوفمبر التقيا في برازيليا.'].join('\n');
    expect(datesIn(text, '2024-05-16')).toEqual([
      ['2019', '2019'],
      ['5 يونيو', '2019-06-05'],
      ['14 نوفمبر', '2019-11-14'],
    ]);
  });

  it('a heading of the reference year leaves the reference rules in charge', () => {
    const text = ['يناير 2024', 'وكان الرئيس قد زار بكين في ديسمبر.'].join('\n');
    expect(datesIn(text, '2024-01-22')).toEqual([
      ['يناير 2024', '2024-01'],
      ['ديسمبر', '2023-12'],
    ]);
  });

  it('the dateline is no heading: it is the reference itself', () => {
    const text = ['22/01/2024', 'وكان الرئيس قد زار بكين في ديسمبر.'].join('\n');
    expect(datesIn(text, '2024-01-22')).toEqual([
      ['22/01/2024', '2024-01-22'],
      ['ديسمبر', '2023-12'],
    ]);
  });
});

describe('a paragraph that gave a full date gives its year to year-less dates after it', () => {
  it('a past visit told in one paragraph (Egyptian and Levantine copy)', () => {
    const text =
      'وكان شي قد زار موسكو في 22 مارس 2023، ثم استقبل بوتين في بكين يوم 18 أكتوبر خلال منتدى الحزام والطريق.\nويلتقي الرئيسان في 9 مايو.';
    expect(datesIn(text, '2024-04-10')).toEqual([
      ['22 مارس 2023', '2023-03-22'],
      ['يوم 18 أكتوبر', '2023-10-18'],
      ['9 مايو', '2024-05-09'],
    ]);
  });

  it('not a date with its own direction or announced after the context', () => {
    const text =
      'وقع البلدان الاتفاق في 22 مارس 2023، ومن المقرر أن يلتقيا في 15 أكتوبر، وكان آخر لقاء في فبراير الماضي.';
    expect(datesIn(text, '2024-04-10')).toEqual([
      ['22 مارس 2023', '2023-03-22'],
      ['15 أكتوبر', '2024-10-15'],
      ['فبراير الماضي', '2024-02'],
    ]);
  });
});

describe('anaphoric dates', () => {
  it('the same month, the same year (Xinhua, KUNA, SANA copy)', () => {
    const text =
      'وصل شي إلى موسكو في 20 مارس 2023، وفي الثامن من الشهر نفسه كان قد أعلن الزيارة، وفي الحادي والعشرين من الشهر ذاته وقع الجانبان البيان، وفي العام نفسه زار بوتين بكين، وفي السنة ذاتها عقدت قمة بريكس.';
    expect(datesIn(text, '2024-04-10')).toEqual([
      ['20 مارس 2023', '2023-03-20'],
      ['الثامن من الشهر نفسه', '2023-03-08'],
      ['الحادي والعشرين من الشهر ذاته', '2023-03-21'],
      ['العام نفسه', '2023'],
      ['السنة ذاتها', '2023'],
    ]);
  });

  it('the day after and the same day follow the date before them', () => {
    const text =
      'عقدت يوم الاثنين الماضي قمة روسية صينية في موسكو.\nوفي اليوم التالي للزيارة وقع الجانبان اتفاقيات، وفي اليوم نفسه أقام بوتين مأدبة.';
    expect(datesIn(text, '2023-03-22')).toEqual([
      ['يوم الاثنين الماضي', '2023-03-20'],
      ['اليوم التالي', '2023-03-21'],
      ['اليوم نفسه', '2023-03-21'],
    ]);
    expect(
      datesIn('وصل الرئيس في 5 يونيو 2019 إلى موسكو، وفي اليوم التالي توجه إلى سان بطرسبورغ.', '2024-01-01'),
    ).toEqual([
      ['5 يونيو 2019', '2019-06-05'],
      ['اليوم التالي', '2019-06-06'],
    ]);
  });

  it('with nothing before them, the same month has no value', () => {
    expect(datesIn('وفي الثامن من الشهر نفسه وقع الجانبان اتفاقا.', '2024-04-10')).toEqual([
      ['الثامن من الشهر نفسه', null],
    ]);
  });
});

describe('a date after منذ starts a span: its year is not the sentence’s', () => {
  it('this April after «منذ أوت 2021» (Algerian analysis)', () => {
    const text =
      'وتراجعت أسعار النفط إلى أدنى مستوى لها منذ أوت 2021، أي منذ نحو أربع سنوات، بعدما أعلن الرئيس الأمريكي في 2 أفريل عن رسوم جمركية شاملة.';
    expect(datesIn(text, '2025-04-13')).toEqual([
      ['أوت 2021', '2021-08'],
      ['2 أفريل', '2025-04-02'],
    ]);
  });

  it('while a date that tells the sentence’s time still lends its year', () => {
    const text = 'زار الرئيس موسكو في 22 مارس 2023، ثم عاد إليها في 9 مايو للمشاركة في العرض العسكري.';
    expect(datesIn(text, '2025-04-13')).toEqual([
      ['22 مارس 2023', '2023-03-22'],
      ['9 مايو', '2023-05-09'],
    ]);
  });
});

describe('a date told from the reference ends the sentence’s year', () => {
  it('a month after `العام الجاري` and `أيار الماضي` is not of the year before them (SANA)', () => {
    const text =
      'أقامت الصين وروسيا علاقات دبلوماسية في الثاني من تشرين الأول عام 1949، وشهد العام الجاري لقاءين بين الرئيسين، في بكين في أيار الماضي وفي أستانا في تموز.';
    expect(datesIn(text, '2024-10-02')).toEqual([
      ['الثاني من تشرين الأول عام 1949', '1949-10-02'],
      ['العام الجاري', '2024'],
      ['أيار الماضي', '2024-05'],
      ['تموز', '2024-07'],
    ]);
  });

  it('without such a date, the month keeps the year of the full date before it', () => {
    const text = 'زار شي موسكو في 22 آذار 2023، ثم التقى بوتين مجددا في تشرين الأول.';
    expect(datesIn(text, '2025-06-10')).toEqual([
      ['22 آذار 2023', '2023-03-22'],
      ['تشرين الأول', '2023-10'],
    ]);
  });
});

describe('a page with no day to count from gives its year-less dates the last year it wrote out', () => {
  it('an encyclopaedia’s article: the announcement’s full date, then the visit’s days', () => {
    const text = [
      'أعلنت وزارة الخارجية الصينية عن الزيارة في 17 مارس 2023.',
      'وصل شي إلى موسكو ظهر يوم 20 مارس، وأجرى في 21 مارس محادثات رسمية في الكرملين.',
    ].join('\n');
    expect(datesIn(text, null)).toEqual([
      ['17 مارس 2023', '2023-03-17'],
      ['يوم 20 مارس', '2023-03-20'],
      ['21 مارس', '2023-03-21'],
    ]);
  });

  it('but not the year of a bound or a target, nor with a day to count from', () => {
    expect(datesIn('ويهدف البلدان إلى مضاعفة التجارة بحلول عام 2030. والتقى الرئيسان في 20 مارس.', null)).toEqual([
      ['عام 2030', '2030'],
      ['20 مارس', '--03-20'],
    ]);
    expect(datesIn('أعلنت الخارجية عن الزيارة في 17 مارس 2019.\nووصل شي إلى موسكو يوم 20 مارس.', '2023-03-21')).toEqual(
      [
        ['17 مارس 2019', '2019-03-17'],
        ['يوم 20 مارس', '2023-03-20'],
      ],
    );
  });
});
