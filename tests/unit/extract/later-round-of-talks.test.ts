// A sentence that tells the leaders' talks and then, after a sequel opener, the next round
// (`أجرى الزعيمان محادثات غير رسمية على العشاء، على أن تعقد المحادثات الرسمية اليوم الثلاثاء`):
// the later round's day does not start the meeting (later-step, datesLaterRound).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe("the next round of a visit's talks", () => {
  it('does not date the meeting when the sentence has told talks before it (Gulf paper, Beijing 2024)', () => {
    const r = extract(
      lines(
        'بوتين في بكين في زيارة دولة',
        'وصل الرئيس الروسي فلاديمير بوتين إلى بكين أمس الخميس في زيارة دولة تستمر يومين.',
        'وأجرى مع الرئيس الصيني شي جين بينغ محادثات غير رسمية في قاعة الشعب الكبرى، على أن تعقد المحادثات الرسمية اليوم الجمعة.',
      ),
      { published: '2024-05-17' },
    );
    expect(r.meeting?.start).toBe('2024-05-16');
  });

  it('but talks announced after a sequel opener with none told before still date it', () => {
    const r = extract(
      lines(
        'شي يصل موسكو',
        'وصل الرئيس الصيني شي جين بينغ إلى موسكو في زيارة دولة، على أن يعقد محادثات مع الرئيس الروسي فلاديمير بوتين غدا الأربعاء.',
      ),
      { published: '2019-06-04' },
    );
    expect(r.meeting?.start).toBe('2019-06-05');
  });
});
