import { describe, expect, it } from 'vitest';
import { found, pairs } from './found';

describe('venues', () => {
  it('reads capitals and summit cities in their usual spellings', () => {
    const text =
      'من سمرقند إلى أستانا ونور سلطان وتيانجين وقازان وفلاديفوستوك ودوشنبه وبيشكيك وتشينغداو وجوهانسبرغ وبرازيليا وبوينس آيرس وأوساكا وهانغتشو وشيامن وأوفا وسوتشي وسانت بطرسبرغ وشنغهاي وهاربين وطشقند وغوا وبالي ودا نانغ وليما وأنطاليا وفورتاليزا ونيودلهي وريو دي جانيرو وبانكوك وسان فرانسيسكو وبوسان ومينسك وعشق آباد';
    expect(found(text).map((f) => f.id)).toEqual([
      'samarkand',
      'astana',
      'astana',
      'tianjin',
      'kazan',
      'vladivostok',
      'dushanbe',
      'bishkek',
      'qingdao',
      'johannesburg',
      'brasilia',
      'buenos-aires',
      'osaka',
      'hangzhou',
      'xiamen',
      'ufa',
      'sochi',
      'saint-petersburg',
      'shanghai',
      'harbin',
      'tashkent',
      'goa',
      'bali',
      'da-nang',
      'lima',
      'antalya',
      'fortaleza',
      'new-delhi',
      'rio-de-janeiro',
      'bangkok',
      'san-francisco',
      'busan',
      'minsk',
      'ashgabat',
    ]);
  });

  it('reads named sites', () => {
    expect(pairs('أقيمت مراسم الاستقبال في قاعة الشعب الكبرى ببكين')).toEqual([
      'great-hall-of-the-people:قاعة الشعب الكبرى',
      'beijing:بكين',
    ]);
    expect(pairs('عشاء في دار ضيافة الدولة دياويوتاي')).toEqual([
      'diaoyutai-state-guesthouse:دار ضيافة الدولة دياويوتاي',
    ]);
    expect(pairs('استضافه في مقر إقامته في نوفو أوغاريوفو')).toEqual(['novo-ogaryovo:نوفو أوغاريوفو']);
    expect(pairs('العرض العسكري في الساحة الحمراء')).toEqual(['red-square:الساحة الحمراء']);
    expect(pairs('جولة في تشونغنانهاي')).toEqual(['zhongnanhai:تشونغنانهاي']);
    expect(pairs('العرض في ساحة تيانانمن')).toEqual(['tiananmen-square:ساحة تيانانمن']);
  });

  it('reads the capital standing for its government as a venue', () => {
    expect(pairs('العلاقات بين موسكو وبكين')).toEqual(['moscow:موسكو', 'beijing:بكين']);
  });

  it('reads a descriptor alone as the city, and leaves it out before the name', () => {
    expect(pairs('عقدت قمة في العاصمة الروسية موسكو')).toEqual(['moscow:موسكو']);
    expect(pairs('عقدت قمة في العاصمة الروسية')).toEqual(['moscow:العاصمة الروسية (title)']);
    expect(pairs('وصل إلى العاصمة الصينية، بكين، مساء')).toEqual(['beijing:بكين']);
    expect(pairs('وصل بالعاصمة الأوزبكية')).toEqual(['tashkent:العاصمة الأوزبكية (title)']);
    expect(pairs('في العاصمة الروسية السابقة')).toEqual([]);
  });

  it('reads the Kremlin that speaks as an institution, and the Kremlin as a place', () => {
    expect(pairs('أعلن الكرملين، اليوم الجمعة، أن')).toEqual(['kremlin:الكرملين (title)']);
    expect(pairs('وجاء في بيان المكتب الصحفي للكرملين')).toEqual(['kremlin:كرملين (title)']);
    expect(pairs('بوتين ونظيره سيجريان محادثات - الكرملين')).toContain('kremlin:الكرملين (title)');
    expect(pairs('عقدت المحادثات في الكرملين')).toEqual(['kremlin:الكرملين']);
    expect(pairs('استقبله بوتين بالكرملين')).toEqual(['putin:بوتين', 'kremlin:الكرملين']);
    expect(pairs('شهد قصر الكرملين الكبير مراسم التوقيع')).toEqual(['kremlin:قصر الكرملين الكبير']);
    expect(pairs('قال البيت الأبيض إن')).toEqual(['white-house:البيت الأبيض (title)']);
  });

  it('does not take countries for venues', () => {
    expect(pairs('العلاقات بين روسيا والصين وأوزبكستان')).toEqual([]);
  });
});

describe('a city naming a paper or a channel', () => {
  it('after `جريدة`, `صحيفة`, `تلفزيون` is no venue; elsewhere it is', () => {
    expect(pairs('جريدة الرياض - السبت 29 يونيو 2019م')).toEqual([]);
    expect(pairs('وقال لتلفزيون موسكو إن الزيارة ناجحة')).toEqual([]);
    expect(pairs('وصل ولي العهد إلى الرياض بعد القمة')).toEqual(['riyadh:الرياض']);
  });
});

describe('Guilin', () => {
  it('in a KUNA dateline and in the story', () => {
    expect(pairs('غويلين (الصين) - 23 - 3 (كونا) -- في ختام محادثات في مدينة غويلين')).toEqual([
      'guilin:غويلين',
      'guilin:غويلين',
    ]);
  });
});
