// A meeting in person that the story dates to a day but places nowhere (the city is given only for
// another event of the same day, or the visit is to a country) takes the place the catalogue of
// known meetings records for that day. A month or a year is too loose to place a meeting by, a
// call is virtual whatever the record says, and a city the story gives is kept.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe("a meeting's place from the record of known meetings", () => {
  it('talks on the sidelines of a summit the story names without its city (Algerian press)', () => {
    const r = extract(
      lines(
        'روسيا والصين توقعان صفقة الغاز الكبرى',
        'وقعت روسيا والصين، اليوم، في شنغهاي عقدا لتزويد الصين بالغاز الروسي، عقب محادثات أجراها الرئيس الروسي فلاديمير بوتين مع نظيره الصيني شي جين بينغ، أمس الثلاثاء، على هامش قمة مؤتمر التفاعل وإجراءات بناء الثقة في آسيا.',
      ),
      { published: '2014-05-21' },
    );
    expect(r.meeting).toMatchObject({ start: '2014-05-20', venue: 'shanghai', catalogueId: '2014-05-20-shanghai' });
  });

  it('a state visit to a country, announced with its days (Xinhua)', () => {
    const r = extract(
      lines(
        'شي جين بينغ يقوم بزيارة دولة إلى روسيا',
        'بكين 17 مارس 2023 (شينخوا) -- أعلنت المتحدثة باسم الخارجية الصينية اليوم أن الرئيس شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 مارس الجاري بدعوة من الرئيس فلاديمير بوتين.',
      ),
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', venue: 'moscow', announced: true });
  });

  it('an archive photo placing the two elsewhere does not place a visit announced to a country (Al Wasat)', () => {
    const r = extract(
      lines(
        'الكرملين: بوتين يزور الصين الخميس والجمعة',
        'الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في موسكو، 21 مارس 2023. (أ ف ب)',
        'أعلن الكرملين، الثلاثاء، أن الرئيس فلاديمير بوتين سيقوم بزيارة دولة إلى الصين يومي 16 و17 مايو، بدعوة من نظيره شي جين بينغ.',
      ),
      { published: '2024-05-14' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing' });
  });

  it('a visit dated only by its month stays unplaced', () => {
    const r = extract(
      lines(
        'شي جين بينغ يزور روسيا في مارس',
        'أعلنت الخارجية الصينية أن الرئيس شي جين بينغ سيقوم بزيارة دولة إلى روسيا في مارس 2023 تلبية لدعوة من الرئيس فلاديمير بوتين.',
      ),
      { published: '2023-02-10' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting?.venue).toBeNull();
  });

  it('a city the story gives is kept over the record’s', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في تيانجين',
        'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ، اليوم الأحد، في تيانجين على هامش قمة منظمة شنغهاي للتعاون.',
      ),
      { published: '2025-08-31' },
    );
    expect(r.meeting?.venue).toBe('tianjin');
  });

  it('a call is virtual, whatever the record holds for its day', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان اتصالا هاتفيا',
        'أجرى الرئيس الروسي فلاديمير بوتين، اليوم الاثنين، اتصالا هاتفيا مع نظيره الصيني شي جين بينغ.',
      ),
      { published: '2025-02-24' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual' });
  });
});
