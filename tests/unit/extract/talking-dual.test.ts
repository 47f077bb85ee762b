// Talking together in the dual (`بوتين وشي يتحدثان`, `تحدثا`) is a meeting word: a headline that
// reads so reports their contact, even beside a third name in a time clause (`بعد أسبوع من
// تحذيرات بايدن`). The singular (`تحدث بوتين عن شي`) is one man speaking, and no meeting word.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('talking together, in the dual', () => {
  it('makes a press review of their call relevant (Russian press in Arabic)', () => {
    const r = extract(
      lines(
        '«إزفستيا»: بوتين وشي يتحدثان بعد أسبوع من تحذيرات بايدن',
        'صحف روسية',
        'تحت العنوان أعلاه، كتبت صحيفة إزفستيا عن الرسائل التي أراد الرئيسان الروسي والصيني توجيهها إلى واشنطن.',
        'وجاء في المقال: أجرى الرئيس فلاديمير بوتين، أمس الأربعاء، محادثة عبر الفيديو مع الرئيس الصيني شي جين بينغ استمرت ساعتين.',
        'ويرى كاتب المقال أن موسكو وبكين أرادتا إظهار وحدة موقفهما.',
      ),
      { published: '2021-12-16' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2021-12-15' });
  });

  it('but one leader speaking of the other is no meeting word', () => {
    const r = extract(
      lines(
        'بوتين يتحدث عن شي في منتدى فالداي',
        'تحدث الرئيس الروسي فلاديمير بوتين اليوم في منتدى فالداي عن علاقته الشخصية بالرئيس الصيني شي جين بينغ، واصفا إياه بالصديق.',
      ),
      { published: '2023-10-05' },
    );
    expect(r.relevant).toBe(false);
  });
});
