// A saying right before `عقب`/`بعد` and a meeting word (`وفق ما أعلنه الكرملين عقب اتصال هاتفي بين
// الزعيمين`) came out of that meeting: the story's own, with the clause's day, not an earlier one
// (story-analysis, saidAfter).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a saying that follows the meeting', () => {
  it('dates the meeting by its clause, not by an earlier call told further down (Qatari site)', () => {
    const r = extract(
      lines(
        'بوتين وشي يتفقان على تعزيز التنسيق',
        'اتفق الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الأربعاء، على تعزيز التنسيق في مجلس الأمن، وفق ما أعلنه الكرملين عقب اتصال هاتفي بين الزعيمين.',
        'وهذا ثاني اتصال معلن بين بوتين وشي منذ بدء الحرب في 24 فبراير الماضي، إذ تحادثا هاتفيا في اليوم التالي لبدء الحرب.',
      ),
      { published: '2022-06-15' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-06-15' });
  });

  it('while `عقب` with no saying before it still opens an earlier meeting (agency wire)', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في موسكو',
        'أجرى الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الاثنين محادثات في موسكو، عقب لقاء جمعهما في سمرقند في سبتمبر الماضي.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });
});
