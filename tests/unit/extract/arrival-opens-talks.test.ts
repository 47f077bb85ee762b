// A visit of several days whose story leads with a later day (the formal talks, the signing) and
// tells the arrival in a pluperfect with talks held during it and no day of their own (`وكان شي قد
// وصل إلى موسكو أمس الاثنين في زيارة تستمر 3 أيام … وعقد مع بوتين لقاء على العشاء`) starts on the
// arrival's day: a visit's meeting starts on its first day (the corpus's convention); so does the
// host's reception of his guest on that day (`استقبل الرئيس الروسي ضيفه الصيني، مساء الاثنين`). An arrival
// whose talks are dated later in its own clause, or a range of the whole visit, leaves the talks'
// day the start.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('an arrival that opens the talks of a visit', () => {
  it('a pluperfect arrival the day before, with informal talks over dinner (Gulf paper)', () => {
    const r = extract(
      lines(
        'الرئيسان الروسي والصيني يوقعان بيانا مشتركا في ختام محادثاتهما بالكرملين',
        'وقع الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الثلاثاء، بيانا مشتركا في ختام جولة محادثات رسمية في الكرملين.',
        'وكان الرئيس الصيني قد وصل إلى موسكو أمس الاثنين في زيارة دولة تستمر ثلاثة أيام، وأجرى مع بوتين محادثات غير رسمية على مائدة العشاء امتدت ساعات.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });

  it('a two-day visit told the day after its end, talks during it (Levantine)', () => {
    const r = extract(
      lines(
        'بوتين يمنح شي وسام القديس أندراوس في الكرملين',
        'منح الرئيس الروسي فلاديمير بوتين، أمس، نظيره الصيني شي جين بينغ أرفع وسام روسي، في ختام محادثات رسمية بين الزعيمين في الكرملين.',
        'وكان شي قد وصل إلى موسكو الاثنين في زيارة تستمر يومين، أجرى خلالها محادثات غير رسمية مع بوتين على العشاء، قبل أن يتوجه إلى هامبورغ لحضور قمة مجموعة العشرين يومي 7 و8 تموز.',
      ),
      { published: '2017-07-05' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2017-07-03' });
  });

  it('the host’s reception of his guest on the first evening, formal talks the next day (Saudi paper)', () => {
    const r = extract(
      lines(
        'سيد الكرملين يستقبل صديقه العزيز',
        'الثلاثاء - 21 مارس 2023 مـ',
        'استقبل الرئيس الروسي ضيفه الصيني، مساء الاثنين، في الكرملين، في مستهل زيارة دولة تستمر ثلاثة أيام.',
        'وقال فلاديمير بوتين في مستهل اللقاء إنه درس باحترام المقترحات التي قدمها شي جين بينغ.',
        'وتنطلق اليوم (الثلاثاء) جولة المحادثات الرسمية بمشاركة الوفدين.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });

  it('an arrival whose summit has its own day in the clause: the summit’s day', () => {
    const r = extract(
      lines(
        'الكرملين: شي يحل ضيفا على موسكو الاثنين',
        'أعلن الكرملين اليوم الجمعة أن الرئيس الصيني شي جين بينغ يصل إلى موسكو الاثنين في زيارة تستمر ثلاثة أيام، يعقد خلالها قمة مع الرئيس فلاديمير بوتين يوم الثلاثاء.',
      ),
      { published: '2023-03-17' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-21' });
  });

  it('a visit told as a range of days, the talks dated in the next sentence (Jordanian paper)', () => {
    const r = extract(
      lines(
        'الكرملين: بوتين في الصين أربعة أيام ومحادثات مع شي في بكين',
        'موسكو - أعلن الكرملين، اليوم الثلاثاء، أن الرئيس فلاديمير بوتين سيزور الصين في زيارة تستمر أربعة أيام، من 31 آب إلى 3 أيلول، يحضر خلالها قمة منظمة شنغهاي للتعاون في مدينة تيانجين، ويجري محادثات رسمية مع نظيره الصيني شي جين بينغ في بكين.',
        'وأوضح مساعد الرئيس الروسي يوري أوشاكوف أن المحادثات الثنائية بين بوتين وشي ستجري يوم 2 أيلول، وستشمل مختلف جوانب العلاقات.',
        'وأضاف أن بوتين سيحضر في 3 أيلول العرض العسكري في ساحة تيانانمين.',
      ),
      { published: '2025-08-26' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2025-09-02' });
  });
});
