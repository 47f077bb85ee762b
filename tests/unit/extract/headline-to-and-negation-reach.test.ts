// A headline's verbless `شي لبوتين: …` reports an exchange of the two, as `شي يقول لبوتين`; a
// headline's negation (`… ولا تتأثر به`, no full stop) negates nothing on the line under it.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

describe('a headline addressing one leader to the other', () => {
  it('reads as the two speaking to each other', () => {
    const text = [
      'عاجل | شي لبوتين: علاقاتنا لا تستهدف أي طرف ثالث ولا تتأثر به',
      'في اتصال هاتفي بالذكرى الثالثة لاندلاع الحرب في أوكرانيا.. الرئيس الصيني يرحب بالجهود الإيجابية لروسيا',
    ].join('\n');
    expect(extract(text, { published: '2025-02-24' }).relevant).toBe(true);
  });

  it('but not in a message, nor addressed to a medium', () => {
    const message = ['رسالة من شي لبوتين: نتمنى لكم النجاح', 'بعث الرئيس الصيني برسالة تهنئة إلى نظيره الروسي.'];
    expect(extract(message.join('\n'), { published: '2025-02-24' }).relevant).toBe(false);
    const medium = [
      'بوتين لقناة صينية: علاقاتنا مع بكين في أفضل حالاتها',
      'قال الرئيس الروسي في مقابلة إن العلاقات ممتازة.',
    ];
    expect(extract(medium.join('\n'), { published: '2025-02-24' }).relevant).toBe(false);
  });
});
