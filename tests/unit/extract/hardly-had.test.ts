// `لم يكد`/`لم تكد` … `حتى` ("hardly had … when") tells the meeting held: the negation does not
// deny it (meeting-words, NEGATION_BREAKERS).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('hardly had the meeting ended', () => {
  it('reports the meeting (Saudi daily, analysis the day after)', () => {
    const r = extract(
      lines(
        'تحفظات صينية... هل تنأى بكين بنفسها عن موسكو؟',
        'لم تكد تمضي ساعات على انتهاء لقاء الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينغ في سمرقند، يوم الخميس، حتى انشغلت العواصم بتفسير تصريحاتهما.',
        'وأقر بوتين خلال اللقاء بأن لدى بكين تساؤلات ومخاوف بشأن أوكرانيا.',
      ),
      { published: '2022-09-17' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'samarkand', start: '2022-09-15' });
  });
});
