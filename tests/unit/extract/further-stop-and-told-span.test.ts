// A visit that "also" takes in a city (`سيزور أيضاً مدينة هاربين`) adds a stop to the tour: that
// city is not the meeting's venue (later-step.ts); a visit told with its length and two days that
// span it exactly (`زيارة تستمر ثلاثة أيام … أمس … وتنتهي غدا الأربعاء`) is a range (meeting-date.ts).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const meetingOf = (text: string, published: string) => extract(text, { published }).meeting;

describe('a further stop told with أيضا / كذلك is not the venue', () => {
  it('سيزور أيضاً مدينة هاربين after a state visit to China (Gulf)', () => {
    const m = meetingOf(
      lines(
        'بوتين يزور الصين الأسبوع المقبل',
        'أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيقوم بزيارة دولة إلى الصين يومي 20 و21 مايو، يجري خلالها محادثات مع نظيره الصيني شي جين بينغ.',
        'وأضاف أن بوتين سيزور أيضاً مدينة هاربين حيث سيشارك في افتتاح معرض.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).not.toBe('harbin');
  });

  it('ويزور الرئيس الصيني كذلك سان بطرسبورغ (the subject between)', () => {
    const m = meetingOf(
      lines(
        'شي يزور روسيا',
        'يقوم الرئيس الصيني شي جين بينغ بزيارة دولة إلى روسيا من 20 إلى 22 مايو يلتقي خلالها نظيره الروسي فلاديمير بوتين.',
        'ويزور الرئيس الصيني كذلك مدينة سان بطرسبورغ للقاء طلاب صينيين.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).not.toBe('saint-petersburg');
  });

  it('a meeting with students at the stop is no talks of the leaders (China.org.cn)', () => {
    const m = meetingOf(
      lines(
        'الصين تعلن زيارة دولة للرئيس الروسي',
        'أعلنت الخارجية الصينية أن الرئيس الروسي فلاديمير بوتين سيقوم بزيارة دولة إلى الصين يومي 16 و17 مايو الجاري بدعوة من الرئيس شي جين بينغ.',
        'وأكد الكرملين أن بوتين سيزور أيضا مدينة هاربين، حيث يلتقي طلاب الجامعة.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).not.toBe('harbin');
  });

  it('the stop where the talks are held stays the venue (حيث يلتقي)', () => {
    const m = meetingOf(
      lines(
        'شي يزور آسيا الوسطى وروسيا',
        'يبدأ الرئيس الصيني شي جين بينغ غدا جولة تشمل كازاخستان، ويزور أيضا موسكو حيث يلتقي نظيره الروسي فلاديمير بوتين.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).toBe('moscow');
  });

  it('أيضا after a saying or before talks leaves the city', () => {
    expect(
      meetingOf(
        lines(
          'بوتين في الصين',
          'قال الرئيس الروسي فلاديمير بوتين أيضا إن زيارته إلى بكين ولقاءه مع نظيره الصيني شي جين بينغ يعززان الشراكة.',
        ),
        '2026-05-12',
      )?.venue,
    ).toBe('beijing');
    expect(
      meetingOf(
        lines('بوتين في الصين', 'زار الرئيس الروسي فلاديمير بوتين أيضا بكين والتقى نظيره الصيني شي جين بينغ.'),
        '2026-05-12',
      )?.venue,
    ).toBe('beijing');
  });
});

describe('a visit told by its length and two days that span it', () => {
  const published = '2026-05-19';
  it('زيارة تستمر ثلاثة أيام … أمس … وتنتهي غدا الأربعاء, with talks on its first evening (Levantine)', () => {
    const m = meetingOf(
      lines(
        'بوتين وشي يعقدان محادثات غير رسمية والمباحثات الرسمية اليوم',
        'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ مساء أمس الاثنين محادثات غير رسمية في الكرملين.',
        'وأفاد الكرملين بأن المباحثات الرسمية بين الرئيسين تجري اليوم الثلاثاء.',
        'ووصل الرئيس الصيني إلى موسكو ظهر أمس في زيارة دولة تستمر ثلاثة أيام وتنتهي غدا الأربعاء.',
      ),
      published,
    );
    expect(m).toMatchObject({ start: '2026-05-18', end: '2026-05-20', venue: 'moscow' });
  });

  it('two days that do not span the length told give no range', () => {
    // Two days of a visit of three days: the arrival and an event the day after.
    expect(
      meetingOf(
        lines(
          'بوتين وشي يعقدان محادثات في موسكو',
          'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ أمس الاثنين محادثات في الكرملين.',
          'ووصل الرئيس الصيني إلى موسكو أمس في زيارة تستمر ثلاثة أيام ويحضر اليوم الثلاثاء حفلا.',
        ),
        published,
      ),
    ).toMatchObject({ start: '2026-05-18', end: null });
    // A visit of two days from Monday to Wednesday is no visit of two days.
    expect(
      meetingOf(
        lines(
          'بوتين وشي يعقدان محادثات في موسكو',
          'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ اليوم الثلاثاء محادثات في الكرملين.',
          'ووصل الرئيس الصيني إلى موسكو أمس في زيارة تستمر يومين وتنتهي غدا الأربعاء.',
        ),
        published,
      ),
    ).toMatchObject({ start: '2026-05-19', end: null });
  });

  it('with no talks on its first day, the visit stays a frame and the talks keep their day', () => {
    expect(
      meetingOf(
        lines(
          'بوتين وشي يعقدان محادثات في موسكو',
          'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ اليوم الثلاثاء محادثات في الكرملين.',
          'ووصل الرئيس الصيني إلى موسكو أمس في زيارة تستمر ثلاثة أيام وتنتهي غدا الأربعاء.',
        ),
        published,
      ),
    ).toMatchObject({ start: '2026-05-19', end: null });
  });
});

describe('an analysis that tells its own meeting only in a pluperfect', () => {
  const tail =
    'وخلال هذه المحادثات، وصف بوتين نظيره الصيني بالصديق العزيز، فيما شدد شي على أن العلاقات بين البلدين صمدت أمام اختبار التحولات الدولية.';
  const head = [
    'قمة بوتين وشي ترسم ملامح نظام عالمي بديل',
    'لم تكن القمة التي جمعت الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ في العاصمة بكين الأسبوع الماضي مجرد محطة بروتوكولية.',
  ];
  const startOf = (line: string, published: string) => meetingOf(lines(...head, line, tail), published)?.start;

  it('the talks in the meeting’s city a week before the page date it (Moroccan months)', () => {
    expect(
      startOf(
        'وكان بوتين قد حل بالصين يوم 31 غشت للمشاركة في قمة بمدينة تيانجين، قبل أن ينتقل إلى بكين، حيث أجرى يوم 2 شتنبر محادثات رسمية مع شي.',
        '2026-09-09',
      ),
    ).toBe('2026-09-02');
    expect(startOf('وكان الرئيسان قد أجريا في بكين يوم 2 سبتمبر محادثات رسمية استمرت ساعات.', '2026-09-09')).toBe(
      '2026-09-02',
    );
  });

  it('talks in another city, or long before the page, date another meeting', () => {
    expect(
      startOf('وكان بوتين قد أجرى في تيانجين يوم 31 أغسطس محادثات مع شي على هامش قمة منظمة شنغهاي.', '2026-09-09'),
    ).toBeNull();
    expect(startOf('وكان الرئيسان قد أجريا في بكين يوم 2 سبتمبر محادثات رسمية استمرت ساعات.', '2026-12-20')).toBeNull();
  });

  it('a story that dates its own meeting keeps its day', () => {
    expect(
      meetingOf(
        lines(
          'بوتين وشي يجريان محادثات في بكين',
          'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ اليوم الأربعاء محادثات في بكين.',
          'وكان الرئيسان قد أجريا في بكين يوم 2 سبتمبر محادثات رسمية.',
        ),
        '2026-09-09',
      )?.start,
    ).toBe('2026-09-09');
  });
});
