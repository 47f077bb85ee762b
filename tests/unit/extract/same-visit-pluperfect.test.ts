// A pluperfect of talks of the two dated the page's day or the day before (`وكان بوتين قد وصل إلى
// شنغهاي أمس … أجرى خلالها محادثات مع الرئيس شي`) in a story of a signing the two attended today
// is the same visit's background, not an older meeting: the talks' day dates the meeting before the
// signing's. Pluperfects dated further back stay recalled meetings, and a story with no meeting of
// its own (a tour's next stop) keeps reading its recalled talks as before.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a pluperfect of the same visit’s talks', () => {
  it('dates the meeting by the talks the day before a signing attended today (Egyptian spelling)', () => {
    const r = extract(
      lines(
        'روسيا والصين توقعان اتفاقيات للطاقة بحضور بوتين وشى',
        'وقعت روسيا والصين، اليوم الثلاثاء، فى موسكو، حزمة من الاتفاقيات فى مجال الطاقة بحضور الرئيس الروسى فلاديمير بوتين ونظيره الصينى شى جين بينج.',
        'وكان شى قد وصل إلى موسكو أمس الاثنين فى زيارة دولة تستغرق ثلاثة أيام، أجرى خلالها محادثات غير رسمية مع الرئيس بوتين.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', venue: 'moscow' });
  });

  it('the same with the two named as the subject of the pluperfect (Levantine agency style)', () => {
    const r = extract(
      lines(
        'توقيع وثائق تعاون روسية صينية في بكين بحضور بوتين وشي',
        'وقع البلدان في بكين اليوم الجمعة وثائق تعاون في مجالات الطاقة والنقل بحضور الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ.',
        'وكان الرئيسان قد أجريا أمس الخميس في بكين محادثات موسعة تناولت العلاقات الثنائية.',
      ),
      { published: '2024-05-17' },
    );
    expect(r.meeting?.start).toBe('2024-05-16');
  });

  it('a pluperfect of talks months before stays a recalled meeting', () => {
    const r = extract(
      lines(
        'روسيا والصين توقعان اتفاقيات للطاقة بحضور بوتين وشي',
        'وقعت روسيا والصين اليوم الثلاثاء في موسكو حزمة من الاتفاقيات بحضور الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ.',
        'وكان بوتين قد أجرى محادثات مع شي في أستانا في تموز الماضي.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });

  it('a pluperfect arrival with no talks does not date the meeting', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في بكين',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الخميس محادثات مع نظيره الصيني شي جين بينغ في قاعة الشعب الكبرى في بكين.',
        'وكان بوتين قد وصل إلى بكين أمس الأربعاء في زيارة دولة تستمر يومين.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting?.start).toBe('2024-05-16');
  });

  it('a tour story with no meeting of its own still reads the talks of the day before', () => {
    const r = extract(
      lines(
        'بوتين في هاربين محطة ثانية في زيارة الصين',
        'اختتم الرئيس الروسي فلاديمير بوتين، اليوم الجمعة، زيارة الدولة التي قام بها إلى الصين، بمحطة في مدينة هاربين حيث زار المعرض الروسي الصيني.',
        'وكان بوتين قد أجرى أمس في بكين محادثات مطولة مع نظيره الصيني شي جين بينغ.',
      ),
      { published: '2024-05-17' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing' });
  });
});
