// A time noun with no number is one of it where the sentence measures with it: after a hedge
// (`نحو ساعة`, `أقل من أسبوع`, `قرابة شهر`), a measuring preposition (`لمدة عام`, `منذ قرن`,
// `في غضون أسبوع`), `بـ` of a distance in time (`قبل القمة بشهر`), or with `كامل` (`عقد كامل`).
// Never a bare `عام`/`شهر`/`يوم`: those are also the dates' words.

import { describe, it } from 'vitest';
import { check } from './figures';

describe('a singular time noun measured by its context is one', () => {
  it('after a hedge (Gulf and Egyptian copy), the hedge in the span', () => {
    check('واستمر اللقاء نحو ساعة، وسبقه اتصال قبل أقل من أسبوع.', [
      ['نحو ساعة', 1, 'hour'],
      ['أقل من أسبوع', 1, 'week'],
    ]);
    check('وبقي الوفد قرابة شهر في العاصمة، بعد أزيد من عام على الاتفاق.', [
      ['قرابة شهر', 1, 'month'],
      ['أزيد من عام', 1, 'year'],
    ]);
  });

  it('after a measuring preposition (Levantine, Maghrebi, agency copy)', () => {
    check('ومدد العمل بالاتفاق لمدة عام، على أن يراجع في غضون أسبوع.', [
      ['عام', 1, 'year'],
      ['أسبوع', 1, 'week'],
    ]);
    check('وقال شي إن العالم يشهد تحولات لم يشهدها منذ قرن من الزمن، وعلى مدى عقد، ظلت العلاقات قوية.', [
      ['قرن', 1, 'century'],
      ['عقد', 1, 'decade'],
    ]);
    check('ووصل الرئيس قبل القمة بيوم، وغادر بعد ساعة.', [
      ['يوم', 1, 'day'],
      ['ساعة', 1, 'hour'],
    ]);
  });

  it('with كامل, in any case', () => {
    check('وبعد عقد كامل من المفاوضات، صام الوفد يوما كاملا وانتظر سنة كاملة.', [
      ['عقد كامل', 1, 'decade'],
      ['يوما كاملا', 1, 'day'],
      ['سنة كاملة', 1, 'year'],
    ]);
  });

  it('not the words of a date or another sense of the noun', () => {
    check('وفي عام 2023، وخلال شهر مارس، ومنذ عام 2014، وخلال العام الماضي، وكل عام.', []);
    check('وبعد عقد القمة، وخلال عقد اجتماعات، قال الأمين العام إن يوم الجمعة كان حافلا.', []);
    check('ووصل في ساعة متأخرة، وفي شهر رمضان، ومنذ يوم أمس، وبعد يوم حافل، وبعام 2022.', []);
  });

  it('not other phrases of the same words', () => {
    check('وعقد الرئيسان قمة بعد عقد مؤتمر صحفي، واحتفلت روسيا بيوم النصر، وقارن الأرقام بشهر مارس.', []);
    check('وقال بشكل عام إن الوضع تحسن، وإن ساعة الصفر لم تحن، وسهر حتى ساعة متأخرة.', []);
  });

  it('a half after the noun and another year', () => {
    check('واستمرت المحادثات نحو ساعة ونصف الساعة، ومدد الاتفاق لمدة عام آخر.', [
      ['نحو ساعة ونصف الساعة', 1.5, 'hour'],
      ['عام', 1, 'year'],
    ]);
  });

  it('"one" after the noun is still read with it', () => {
    check('وأنجز الاتفاق خلال عام واحد، وبعد يوم واحد.', [
      ['عام واحد', 1, 'year'],
      ['يوم واحد', 1, 'day'],
    ]);
  });
});

describe('a hedge before any figure stands in its span', () => {
  it('money, percent, counts and measures, in several regional styles', () => {
    check('وبلغ حجم التبادل نحو 240 مليار دولار، بزيادة حوالي 30%، ووقع الجانبان قرابة 20 اتفاقية.', [
      ['نحو 240 مليار دولار', 240e9, 'USD'],
      ['حوالي 30%', 30, '%'],
      ['قرابة 20 اتفاقية', 20, 'agreement'],
    ]);
    check('وتصدر روسيا أكثر من مليوني برميل يوميا، بقيمة تزيد على 400 مليار دولار.', [
      ['أكثر من مليوني برميل يوميا', 2e6, 'barrel per day'],
      ['تزيد على 400 مليار دولار', 400e9, 'USD'],
    ]);
  });

  it('but not a word that only looks like one', () => {
    check('وقال إن نحو الشرق اتجهت الأنظار، ووقع 20 اتفاقية.', [['20 اتفاقية', 20, 'agreement']]);
  });
});
