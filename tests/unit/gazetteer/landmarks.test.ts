// Halls, palaces, cosmodromes and stadiums the press names as the place of a meeting or a visit,
// and the national stadium that is Beijing's only in a text about Beijing.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('named sites beyond the seats of government', () => {
  it('cosmodromes, with the generic noun or alone', () => {
    expect(pairs('والتقى بوتين كيم في قاعدة فوستوتشني الفضائية بأقصى الشرق الروسي.')).toEqual([
      'putin:بوتين',
      'vostochny-cosmodrome:قاعدة فوستوتشني الفضائية',
    ]);
    expect(pairs('جولة في مطار فوستوشني الفضائي ثم في كوزمودروم بايكونور')).toEqual([
      'vostochny-cosmodrome:مطار فوستوشني الفضائي',
      'baikonur-cosmodrome:كوزمودروم بايكونور',
    ]);
    expect(pairs('أطلق الصاروخ من فوستوتشني')).toEqual(['vostochny-cosmodrome:فوستوتشني']);
  });

  it('the Kremlin’s halls and Russian palaces', () => {
    expect(pairs('وجرت المحادثات في قاعة القديس جورج ثم في قاعة سانت جورج بالكرملين.')).toEqual([
      'st-george-hall:قاعة القديس جورج',
      'st-george-hall:قاعة سانت جورج',
      'kremlin:الكرملين',
    ]);
    expect(pairs('أقيمت المأدبة في قصر قسطنطين، وحضر الضيوف عرضا في مسرح البولشوي.')).toEqual([
      'konstantinovsky-palace:قصر قسطنطين',
      'bolshoi-theatre:مسرح البولشوي',
    ]);
    expect(pairs('على هامش المنتدى في جزيرة روسكي بجامعة الشرق الأقصى الفيدرالية')).toEqual([
      'russky-island:جزيرة روسكي',
      'far-eastern-federal-university:جامعة الشرق الأقصى الفيدرالية',
    ]);
  });

  it('Beijing and Astana venues', () => {
    expect(pairs('وعقدت القمة في مركز المؤتمرات الدولي على بحيرة يانتشي، ثم زار المدينة المحرمة.')).toEqual([
      'yanqi-lake:بحيرة يانتشي',
      'forbidden-city:المدينة المحرمة',
    ]);
    expect(pairs('واستقبل توكاييف ضيفه في قصر آق أوردا')).toEqual(['tokayev:توكاييف', 'akorda:قصر آق أوردا']);
  });

  it('a stadium that needs its city named: Beijing’s national stadium', () => {
    expect(pairs('وحضر بوتين في بكين حفل الافتتاح في الاستاد الوطني المعروف بعش الطائر.')).toEqual([
      'putin:بوتين',
      'beijing:بكين',
      'beijing-national-stadium:الاستاد الوطني',
      'beijing-national-stadium:عش الطائر',
    ]);
    // Elsewhere a national stadium is that country's.
    expect(pairs('وأقيمت المباراة في الاستاد الوطني أمس.')).toEqual([]);
    expect(pairs('وصل الوفد إلى القاهرة وأقيم الحفل في الملعب الوطني.')).toEqual(['cairo:القاهرة']);
  });

  it('Tiananmen: the gate’s rostrum, apart from the square', () => {
    expect(pairs('وتابع القادة العرض العسكري من منصة تيانانمن المطلة على ساحة تيانانمن.')).toEqual([
      'tiananmen:منصة تيانانمن',
      'tiananmen-square:ساحة تيانانمن',
    ]);
    expect(pairs('ووقف شي جين بينغ على بوابة تيان آن مين، وهي بوابة السلام السماوي.')).toEqual([
      'xi:شي جين بينغ',
      'tiananmen:بوابة تيان آن مين',
      'tiananmen:بوابة السلام السماوي',
    ]);
  });
});
