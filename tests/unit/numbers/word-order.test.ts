// Numbers that Arabic places after their noun (`لقاءاتهما الثلاثة`, `النقاط الـ12`), ordinals that
// close a long official name (`منتدى … للتعاون الدولي الثالث`), counts before a partitive `من`
// (`ستة من أكبر تسعة منتجين`), proclitics on number words and definite teens (`الأحد عشر شهرا`).
// Sentences written for these tests in the styles of several presses.

import { describe, it } from 'vitest';
import { check } from './figures';

describe('a definite number after its plural noun counts it', () => {
  it('possessed plurals, digit ordinals and word numbers (agency and Gulf copy)', () => {
    check('وعقد الزعيمان لقاءاتهما الثلاثة هذا العام في بكين وموسكو وأستانا.', [['لقاءاتهما الثلاثة', 3, 'meeting']]);
    check('وتضمنت الورقة الصينية النقاط الـ12 لتسوية الأزمة الأوكرانية سياسيا.', [['النقاط الـ12', 12, 'point']]);
    check('وأكد الجانبان تمسكهما بالمبادئ العشرة لمؤتمر باندونغ.', [['المبادئ العشرة', 10, 'principle']]);
    check('ووقع البلدان الاتفاقيات الخمس في ختام المباحثات، وناقشا البنود السبعة للبيان.', [
      ['الاتفاقيات الخمس', 5, 'agreement'],
      ['البنود السبعة', 7, 'clause'],
    ]);
    check('وتعد زياراته الـ40 إلى الصين رقما قياسيا.', [['زياراته الـ40', 40, 'visit']]);
  });

  it('an indefinite number after an indefinite plural (literary order)', () => {
    check('وبعد أيام ثلاثة من المحادثات، وقع الجانبان اتفاقيات خمسا.', [['أيام ثلاثة', 3, 'day']]);
    check('وأمضى الوفد أسابيع أربعة في بكين، ووقع الجانبان وثائق عشر.', [
      ['أسابيع أربعة', 4, 'week'],
      ['وثائق عشر', 10, 'document'],
    ]);
  });

  it('people and countries numbered after their noun are counted too', () => {
    check('وقال قادة الدول الثلاث إن الوزراء الخمسة والرؤساء الثلاثة اتفقوا.', [
      ['الدول الثلاث', 3, 'country'],
      ['الوزراء الخمسة', 5, 'minister'],
      ['الرؤساء الثلاثة', 3, 'president'],
    ]);
    check('وشكر الأعضاء العشرة والبلدان الأربعة على دعمهم.', [
      ['الأعضاء العشرة', 10, 'member'],
      ['البلدان الأربعة', 4, 'country'],
    ]);
  });
});

describe('an ordinal closing a long official name', () => {
  it('past a complement with لل (Xinhua, Al-Ahram, SANA)', () => {
    check('وشارك بوتين في منتدى الحزام والطريق للتعاون الدولي الثالث في بكين.', [['الثالث', 3, 'forum']]);
    check('وافتتح الوزير المعرض الدولي للكتاب الـ55 في القاهرة.', [['الـ55', 55, 'exhibition']]);
    check('وانطلقت أعمال المؤتمر الدولي للاستثمار الخامس بمشاركة واسعة.', [['الخامس', 5, 'conference']]);
  });

  it('not past a complement to a noun that names no event', () => {
    check('وكانت زيارة للدولة الثالثة خلال الجولة، وقال المسؤول الأول عن الملف.', []);
    check('وخلال الاجتماع قال المسؤول الأول عن الملف إن المحادثات ستستأنف.', []);
  });
});

describe('a count before a partitive من', () => {
  it('takes the unit of the noun phrase after من (Reuters, Al-Quds, Egyptian copy)', () => {
    check('وتضم المجموعة ستة من أكبر تسعة منتجين للنفط في العالم.', [
      ['ستة', 6, 'producer'],
      ['تسعة منتجين', 9, 'producer'],
    ]);
    check('وحضر ثلاثة من الوزراء الاجتماع، وصوتت 20 من الدول الأعضاء لصالح القرار.', [
      ['ثلاثة', 3, 'minister'],
      ['20', 20, 'country'],
    ]);
    check('والتقى الوفد بثلاثة من كبار المسؤولين واثنين من بين الصحفيين.', [
      ['ثلاثة', 3, 'official'],
      ['اثنين', 2, 'journalist'],
    ]);
  });

  it('a plural made definite by the noun it is construed with (إضافة)', () => {
    check('ويزور الزعيمان حديقة الحيوانات لتسليم اثنين من حيوانات الباندا العملاقة.', [['اثنين', 2, 'animal']]);
    check('واستقبل ثلاثة من أعضاء المجلس، وعمل الفريق خمسة من أيام الأسبوع.', [
      ['ثلاثة', 3, 'member'],
      ['خمسة', 5, 'day'],
    ]);
  });

  it('not a year, nor a noun phrase with no article at all', () => {
    check('وكان 2022 من أصعب الأعوام، وحضر خمسة من وزراء عدة دول.', []);
  });

  it('not a day of the month, a ratio or "one of"', () => {
    check('وعقد الاجتماع في 15 من الشهر الجاري، ويعمل خمسة من كل عشرة في الزراعة.', []);
    check('ويعد الملف واحدا من أهم الملفات، وهي واحدة من أكبر الدول.', []);
  });
});

describe('proclitics on number words', () => {
  it('ب، ل، و and their combinations are left out of the span', () => {
    check('وفاز المنتخب بثلاثة أهداف، ومدد الاتفاق لأربعة أعوام، وتعهدت وبخمسة مليارات دولار.', [
      ['ثلاثة أهداف', 3, 'goal'],
      ['أربعة أعوام', 4, 'year'],
      ['خمسة مليارات دولار', 5e9, 'USD'],
    ]);
    check('ويحظى المشروع بدعم وبثلاثة من المستثمرين ولخمسة من المنتجين.', [
      ['ثلاثة', 3, 'investor'],
      ['خمسة', 5, 'producer'],
    ]);
  });
});

describe('definite teens and tens before their noun are counts', () => {
  it('الأحد عشر، الاثني عشر، العشرين with an accusative noun', () => {
    check('وارتفع التبادل خلال الأحد عشر شهرا الأولى من العام.', [['الأحد عشر شهرا', 11, 'month']]);
    check('وفي الاثني عشر عاما الماضية، وخلال العشرين عاما الأخيرة، زار الصين مرارا.', [
      ['الاثني عشر عاما', 12, 'year'],
      ['العشرين عاما', 20, 'year'],
    ]);
    check('وانضمت الإحدى عشرة دولة إلى المبادرة.', [['الإحدى عشرة دولة', 11, 'country']]);
  });

  it('still ordinals after their noun', () => {
    check('بمناسبة الذكرى العشرين للمعاهدة، في الدورة الحادية عشرة.', [
      ['الذكرى العشرين', 20, 'anniversary'],
      ['الدورة الحادية عشرة', 11, 'session'],
    ]);
  });
});
