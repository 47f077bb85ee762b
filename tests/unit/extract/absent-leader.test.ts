// A leader's absence told right after the meeting word (`وشي يصل … في غيابه`) says the two do not
// meet there: the word is negated (story-analysis, absentAfter). Only the pronoun form: a meeting
// `في غياب الصحفيين` was still held.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

const summitBody = [
  'بالي- انطلقت اليوم الثلاثاء في جزيرة بالي أعمال قمة مجموعة العشرين بمشاركة الرئيس الصيني شي جين بينغ، فيما يلقي الرئيس الروسي فلاديمير بوتين كلمة عبر الفيديو.',
  'وكان بوتين قد قرر عدم الحضور، ويرأس الوفد الروسي وزير الخارجية سيرغي لافروف.',
  'وقال بوتين في كلمته إن العقوبات الغربية تضر بالاقتصاد العالمي.',
];

describe('a leader absent from where the other arrives', () => {
  it('is no meeting of the two (pan-Arab site, G20 in Bali)', () => {
    const r = extract(lines('بوتين يخاطب قمة العشرين عبر الفيديو وشي يصل بالي في غيابه', ...summitBody), {
      published: '2022-11-15',
    });
    expect(r.relevant).toBe(false);
  });

  it('but a meeting held with others absent is still theirs', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في سمرقند في غياب الصحفيين',
        'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم في سمرقند على هامش قمة منظمة شنغهاي للتعاون.',
      ),
      { published: '2022-09-15' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'samarkand', start: '2022-09-15' });
  });
});
