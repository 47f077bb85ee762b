// An order conferred by one leader on the other (investiture.ts) is a ceremony of the two in one
// room: the press may tell the day by it alone, with no word of talks or a visit.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('an order conferred by one leader on the other', () => {
  it('is the two leaders’ meeting, in person (Sputnik wire, headline and lead)', () => {
    const r = extract(
      lines(
        'شي جين بينغ يمنح بوتين أول "وسام صداقة" في تاريخ الصين',
        'بكين - سبوتنيك. قلد الرئيس الصيني شي جين بينغ، اليوم الجمعة، نظيره الروسي فلاديمير بوتين "وسام الصداقة"، وهو أول وسام من هذا النوع.',
        'وقال شي خلال المراسم إن بوتين صديق قديم للشعب الصيني.',
      ),
      { published: '2018-06-08' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'in-person', start: '2018-06-08', participants: ['putin', 'xi'] });
  });

  it('is none when the order goes to someone else, or the verb has another object', () => {
    const other = extract(
      lines(
        'بوتين يمنح رئيس وزراء الهند وسام القديس أندراوس',
        'منح الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي وسام القديس أندراوس، فيما أشاد الرئيس الصيني شي جين بينغ بالعلاقات مع موسكو.',
      ),
      { published: '2024-07-09' },
    );
    expect(other.relevant).toBe(false);
    const imitated = extract(
      lines(
        'ممثل ساخر يقلد الزعماء',
        'قلد الممثل الساخر صوت الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين في عرض لاقى رواجا.',
      ),
      { published: '2024-07-09' },
    );
    expect(imitated.relevant).toBe(false);
  });
});
