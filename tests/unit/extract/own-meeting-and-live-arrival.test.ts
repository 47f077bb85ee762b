// A story whose own talks are told only by `الزعيمان` (the pair named in the sentence before) has
// a meeting of its own: a meeting it recalls further down (`وكان … قد زار موسكو في مارس 2023`)
// neither dates nor places it, and the headline's and the lead's place of the two stands in when
// the talks' sentence names none. A live page whose only day is the visitor's arrival a day or two
// earlier follows the talks on its own day.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('talks told by الزعيمان are the story’s own meeting', () => {
  it('a recalled visit after them does not date or place the meeting', () => {
    const r = extract(
      lines(
        'شي يمنح بوتين وسام الصداقة في قاعة الشعب الكبرى',
        'منح الرئيس الصيني شي جين بينغ اليوم الجمعة نظيره الروسي فلاديمير بوتين وسام الصداقة خلال مراسم في قاعة الشعب الكبرى في بكين.',
        'وأجرى الزعيمان محادثات موسعة تناولت التعاون في مجال الطاقة.',
        'وكان الرئيس الصيني قد زار موسكو في مارس 2023، حيث عقد محادثات مع بوتين في الكرملين.',
      ),
      { published: '2025-05-09' },
    );
    expect(r.meeting).toMatchObject({ start: '2025-05-09', venue: 'beijing' });
  });

  it('الزعيمان after a recalled meeting may point to it: that meeting is still the one described', () => {
    const r = extract(
      lines(
        'بوتين يشيد بعلاقاته مع شي',
        'موسكو - وكالات',
        'وكان الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ قد التقيا في سمرقند في سبتمبر 2022.',
        'واتفق الزعيمان خلال المحادثات على توسيع التبادل التجاري.',
      ),
      { published: '2025-05-08' },
    );
    if (r.meeting) expect(r.meeting).toMatchObject({ start: '2022-09', venue: 'samarkand' });
  });
});

const LIVE = [
  'تغطية مباشرة | شي في موسكو',
  'آخر تحديث: 08 مايو 2025 - 17:05',
  '16:20',
  'بوتين وشي يوقعان بيانا مشتركا.',
  '12:45',
  'بدء المحادثات بين الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في الكرملين.',
  '10:12',
  'الرئيس الصيني وصل مساء أمس الأربعاء إلى موسكو في زيارة دولة تستمر ثلاثة أيام.',
];

describe('a live page dated only by the arrival follows the talks on its own day', () => {
  it('arrival yesterday, talks undated: the page’s day', () => {
    const r = extract(lines(...LIVE), { published: '2025-05-08' });
    expect(r.meeting).toMatchObject({ start: '2025-05-08', venue: 'moscow' });
  });

  it('the same text as a plain report keeps the arrival’s day', () => {
    const plain = LIVE.filter((l) => !/^\d\d:\d\d$/.test(l)).map((l) => l.replace('تغطية مباشرة | ', ''));
    const r = extract(lines(...plain), { published: '2025-05-08' });
    expect(r.meeting).toMatchObject({ start: '2025-05-07' });
  });

  it('talks dated by the page itself keep their day', () => {
    const told = LIVE.map((l) => l.replace('بدء المحادثات بين', 'أجريت أمس المحادثات بين'));
    const r = extract(lines(...told), { published: '2025-05-08' });
    expect(r.meeting).toMatchObject({ start: '2025-05-07' });
  });

  it('an arrival days earlier is another part of the trip: its day stays', () => {
    const early = LIVE.map((l) => l.replace('مساء أمس الأربعاء', 'في الثاني من مايو'));
    const r = extract(lines(...early), { published: '2025-05-08' });
    expect(r.meeting).toMatchObject({ start: '2025-05-02' });
  });
});
