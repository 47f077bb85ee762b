// A pluperfect clause (`وكان شي قد وصل …`) usually recalls an older meeting. When it gives the
// visit's span of days up to the page's day (`في زيارة جرت خلال الفترة من 20 إلى 22 مارس`), it
// tells the story's own visit: its span dates the meeting. A span that ended before the page, or a
// pluperfect with only a day (`أمس`), stays a recall.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...ls: string[]) => ls.join('\n');

describe('a pluperfect that gives the span of the story’s visit', () => {
  it('a wrap-up on the last day: the span of the visit', () => {
    const r = extract(
      lines(
        'بوتين وشي يتعهدان بحقبة جديدة في العلاقات',
        'اختتم الرئيس الصيني شي جين بينغ اليوم زيارة دولة إلى روسيا استغرقت ثلاثة أيام، أجرى خلالها مباحثات مطولة مع نظيره الروسي فلاديمير بوتين في الكرملين.',
        'وكان شي قد وصل إلى موسكو أمس الأول، في زيارة جرت خلال الفترة من 20 إلى 22 مارس، واستهلها بعشاء عمل مع بوتين، قبل أن يعقد الزعيمان أمس الثلاثاء جولة المحادثات الرسمية.',
      ),
      { published: '2023-03-22' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', end: '2023-03-22', venue: 'moscow' });
  });

  it('a span that ended a year before the page stays a recalled visit', () => {
    const r = extract(
      lines(
        'بوتين يصل إلى بكين',
        'وصل الرئيس الروسي فلاديمير بوتين اليوم الخميس إلى بكين حيث يجري محادثات مع نظيره الصيني شي جين بينغ.',
        'وكان شي قد زار موسكو في زيارة دولة جرت خلال الفترة من 20 إلى 22 مارس 2023، وأجرى خلالها محادثات مع بوتين.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', end: null, venue: 'beijing' });
  });

  it('a pluperfect with a day only stays background: the day’s own talks date the story', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات رسمية في الكرملين',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء محادثات رسمية في الكرملين مع نظيره الصيني شي جين بينغ.',
        'وكان الزعيمان قد عقدا أمس الاثنين لقاء غير رسمي استمر أربع ساعات.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });
});
