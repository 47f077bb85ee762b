// Tense and year cues added with the fourteenth blind sets: what is expected (`وسط توقعات بأن`,
// `ويتوقع أن`) is still to come, and a date `منذ` governs a few words on (`منذ توليه منصبه في
// مارس 2023`) is a point of reference, whose year a later year-less date of the sentence does not take.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

// 2023-02-22 is a Wednesday: the Friday before is the 17th, the next the 24th.
const WED = '2023-02-22';

describe('expectation before أن / بأن', () => {
  it('places a bare weekday ahead', () => {
    expect(datesIn('وسط توقعات بأن تطرح بكين يوم الجمعة ورقة موقف', WED)).toEqual([['يوم الجمعة', '2023-02-24']]);
    expect(datesIn('ويتوقع أن يصل الوفد الجمعة إلى موسكو', WED)).toEqual([['الجمعة', '2023-02-24']]);
    expect(datesIn('ومن المرجح أن تعلن الحكومة الجمعة عن خطتها', WED)).toEqual([['الجمعة', '2023-02-24']]);
    expect(datesIn('وقال الوزير إنه يأمل أن يصادق البرلمان الجمعة على الميزانية', WED)).toEqual([
      ['الجمعة', '2023-02-24'],
    ]);
  });

  it('but not on its own, nor before another clause', () => {
    // No أن after the expectation: the sentence tells of what happened.
    expect(datesIn('جاءت النتائج دون التوقعات يوم الجمعة', WED)).toEqual([['يوم الجمعة', '2023-02-17']]);
    // أكد بأن, قال بأن: speech, not expectation.
    expect(datesIn('وأكد بأن الوفد عاد الجمعة إلى بكين', WED)).toEqual([['الجمعة', '2023-02-17']]);
    expect(datesIn('وقال بأن الرئيس التقى الجمعة نظيره', WED)).toEqual([['الجمعة', '2023-02-17']]);
  });
});

describe('a date governed by منذ a few words before it', () => {
  const REF = '2024-08-21';
  it('lends its year to no later year-less date of the sentence', () => {
    expect(
      datesIn(
        'وتعد هذه أول زيارة رسمية يقوم بها إلى روسيا منذ توليه رئاسة الحكومة في مارس 2023، وتستمر من 20 إلى 22 أغسطس.',
        REF,
      ),
    ).toEqual([
      ['مارس 2023', '2023-03'],
      ['من 20 إلى 22 أغسطس', '2024-08-20', '2024-08-22'],
    ]);
    expect(datesIn('وهي أول قمة بين البلدين منذ أن تولى الرئاسة في يونيو 2022، وتعقد في 25 أغسطس', REF)).toEqual([
      ['يونيو 2022', '2022-06'],
      ['25 أغسطس', '2024-08-25'],
    ]);
  });

  it('a narrative date still lends it', () => {
    expect(datesIn('زار موسكو في مارس 2023، ثم عاد إليها في 20 أغسطس', REF)).toEqual([
      ['مارس 2023', '2023-03'],
      ['20 أغسطس', '2023-08-20'],
    ]);
    // منذ a clause away (after a comma, or before ثم) no longer governs the date.
    expect(datesIn('يقيم في موسكو منذ سنوات، والتقاه في مارس 2023 ثم في 20 أغسطس', REF)).toEqual([
      ['مارس 2023', '2023-03'],
      ['20 أغسطس', '2023-08-20'],
    ]);
    expect(datesIn('لم يزرها منذ عامين ثم زارها في مارس 2023 وعاد في 20 أغسطس', REF)).toEqual([
      ['مارس 2023', '2023-03'],
      ['20 أغسطس', '2023-08-20'],
    ]);
  });
});

describe('a bare weekday of the headline that no cue placed', () => {
  // 2025-05-06 is a Tuesday: the Thursday before is 1 May, the next 8 May.
  const TUE = '2025-05-06';
  it('is the day the body dates with that weekday', () => {
    const text = 'شي ضيف عيد النصر.. ومحادثات في الكرملين الخميس\nوسيجري بوتين محادثات مع شي يوم الخميس 8 مايو.';
    expect(datesIn(text, TUE)).toEqual([
      ['الخميس', '2025-05-08'],
      ['يوم الخميس 8 مايو', '2025-05-08'],
    ]);
  });

  it('not in the body, nor when the body dates no such day near the reference, nor two of them', () => {
    // The body's bare weekday keeps the default.
    expect(datesIn('عنوان الخبر\nوصدر البيان الخميس.\nويلتقي الرئيسان يوم الخميس 8 مايو.', TUE)).toEqual([
      ['الخميس', '2025-05-01'],
      ['يوم الخميس 8 مايو', '2025-05-08'],
    ]);
    // A dated Thursday a month away says nothing of the headline's.
    expect(datesIn('انفجار في المصنع الخميس\nوكان مصنع آخر قد احترق يوم الخميس 10 أبريل.', TUE)).toEqual([
      ['الخميس', '2025-05-01'],
      ['يوم الخميس 10 أبريل', '2025-04-10'],
    ]);
    // Two dated Thursdays: which one the headline means is left open.
    expect(
      datesIn('محادثات في الكرملين الخميس\nجرت جولة يوم الخميس 1 مايو، وتعقد أخرى يوم الخميس 8 مايو.', TUE),
    ).toEqual([
      ['الخميس', '2025-05-01'],
      ['يوم الخميس 1 مايو', '2025-05-01'],
      ['يوم الخميس 8 مايو', '2025-05-08'],
    ]);
  });
});
