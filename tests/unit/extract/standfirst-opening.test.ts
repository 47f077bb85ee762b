// The opening paragraph that may carry the story's own meeting under a headline about someone
// else's event is a paragraph: a standfirst (a second headline, no full stop) is not it.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';
import { openingLine } from '../../../lib/extract/relevance';

describe('openingLine (pure)', () => {
  it('skips a short line and an unstopped standfirst', () => {
    expect(openingLine([9, 4, 13, 30], [false, false, false, true])).toBe(3);
  });

  it('takes a long line even without a full stop, and any stopped paragraph', () => {
    expect(openingLine([9, 30, 20], [false, false, true])).toBe(1);
    expect(openingLine([9, 12], [false, true])).toBe(1);
  });

  it('reads every line as stopped when nothing is said of stops', () => {
    expect(openingLine([9, 4, 13])).toBe(2);
  });
});

describe('a ministers’ story whose standfirst mentions a coming summit (Gulf daily)', () => {
  const text = [
    'لافروف ووانغ يي يتفقان في فيينتيان على تعزيز التنسيق الأمني',
    'موسكو تعد لقمة بوتين وشي في قازان... وبكين تتمسك بالحوار في الأزمة الأوكرانية',
    'اتفق وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي، خلال محادثات أجرياها أمس الخميس في العاصمة اللاوسية فيينتيان، على تعزيز التنسيق في المحافل الدولية.',
    'وقالت الخارجية الروسية في بيان إن الوزيرين بحثا الأزمة الأوكرانية والوضع في شبه الجزيرة الكورية.',
    'وأوضح لافروف أن الجانبين ناقشا برنامج الاتصالات المقبلة بين الرئيسين فلاديمير بوتين وشي جين بينغ، مشيرا إلى أن الزعيمين التقيا مطلع الشهر الحالي في أستانا، ومن المقرر أن يلتقيا مجددا في قازان خلال قمة بريكس في أكتوبر المقبل.',
  ].join('\n');

  it('is not coverage of a leaders’ meeting', () => {
    expect(extract(text, { published: '2024-07-26' }).relevant).toBe(false);
  });

  it('while the same standfirst as a full opening paragraph under a leaders’ headline still is', () => {
    const leaders = [
      'بوتين وشي يلتقيان في قازان على هامش قمة بريكس',
      'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء في قازان على هامش قمة بريكس.',
    ].join('\n');
    expect(extract(leaders, { published: '2024-10-22' }).relevant).toBe(true);
  });
});

describe('a trade report whose lead recalls last year’s summit (Algerian daily)', () => {
  const report = (headline: string) =>
    [
      headline,
      '2024/01/13 - 10:45',
      'بلغ حجم المبادلات التجارية بين الصين وروسيا مستوى قياسيا خلال سنة 2023، عند 240.1 مليار دولار، بارتفاع نسبته 26.3 بالمائة مقارنة بسنة 2022.',
      'وأظهرت الأرقام أن الصادرات الصينية نحو روسيا قفزت بنسبة 46.9 بالمائة إلى 111 مليار دولار.',
      'وبهذه الأرقام، تجاوز البلدان الهدف الذي حدده الرئيسان فلاديمير بوتين وشي جين بينغ، وهو الهدف الذي جرى تأكيده خلال قمة موسكو في مارس من العام الماضي.',
    ].join('\n');

  it('is not coverage of a meeting when the headline names no leader and no meeting', () => {
    expect(
      extract(report('240 مليار دولار.. المبادلات التجارية بين روسيا والصين تحطم رقما قياسيا في 2023')).relevant,
    ).toBe(false);
  });
});
