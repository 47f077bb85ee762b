// A past word in the clause of an earlier meeting (`أجرى الرئيسان أمس محادثات …، هي الثانية هذا
// العام بعد قمة عقدت في 28 حزيران الماضي`) dates that earlier meeting: the opening paragraph still
// reports its own, under a headline that names a third leader (recalled.ts, earlierClauseAfter).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('past words of an earlier meeting in the opening paragraph', () => {
  it('leave the paragraph reporting its own meeting (Lebanese paper, phone call)', () => {
    const r = extract(
      lines(
        'بوتين وشي في مواجهة عقوبات بايدن',
        'الجمعة 16 حزيران 2022',
        'أجرى الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ، أمس، اتصالا هاتفيا، هو الثاني منذ بداية الحرب بعد اتصال جرى في 25 شباط الماضي، أكدا خلاله متانة الشراكة بين البلدين.',
        'وقال الكرملين إن الرئيسين بحثا التعاون في مجالي الطاقة والمال.',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-06-15' });
  });

  it('while a paragraph that places its own meeting back in time is still recalled (Gulf column)', () => {
    const r = extract(
      lines(
        'هل يستطيع بايدن فصل موسكو عن بكين؟',
        'الجمعة 16 حزيران 2022',
        'أجرى الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ اتصالا هاتفيا في شباط الماضي أكدا خلاله متانة الشراكة بين البلدين.',
        'ويرى محللون أن واشنطن تراهن على تباعد المصالح بين العاصمتين.',
      ),
    );
    expect(r.relevant).toBe(false);
  });
});
