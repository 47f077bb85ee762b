// Video calls by their Algerian names (`التحاضر المرئي`, `التخاطب المرئي`) are calls, in
// the virtual venue; the ordinal day of an event (`اليوم الثاني من الزيارة`) is no figure in the
// output (day-of-event.ts), while a count of days (`يومين`) stays one.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('video calls by their Algerian names', () => {
  it.each([
    [
      'عبر تقنية التحاضر المرئي (APS)',
      lines(
        'بوتين وشي يتحادثان عن بعد',
        'موسكو - أجرى الرئيس الروسي فلاديمير بوتين، يوم الخميس، محادثات عبر تقنية التحاضر المرئي مع نظيره الصيني شي جين بينغ.',
      ),
    ],
    [
      'بتقنية التخاطب المرئي (Algerian daily)',
      lines(
        'لقاء بين بوتين وشي',
        'عقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ، اليوم الخميس، لقاء بتقنية التخاطب المرئي تناول التعاون الثنائي.',
      ),
    ],
    [
      'عبر تقنية التداول المرئي, with a meeting in Beijing to come (APS)',
      lines(
        'بوتين وشي جين بينغ يبحثان عبر تقنية التداول المرئي العلاقات الثنائية',
        'موسكو - أجرى الرئيس الروسي, فلاديمير بوتين, يوم الخميس, محادثات عبر تقنية التداول المرئي مع نظيره الصيني, شي جين بينغ.',
        'و أكد بوتين أنه يتطلع الى لقاء صديقه في بكين في فيفري المقبل.',
      ),
    ],
    [
      'عبر تقنية التواصل المرئي (Gulf agency)',
      lines(
        'الرئيسان الروسي والصيني يعقدان قمة',
        'عقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ، اليوم الخميس، قمة عبر تقنية التواصل المرئي بحثا خلالها التعاون.',
      ),
    ],
    [
      'عن طريق الفيديو (translated wire copy)',
      lines(
        'بوتين وشي يتباحثان',
        'عقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ، اليوم الخميس، محادثات عن طريق الفيديو تناولت التعاون الثنائي.',
      ),
    ],
  ])('%s', (_, text) => {
    const r = extract(text, { published: '2024-06-13' });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', venue: 'virtual', start: '2024-06-13' });
  });

  it('a lecture or a seminar is no call', () => {
    const r = extract('ألقى السفير الصيني محاضرة عبر تقنية التحاضر المرئي لطلبة الجامعة عن العلاقات مع روسيا.', {
      published: '2024-06-13',
    });
    expect(r.relevant).toBe(false);
  });
});

describe('one leader by video, the other present: two ways of attending', () => {
  const page = (headline: string) =>
    extract(
      lines(
        headline,
        'أعلن رئيس جنوب إفريقيا سيريل رامافوزا اليوم الخميس أن مجموعة بريكس قررت دعوة 6 دول للانضمام إليها.',
        'وجاء الإعلان في ختام القمة التي استضافتها جوهانسبرغ على مدى 3 أيام بحضور الرئيس الصيني شي جين بينغ، فيما شارك بوتين عبر الفيديو.',
      ),
      { published: '2023-08-24' },
    );

  it('is no call between them (Sky News Arabia headline)', () => {
    expect(page('بوتين عبر الفيديو وشي حاضرا.. قمة بريكس تقرر التوسع').relevant).toBe(false);
    expect(page('بوتين حضوريا وشي عبر الفيديو.. قمة بريكس تقرر التوسع').relevant).toBe(false);
  });

  it('while the two by video still make a call', () => {
    expect(page('بوتين وشي عبر الفيديو.. قمة بريكس تقرر التوسع').meeting).toMatchObject({ kind: 'video-call' });
  });
});

describe('a summit "of theirs" in the plural is a group’s gathering', () => {
  it('قمتهم (Al Khaleej) is no call of the two; قمتهما is theirs', () => {
    const page = (line: string) =>
      extract(lines('قمة افتراضية تدعو لتوزيع عادل للقاحات', line), { published: '2020-11-18' });
    expect(
      page(
        'عقد قادة دول مجموعة بريكس، أمس الثلاثاء، قمتهم الثانية عشرة عبر تقنية الاتصال المرئي، بمشاركة الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي.',
      ).relevant,
    ).toBe(false);
    expect(
      page(
        'عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ، أمس الثلاثاء، قمتهما عبر تقنية الاتصال المرئي.',
      ).relevant,
    ).toBe(true);
  });
});

describe('a meeting the leaders of a group hold is the group’s gathering', () => {
  it('عقد قادة دول مجموعة بريكس … اجتماعا (Al Jazeera), then الاجتماع', () => {
    const r = extract(
      lines(
        'قادة بريكس يدينون الهجمات على هامش قمة العشرين',
        'عقد قادة دول مجموعة بريكس (البرازيل وروسيا والهند والصين وجنوب أفريقيا) اليوم الأحد اجتماعا غير رسمي على هامش قمة مجموعة العشرين.',
        'وترأس الرئيس الروسي فلاديمير بوتين الاجتماع بصفة بلاده الرئيسة الحالية للمجموعة، بمشاركة الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي.',
      ),
      { published: '2015-11-15' },
    );
    expect(r.relevant).toBe(false);
  });

  it('but a comma ends the group’s reach: `على هامش قمة قادة مجموعة العشرين، عقد بوتين وشي اجتماعا`', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في أنطاليا',
        'على هامش قمة قادة مجموعة العشرين، عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الأحد اجتماعا بحثا خلاله العلاقات الثنائية.',
      ),
      { published: '2015-11-15' },
    );
    expect(r.relevant).toBe(true);
  });
});

describe('the ordinal day of an event is no figure', () => {
  const figures = (text: string) =>
    extract(text, { published: '2024-05-17' })
      .mentions.filter((m) => m.type === 'figure')
      .map((m) => m.text);

  it('اليوم الثاني, واليوم الأول', () => {
    expect(
      figures('وفي اليوم الثاني من زيارة الدولة التي يقوم بها بوتين إلى الصين، زار الرئيس الروسي مدينة هاربين.'),
    ).toEqual([]);
    expect(figures('واليوم الأول للقمة شهد توقيع اتفاقيات بين الرئيسين.')).toEqual([]);
  });

  it('a count of days and other ordinals stay', () => {
    expect(figures('تستمر زيارة بوتين إلى الصين يومين، وهي الزيارة الثانية له.')).toEqual(
      expect.arrayContaining(['يومين']),
    );
  });
});
