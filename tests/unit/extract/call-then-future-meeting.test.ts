// A call is over in an hour: a future meeting word of no form told after a call the sentence
// reports as news (`أجرى … اليوم اتصالا هاتفيا، وأعلن … أنهما سيلتقيان في …`) is their next
// meeting, and does not make the page an announcement dated by it (meeting.ts, callToldDone).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a call told as news, then a meeting to come in the same sentence', () => {
  it('dates the call, not the meeting to come (Gulf site, phone call)', () => {
    const r = extract(
      lines(
        'بوتين وشي يتفقان على اللقاء في سمرقند',
        'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ اليوم الأربعاء اتصالا هاتفيا بحثا فيه الأمن الإقليمي، وأعلن الكرملين أن الرئيسين سيلتقيان في سمرقند في سبتمبر المقبل.',
        'وقال المتحدث باسم الكرملين إن الاتصال جرى في أجواء ودية.',
      ),
      { published: '2022-06-15' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-06-15' });
  });

  it('but a call announced in the same words stays the announcement (agency wire)', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات عبر الفيديو غدا',
        'أعلن الكرملين اليوم أن الرئيس فلاديمير بوتين والرئيس الصيني شي جين بينغ سيجريان غدا الخميس محادثات عبر تقنية الفيديو.',
      ),
      { published: '2021-06-27' },
    );
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2021-06-28' });
  });
});
