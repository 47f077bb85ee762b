// A headline of one leader's trip that names no destination (`بوتين في مقال … عشية زيارته`) takes it
// from the opening paragraph: a trip to a country of neither side is someone else's event, and a
// Putin–Xi meeting recalled further down does not make the page theirs (relevance).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a trip whose destination only the lead names', () => {
  it('to a third country is not their meeting (pan-Arab daily)', () => {
    const r = extract(
      lines(
        'بوتين في مقال لصحيفة فيتنامية عشية زيارته: نثمن الشراكة الشاملة',
        'نشرت صحيفة "نيان دان" الفيتنامية، الأربعاء، مقالا للرئيس الروسي فلاديمير بوتين، قبيل وصوله إلى هانوي في زيارة رسمية إلى فيتنام.',
        'وكتب بوتين أن بلاده تثمن الشراكة الاستراتيجية الشاملة مع فيتنام.',
        'وتأتي الزيارة بعد نحو شهر من زيارة دولة أجراها بوتين إلى الصين، أجرى خلالها محادثات مع الرئيس شي جين بينغ في بكين.',
      ),
      { published: '2024-06-19' },
    );
    expect(r.relevant).toBe(false);
  });

  it('to the other side’s country is still theirs (agency wire)', () => {
    const r = extract(
      lines(
        'بوتين في مقال لصحيفة صينية عشية زيارته: علاقاتنا في أفضل حالاتها',
        'نشرت صحيفة "الشعب اليومية" الصينية، الأربعاء، مقالا للرئيس الروسي فلاديمير بوتين، قبيل وصوله إلى بكين في زيارة دولة إلى الصين يجري خلالها محادثات مع الرئيس شي جين بينغ.',
        'وكتب بوتين أن العلاقات بين البلدين بلغت أعلى مستوى في تاريخها.',
      ),
      { published: '2024-05-15' },
    );
    expect(r.relevant).toBe(true);
  });
});
