// Date words that are not dates (`روسيا اليوم` the channel, `الاثنين` "the two"), the anniversary
// formula (`في مثل هذا اليوم من عام 1949`), and the imperfect and purpose that announce a day.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('`اليوم` in the name of an outlet', () => {
  it('after a media noun or inside quotes (RT, Egyptian and Levantine copy)', () => {
    expect(datesIn('وقال بوتين في حديث لقناة "روسيا اليوم" إن العلاقات ممتازة.', '2014-05-20')).toEqual([]);
    expect(datesIn('ونقل موقع المصري اليوم عن مصادر أن الزيارة تمت.', '2024-05-20')).toEqual([]);
    expect(datesIn('بحسب ما أوردت «فلسطين اليوم» نقلا عن مصادر.', '2024-05-20')).toEqual([]);
  });

  it("closing an outlet's credit line (`بغداد اليوم - متابعة`, `المصري اليوم / خاص`)", () => {
    expect(datesIn('بغداد اليوم - متابعة\nأجرى الرئيس اتصالا.', '2022-06-15')).toEqual([]);
    expect(datesIn('المصري اليوم / خاص\nأجرى الرئيس اتصالا.', '2022-06-15')).toEqual([]);
    expect(datesIn('بغداد اليوم -\nأجرى الرئيس اتصالا.', '2022-06-15')).toEqual([]);
  });

  it('or naming it with a number (`اليوم 24 - وكالات`, Morocco), after a headline too', () => {
    expect(datesIn('قمة بريكس في قازان\nاليوم 24 - وكالات\nالتقى بوتين شي.', '2024-10-22')).toEqual([]);
    // A sentence's `اليوم` before a count is still today.
    expect(datesIn('وصل اليوم 24 وزيرا - بحسب مصادر.', '2024-10-22')).toEqual([['اليوم', '2024-10-22']]);
  });

  it('still today elsewhere', () => {
    // Not a credit: a sentence's words before the city, or words after the dash.
    expect(datesIn('وصل الوفد إلى بغداد اليوم - بحسب مصادر.', '2022-06-15')).toEqual([['اليوم', '2022-06-15']]);
    expect(datesIn('بغداد اليوم - قال مصدر إن الوفد وصل.', '2022-06-15')).toEqual([['اليوم', '2022-06-15']]);
    expect(datesIn('ويصل الرئيس إلى روسيا اليوم في زيارة رسمية.', '2024-05-20')).toEqual([['اليوم', '2024-05-20']]);
    expect(datesIn('وقال بوتين اليوم إن', '2024-05-20')).toEqual([['اليوم', '2024-05-20']]);
  });
});

describe('`اليوم` before an ordinal or a definite word is a day of something, not today', () => {
  it('with or without ل (`لليوم الثاني`: ل + `اليوم`)', () => {
    expect(datesIn('ويواصل الرئيس زيارته لليوم الثاني على التوالي.', '2023-03-21')).toEqual([]);
    expect(datesIn('وفي اليوم الثالث من الزيارة زار الرئيس المصنع.', '2023-03-21')).toEqual([]);
    expect(datesIn('استعدادا لليوم العالمي للغة العربية.', '2023-03-21')).toEqual([]);
  });

  it('still today before a definite noun: `اليوم` takes no genitive, so the noun is the next part', () => {
    expect(datesIn('يستقبل بوتين اليوم الرئيس الصيني في الكرملين.', '2024-05-16')).toEqual([['اليوم', '2024-05-16']]);
    expect(datesIn('بحث الرئيسان خلال اتصال هاتفي اليوم العلاقات الثنائية.', '2022-06-15')).toEqual([
      ['اليوم', '2022-06-15'],
    ]);
    // Adjectives of the day stay a day: a nisba, `الذي`, `الأخير`.
    expect(datesIn('في اليوم الوطني للصين، وفي اليوم الأخير من الزيارة.', '2024-05-16')).toEqual([]);
  });

  it('still today after ل when nothing of the kind follows', () => {
    expect(datesIn('وأشار إلى أن المحادثات المقررة لليوم ستتناول الطاقة.', '2023-03-21')).toEqual([
      ['يوم', '2023-03-21'],
    ]);
  });
});

describe('`الاثنين` as "the two"', () => {
  it('after a definite dual, or as a subject after إن/أن, or a partitive', () => {
    expect(datesIn('وتعززت الثقة بين البلدين الاثنين خلال العقد الماضي.', '2024-05-16')).toEqual([]);
    expect(datesIn('وقال إن الزعيمين الاثنين يتمتعان بعلاقة شخصية.', '2024-05-16')).toEqual([]);
    expect(datesIn('وأضاف أن الاثنين احتفلا معا بعيد ميلاده عام 2013.', '2024-05-16')).toEqual([['عام 2013', '2013']]);
    expect(datesIn('ولم يعلق أحد الاثنين على الخبر.', '2024-05-16')).toEqual([]);
  });

  it('Monday otherwise', () => {
    expect(datesIn('والتقى الرئيسان الاثنين في موسكو.', '2024-05-16')).toEqual([['الاثنين', '2024-05-13']]);
    expect(datesIn('وقال إن الاثنين المقبل سيشهد توقيع الاتفاق.', '2024-05-16')).toEqual([
      ['الاثنين المقبل', '2024-05-20'],
    ]);
    expect(datesIn('وعقدت الجولة يوم الاثنين بين الوفدين.', '2024-05-16')).toEqual([['يوم الاثنين', '2024-05-13']]);
  });
});

describe('the anniversary formula', () => {
  it('on this day of a given year (Levantine, Gulf, Egyptian op-eds)', () => {
    expect(datesIn('في مثل هذا اليوم من عام 1949 أعلن قيام الجمهورية.', '2024-10-02')).toEqual([
      ['مثل هذا اليوم من عام 1949', '1949-10-02'],
    ]);
    expect(datesIn('وفي مثل هذا التاريخ من سنة 2001 وقعت المعاهدة.', '2021-07-16')).toEqual([
      ['مثل هذا التاريخ من سنة 2001', '2001-07-16'],
    ]);
    expect(datesIn('في مثل هذا اليوم قبل 75 عاما', '2024-10-01')).toEqual([
      ['مثل هذا اليوم قبل 75 عاما', '1949-10-01'],
    ]);
  });

  it('without a year it is today, and without a reference only the year', () => {
    expect(datesIn('وفي مثل هذا اليوم تحتفل الصين بعيدها.', '2024-10-01')).toEqual([['هذا اليوم', '2024-10-01']]);
    expect(datesIn('في مثل هذا اليوم من عام 1949', null)).toEqual([['مثل هذا اليوم من عام 1949', '1949']]);
  });
});

describe('a clause that announces the day', () => {
  it('the imperfect of an event verb looks forward (agency copy)', () => {
    // 2025-08-31 is a Sunday.
    expect(datesIn('ويحضر بوتين الأربعاء عرضا عسكريا في بكين.', '2025-08-31')).toEqual([['الأربعاء', '2025-09-03']]);
    expect(datesIn('ويلتقي الرئيسان الثلاثاء في القصر.', '2025-08-31')).toEqual([['الثلاثاء', '2025-09-02']]);
    expect(datesIn('وتعقد القمة يوم الخميس في تيانجين.', '2025-08-31')).toEqual([['يوم الخميس', '2025-09-04']]);
  });

  it('with an object pronoun, and `يقيم`/`يقام` of an event, too (Al Arabiya)', () => {
    // 2025-09-02 is a Tuesday.
    expect(datesIn('ويختتمها بحضور العرض العسكري الذي تقيمه بكين الأربعاء.', '2025-09-02')).toEqual([
      ['الأربعاء', '2025-09-03'],
    ]);
    expect(datesIn('ويستقبله الرئيس الخميس في الكرملين.', '2025-09-02')).toEqual([['الخميس', '2025-09-04']]);
    expect(datesIn('وتقام القمة الجمعة في تيانجين.', '2025-09-02')).toEqual([['الجمعة', '2025-09-05']]);
    // The perfective with a pronoun still looks back, and `يقيم` of a residence has no day to move.
    expect(datesIn('واستقبله الرئيس الأربعاء في الكرملين.', '2025-09-02')).toEqual([['الأربعاء', '2025-08-27']]);
    expect(datesIn('وقال إنه يقيم في موسكو منذ الأربعاء.', '2025-09-02')).toEqual([['الأربعاء', '2025-08-27']]);
  });

  it('a purpose with لـ + verbal noun looks forward', () => {
    expect(datesIn('ودعت الصين قادة خمس دول للمشاركة في الحوار يوم الثلاثاء.', '2017-09-03')).toEqual([
      ['يوم الثلاثاء', '2017-09-05'],
    ]);
  });

  it('the perfective still looks back', () => {
    expect(datesIn('وحضر بوتين الأربعاء عرضا عسكريا.', '2025-09-05')).toEqual([['الأربعاء', '2025-09-03']]);
    expect(datesIn('والتقى الرئيسان الثلاثاء.', '2025-09-05')).toEqual([['الثلاثاء', '2025-09-02']]);
    // `ترأس` (he chaired) and `توقع` (he expected) look like imperfects of تـ but are not.
    expect(datesIn('حيث ترأس أعمال المنتدى يومي 2 و3 سبتمبر، ثم توقع الثلاثاء نموا.', '2016-09-04')).toEqual([
      ['يومي 2 و3 سبتمبر', '2016-09-02', '2016-09-03'],
      ['الثلاثاء', '2016-08-30'],
    ]);
  });
});

describe('tense cues found in the twenty-fifth blind sets', () => {
  it('a perfective of reporting looks back (`كما نقلت رويترز يوم الاثنين`)', () => {
    // 2023-03-17 is a Friday; the purpose `لزيارة` further back no longer reaches the date.
    expect(
      datesIn('أن شي يستعد لزيارة موسكو، كما نقلت وكالة رويترز يوم الاثنين عن ثلاثة مصادر.', '2023-03-17'),
    ).toEqual([['يوم الاثنين', '2023-03-13']]);
    expect(datesIn('وأوضحت الخارجية الخميس أن الزيارة تاريخية.', '2023-03-17')).toEqual([['الخميس', '2023-03-16']]);
  });

  it('`منذ` whose phrase a comma closed leaves the date to the clause before it', () => {
    expect(datesIn('حيث يعقد أول لقاء مع الرئيس الأميركي منذ تولي الأخير منصبه، في 14 نوفمبر.', '2022-11-10')).toEqual([
      ['14 نوفمبر', '2022-11-14'],
    ]);
    expect(datesIn('وهو أول لقاء بينهما منذ 14 نوفمبر.', '2022-11-10')).toEqual([['14 نوفمبر', '2021-11-14']]);
  });

  it('`كان مقررا` (was scheduled) looks neither back nor ahead: the reference places the day', () => {
    const text = 'أعلن بوتين تأجيل العرض العسكري الذي كان مقررا في 9 أيار/مايو.';
    expect(datesIn(text, '2020-04-16')).toEqual([['9 أيار/مايو', '2020-05-09']]);
    expect(datesIn(text, '2020-05-20')).toEqual([['9 أيار/مايو', '2020-05-09']]);
  });
});

describe('a purpose word before an ordinal', () => {
  it('is the dative of a noun, no purpose to come (`وخصّص الزعيمان للقاء الأول، مساء الاثنين`)', () => {
    // 2023-03-22 is a Wednesday.
    expect(datesIn('وخصّص الزعيمان للقاء الأول، مساء الاثنين، نحو أربع ساعات من المحادثات.', '2023-03-22')).toEqual([
      ['مساء الاثنين', '2023-03-20'],
    ]);
    expect(datesIn('ويتوجه الرئيس إلى موسكو للقاء نظيره مساء الاثنين.', '2023-03-22')).toEqual([
      ['مساء الاثنين', '2023-03-27'],
    ]);
  });
});
