// A read-also link set inside a story (Youm7, Masrawy, Al-Watan put one or two between
// paragraphs) does not end it: after a lone read-also headline the prose goes on with the same
// people and places and stays story, while a story appended under such a headline, about others,
// is still cut (appended.ts). A site menu whose first item reads like a marker (`أخبار عاجلة |
// سياسة | …`) is the page's top, not a list swallowing the headline.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

/** The 1-based line numbers holding a mention, in order, without repeats. */
function mentionLines(text: string, published: string): number[] {
  const r = extract(text, { published });
  const out = new Set<number>();
  for (const m of r.mentions) out.add(text.slice(0, m.start).split('\n').length);
  return [...out];
}

describe('a read-also block inside the story', () => {
  it('Egyptian web: one read-also headline, then the story goes on', () => {
    const text = lines(
      'بوتين يستقبل شي في الكرملين',
      'استقبل الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء في الكرملين بموسكو، في مستهل زيارة دولة تستمر ثلاثة أيام.',
      'وأكد بوتين أن العلاقات بين البلدين تشهد أفضل مراحلها، مشيرا إلى نمو التبادل التجاري بين موسكو وبكين خلال العام الماضي.',
      '',
      'اقرأ أيضا:',
      'أسعار الذهب تتراجع في الأسواق المحلية',
      '',
      'من جانبه، قال شي جين بينغ إن الصين مستعدة للعمل مع روسيا على تعميق التنسيق الاستراتيجي، وإن زيارته إلى موسكو تؤكد متانة العلاقات.',
    );
    expect(mentionLines(text, '2023-03-21')).toContain(8);
    expect(mentionLines(text, '2023-03-21')).not.toContain(6);
  });

  it('Levantine site: two read-also blocks of one headline each', () => {
    const text = lines(
      'قمة روسية صينية في بكين',
      'عقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ قمة في بكين اليوم الخميس تناولت التعاون في مجال الطاقة.',
      'وقال شي إن بكين وموسكو ستعملان معا على بناء عالم متعدد الأقطاب، فيما شدد بوتين على أهمية خط أنابيب قوة سيبيريا 2.',
      'اقرأ المزيد:',
      'طقس حار في العاصمة خلال عطلة نهاية الأسبوع',
      'وأضاف بوتين خلال المؤتمر الصحفي المشترك في بكين أن حجم التجارة مع الصين تجاوز مئتي مليار دولار.',
      'اقرأ أيضا:',
      'ارتفاع أسعار النفط عالميا',
      'وكان بوتين قد وصل إلى بكين مساء الأربعاء في زيارة دولة تستمر يومين.',
    );
    const found = mentionLines(text, '2024-05-16');
    expect(found).toEqual(expect.arrayContaining([6, 9]));
    expect(found).not.toContain(5);
    expect(found).not.toContain(8);
  });
});

describe('a story appended under a lone read-also headline is still cut', () => {
  it('Gulf site: the next story is about other people and places', () => {
    const text = lines(
      'بوتين وشي يبحثان هاتفيا العلاقات الثنائية',
      'أجرى الرئيس الروسي فلاديمير بوتين اليوم الجمعة اتصالا هاتفيا مع نظيره الصيني شي جين بينغ بحثا خلاله العلاقات بين موسكو وبكين.',
      'وأكد الكرملين أن الرئيسين اتفقا على مواصلة التنسيق الوثيق بين روسيا والصين في القضايا الدولية.',
      'اقرأ أيضا:',
      'أردوغان يستقبل رئيس الوزراء الإيطالي في أنقرة',
      'استقبل الرئيس التركي رجب طيب أردوغان رئيسة الوزراء الإيطالية جورجيا ميلوني في أنقرة، وبحثا ملفات الهجرة والطاقة في البحر المتوسط.',
    );
    expect(mentionLines(text, '2024-02-09')).not.toContain(6);
  });
});

describe('a site menu whose first item reads like a marker', () => {
  it('أخبار عاجلة | سياسة | … above the headline', () => {
    const text = lines(
      'بوابة الخبر',
      'أخبار عاجلة | سياسة | حوادث | رياضة | اقتصاد',
      'شي جين بينغ لبوتين في أستانا: العلاقات في أفضل مراحلها',
      'الأربعاء، 03 يوليو 2024 12:45 م',
      'التقى الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين، اليوم الأربعاء، على هامش قمة منظمة شنغهاي للتعاون في أستانا.',
    );
    const found = mentionLines(text, '2024-07-03');
    expect(found).toEqual(expect.arrayContaining([3, 4, 5]));
  });
});
