// A meeting in person during a visit whose range of days the story gives (`في زيارة تستمر ثلاثة
// أيام (20-22 آذار/مارس)`) is dated by that range when the two met on its first day as well as on
// the chosen day, and the range's clause places the visit in the meeting's city and no other (the
// corpus's convention: a visit's meeting starts on its first day). A visit whose first day is only
// the arrival, a range over several cities, or a gathering's days leave the day as it was.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('the range of the visit a meeting belongs to', () => {
  it('a pluperfect arrival with the range, the two met on its first day (Levantine)', () => {
    const r = extract(
      lines(
        'بوتين وشي يوقّعان بياناً مشتركاً في الكرملين',
        'وقّع الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الثلاثاء، في الكرملين، بياناً مشتركاً.',
        'وجاء ذلك بعد لقاء غير رسمي جمع الرئيسين أمس الاثنين واستمر أربع ساعات.',
        'وكان شي قد وصل إلى موسكو أمس في زيارة تستمر ثلاثة أيام (20-22 آذار/مارس).',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20', end: '2023-03-22' });
  });

  it('talks on the first day in the same clause as the range (Egyptian spelling)', () => {
    const r = extract(
      lines(
        'بوتين وشى يشهدان توقيع اتفاق الغاز فى شنغهاى',
        'شهد الرئيس الروسى فلاديمير بوتين ونظيره الصينى شى جين بينج، اليوم الأربعاء، توقيع اتفاق لتوريد الغاز.',
        'وكان الرئيسان قد أجريا أمس الثلاثاء جولة محادثات موسعة فى شنغهاى، فى مستهل زيارة الدولة التى يقوم بها بوتين إلى الصين يومى 20 و21 مايو.',
      ),
      { published: '2014-05-21' },
    );
    expect(r.meeting).toMatchObject({ venue: 'shanghai', start: '2014-05-20', end: '2014-05-21' });
  });

  it('a visit whose first day is only the arrival: the talks’ day (Maghrebi)', () => {
    const r = extract(
      lines(
        'الرئيس الروسي يجري محادثات مع نظيره الصيني بموسكو',
        'موسكو - أجرى الرئيس الروسي، فلاديمير بوتين، يوم الخميس بالكرملين، محادثات مع نظيره الصيني، شي جين بينغ، الذي يقوم بزيارة دولة الى روسيا من 7 الى 10 ماي الجاري.',
      ),
      { published: '2025-05-08' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2025-05-08', end: null });
  });

  it('the visit’s first-day talks in another city: the day of the story’s own event', () => {
    const r = extract(
      lines(
        'شي يتسلم الدكتوراه الفخرية من جامعة سانت بطرسبرغ بحضور بوتين',
        'سانت بطرسبرغ، روسيا 6 يونيو 2019 (شينخوا) تسلم الرئيس الصيني شي جين بينغ يوم الخميس درجة الدكتوراه الفخرية، وذلك بحضور الرئيس الروسي فلاديمير بوتين.',
        'وكان شي وبوتين قد أجريا يوم الأربعاء في موسكو محادثات.',
        'ووصل شي إلى سانت بطرسبرغ اليوم في زيارة تستمر من 5 إلى 7 يونيو.',
      ),
      { published: '2019-06-06' },
    );
    expect(r.meeting).toMatchObject({ start: '2019-06-06', end: null });
  });

  it('a range over a whole country with no city of the meeting named: the day', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في الكرملين',
        'موسكو - وكالات',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء محادثات رسمية مع نظيره الصيني شي جين بينغ في الكرملين، بعد عشاء عمل جمعهما أمس الاثنين.',
        'وتستمر زيارة الدولة التي يقوم بها شي إلى روسيا من 20 إلى 22 مارس.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting?.end ?? null).toBe(null);
  });

  it('the days of a summit are not a bilateral meeting’s', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في قازان',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الأربعاء محادثات مع نظيره الصيني شي جين بينغ في قازان، بعد لقاء قصير جمعهما أمس الثلاثاء.',
        'وكان شي قد وصل إلى قازان أمس للمشاركة في قمة بريكس التي تعقد من 22 إلى 24 أكتوبر.',
      ),
      { published: '2024-10-23' },
    );
    expect(r.meeting?.end ?? null).toBe(null);
  });
});
