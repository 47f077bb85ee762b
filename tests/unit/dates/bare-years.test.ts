// Years written without `عام`/`سنة` where the context leaves no doubt: after a city or an event
// (`قمة سمرقند 2022`, `من موسكو 2013 إلى سمرقند 2022`), after a period and `من` (`النصف الثاني من
// 2023`, `أول شهرين من 2025`), after `عن`; and years and dates that share what one of them
// leaves implicit (`عامي 2017 و2019`, `28 يونيو و15 ديسمبر 2021`). Counts stay counts.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('bare years in a context that makes them years', () => {
  it('after a city or an event name (Sputnik, Al-Ain, Hespress copy)', () => {
    expect(datesIn('من موسكو 2013 إلى سمرقند 2022، مسيرة طويلة من اللقاءات.', '2024-04-10')).toEqual([
      ['2013', '2013'],
      ['2022', '2022'],
    ]);
    expect(datesIn('والتقى الزعيمان على هامش قمة سمرقند 2022 وقمة بريكس 2024 في قازان.', '2024-04-10')).toEqual([
      ['2022', '2022'],
      ['2024', '2024'],
    ]);
    expect(datesIn('وحضر بوتين افتتاح أولمبياد بكين 2022 ومعرض إكسبو 2020.', '2024-04-10')).toEqual([
      ['2022', '2022'],
      ['2020', '2020'],
    ]);
  });

  it('after a period and من, and after عن (business and agency copy)', () => {
    expect(datesIn('وارتفع التبادل 20% خلال أول شهرين من 2025 مقارنة بالفترة نفسها.', '2025-03-15')).toEqual([
      ['2025', '2025'],
    ]);
    expect(datesIn('وتراجعت الصادرات في النصف الثاني من 2023 ثم انتعشت في الربع الأول من 2024.', '2024-06-01')).toEqual(
      [
        ['2023', '2023'],
        ['2024', '2024'],
      ],
    );
    expect(datesIn('وأصدرت الجمارك الصينية بياناتها عن 2023 وعن شهر مارس من 2024.', '2024-06-01')).toEqual([
      ['2023', '2023'],
      ['شهر مارس من 2024', '2024-03'],
    ]);
  });

  it('counts and amounts stay out', () => {
    expect(
      datesIn('ووصل 2000 جندي إلى موسكو 2000 جندي، ودفع 1500 دولار، وزاد عن 2000، وأكثر من 2000 شخص.', '2024-04-10'),
    ).toEqual([]);
    expect(datesIn('وشارك في المعرض 2000 زائر، وفي القمة 1900 مندوب، وهو واحد من 2000.', '2024-04-10')).toEqual([]);
  });
});

describe('coordinated years and dates share what they leave implicit', () => {
  it('two years after a dual year word are two mentions', () => {
    expect(datesIn('وزار شي موسكو عامي 2017 و2019، وسنتي 2013 و2015.', '2024-04-10')).toEqual([
      ['عامي 2017', '2017'],
      ['2019', '2019'],
      ['سنتي 2013', '2013'],
      ['2015', '2015'],
    ]);
  });

  it('a year-less date takes the year of the date it is coordinated with', () => {
    expect(datesIn('والتقى الرئيسان في 28 يونيو و15 ديسمبر 2021 عبر الفيديو.', '2024-04-10')).toEqual([
      ['28 يونيو', '2021-06-28'],
      ['15 ديسمبر 2021', '2021-12-15'],
    ]);
    expect(datesIn('في 15 مارس و20 أبريل 2023', '2024-02-08')).toEqual([
      ['15 مارس', '2023-03-15'],
      ['20 أبريل 2023', '2023-04-20'],
    ]);
    expect(datesIn('بين 28 ديسمبر و3 يناير 2022 توقفت المحادثات، وفي أيار وحزيران 2019.', '2024-04-10')).toEqual([
      ['28 ديسمبر و3 يناير 2022', '2021-12-28', '2022-01-03'],
      ['أيار', '2019-05'],
      ['حزيران 2019', '2019-06'],
    ]);
  });

  it('a range of days keeps one mention', () => {
    expect(datesIn('وتعقد المناورات بين 3 و5 مارس المقبل.', '2024-02-01')).toEqual([
      ['3 و5 مارس المقبل', '2024-03-03', '2024-03-05'],
    ]);
  });
});

describe('a bare year after an adverb of a start and من', () => {
  it('`اعتبارا من 2018`, `ابتداءً من 2019`, `بدءاً من 2025` (agency and Maghrebi copy)', () => {
    expect(datesIn('ومذكرة لتوريد 38 مليار متر مكعب سنويا اعتبارا من 2018.', '2013-03-23')).toEqual([['2018', '2018']]);
    expect(datesIn('تبدأ الإمدادات ابتداءً من 2019 عبر خط قوة سيبيريا.', '2014-05-21')).toEqual([['2019', '2019']]);
    expect(datesIn('بدءاً من 2025 تسدد المدفوعات بالعملتين الوطنيتين.', '2024-10-22')).toEqual([['2025', '2025']]);
  });

  it('an amount after the same words stays an amount', () => {
    expect(datesIn('ترفع الرسوم اعتبارا من 2000 طن شهريا.', '2024-10-22')).toEqual([]);
    expect(datesIn('تبدأ الأسعار ابتداء من 1500 دولار.', '2024-10-22')).toEqual([]);
  });
});
