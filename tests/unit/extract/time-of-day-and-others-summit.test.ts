// A preposition of time before a time of day (`اليوم بعد الظهر محادثة هاتفية`, `بعد ظهر أمس`,
// `قبل منتصف الليل`) opens no clause of another meeting: the day told before it is the call's.
// A future word in a clause about a meeting with another leader (`قبيل قمة مرتقبة مع ترامب`)
// does not make the story an announcement of its own meeting.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a time of day after بعد or قبل is the clause’s own time', () => {
  it('أجرى شي اليوم (الجمعة) بعد الظهر محادثة هاتفية مع بوتين', () => {
    const r = extract(
      lines(
        'شي جين بينغ يجري محادثة هاتفية مع بوتين',
        'بكين 25 فبراير 2022 (شينخوا) أجرى الرئيس الصيني شي جين بينغ اليوم (الجمعة) بعد الظهر محادثة هاتفية مع الرئيس الروسي فلاديمير بوتين.',
        'وقال شي إن الصين تدعم حل القضية عبر التفاوض.',
        'يذكر أن الرئيسين التقيا في بكين في الرابع من الشهر الجاري.',
      ),
      { published: '2022-02-25' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-02-25' });
  });

  it('بعد ظهر أمس: the day is the talks’', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في الكرملين',
        'موسكو - وكالات',
        'أجرى الرئيس الروسي فلاديمير بوتين أمس الثلاثاء بعد الظهيرة محادثات مع نظيره الصيني شي جين بينغ في الكرملين، بعد لقائهما في سمرقند في سبتمبر الماضي.',
      ),
      { published: '2023-03-22' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-21' });
  });

  it('بعد لقائهما in May still recalls an earlier meeting', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان الأزمة الأوكرانية هاتفيا',
        'موسكو - وكالات',
        'بحث الرئيس الروسي فلاديمير بوتين مع نظيره الصيني شي جين بينغ في اتصال هاتفي الأزمة الأوكرانية، بعد لقائهما في موسكو في 8 مايو.',
      ),
      { published: '2025-06-19' },
    );
    expect(r.meeting?.kind).toBe('phone-call');
    expect(r.meeting?.start).not.toBe('2025-05-08');
  });
});

describe('a future word of a summit with another leader announces nothing of the story’s', () => {
  it('بوتين يطلع شي على محادثاته مع ويتكوف قبيل قمة مرتقبة مع ترامب', () => {
    const r = extract(
      lines(
        'بوتين يطلع شي على محادثاته مع ويتكوف قبيل قمة مرتقبة مع ترامب',
        '8/8/2025',
        'أجرى الرئيس الروسي فلاديمير بوتين في وقت سابق اليوم الجمعة اتصالا هاتفيا مع نظيره الصيني شي جين بينغ، أطلعه خلاله على نتائج محادثاته مع المبعوث الأميركي.',
        'وأشار الكرملين إلى أن الزعيمين تطرقا إلى التحضيرات لزيارة بوتين إلى الصين مطلع سبتمبر المقبل.',
      ),
      { published: '2025-08-08' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2025-08-08', announced: false });
  });

  it('قمة مرتقبة بين بوتين وشي is still announced', () => {
    const r = extract(
      lines(
        'قمة مرتقبة بين بوتين وشي في موسكو الأسبوع المقبل',
        'موسكو - وكالات',
        'أعلن الكرملين اليوم أن الرئيس الصيني شي جين بينغ سيزور موسكو الأسبوع المقبل لإجراء محادثات مع الرئيس الروسي فلاديمير بوتين.',
      ),
      { published: '2023-03-13' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', announced: true });
  });

  it('زيارة مرتقبة … سيزور بكين في 16 مايو: the visit word still foretells', () => {
    const r = extract(
      lines(
        'بوتين يلتقي شي في زيارة مرتقبة إلى بكين',
        'موسكو - وكالات',
        'قال الكرملين اليوم إن الرئيس الروسي فلاديمير بوتين سيزور بكين في 16 مايو حيث يلتقي نظيره الصيني شي جين بينغ.',
      ),
      { published: '2024-05-10' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', announced: true, start: '2024-05-16' });
  });
});
