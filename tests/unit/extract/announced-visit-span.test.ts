// An announced state visit whose days the text gives (`بين 7 و10 مايو`) is dated by that span when
// it opens at most a day before the talks a known meeting records (the arrival the evening
// before); a span opening earlier holds other events first, and a day the text gives the talks
// (`المحادثات … يوم 2 أيلول`) stays the meeting's. A report dates its talks' day, not the span.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...ls: string[]) => ls.join('\n');

describe('the span of an announced visit', () => {
  it('a visit announced for 7–10 May, a parade on the 9th named beside a recalled call', () => {
    const r = extract(
      lines(
        'الكرملين: شي جين بينغ يزور موسكو من 7 إلى 10 مايو',
        'أعلن الكرملين، الاثنين، أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا بين 7 و10 مايو المقبل.',
        'وسيكون شي أبرز ضيف في العرض العسكري الذي يقام في الساحة الحمراء في 9 مايو، وكان الرئيسان قد أجريا محادثة عبر الفيديو في 21 يناير الماضي.',
      ),
      { published: '2025-04-28' },
    );
    expect(r.meeting).toMatchObject({ start: '2025-05-07', end: '2025-05-10', announced: true });
  });

  it('a span whose first days are a summit elsewhere leaves the talks’ own day', () => {
    const r = extract(
      lines(
        'الكرملين: بوتين يزور الصين لأربعة أيام ويجري محادثات مع شي في بكين',
        'أعلن الكرملين، اليوم الثلاثاء، أن الرئيس الروسي فلاديمير بوتين سيقوم بزيارة إلى الصين تستمر أربعة أيام، من 31 آب/أغسطس إلى 3 أيلول/سبتمبر، يشارك خلالها في قمة منظمة شنغهاي للتعاون في مدينة تيانجين، ويجري محادثات رسمية مع نظيره الصيني شي جين بينغ في بكين.',
        'وقال أوشاكوف إن المحادثات الثنائية بين بوتين وشي ستعقد يوم 2 أيلول/سبتمبر.',
      ),
      { published: '2025-08-26' },
    );
    expect(r.meeting).toMatchObject({ start: '2025-09-02', venue: 'beijing' });
  });

  it('a visit announced for exactly the known days keeps its span', () => {
    const r = extract(
      'أعلن الكرملين اليوم الجمعة أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 مارس الجاري، تلبية لدعوة من نظيره الروسي فلاديمير بوتين.',
      { published: '2023-03-17' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', end: '2023-03-22' });
  });

  it('a report of the talks keeps their day, not the span of the visit', () => {
    const r = extract(
      'أجرى الرئيس الروسي فلاديمير بوتين، اليوم الخميس، مباحثات في الكرملين مع نظيره الصيني شي جين بينغ الذي يزور روسيا بين 7 و10 أيار للمشاركة في احتفالات النصر.',
      { published: '2025-05-08' },
    );
    expect(r.meeting).toMatchObject({ start: '2025-05-08', end: null });
  });
});
