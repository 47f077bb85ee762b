// A day the two only attended (`وقّع البلدان أمس … بحضور الرئيسين`) comes after the talks the story
// tells in a pluperfect a day or two before (`وكان الرئيسان قد أجريا أول من أمس محادثات`): the
// meeting is the talks' day. Talks recalled from long before, or in another city, are not.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const SIGNING =
  'وقّعت روسيا والصين أمس في موسكو اتفاقية لتوريد الغاز لمدة 30 عاما، بحضور الرئيسين فلاديمير بوتين وشي جين بينغ، في ختام زيارة دولة يقوم بها الرئيس الصيني لروسيا.';

describe('talks told in a pluperfect before an attended signing', () => {
  it('the day before yesterday’s talks date the meeting (Lebanese daily)', () => {
    const r = extract(
      lines(
        'صفقة الغاز الروسية الصينية تبصر النور',
        SIGNING,
        'وكان الرئيسان قد أجريا أول من أمس محادثات في الكرملين، أعلنا بعدها أن العلاقات بين البلدين بلغت أعلى مستوى.',
      ),
      { published: '2026-04-10' },
    );
    expect(r.meeting).toMatchObject({ start: '2026-04-08', venue: 'moscow' });
  });

  it('one leader’s part of the visit a day after the talks leaves the talks’ day (Iraqi daily)', () => {
    const r = extract(
      lines(
        'قمة بوتين وشي في موسكو تتوج بصفقة غاز تاريخية',
        'وقعت روسيا والصين امس الاربعاء في موسكو اتفاقا لتزويد الصين بالغاز الروسي لمدة 30 عاما، في ختام زيارة الرئيس الصيني.',
        'وجرى توقيع الاتفاق بحضور بوتين ونظيره الصيني شي جين بينغ.',
        'وكان الرئيسان قد عقدا الثلاثاء الماضي محادثات في الكرملين اكدا خلالها متانة الشراكة.',
        'وشارك شي امس في قمة اقليمية استضافتها موسكو.',
      ),
      { published: '2026-04-09' },
    );
    expect(r.meeting).toMatchObject({ start: '2026-04-07', venue: 'moscow' });
  });

  it('the summit of a conference the two attended is a gathering, not their talks (Egyptian daily)', () => {
    const r = extract(
      lines(
        'صفقة الغاز تتوج قمة بوتين وشي في شنغهاي',
        'وقعت روسيا والصين أمس في شنغهاي صفقة لتوريد الغاز الطبيعي الروسي إلى الصين لمدة 30 عاما.',
        'وكان الرئيسان قد عقدا يوم الثلاثاء الماضي جولة محادثات في شنغهاي، أعلنا في ختامها مرحلة جديدة من الشراكة.',
        'وشارك بوتين وشي جين بينغ أمس في أعمال القمة الرابعة لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا التي استضافتها شنغهاي.',
      ),
      { published: '2014-05-22' },
    );
    expect(r.meeting).toMatchObject({ start: '2014-05-20', venue: 'shanghai' });
  });

  it('a summit with a two-word ordinal before its group is the group’s gathering (Algerian daily)', () => {
    const r = extract(
      lines(
        'بريكس تدعو ست دول للانضمام',
        'وجاء الإعلان في ختام القمة الخامسة عشرة للمجموعة التي احتضنتها جوهانسبورغ، بمشاركة الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي، فيما شارك الرئيس الروسي فلاديمير بوتين عبر تقنية الفيديو.',
      ),
      { published: '2023-08-24' },
    );
    expect(r.relevant).toBe(false);
  });

  it('talks recalled from a year before leave the signing’s day', () => {
    const r = extract(
      lines(
        'صفقة الغاز الروسية الصينية تبصر النور',
        SIGNING,
        'وكان الرئيسان قد أجريا في أبريل من العام الماضي محادثات في الكرملين.',
      ),
      { published: '2026-04-10' },
    );
    expect(r.meeting).toMatchObject({ start: '2026-04-09' });
  });
});
