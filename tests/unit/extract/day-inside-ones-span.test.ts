// A report filed during a visit dates the meeting of the two by its day (`تسلم شي يوم الخميس
// الدكتوراه … بحضور بوتين`), not by the span of one leader's visit it also gives (`وتستمر زيارة
// الدولة التي يقوم بها شي إلى روسيا من 5 إلى 7 يونيو`). An announcement keeps the span it
// foretells, and a report written after the visit keeps the span when its day is days back.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a day of the two inside one leader’s visit span', () => {
  it('a report on the page’s day: that day', () => {
    const r = extract(
      lines(
        'شي يتسلم الدكتوراه الفخرية من جامعة سانت بطرسبرغ بحضور بوتين',
        'سانت بطرسبرغ، روسيا 6 يونيو 2019 (شينخوا) تسلم الرئيس الصيني شي جين بينغ يوم الخميس درجة الدكتوراه الفخرية من جامعة سانت بطرسبرغ الحكومية، وذلك بحضور الرئيس الروسي فلاديمير بوتين.',
        'وكان شي وبوتين قد أجريا يوم الأربعاء في موسكو محادثات.',
        'وتستمر زيارة الدولة التي يقوم بها شي إلى روسيا من 5 إلى 7 يونيو.',
      ),
      { published: '2019-06-06' },
    );
    expect(r.meeting).toMatchObject({ start: '2019-06-06', end: null });
  });

  it('the day before the page (أمس) in a report: that day', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في الكرملين',
        'موسكو - وكالات',
        'أجرى الرئيس الروسي فلاديمير بوتين أمس الثلاثاء محادثات مع نظيره الصيني شي جين بينغ في الكرملين.',
        'وتستمر زيارة الدولة التي يقوم بها شي إلى روسيا من 20 إلى 22 مارس.',
      ),
      { published: '2023-03-22' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-21', end: null });
  });

  it('an announcement keeps the span of the visit it foretells', () => {
    const r = extract(
      lines(
        'شي جين بينغ يزور روسيا الأسبوع المقبل',
        'موسكو - وكالات',
        'أعلن الكرملين اليوم الجمعة أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 مارس، يجري خلالها محادثات مع الرئيس فلاديمير بوتين.',
      ),
      { published: '2023-03-17' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', end: '2023-03-22' });
  });

  it('a report written days after the talks keeps the visit’s span', () => {
    const r = extract(
      lines(
        'شي يختتم زيارته إلى روسيا',
        'موسكو - وكالات',
        'اختتم الرئيس الصيني شي جين بينغ زيارة الدولة التي قام بها إلى روسيا من 5 إلى 7 يونيو، وكان قد أجرى محادثات مع الرئيس الروسي فلاديمير بوتين يوم الأربعاء 5 يونيو.',
      ),
      { published: '2019-06-09' },
    );
    expect(r.meeting?.start).toBe('2019-06-05');
    expect(r.meeting?.end).not.toBe(null);
  });
});
