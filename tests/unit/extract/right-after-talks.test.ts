// Talks told right after (`عقب`, `إثر`) with no day of their own, behind a clause dated within a few
// days of the page, are that occasion's (`وقع الرئيسان اليوم بيانا مشتركا … عقب محادثات أجراها
// الزعيمان في قاعة الشعب الكبرى ببكين`): the same visit, whose place they give (event-clauses).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('talks right after which the day’s signing came', () => {
  it('place the meeting, over a stop still to come (Egyptian site)', () => {
    const r = extract(
      lines(
        'بوتين وشي يوقعان بيانا مشتركا',
        'وقع الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الخميس، بيانا مشتركا حول تعميق الشراكة، عقب محادثات أجراها الزعيمان في قاعة الشعب الكبرى ببكين.',
        'وأوضح الكرملين أن الرئيسين سيجريان محادثات غير رسمية مساء اليوم، قبل أن يتوجه بوتين غدا الجمعة إلى مدينة هاربين حيث يزور معهد هاربين للتكنولوجيا.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16' });
  });

  it('while talks dated long before stay an older meeting (Gulf paper)', () => {
    const r = extract(
      lines(
        'بوتين وشي يتبادلان التهاني',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ اليوم الأربعاء، عقب محادثات أجراها الزعيمان في بكين في فبراير الماضي.',
      ),
      { published: '2022-06-15' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-06-15' });
  });
});
