import { describe, expect, it } from 'vitest';
import { found, pairs } from './found';

describe('leader names as the Arabic press writes them', () => {
  it('reads Xi in Egyptian, Levantine, joined and partial spellings', () => {
    expect(pairs('استقبل شى جين بينج ضيفه في القاهرة')).toEqual(['xi:شى جين بينج', 'cairo:القاهرة']);
    expect(pairs('وصل شي جين بينغ صباحا')).toEqual(['xi:شي جين بينغ']);
    expect(pairs('قال شي جينبينغ في كلمته')).toEqual(['xi:شي جينبينغ']);
    expect(pairs('وأضاف جين بينغ أن العلاقات متينة')).toEqual(['xi:جين بينغ']);
    expect(pairs('وقال جينبينج إن بلاده مستعدة')).toEqual(['xi:جينبينج']);
    expect(pairs('التقى شي جين-بينغ بالوفد')).toEqual(['xi:شي جين-بينغ']);
  });

  it('reads Putin with and without his first name, patronymic and common misspellings', () => {
    expect(pairs('أكد فلاديمير بوتين أن موسكو جاهزة')).toEqual(['putin:فلاديمير بوتين', 'moscow:موسكو']);
    expect(pairs('وقال فلاديمير فلاديميروفيتش بوتين للصحفيين')).toEqual(['putin:فلاديمير فلاديميروفيتش بوتين']);
    expect(pairs('صرح بوتن بأن المحادثات كانت بناءة')).toEqual(['putin:بوتن']);
    expect(pairs('وأشار ڤلاديمير بوتين إلى أهمية الطاقة')).toEqual(['putin:ڤلاديمير بوتين']);
    expect(pairs('ونقلت إرنا عن ولادیمیر بوتین قوله')).toEqual(['putin:ولادیمیر بوتین']);
  });

  it('keeps the original characters in the span: diacritics, tatweel and Persian letters', () => {
    expect(found('قال بُوتِينُ إن')[0]?.text).toBe('بُوتِينُ');
    expect(found('وأكد شـي جـين بـينغ')[0]?.text).toBe('شـي جـين بـينغ');
    expect(found('محادثات مع شی جین بینغ')[0]).toEqual({ type: 'leader', id: 'xi', text: 'شی جین بینغ' });
  });

  it('knows the Russian and Chinese leadership beyond the two presidents', () => {
    const text =
      'حضر اللقاء سيرغي لافروف ووانغ يي، ويوري أوشاكوف ودميتري بيسكوف، كما شارك لي تشيانغ وميخائيل ميشوستين وهان تشنغ وتساي تشي.';
    expect(found(text).map((f) => f.id)).toEqual([
      'lavrov',
      'wang-yi',
      'ushakov',
      'peskov',
      'li-qiang',
      'mishustin',
      'han-zheng',
      'cai-qi',
    ]);
    expect(pairs('وقال وانج يى إن بكين تدعم الحوار')).toEqual(['wang-yi:وانج يى', 'beijing:بكين']);
    expect(pairs('وقالت ماو نينغ المتحدثة باسم الخارجية الصينية')).toEqual(['mao-ning:ماو نينغ']);
    expect(pairs('أكد سيرجي شويجو وأندريه بيلوسوف')).toEqual(['shoigu:سيرجي شويجو', 'belousov:أندريه بيلوسوف']);
  });

  it('tells Li Keqiang from Li Qiang by the full name', () => {
    expect(pairs('استقبل لي كه تشيانغ الوفد')).toEqual(['li-keqiang:لي كه تشيانغ']);
    expect(pairs('استقبل لي كيه تشيانج الوفد')).toEqual(['li-keqiang:لي كيه تشيانج']);
    expect(pairs('استقبل لي تشيانغ الوفد')).toEqual(['li-qiang:لي تشيانغ']);
    // `لي` alone is nobody.
    expect(pairs('قال لي مسؤول إن')).toEqual([]);
  });

  it('knows the other leaders of these stories', () => {
    const text =
      'وتحدث دونالد ترامب وفولوديمير زيلينسكي، بينما زار ناريندرا مودي ورجب طيب أردوغان وعبد الفتاح السيسي وإبراهيم رئيسي العاصمة، والتقى ألكسندر لوكاشينكو وقاسم جومارت توكاييف وشوكت ميرضيائيف وكيم جونغ أون وسيريل رامافوزا وأنطونيو غوتيريش.';
    expect(found(text).map((f) => f.id)).toEqual([
      'trump',
      'zelensky',
      'modi',
      'erdogan',
      'sisi',
      'raisi',
      'lukashenko',
      'tokayev',
      'mirziyoyev',
      'kim-jong-un',
      'ramaphosa',
      'guterres',
    ]);
  });

  it('reads Maghrebi and Gulf spellings of the same names', () => {
    expect(pairs('واستقبل ڤلاديمير بوتين نظيره')).toContain('putin:ڤلاديمير بوتين');
    expect(pairs('وقال سيرغيه لافروف')).toEqual(['lavrov:سيرغيه لافروف']);
    expect(pairs('صرح دونالد ترمب')).toEqual(['trump:دونالد ترمب']);
  });

  it('does not read a name inside a longer word', () => {
    expect(pairs('البوتينية والشيوعية')).toEqual([]);
    expect(pairs('موسكوفيتش')).toEqual([]);
  });
});
