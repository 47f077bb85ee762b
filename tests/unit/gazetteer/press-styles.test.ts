// Sentences written in the manner of different newsrooms, with the mentions a reader would mark.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('press styles', () => {
  it('Egyptian daily (ى and ج, الرئيس before the name)', () => {
    expect(
      pairs(
        'واستقبل الرئيس الصينى شى جين بينج، نظيره الروسى فلاديمير بوتين فى قاعة الشعب الكبرى ببكين، وفق ما ذكرته وكالة شينخوا.',
      ),
    ).toEqual(['xi:شى جين بينج', 'putin:فلاديمير بوتين', 'great-hall-of-the-people:قاعة الشعب الكبرى', 'beijing:بكين']);
  });

  it('Gulf agency (WAM, KUNA: titles with commas, Gregorian months)', () => {
    expect(
      pairs(
        'موسكو في 21 مارس / وام / بحث فخامة الرئيس الروسي، فلاديمير بوتين، مع فخامة الرئيس شي جين بينغ، رئيس جمهورية الصين الشعبية، العلاقات الثنائية.',
        '2023-03-21',
      ),
    ).toEqual(['moscow:موسكو', 'putin:فلاديمير بوتين', 'xi:شي جين بينغ']);
  });

  it('Levantine agency (SANA: حزيران, غ, the bare الرئيس)', () => {
    expect(
      pairs(
        'بكين-سانا\nأكد الرئيس بوتين خلال لقائه الرئيس شي في العاصمة الصينية أن العلاقات وصلت إلى مستوى غير مسبوق.',
      ),
    ).toEqual(['beijing:بكين', 'putin:بوتين', 'xi:شي', 'beijing:العاصمة الصينية (title)']);
  });

  it('Maghrebi press (ڤ, Moroccan spellings of places)', () => {
    expect(
      pairs('وحل ڤلاديمير بوتين بسمرقند الأوزبكية للمشاركة في قمة منظمة شنغهاي للتعاون، حيث التقى شي جين بينغ.'),
    ).toEqual(['putin:ڤلاديمير بوتين', 'samarkand:سمرقند', 'xi:شي جين بينغ']);
  });

  it('Xinhua Arabic (الرئيس شي, Diaoyutai)', () => {
    expect(pairs('أقام الرئيس شي مأدبة ترحيب على شرف الرئيس بوتين في دار ضيافة الدولة دياويوتاي.')).toEqual([
      'xi:شي',
      'putin:بوتين',
      'diaoyutai-state-guesthouse:دار ضيافة الدولة دياويوتاي',
    ]);
    expect(pairs('أقام الرئيس شي جين بينغ مأدبة ترحيب على شرف الرئيس بوتين في دار ضيافة الدولة دياويوتاي.')).toEqual([
      'xi:شي جين بينغ',
      'putin:بوتين',
      'diaoyutai-state-guesthouse:دار ضيافة الدولة دياويوتاي',
    ]);
  });

  it('RT Arabic and Sputnik (Kremlin statements, Ushakov, Peskov)', () => {
    expect(
      pairs(
        'وقال مساعد الرئيس الروسي للشؤون الخارجية يوري أوشاكوف للصحفيين إن بوتين وشي جين بينغ سيلتقيان في قازان، فيما أكد بيسكوف أن الكرملين يعد للقاء.',
      ),
    ).toEqual([
      'ushakov:يوري أوشاكوف',
      'putin:بوتين',
      'xi:شي جين بينغ',
      'kazan:قازان',
      'peskov:بيسكوف',
      'kremlin:الكرملين (title)',
    ]);
  });

  it('Anadolu and AFP Arabic (counterparts, joined names)', () => {
    expect(
      pairs('وأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع نظيره الروسي، بحثا خلاله الأزمة الأوكرانية.'),
    ).toEqual(['erdogan:رجب طيب أردوغان', 'putin:نظيره الروسي (title)']);
    expect(pairs('وأعلن وزير الخارجية الصيني وانغ يي أن شي جينبينغ سيزور موسكو')).toEqual([
      'wang-yi:وانغ يي',
      'xi:شي جينبينغ',
      'moscow:موسكو',
    ]);
  });

  it('Iranian agency in Arabic (Persian letters)', () => {
    expect(pairs('أجرى الرئيس الروسي ولادیمیر بوتین محادثات عبر الفيديو مع نظيره الصيني شی جین بینغ')).toEqual([
      'putin:ولادیمیر بوتین',
      'xi:شی جین بینغ',
    ]);
  });
});
