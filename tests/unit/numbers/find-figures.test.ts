// findFigures on sentences written for these tests in the styles of the Arabic press (Egyptian,
// Gulf, Levantine, Maghrebi, agency copy), with exact spans on the original text.

import { describe, expect, it } from 'vitest';
import { makeDoc, toMention } from '../../../lib/extract/document';
import { findFigures } from '../../../lib/numbers';

type Expected = [text: string, value: number, unit: string | null];

function figures(text: string): Expected[] {
  const doc = makeDoc(text);
  return findFigures(doc).map((c) => {
    const m = toMention(doc, c);
    expect(m.text).toBe(text.slice(m.start, m.end));
    return [m.text, Number((m.value as number).toPrecision(6)), m.unit];
  });
}

const round = (list: Expected[]): Expected[] => list.map(([t, v, u]) => [t, Number(v.toPrecision(6)), u]);

function check(text: string, expected: Expected[]) {
  expect(figures(text)).toEqual(round(expected));
}

describe('findFigures: Egyptian press', () => {
  it('money, percent and a count, leaving the date alone', () => {
    check(
      'وأكد السيسي أن حجم التبادل التجاري بين البلدين بلغ 5.2 مليار دولار خلال العام الماضي، بزيادة قدرها 15% عن عام 2022.',
      [
        ['5.2 مليار دولار', 5.2e9, 'USD'],
        ['15%', 15, '%'],
      ],
    );
    check('وقررت الحكومة صرف منحة قدرها 500 جنيه لكل أسرة اعتبارا من يوم 28 يونيو ولمدة ثلاثة أشهر.', [
      ['500 جنيه', 500, 'EGP'],
      ['ثلاثة أشهر', 3, 'month'],
    ]);
  });

  it('the pound (جنيه, whose ه is no ة) in the accusative and the dual', () => {
    check('وقفز سعر الجرام بنحو 85 جنيها في يومين، وتراجع سعر كيلو الأرز جنيهين فقط.', [
      ['نحو 85 جنيها', 85, 'EGP'],
      ['يومين', 2, 'day'],
      ['جنيهين', 2, 'EGP'],
    ]);
    // A noun in ة still takes no alif and a ت before the dual's ending.
    check('وبلغت الزيادة ليرتين للغرام، واستمر التداول ساعتين.', [
      ['ليرتين', 2, 'TRY'],
      ['ساعتين', 2, 'hour'],
    ]);
  });

  it('Egyptian spellings of number words', () => {
    check('وقال المتحدث إن الوفد سيبقى تلات أيام، وإن الصفقة تشمل خمسمية جندي واتناشر دبابة.', [
      ['تلات أيام', 3, 'day'],
      ['خمسمية جندي', 500, 'soldier'],
      ['اتناشر دبابة', 12, 'tank'],
    ]);
  });
});

describe('findFigures: Gulf press (WAM, SPA, QNA, KUNA)', () => {
  it('dual scales, currencies with nationality adjectives, في المائة', () => {
    check('ووقع الجانبان 12 اتفاقية بقيمة تتجاوز ملياري درهم، وارتفعت الصادرات غير النفطية بنسبة 7 في المائة.', [
      ['12 اتفاقية', 12, 'agreement'],
      ['تتجاوز ملياري درهم', 2e9, 'AED'],
      ['7 في المائة', 7, '%'],
    ]);
    check(
      'أعلن الصندوق استثمار 40 مليار ريال سعودي، فيما بلغت الميزانية 23.5 مليار دينار كويتي و800 مليون ريال قطري.',
      [
        ['40 مليار ريال سعودي', 40e9, 'SAR'],
        ['23.5 مليار دينار كويتي', 23.5e9, 'KWD'],
        ['800 مليون ريال قطري', 800e6, 'QAR'],
      ],
    );
  });

  it('Arabic-Indic digits and ٪', () => {
    check('وبلغ حجم التبادل ١٠٧ مليارات دولار بارتفاع ٢٧٪ خلال ٣ أيام.', [
      ['١٠٧ مليارات دولار', 107e9, 'USD'],
      ['٢٧٪', 27, '%'],
      ['٣ أيام', 3, 'day'],
    ]);
  });
});

describe('findFigures: Levantine press (SANA, An-Nahar)', () => {
  it('Lebanese pounds next to a numeric date', () => {
    check('وصل سعر الصرف إلى 15 ألف ليرة لبنانية مقابل الدولار الواحد في 22/03/2023.', [
      ['15 ألف ليرة لبنانية', 15000, 'LBP'],
    ]);
  });

  it('a dual noun, a bare ordinal after a copula, an ordinal anniversary', () => {
    check('استمرت الزيارة يومين، وهي الأولى من نوعها منذ أكثر من عشر سنوات، بمناسبة الذكرى السبعين لتأسيس العلاقات.', [
      ['يومين', 2, 'day'],
      ['الأولى', 1, 'visit'],
      ['أكثر من عشر سنوات', 10, 'year'],
      ['الذكرى السبعين', 70, 'anniversary'],
    ]);
  });

  it('Levantine month names are not ordinals', () => {
    check('وعقد الاجتماع في 5 كانون الأول/ديسمبر وفي تشرين الثاني الماضي.', []);
  });
});

describe('findFigures: Maghrebi press (MAP, APS)', () => {
  it('decimal comma and thousands dot', () => {
    check(
      'بلغت المبادلات 3,5 مليار درهم مغربي سنة 2023، بارتفاع 12,4 في المائة، وخصصت الجزائر 1.200 مليار دينار جزائري.',
      [
        ['3,5 مليار درهم مغربي', 3.5e9, 'MAD'],
        ['12,4 في المائة', 12.4, '%'],
        ['1.200 مليار دينار جزائري', 1.2e12, 'DZD'],
      ],
    );
  });

  it('the plural ملايير of مليار', () => {
    check('وبلغ حجم المبادلات 108 ملايير دولار، مقابل خمسة ملايير دولار قبل عشر سنوات.', [
      ['108 ملايير دولار', 108e9, 'USD'],
      ['خمسة ملايير دولار', 5e9, 'USD'],
      ['عشر سنوات', 10, 'year'],
    ]);
  });
});

describe('findFigures: the business press', () => {
  it('a metre or kilometre abbreviation with its power (م3, م², كم2)', () => {
    check('ليصل إجمالي طاقة التصدير إلى 106 مليارات م3 سنويا، فيما تبلغ مساحة المشروع 500 كم2 و120 م².', [
      ['106 مليارات م3', 106e9, 'cubic metre'],
      ['500 كم2', 500, 'square kilometre'],
      ['120 م²', 120, 'square metre'],
    ]);
  });

  it('while a bare م is no unit, nor م glued to a longer code', () => {
    check('وصل عام 2024م نحو 30 م وقتها، واشترى 5 م3x.', []);
  });
});

describe('findFigures: agency copy (Reuters, AFP, Xinhua, RT, Sputnik)', () => {
  it('military counts next to model names', () => {
    check('وقالت وزارة الدفاع الروسية إن قواتها أسقطت 25 طائرة مسيرة و3 مقاتلات من طراز سو-35 ونشرت صواريخ إس-400.', [
      ['25 طائرة', 25, 'aircraft'],
      ['3 مقاتلات', 3, 'fighter jet'],
    ]);
  });

  it('trade figures with an adjective on the currency and بالمئة', () => {
    check('وتجاوز حجم التجارة بين الصين وروسيا 240 مليار دولار أمريكي في عام 2023، بزيادة 26.3 بالمئة على أساس سنوي.', [
      ['240 مليار دولار أمريكي', 240e9, 'USD'],
      ['26.3 بالمئة', 26.3, '%'],
    ]);
  });

  it('a range gives both ends, the first sharing scale and unit', () => {
    check('ويرتفع الضخ من 38 إلى 44 مليار متر مكعب سنويا، ويتراوح الإنفاق بين 10 و20 مليار دولار.', [
      ['38', 38e9, 'cubic metre'],
      ['44 مليار متر مكعب', 44e9, 'cubic metre'],
      ['10', 10e9, 'USD'],
      ['20 مليار دولار', 20e9, 'USD'],
    ]);
  });

  it('reads an amount a missing space glued to a preposition or an approximation, never to a model name', () => {
    check('وبلغ التبادل نحو240 مليار دولار، وارتفع بنسبة حوالي30%، بينما اشترت مقاتلات سو35 وصواريخ إس400.', [
      ['نحو240 مليار دولار', 240e9, 'USD'],
      ['حوالي30%', 30, '%'],
    ]);
  });

  it('two alternatives joined by `أو` give both, the first sharing the unit', () => {
    check('وقال أوشاكوف إن المحادثات قد تستمر 6 أو 7 ساعات، وإن الوفد يضم 3 أو 4 وزراء.', [
      ['6', 6, 'hour'],
      ['7 ساعات', 7, 'hour'],
      ['3', 3, 'minister'],
      ['4 وزراء', 4, 'minister'],
    ]);
  });

  it('ordinals with their noun, a possessed noun, and before the noun', () => {
    check('وزار بكين للمرة الأولى، وكانت زيارته الأولى بعد فوزه بالولاية الخامسة، وهي أول زيارة خارجية له.', [
      ['مرة الأولى', 1, 'time'],
      ['زيارته الأولى', 1, 'visit'],
      ['الولاية الخامسة', 5, 'term'],
      ['أول زيارة', 1, 'visit'],
    ]);
    check('وتصادف هذا العام الذكرى الـ 75 لإقامة العلاقات، وتأتي روسيا في المركز التاسع.', [
      ['الذكرى الـ 75', 75, 'anniversary'],
      ['المركز التاسع', 9, 'rank'],
    ]);
    check('على هامش منتدى الشرق الاقتصادي الرابع، ولولاية رئاسية خامسة.', [
      ['الرابع', 4, 'forum'],
      ['خامسة', 5, 'term'],
    ]);
  });

  it('fractions', () => {
    check(
      'وزادت التجارة بنحو الربع في الربع الأول من العام، وعلى مدى ثلاثة أرباع القرن الماضي صوت أكثر من ثلثي الناخبين.',
      [
        ['نحو الربع', 0.25, 'fraction'],
        ['ثلاثة أرباع القرن', 0.75, 'century'],
        ['أكثر من ثلثي', 2 / 3, 'fraction'],
      ],
    );
    check('وأمضى الوفد ساعة ونصف الساعة ثم ساعتين ونصف، وينتج الحقل نصف مليون برميل يوميا.', [
      ['ساعة ونصف الساعة', 1.5, 'hour'],
      ['ساعتين ونصف', 2.5, 'hour'],
      ['نصف مليون برميل يوميا', 5e5, 'barrel per day'],
    ]);
  });

  it('a share of something named before: a fraction with a pronoun suffix', () => {
    check(
      'وبلغ حجم التبادل 240 مليار دولار، تمثل الطاقة قرابة نصفه، وتستحوذ الصين على ثلثيها، وسافر نصفهم في نصفه الأول.',
      [
        ['240 مليار دولار', 240e9, 'USD'],
        ['قرابة نصفه', 0.5, 'fraction'],
        ['ثلثيها', 2 / 3, 'fraction'],
        ['نصفهم', 0.5, 'fraction'],
      ],
    );
  });

  it('compound numbers and implicit units', () => {
    check('وصدرت روسيا 3 ملايين و500 ألف طن، وتجاوز عدد الإصابات 82 ألفا، وبلغ الاستثمار مليار ونصف المليار دولار.', [
      ['3 ملايين و500 ألف طن', 3.5e6, 'ton'],
      ['82 ألفا', 82000, null],
      ['مليار ونصف المليار دولار', 1.5e9, 'USD'],
    ]);
    check('وتراجع المؤشر -1.2% في يوم واحد، وشاركت عشرين دولة لمدة خمسة عشر يوما خلال الأشهر الستة الماضية.', [
      ['-1.2%', -1.2, '%'],
      ['يوم واحد', 1, 'day'],
      ['عشرين دولة', 20, 'country'],
      ['خمسة عشر يوما', 15, 'day'],
      ['الأشهر الستة', 6, 'month'],
    ]);
  });

  it('people counted by a nisba plural, jobs, drones', () => {
    check('وقتل ثلاثة فلسطينيين، ويوفر المشروع 70 ألف فرصة عمل، وأسقطت الدفاعات 25 مسيرة.', [
      ['ثلاثة فلسطينيين', 3, 'person'],
      ['70 ألف فرصة عمل', 70000, 'job'],
      ['25 مسيرة', 25, 'drone'],
    ]);
  });

  it('currency signs before and after', () => {
    check('وتعهدت واشنطن بتقديم $10 مليارات، وبيع البرميل بـ 85$ والأونصة بـ2000 €.', [
      ['$10 مليارات', 10e9, 'USD'],
      ['85$', 85, 'USD'],
      ['2000 €', 2000, 'EUR'],
    ]);
  });

  it('leaves proclitics out of the span', () => {
    check('وبلغت قيمتها وثلاثة مليارات يوان، ولعشرين عاما، وبخمسة بالمئة.', [
      ['ثلاثة مليارات يوان', 3e9, 'CNY'],
      ['عشرين عاما', 20, 'year'],
      ['خمسة بالمئة', 5, '%'],
    ]);
  });
});

describe('findFigures: traps', () => {
  it.each([
    ['على هامش قمة مجموعة العشرين وقمة العشرين في نيودلهي.'],
    ['في قمة حضورية لمجموعة العشرين منذ الجائحة، وبعد قمة لمجموعة السبع.'],
    ['في ذكرى انتصار الحرب العالمية الثانية.'],
    ['بعد جائحة كوفيد-19 عند الساعة 10:30 يوم الاثنين.'],
    ['وقال أحد المسؤولين إن الاجتماع عقد في الأول من الشهر الجاري.'],
    ['وضخت ملايين الدولارات وعشرات المليارات وآلاف الجنود.'],
    ['ووقع الجانبان الاتفاق الأولي خلال 15-16 سبتمبر من عام 2023.'],
    ['وجاء في نص البيان أن ثمن الغاز ارتفع منذ 2014 و حتى 2022.'],
    ['وأجرى الرئيسان محادثات بين البلدين يوم 28 يونيو 2021 في قاعة الشعب.'],
    ['وتعد الصين ثاني أكبر اقتصاد في العالم.'],
  ])('%s', (text) => {
    check(text, []);
  });

  it('an ordinal after a person noun is not the figure of an earlier event noun', () => {
    check('وخلال الاجتماع قال المسؤول الأول عن الملف إن المحادثات ستستأنف.', []);
    check('وتزامن الاتصال مع عيد ميلاد الرئيس الصيني التاسع والستين.', [['التاسع والستين', 69, 'birthday']]);
  });

  it('ordinals that name a time of day, a period or a degree are not figures', () => {
    check('وعقدت الجلسة عند الساعة الثانية ظهرا في القرن الحادي والعشرين، وحصل على الدرجة الأولى.', []);
  });

  it('a lone scale word is not a figure (ألف is also "he wrote")', () => {
    check('وألف الكاتب كتابا عن العلاقات، وتلقى ألف شكر، وشارك مئات الآلاف.', []);
  });

  it('numbers after their noun are references, not counts', () => {
    check('وفي الفقرة 3 من المادة 5 من القرار 2254 الصادر في 20 يوليو/تموز 2015 عند الساعة 11 صباحا.', []);
  });

  it('keeps what is a figure among the traps', () => {
    check(
      'والتقى الرئيسان لأول مرة قبل 75 عاما، وبوتين (71 عاما) زار الصين 3 مرات، وشارك في القمة الـ15 لمجموعة بريكس.',
      [
        ['أول مرة', 1, 'time'],
        ['75 عاما', 75, 'year'],
        ['71 عاما', 71, 'year'],
        ['3 مرات', 3, 'time'],
        ['القمة الـ15', 15, 'summit'],
      ],
    );
    check('وبلغ عدد السكان 1.4 مليار نسمة، وارتفعت الأسعار 3 نقاط مئوية، ووصلت الحرارة إلى 45 درجة مئوية.', [
      ['1.4 مليار نسمة', 1.4e9, 'inhabitant'],
      ['3 نقاط مئوية', 3, 'percentage point'],
      ['45 درجة مئوية', 45, 'degree Celsius'],
    ]);
  });

  it('tells five from a fifth', () => {
    check('وأن خمس دول وقعت، وأن خمس السكان يعيشون في المدن.', [
      ['خمس دول', 5, 'country'],
      ['خمس', 0.2, 'fraction'],
    ]);
    check('وتستورد بكين نحو خمس واردات الصين النفطية، وشاركت نحو خمس مؤسسات حكومية.', [
      ['نحو خمس', 0.2, 'fraction'],
      ['نحو خمس مؤسسات', 5, 'institution'],
    ]);
  });

  it('a year with a counted noun is a count, but not after عام', () => {
    check('ووصل 2000 جندي، وفي عام 2023 وقعت 30 اتفاقية.', [
      ['2000 جندي', 2000, 'soldier'],
      ['30 اتفاقية', 30, 'agreement'],
    ]);
  });
});
