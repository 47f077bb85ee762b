// A digest's headline lists its items (`موجز أخبار العالم: الفيدرالي يرفع الفائدة.. واتصال بين
// بوتين وشي.. وقادة أوروبا في كييف`): only the first one is the page's own story; a call that is
// the second item is told in passing. A bulletin that leads with the call stays relevant.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a digest’s headline', () => {
  it('a morning digest whose second item is the call: not relevant (Egyptian paper)', () => {
    const r = extract(
      lines(
        'موجز أخبار العالم صباح الخميس: البنك المركزي الأوروبي يثبت الفائدة.. واتصال بين بوتين وشي.. وفيضانات في باكستان',
        'الخميس 16-06-2022 08:12',
        'نرصد لكم في هذا الموجز أبرز الأخبار العالمية خلال الساعات الماضية من مختلف العواصم:',
        'البنك المركزي الأوروبي يثبت الفائدة',
        'أبقى البنك المركزي الأوروبي أمس الأربعاء على أسعار الفائدة دون تغيير، في انتظار بيانات التضخم للشهر المقبل.',
        'بوتين وشي يبحثان هاتفيا العلاقات الثنائية',
        'أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالا هاتفيا مع نظيره الصيني شي جين بينغ بحثا خلاله العلاقات الثنائية.',
        'فيضانات في باكستان',
        'أودت الفيضانات في باكستان بحياة العشرات خلال الأيام الماضية، وفق السلطات.',
      ),
      { published: '2022-06-16' },
    );
    expect(r.relevant).toBe(false);
  });

  it('an evening bulletin whose first item is the call: relevant (Egyptian portal)', () => {
    const r = extract(
      lines(
        'نشرة المساء: بوتين يطلع شي هاتفيا على اتصالاته مع واشنطن.. وأسعار النفط تتراجع',
        '24-2-2025 | 19:12',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع نظيره الصيني شي جين بينغ، أطلعه خلاله على اتصالاته مع الإدارة الأميركية.',
        'وتراجعت أسعار النفط في تعاملات المساء بنحو واحد في المائة.',
      ),
      { published: '2025-02-24' },
    );
    expect(r.relevant).toBe(true);
  });
});
