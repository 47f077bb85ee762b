// A report of a seminar about a leaders' meeting (`ندوة`, `حلقة نقاشية`, `ورشة عمل`) covers the
// seminar: its headline's subject is another event, and an opening paragraph that tells the
// seminar (`نظم المركز حلقة نقاشية بعنوان "القمة الروسية الصينية"`) reports no meeting of the two
// (main-subject, relevance). A leader's own lecture on his visit is still the visit.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('seminars about a summit', () => {
  it('a think tank’s panel on the summit is not its coverage (Gulf site)', () => {
    const r = extract(
      lines(
        'مركز دراسات يناقش نتائج قمة بوتين وشي في ندوة بأبوظبي',
        'نظم مركز للدراسات الاستراتيجية في أبوظبي، اليوم الأربعاء، ندوة بعنوان "القمة الروسية الصينية وتوازنات آسيا"، بمشاركة باحثين ودبلوماسيين.',
        'وقال أحد المتحدثين إن زيارة الرئيس الروسي فلاديمير بوتين إلى بكين ولقاءه الرئيس الصيني شي جين بينغ عززا الشراكة بين البلدين.',
        'وتناولت الندوة انعكاسات التقارب الروسي الصيني على أمن الخليج وأسواق الطاقة.',
      ),
      { published: '2024-05-22' },
    );
    expect(r.relevant).toBe(false);
  });

  it('a workshop after a summit, headline without leaders, is not its coverage (Maghrebi university)', () => {
    const r = extract(
      lines(
        'ورشة عمل حول التحولات في أوراسيا بعد قمة قازان',
        'نظمت كلية العلوم السياسية بجامعة تونس، يوم الاثنين، ورشة عمل حول التحولات الجيوسياسية في أوراسيا.',
        'وتناول المتدخلون مخرجات قمة بريكس في قازان، وما تخللها من لقاء بين الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينغ.',
      ),
      { published: '2024-11-04' },
    );
    expect(r.relevant).toBe(false);
  });

  it('but a leader’s lecture on his own visit stays the visit (Gulf paper)', () => {
    const r = extract(
      lines(
        'شي يدعو من موسكو إلى نظام دولي أكثر عدلا',
        'دعا الرئيس الصيني شي جين بينغ، أمس، في محاضرة ألقاها أمام طلاب معهد موسكو للعلاقات الدولية، إلى نظام دولي أكثر عدلا، وذلك في اليوم الثاني من زيارة دولة إلى روسيا أجرى خلالها محادثات مع الرئيس فلاديمير بوتين.',
      ),
      { published: '2013-03-24' },
    );
    expect(r.relevant).toBe(true);
  });
});
