// A photo's caption under a read-also link (RT, Sputnik: `… في قازان. 22 أكتوبر 2024`) is the
// story's picture: the story resumes with it, and a crosshead after it stays story too. A list's
// headlines, with or without a date of their own, stay a list.

import { describe, expect, it } from 'vitest';
import { findMainStory } from '../../../lib/extract/body';
import { makeDoc } from '../../../lib/extract/document';
import { PROSE } from './story-lines';

function storyLines(text: string): number[] {
  const doc = makeDoc(text);
  const starts = [0];
  for (let i = 0; i < doc.norm.text.length; i++) if (doc.norm.text[i] === '\n') starts.push(i + 1);
  const lineOf = (o: number) => starts.filter((s) => s <= o).length;
  return [...new Set(findMainStory(doc).lines.map(([a]) => lineOf(a)))];
}

describe('a dated photo caption under a read-also link', () => {
  it('resumes the story: the caption and the crosshead after it are story', () => {
    const text = [
      PROSE,
      'اقرأ المزيد',
      'بوتين: بريكس لا تعمل ضد أحد',
      'الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في قازان. 22 أكتوبر 2024',
      'اللقاء الثالث في 2024',
      PROSE,
    ].join('\n');
    expect(storyLines(text)).toEqual([1, 4, 5, 6]);
  });

  it('with a numeric date, after a carried link', () => {
    const text = [
      PROSE,
      'اقرأ أيضا: لافروف يزور بكين الأسبوع المقبل',
      'وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي في بكين. 09.04.2024',
      PROSE,
    ].join('\n');
    expect(storyLines(text)).toEqual([1, 3, 4]);
  });

  it('a list of headlines stays a list, with dates or not', () => {
    // A headline with a date but no full stop before it; a date line alone; a short line.
    const list = [
      PROSE,
      'اقرأ أيضاً',
      'بوتين وشي يبحثان هاتفيا العلاقات الثنائية 16 يونيو 2022',
      'الخميس 16 حزيران 2022',
      'شي يستقبل بوتين. ماذا بعد؟',
      'من بكين إلى هاربين',
      PROSE,
    ].join('\n');
    expect(storyLines(list)).toEqual([1, 7]);
  });

  it('needs the caption to name something before its date, and a headline before it in the list', () => {
    // `عاجل. 22 أكتوبر 2024`: a label and a date, not a caption.
    expect(storyLines([PROSE, 'اقرأ أيضاً', 'بوتين يصل إلى قازان', 'عاجل. 22 أكتوبر 2024', PROSE].join('\n'))).toEqual([
      1, 5,
    ]);
    // The caption's shape as the list's first line: the marker's own line opens the list.
    expect(
      storyLines(
        [PROSE, 'اقرأ أيضاً', 'الرئيس الروسي والرئيس الصيني في قازان. 22 أكتوبر 2024', 'عنوان آخر', PROSE].join('\n'),
      ),
    ).toEqual([1, 5]);
  });
});

describe('a numbered paragraph under a link that carried its headline', () => {
  it('is the listicle going on (Egyptian web: `5 معلومات عن …`)', () => {
    const text = [
      PROSE,
      '2- قال شي جين بينج إن العلاقات الصينية الروسية صمدت أمام اختبار التغيرات الدولية.',
      'اقرأ أيضًا: كيم جونج أون يصل إلى بكين بالقطار المصفح لحضور العرض العسكري',
      '3- أعلنت شركة غازبروم الروسية توقيع مذكرة ملزمة قانونيا لبناء خط أنابيب الغاز.',
      '4- وقع الجانبان أكثر من 20 وثيقة تعاون في مجالات الطاقة والفضاء.',
    ].join('\n');
    expect(storyLines(text)).toEqual([1, 2, 4, 5]);
  });

  it('numbered headlines under the link stay a list', () => {
    const text = [
      PROSE,
      'اقرأ أيضًا: كيم جونج أون يصل إلى بكين بالقطار المصفح',
      '1- بوتين يصل إلى تيانجين للمشاركة في قمة شنغهاي',
      '2- شي يستقبل مودي على هامش القمة',
    ].join('\n');
    expect(storyLines(text)).toEqual([1]);
  });
});

describe('a source marker after the site name, under the headline and over the date line', () => {
  const page = (second: string) =>
    ['قمة افتراضية بين سيد الكرملين والزعيم الصيني', second, '15 كانون الأول 2021 17:42', PROSE, PROSE].join('\n');

  it('is the page’s byline block: the story goes on under it (Al Mayadeen)', () => {
    expect(storyLines(page('الميادين نت | المصدر: وكالات'))).toEqual([1, 3, 4, 5]);
  });

  it('on the date line itself, after the date, it is the same block (China Today)', () => {
    const text = ['شي يلتقي بوتين في قازان', 'تاريخ النشر: 2024-10-23  |  المصدر: الصين اليوم', PROSE, PROSE].join(
      '\n',
    );
    expect(storyLines(text)).toEqual([1, 3, 4]);
    // Under the story, the same line still ends it (the prose after it is no story).
    const under = storyLines([text, 'تاريخ النشر: 2024-10-23  |  المصدر: الصين اليوم', PROSE].join('\n'));
    expect(under).toContain(4);
    expect(under).not.toContain(6);
  });

  it('a source trailer under the story still ends it', () => {
    const text = ['قمة افتراضية بين الرئيسين', PROSE, 'الميادين نت | المصدر: وكالات', PROSE].join('\n');
    expect(storyLines(text)).toEqual([1, 2]);
  });
});
