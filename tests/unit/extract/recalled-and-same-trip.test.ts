// Recalling words (`بعد أسبوع من`, `مذكرا بأن`, `تجدر الإشارة`, `يذكر أن`) open an earlier
// meeting's clause, so its date and place do not stand in for the story's meeting; talks of the
// same trip (`غداة محادثاته مع شي`) are the story's meeting even in a report of the next stop; a
// next-day story whose both days have meetings dates the day it reports.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('recalled meetings do not date or place the story’s meeting', () => {
  it('بعد أسبوع واحد من محادثاتهما في بكين (RT)', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان هاتفيا التطورات الدولية',
        'موسكو - آر تي',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الجمعة اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ، بعد أسبوع واحد من محادثاتهما في بكين.',
      ),
      { published: '2024-05-24' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual', start: '2024-05-24' });
  });

  it('والتقى شي وبوتين وجها لوجه آخر مرة في سمرقند, under an announced visit to a country (AFP)', () => {
    const r = extract(
      lines(
        'الرئيس الصيني يزور روسيا الاثنين',
        'أعلن الكرملين الجمعة أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 آذار/مارس.',
        'وقال الكرملين إن الرئيس فلاديمير بوتين وضيفه سيبحثان مسائل الشراكة وسيوقعان وثائق مهمة.',
        'والتقى شي وبوتين وجها لوجه آخر مرة في أيلول/سبتمبر في سمرقند على هامش قمة منظمة شنغهاي للتعاون.',
      ),
      { published: '2023-03-17' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20' });
    expect(r.meeting?.venue).toBe('moscow');
  });

  it('مذكرا بأن الزعيمين التقيا في سمرقند (SANA)', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات عبر الفيديو',
        'موسكو - سانا',
        'أجرى الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم محادثات عبر الفيديو، مذكرا بأن الزعيمين التقيا في سمرقند في أيلول الماضي.',
      ),
      { published: '2022-12-30' },
    );
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2022-12-30' });
  });

  it('وتجدر الإشارة إلى أن … التقيا في قازان (Hespress)', () => {
    const r = extract(
      lines(
        'بوتين يهاتف شي',
        'الرباط - هسبريس',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الصيني شي جين بينغ اليوم الأربعاء.',
        'وتجدر الإشارة إلى أن الرئيسين التقيا في قازان في أكتوبر الماضي على هامش قمة بريكس.',
      ),
      { published: '2025-01-22' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2025-01-22' });
  });

  it('ويذكر أن … in a visit story keeps the visit’s city', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو في زيارة دولة',
        'موسكو - كونا',
        'وصل الرئيس الصيني شي جين بينغ إلى موسكو اليوم الاثنين في زيارة دولة يجري خلالها محادثات مع الرئيس الروسي فلاديمير بوتين.',
        'ويذكر أن الرئيسين التقيا آخر مرة في سمرقند في سبتمبر الماضي.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });
});

describe('the same trip’s talks', () => {
  it('غداة محادثات أجراها مع شي في بكين: the talks place the story at the next stop (AFP)', () => {
    const r = extract(
      lines(
        'بوتين في هاربين غداة محادثاته مع شي في بكين',
        'هاربين - أ ف ب',
        'وصل الرئيس الروسي فلاديمير بوتين اليوم الجمعة إلى هاربين، غداة محادثات أجراها مع الرئيس الصيني شي جين بينغ في بكين.',
      ),
      { published: '2024-05-17' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', kind: 'in-person' });
  });

  it('a call the day after a summit the leader missed is the story’s call, not the summit', () => {
    const r = extract(
      lines(
        'بوتين يهاتف شي',
        'موسكو - تاس',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ اليوم، غداة قمة مجموعة العشرين التي غاب عنها بوتين.',
      ),
      { published: '2024-11-20' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2024-11-20' });
  });
});

describe('a next-day story where both days have meetings', () => {
  it('formal talks today after an informal meeting yesterday: today is the story’s day', () => {
    const r = extract(
      lines(
        'بوتين وشي يواصلان محادثاتهما في الكرملين',
        'موسكو - وكالات',
        'عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الثلاثاء محادثات رسمية في الكرملين، غداة لقاء غير رسمي جمعهما أمس الاثنين استمر أربع ساعات ونصف.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow', kind: 'in-person' });
  });

  it('expanded talks today after a one-to-one yesterday (Sputnik)', () => {
    const r = extract(
      lines(
        'اليوم الثاني من زيارة شي: محادثات موسعة في الكرملين',
        'موسكو - سبوتنيك',
        'يعقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ اليوم محادثات موسعة في الكرملين، بعد لقاء ثنائي غير رسمي أمس.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });
});
