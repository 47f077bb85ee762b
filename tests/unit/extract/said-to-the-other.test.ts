// A saying addressed to the other leader (`أكد شي لنظيره الروسي بوتين، الأربعاء، أن …`) is said in
// the meeting itself: its day dates the meeting, unlike a spokesman's announcement day
// (announcement-day, datesTheSaying).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a saying to the other leader', () => {
  it('dates the call it was said in (French broadcaster, phone call)', () => {
    const r = extract(
      lines(
        'شي يؤكد لبوتين في اتصال هاتفي دعم بكين',
        'أكد الرئيس الصيني شي جين بينغ لنظيره الروسي فلاديمير بوتين، الأربعاء 15 حزيران/يونيو، أن بلاده مستعدة لمواصلة دعم روسيا، وذلك في ثاني اتصال هاتفي بينهما منذ بدء الحرب.',
        'وهنأ بوتين نظيره الصيني بعيد ميلاده، كما رحب الجانبان بافتتاح جسر بين مدينتي بلاغوفيشتشينسك وهيهي في العاشر من الشهر الجاري.',
      ),
      { published: '2022-06-15' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-06-15' });
  });
});
