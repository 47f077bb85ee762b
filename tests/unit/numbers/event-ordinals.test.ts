// Ordinals of events the press numbers (`لقاؤهما الأربعون`, `اللقاء رقم 40`, `محادثتهما الهاتفية
// الثانية`): the hamza of a possessed noun on its case's seat, `رقم` before digits, compound
// ordinals past a hundred (`الخمسين بعد المئة`). Sentences written for these tests in the styles of
// several presses; the negative cases are ones each rule must leave alone.

import { describe, expect, it } from 'vitest';
import { parseOrdinalPhrase } from '../../../lib/numbers/phrases/ordinal';
import { check } from './figures';

describe('a possessed noun whose hamza sits on its case seat takes an ordinal', () => {
  it('nominative ؤ, genitive ئ and accusative ء, with digit and word ordinals', () => {
    check('مشيرا إلى أن هذا هو لقاؤهما الـ42 خلال السنوات العشر الماضية.', [
      ['لقاؤهما الـ42', 42, 'meeting'],
      ['السنوات العشر', 10, 'year'],
    ]);
    check('وقال إن هذا هو لقاؤه الثاني والأربعون مع بوتين.', [['لقاؤه الثاني والأربعون', 42, 'meeting']]);
    check('وجاء ذلك في لقائهما الحادي عشر منذ مطلع العام.', [['لقائهما الحادي عشر', 11, 'meeting']]);
    check('وعقد الزعيمان لقاءهما الثالث في أستانا.', [['لقاءهما الثالث', 3, 'meeting']]);
    check('وهذا لقاؤهما الأربعون منذ عام 2013.', [['لقاؤهما الأربعون', 40, 'meeting']]);
  });

  it('a noun in ى takes ا before the suffix (ذكراها)', () => {
    check('وتحيي الثورة ذكراها الـ71 هذا العام.', [['ذكراها الـ71', 71, 'anniversary']]);
    check('واحتفلت المنظمة بذكراها الخامسة والعشرين.', [['ذكراها الخامسة والعشرين', 25, 'anniversary']]);
  });

  it('a plural in اء with a seated hamza still counts (أعضاؤها)', () => {
    check('وقال إن أعضاؤها الخمسة وافقوا على البيان.', [['أعضاؤها الخمسة', 5, 'member']]);
  });

  it('but a possessed meeting with no ordinal, or an ordinal of something else, is no figure', () => {
    check('وجاء لقاؤهما على هامش القمة.', []);
    check('وأشار إلى لقائه الأخير مع الرئيس الصيني.', []);
    check('وقال في لقائه مع الصحفيين الثلاثاء إن الثلاثة وافقوا.', []);
    check('وقال في لقاء مع قناة روسيا الأولى إن الزيارة ناجحة.', []);
  });
});

describe('a conversation the press numbers is a call', () => {
  it('محادثة with an ordinal', () => {
    check('وهي محادثتهما الهاتفية الثانية منذ بداية الحرب.', [['الثانية', 2, 'call']]);
    check('وأجرى الرئيسان المحادثة الثالثة عبر الفيديو.', [['المحادثة الثالثة', 3, 'call']]);
  });

  it('while a number of talks still counts them, and a round of talks keeps its ordinal', () => {
    check('وقال في المحادثات الثلاث إن الجانبين متفقان.', [['المحادثات الثلاث', 3, 'talk']]);
    check('وانطلقت جولة المحادثات الثالثة بين الجانبين.', [['الثالثة', 3, 'round']]);
  });
});

describe('each spelling of a noun has its own gender', () => {
  it('a feminine spelling listed after a masculine one takes a feminine ordinal', () => {
    check('وكانت المكالمة الثالثة بين الزعيمين.', [['المكالمة الثالثة', 3, 'call']]);
    check('وتبدأ السنة الثالثة من الولاية، بعد العام الثاني من الحرب.', [
      ['السنة الثالثة', 3, 'year'],
      ['العام الثاني', 2, 'year'],
    ]);
  });
});

describe('a rank written with رقم', () => {
  it('after a definite noun that takes ordinals', () => {
    check('وهو اللقاء رقم 40 بين الزعيمين.', [['اللقاء رقم 40', 40, 'meeting']]);
    check('وهو لقاؤهما رقم 42 منذ 2013.', [['لقاؤهما رقم 42', 42, 'meeting']]);
    check('وأقر الاتحاد الأوروبي الحزمة رقم 14 من العقوبات.', [['الحزمة رقم 14', 14, 'package']]);
    check('وأصبحت فنلندا العضو رقم 31 في الحلف.', [['العضو رقم 31', 31, 'member']]);
    check('ويلتقي الرئيسان للمرة رقم 10.', [['مرة رقم 10', 10, 'time']]);
  });

  it('but not after a name, an indefinite noun or a noun that takes no ordinal', () => {
    check('وصدر القرار رقم 2231 عن مجلس الأمن.', []);
    check('وسلك الموكب الطريق رقم 5 نحو العاصمة.', []);
    check('واتصل على الرقم 5 للطوارئ.', []);
    check('وعقد لقاء رقم هاتفه 5 مرات.', [['5 مرات', 5, 'time']]);
  });
});

describe('ordinals past a hundred with بعد المئة', () => {
  it('read as one ordinal', () => {
    expect(parseOrdinalPhrase('الخمسين بعد المئة')).toEqual({ value: 150 });
    expect(parseOrdinalPhrase('الخامس بعد المائة')).toEqual({ value: 105 });
    expect(parseOrdinalPhrase('الحادية عشرة بعد المئة')).toEqual({ value: 111 });
    expect(parseOrdinalPhrase('الخامسة والعشرين بعد المئة')).toEqual({ value: 125 });
    check('في الذكرى الخمسين بعد المئة لافتتاح القناة.', [['الذكرى الخمسين بعد المئة', 150, 'anniversary']]);
    check('وحلت البلاد في المركز الحادي عشر بعد المئة.', [['المركز الحادي عشر بعد المئة', 111, 'rank']]);
  });

  it('but not a digit ordinal, a cardinal, or المئة that is not after one', () => {
    expect(parseOrdinalPhrase('الـ50 بعد المئة')).toBeNull();
    expect(parseOrdinalPhrase('الخمسة بعد المئة')).toBeNull();
    check('وقال إن الحكومة الثانية بعد الظهر ستجتمع.', []);
  });

  it('compound ordinals in both genders and cases are read whole', () => {
    for (const [s, v] of [
      ['الحادي عشر', 11],
      ['الثانية عشرة', 12],
      ['الثالث والعشرون', 23],
      ['الخامسة والسبعين', 75],
      ['الثاني والأربعون', 42],
      ['الثانية والأربعين', 42],
      ['المئة', 100],
    ] as const) {
      expect(parseOrdinalPhrase(s)).toEqual({ value: v });
    }
  });
});

describe('a definite cardinal after its noun, before `عام` and a year', () => {
  it('is the ordinal: the year noun is the date (`عام 2015`)', () => {
    check('بعد مشاركته في احتفالات الذكرى السبعين عام 2015.', [['الذكرى السبعين', 70, 'anniversary']]);
    check('واحتفل البلدان بالذكرى العشرين عام 2021 لمعاهدة حسن الجوار.', [['الذكرى العشرين', 20, 'anniversary']]);
  });

  it('while without a year it still counts the years', () => {
    check('وقال إن العلاقات تطورت في العشرين عاما الماضية.', [['العشرين عاما', 20, 'year']]);
  });
});
