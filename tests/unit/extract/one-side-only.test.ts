// A story that names one of the two countries only, with no leader of the other anywhere and no
// city or name of it at the top, covers no meeting of the two: `الرئيس الروسي يستقبل نظيره` is
// someone else's visit when the guest is Algeria's `رئيس الجمهورية` (sides-named.ts). A country
// named in passing further down is no party; a flash naming the other side's capital or country
// at the top still reports the visit.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a story of one side only', () => {
  it('a reception of a guest the page calls by his office (Algerian paper): not relevant', () => {
    const r = extract(
      lines(
        'الرئيس الروسي يستقبل نظيره بقصر الكرملين',
        'استقبل الرئيس الروسي فلاديمير بوتين، اليوم الخميس، بقصر الكرملين في موسكو، رئيس الجمهورية في إطار زيارة الدولة التي يقوم بها إلى روسيا.',
        'وعقد الرئيسان جلسة محادثات على انفراد توسعت لاحقا لتشمل الوفدين، وتناولت التعاون في مجالات الطاقة والفلاحة.',
        'ووقع الجانبان إعلان الشراكة الاستراتيجية المعمقة بين البلدين، إلى جانب عدد من الاتفاقيات ومذكرات التفاهم.',
        'وقال بوتين في تصريح للصحافة عقب المحادثات إن البلدين شريكان موثوقان، وإن المبادلات التجارية في نمو.',
        'وثمن رئيس الجمهورية دعم روسيا والصين لطلب الانضمام إلى مجموعة بريكس.',
      ),
      { published: '2023-06-15' },
    );
    expect(r.relevant).toBe(false);
    expect(r.meeting).toBeNull();
  });

  it('a flash naming the host country at the top: still the visit', () => {
    const r = extract(
      lines(
        'عاجل | بوتين يصل إلى الصين في زيارة دولة تستمر يومين',
        'وصل الرئيس الروسي فلاديمير بوتين، فجر اليوم، في زيارة دولة.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
  });

  it('a flash naming the host capital: still the visit', () => {
    const r = extract(
      lines('بوتين في بكين لإجراء محادثات', 'وصل الرئيس فلاديمير بوتين إلى بكين صباح اليوم لإجراء محادثات رسمية.'),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
  });
});
