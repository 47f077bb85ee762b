// A menu copied with wide gaps and no separators is the page's top (body-top `isSpacedMenu`), so
// the headline under it is read as the headline; a live page dated only by a month in passing
// (`مطلع الشهر الجاري`) follows its meeting on the page's own day (meeting-date).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';
import { normaliseString } from '../../../lib/text/normalise';
import { firstStoryLine, HEADLINE, PROSE } from './story-lines';

describe('a menu with wide gaps', () => {
  it.each([
    ['five one-word items (Al Mayadeen)', 'أخبار  مقالات  تقارير  برامج  بودكاست'],
    ['items of two words (Al Jazeera)', 'الأخبار  سياسة  اقتصاد  تقارير وحوارات  رياضة'],
  ])('leaves out %s', (_, menu) => {
    expect(firstStoryLine(`${menu}\n${HEADLINE}\n\n${PROSE}\n${PROSE}`)).toBe(normaliseString(HEADLINE));
  });

  it('keeps a headline typed with a stray double space', () => {
    const headline = 'بوتين  يصل إلى بكين في زيارة دولة تستمر يومين';
    expect(firstStoryLine(`عالم\n${headline}\n\n${PROSE}\n${PROSE}`)).toBe(normaliseString(headline));
  });
});

describe('a live page dated only by a month told in passing', () => {
  it('takes the page’s day (Algerian live blog)', () => {
    const r = extract(
      [
        'مباشر | قمة بريكس في قازان.. بوتين يستقبل شي جين بينغ',
        '19:40',
        'انتهى اللقاء الذي جمع الرئيس الروسي فلاديمير بوتين بنظيره الصيني شي جين بينغ في قازان.',
        '18:30',
        'بوتين يرحب بالرئيس الصيني، مشيرا إلى أن البلدين أحييا ذكرى إقامة العلاقات الدبلوماسية التي صادفت مطلع الشهر الجاري.',
      ].join('\n'),
      { published: '2024-10-22' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-10-22', venue: 'kazan' });
  });

  it('keeps a full day the page gives (Levantine live blog)', () => {
    const r = extract(
      [
        'تغطية مباشرة: شي جين بينغ في موسكو',
        '10:05',
        'بدأت في الكرملين اليوم الثلاثاء 21 مارس محادثات الرئيس فلاديمير بوتين والرئيس شي جين بينغ.',
        '09:30',
        'يذكر أن الزيارة أعلن عنها مطلع الشهر الجاري.',
      ].join('\n'),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });
});
