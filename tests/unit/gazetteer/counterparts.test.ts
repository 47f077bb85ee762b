// `نظيره الروسي` is a leader's counterpart only after a leader, or in a report of contact with
// nobody named yet; after an economy, a currency or a team it is the Russian one of those.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('a counterpart stands for a person only when it is a person’s', () => {
  it('after a leader, or in a report of contact', () => {
    expect(pairs('وبحث شي جين بينغ مع نظيره الروسي العلاقات.')).toEqual([
      'xi:شي جين بينغ',
      'putin:نظيره الروسي (title)',
    ]);
    expect(pairs('التقى نظيره الصيني على هامش القمة')).toEqual(['xi:نظيره الصيني (title)']);
    expect(pairs('وأجرى اتصالا هاتفيا بنظيره الروسي')).toEqual(['putin:نظيره الروسي (title)']);
  });

  it('not in a comparison of things (Gulf and Levantine business copy)', () => {
    expect(pairs('ويفوق حجم الاقتصاد الصيني نظيره الروسي بنحو عشر مرات.')).toEqual([]);
    expect(pairs('والناتج الصيني أكبر من نظيره الروسي، وتتفوق الصادرات على نظيرتها الأمريكية.')).toEqual([]);
    expect(pairs('وارتفع اليوان مقارنة بنظيره الروسي')).toEqual([]);
    // Even with a leader earlier on the line.
    expect(pairs('وقال بوتين إن الاقتصاد الروسي يتجاوز نظيره الصيني في الطاقة.')).toEqual(['putin:بوتين']);
  });

  it('not with nobody named and no contact', () => {
    expect(pairs('وتراجع المؤشر الصيني بينما صعد نظيره الروسي.')).toEqual([]);
  });
});
