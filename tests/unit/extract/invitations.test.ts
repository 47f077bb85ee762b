// Invitations (INVITATION_WORDS): a visit someone is invited to is still to come, not the meeting
// the story reports; but an invitation answered (`بدعوة من`, `تلبية لدعوة`, `بناء على دعوة`)
// brings the visit that is taking place.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('an invited visit is not the story’s meeting', () => {
  it('talks on a summit’s sidelines that prepare a visit to come (Gulf paper, Astana 2017)', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان في آستانة تحضيرات زيارة الرئيس الصيني إلى موسكو',
        '9 يونيو 2017',
        'بحث الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، أمس الخميس، في العاصمة الكازاخستانية آستانة، التحضيرات لزيارة الدولة التي يعتزم الرئيس الصيني القيام بها إلى روسيا مطلع يوليو المقبل.',
        'وعقد اللقاء على هامش قمة منظمة شنغهاي للتعاون.',
        'وقال بوتين لضيفه إن زيارته المرتقبة إلى روسيا ستكون الحدث الرئيسي في العلاقات الثنائية هذا العام.',
      ),
      { published: '2017-06-09' },
    );
    expect(r.meeting).toMatchObject({ venue: 'astana', start: '2017-06-08', announced: false });
  });

  it('a headline quoting the host to his guest (`ننتظركم`) over a video call (Russian agency)', () => {
    const r = extract(
      lines(
        'بوتين لشي: ننتظركم في موسكو بزيارة دولة الربيع المقبل',
        '30.12.2022 | 13:41 GMT',
        'أجرى الرئيس الروسي فلاديمير بوتين، اليوم الجمعة، محادثات مع نظيره الصيني شي جين بينغ عبر تقنية الفيديو، تناولت العلاقات الثنائية.',
        'وقال بوتين في مستهل المحادثات إنه ينتظر زيارة نظيره في الربيع المقبل، مشيرا إلى أنها ستظهر للعالم متانة العلاقات.',
      ),
      { published: '2022-12-30' },
    );
    expect(r.meeting).toMatchObject({ venue: 'virtual', kind: 'video-call', start: '2022-12-30' });
  });

  it('an invitation in a message is no meeting (Xinhua)', () => {
    const r = extract(
      lines(
        'شي يدعو بوتين لزيارة الصين',
        'بكين - شينخوا',
        'دعا الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين إلى زيارة الصين العام المقبل، خلال رسالة تهنئة بعث بها إليه.',
      ),
      { published: '2023-12-31' },
    );
    expect(r.relevant).toBe(false);
  });

  it('the video summit is the meeting, the invited spring visit is not (TASS)', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات عبر الفيديو',
        'موسكو - تاس',
        'أجرى الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الجمعة محادثات عبر الفيديو، ودعا بوتين نظيره الصيني إلى زيارة موسكو في ربيع العام المقبل.',
      ),
      { published: '2022-12-30' },
    );
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2022-12-30', announced: false });
  });

  it('the day of the event an invitation is to is not the call’s (RT, Telegram)', () => {
    const call = 'أجرى الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ محادثات عبر الفيديو.';
    const invited = (line: string) =>
      extract(lines('بوتين وشي يجريان محادثات عبر الفيديو', call, line), { published: '2025-01-21' }).meeting;
    expect(
      invited('وقد دعا بوتين شي إلى حضور احتفالات الذكرى الـ80 للنصر في موسكو في 9 مايو، وشي دعا بوتين لزيارة الصين.'),
    ).toMatchObject({ kind: 'video-call', start: '2025-01-21', announced: false });
    expect(invited('ودعا بوتين نظيره الصيني لزيارة روسيا في 9 مايو.')).toMatchObject({ start: '2025-01-21' });
    // The invitation made during a call dated between: the call's day.
    expect(invited('ودعا شي بوتين إلى زيارة الصين خلال اتصال هاتفي أجرياه يوم 15 يناير.')).toMatchObject({
      start: '2025-01-15',
    });
    // An invitation answered: the visit told is the one taking place.
    expect(
      extract(
        lines(
          'شي في موسكو',
          'بدعوة من الرئيس فلاديمير بوتين، يقوم الرئيس الصيني شي جين بينغ بزيارة دولة إلى روسيا في 20 مارس.',
        ),
        { published: '2023-03-20' },
      ).meeting,
    ).toMatchObject({ start: '2023-03-20' });
  });

  it('an invitation made during a phone call (Egyptian)', () => {
    const r = extract(
      lines(
        'شي يدعو بوتين إلى زيارة الصين خلال اتصال هاتفي',
        'أجرى الرئيس الصيني شي جين بينغ اتصالا هاتفيا اليوم مع الرئيس الروسي فلاديمير بوتين ودعاه إلى زيارة الصين.',
      ),
      { published: '2024-01-10' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual', start: '2024-01-10' });
  });

  it('the invitation crossing commas around the call still leaves the call the meeting', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات عبر الفيديو',
        'دعا الرئيس الصيني شي جين بينغ، خلال محادثات عبر الفيديو اليوم الجمعة مع الرئيس الروسي فلاديمير بوتين، نظيره الروسي إلى زيارة بكين العام المقبل.',
      ),
      { published: '2022-12-30' },
    );
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2022-12-30' });
  });
});

describe('an invitation answered brings the visit reported', () => {
  it('بدعوة من … يقوم بزيارة دولة (Chinese MFA via agencies)', () => {
    const r = extract(
      'بدعوة من الرئيس الروسي فلاديمير بوتين، يقوم الرئيس الصيني شي جين بينغ بزيارة دولة إلى روسيا من 20 إلى 22 مارس، حسب ما أعلنت الخارجية الصينية.',
      { published: '2023-03-17' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'in-person', start: '2023-03-20', end: '2023-03-22', announced: true });
  });

  it('تلبية لدعوة (Levantine month name)', () => {
    const r = extract('تلبية لدعوة من الرئيس فلاديمير بوتين، يزور الرئيس الصيني شي جين بينغ موسكو من 20 إلى 22 آذار.', {
      published: '2023-03-17',
    });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20', announced: true });
  });

  it('بناء على دعوة … وصل (arrival reported)', () => {
    const r = extract(
      'بناء على دعوة من الرئيس الصيني شي جين بينغ، وصل الرئيس الروسي فلاديمير بوتين اليوم الخميس إلى بكين في زيارة دولة.',
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16', kind: 'in-person' });
  });

  it('تلبية لدعوة after the arrival (AFP)', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو تلبية لدعوة بوتين',
        'موسكو - أ ف ب',
        'وصل الرئيس الصيني شي جين بينغ اليوم الاثنين إلى موسكو في زيارة دولة تلبية لدعوة من الرئيس الروسي فلاديمير بوتين.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });
});
