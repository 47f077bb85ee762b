// A clause's first date belongs to its main verb, however far from the meeting word. A dateline
// (`موسكو 21 مارس 2023 (شينخوا) --`) stands before the sentence: the first date after it is still
// the main verb's (`أجرى الرئيس الصيني شي جين بينغ، وهو أيضا الأمين العام …، محادثات مع … هنا اليوم
// (الثلاثاء)`), when it is the day filed or the day before. One further off was read against
// another day than the dateline's (a page dated later than its wire) and is left to the reach test.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...ls: string[]) => ls.join('\n');

describe('the first date after a dateline is the main verb’s', () => {
  it('Xinhua: a title chain before the object and `هنا اليوم (الخميس)` at the end', () => {
    const r = extract(
      lines(
        'شي وبوتين يجريان محادثات في بكين',
        'بكين 16 مايو 2024 (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ، وهو أيضا الأمين العام للجنة المركزية للحزب الشيوعي الصيني ورئيس اللجنة العسكرية المركزية، محادثات مع الرئيس الروسي فلاديمير بوتين في قاعة الشعب الكبرى هنا اليوم (الخميس).',
        'وقال الرئيس بوتين إن الصين كانت أيضا أول دولة يزورها بعد توليه منصبه، مشيرا إلى أنه قبل سنوات، وتحديدا في أكتوبر 2019، اختار الصين لزيارته.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing' });
  });

  it('WAM: the day before the dateline (`أمس الاثنين`) far after the talks', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان العلاقات',
        'موسكو في 21 مارس / وام / أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ في قصر الكرملين بالعاصمة الروسية أمس الاثنين.',
        'وأشار شي إلى أن زيارته الأولى إلى روسيا رئيسا كانت في مارس 2013.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', venue: 'moscow' });
  });

  it('a page dated days after its wire: `اليوم` read against the page is not the main verb’s', () => {
    const r = extract(
      lines(
        'شي وبوتين يجريان محادثات في موسكو',
        'موسكو 21 مارس 2023 (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ، وهو أيضا الأمين العام للجنة المركزية للحزب الشيوعي الصيني ورئيس اللجنة العسكرية المركزية، محادثات مع الرئيس الروسي فلاديمير بوتين في الكرملين هنا اليوم.',
      ),
      { published: '2023-03-25' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });

  it('a far month of another matter in the same clause leaves the dateline’s day', () => {
    const r = extract(
      lines(
        'شي وبوتين يجريان محادثات في بكين',
        'بكين 16 مايو 2024 (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ محادثات مع الرئيس الروسي فلاديمير بوتين، تناولت متابعة تنفيذ ما اتفق عليه البلدان في مجالات الطاقة والتجارة والنقل في يناير الماضي.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing' });
  });
});

// In a report, one leader's visit dated months or years before the page is recalled (`مشيرا إلى
// أنه قبل 10 سنوات، وتحديدا في مارس 2013، اختار روسيا`): even the dateline's day says more.
describe('one leader’s visit dated long before the page', () => {
  it('loses to the dateline’s day when the talks have no day of their own', () => {
    const r = extract(
      lines(
        'شي وبوتين يجريان محادثات في موسكو',
        'موسكو 21 مارس 2023 (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ محادثات مع الرئيس الروسي فلاديمير بوتين في الكرملين.',
        'وقال الرئيس شي إن زيارته الحالية إلى روسيا هي أول زيارة خارجية له بعد إعادة انتخابه، مشيرا إلى أنه قبل 10 سنوات، وتحديدا في مارس 2013، اختار روسيا أيضا لتكون أول دولة يزورها.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });

  it('a visit of last month is still news: it dates the meeting over the dateline', () => {
    const r = extract(
      lines(
        'بوتين يتحدث عن نتائج زيارته إلى الصين',
        'موسكو 20 يونيو 2024 (شينخوا) -- قال الرئيس الروسي فلاديمير بوتين إن زيارته إلى الصين في 16 مايو الماضي ومحادثاته مع الرئيس الصيني شي جين بينغ فتحت آفاقا جديدة للتعاون.',
      ),
      { published: '2024-06-20' },
    );
    expect(r.meeting?.start).toBe('2024-05-16');
  });

  it('with nothing else dated, a long-past visit still dates the story', () => {
    const r = extract(
      lines(
        'ذكرى زيارة شي إلى موسكو',
        'زار الرئيس الصيني شي جين بينغ موسكو في مارس 2013، في أول زيارة خارجية له بعد توليه الرئاسة، والتقى خلالها الرئيس الروسي فلاديمير بوتين.',
      ),
      { published: '2024-01-10' },
    );
    expect(r.meeting?.start).toBe('2013-03');
  });
});
