// A saying that tells something done dates it: `أعلن الكرملين أمس الاثنين أن الزعيمين أجريا
// محادثة` — the Monday is the call's, not only the announcement's (toldDone in
// announcement-day.ts). A guessed visit later in the story (`قد يزور … في أيار المقبل`) never
// dates the meeting the story reports; a date right after a meeting word is the talks' even
// between a verb of saying and إن (`وقال شي خلال المحادثات الثلاثاء إن`).

import { describe, expect, it } from 'vitest';
import { toldDone } from '../../../lib/extract/announcement-day';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

function told(sentence: string, date: string): ReturnType<typeof toldDone> {
  const doc = makeDoc(sentence);
  const probe = makeDoc(date).norm.text;
  const at = doc.norm.text.indexOf(probe);
  if (at < 0) throw new Error(`no ${date}`);
  return toldDone(doc.norm.text, { nStart: at, nEnd: at + probe.length }, { start: 0, end: doc.norm.text.length });
}

describe('toldDone', () => {
  it('a perfective of talks in what is said: the saying’s day', () => {
    expect(told('أعلن المكتب الرئاسي اليوم الجمعة أن الرئيسين تباحثا هاتفيا في الأزمة', 'اليوم الجمعة')).toBe('same');
    expect(told('ذكرت الوكالة الأحد أن الزعيمين قد عقدا لقاء مغلقا', 'الأحد')).toBe('same');
    expect(told('أفاد بيان رسمي، مساء الخميس، بأن الجانبين اتفقا على تعزيز التنسيق', 'مساء الخميس')).toBe('same');
  });

  it('with أمس in what is said: the day before the saying', () => {
    expect(told('قالت الخارجية الثلاثاء إن الوزيرين التقيا أمس على انفراد', 'الثلاثاء')).toBe('before');
  });

  it('nothing done: what is said is ahead, or opens with no verb of talks', () => {
    expect(told('أعلن الكرملين اليوم الثلاثاء أن بوتين يصل إلى بكين الخميس', 'اليوم الثلاثاء')).toBeNull();
    expect(told('قال المتحدث الأحد إن الرئيس سوف يلتقي نظيره قريبا', 'الأحد')).toBeNull();
    expect(told('أكدت الوزارة الاثنين أن العلاقات بين البلدين متينة', 'الاثنين')).toBeNull();
    expect(told('التقى بوتين اليوم الثلاثاء نظيره الصيني', 'اليوم الثلاثاء')).toBeNull();
  });
});

describe('a saying that tells a meeting done dates it', () => {
  it('Iraqi analysis: وكان الكرملين قد أعلن أمس … أن الزعيمين أجريا …, and a guessed visit later', () => {
    const r = extract(
      lines(
        'ماذا يعني اتصال الزعيمين؟',
        'اختار الرئيس الروسي فلاديمير بوتين أن يتصل هاتفيا بنظيره الصيني شي جين بينغ في توقيت لافت.',
        'وكان المكتب الإعلامي للرئاسة الروسية قد أعلن أمس الأحد أن الزعيمين أجريا "اتصالا مطولا" تناول الملفات الدولية.',
        'ويرجح مراقبون أن شي قد يزور روسيا في حزيران المقبل، فيما قد يلتقي بوتين نظيره في الخريف.',
      ),
      { published: '2025-03-10' },
    );
    expect(r.meeting).toMatchObject({ start: '2025-03-09', kind: 'phone-call' });
  });

  it('Gulf wire: أعلن … اليوم الخميس أن الرئيسين بحثا …', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان هاتفيا الأزمة',
        'أعلن الكرملين اليوم الخميس أن الرئيسين فلاديمير بوتين وشي جين بينغ بحثا في اتصال هاتفي العلاقات الثنائية، على أن يلتقيا في الصيف المقبل.',
      ),
      { published: '2023-11-16' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-11-16', kind: 'phone-call' });
  });

  it('Maghrebi: أفاد بلاغ … يوم الإثنين بأن الرئيسين تبادلا … أمس', () => {
    const r = extract(
      lines(
        'اتصال بين بوتين وشي',
        'أفاد بلاغ للرئاسة الروسية يوم الإثنين بأن الرئيس فلاديمير بوتين والرئيس شي جين بينغ تبادلا أمس التهاني في اتصال هاتفي.',
      ),
      { published: '2024-01-02' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-12-31', kind: 'phone-call' });
  });

  it('an announced visit keeps the visit’s day (Levantine)', () => {
    const r = extract(
      lines(
        'بوتين يزور الصين الخميس',
        'أعلن الكرملين اليوم الثلاثاء أن الرئيس فلاديمير بوتين يصل إلى بكين الخميس في زيارة دولة يلتقي خلالها نظيره الصيني شي جين بينغ.',
      ),
      { published: '2024-05-14' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', announced: true });
  });
});

describe('a date right after a meeting word is the talks’, even before إن', () => {
  it('Xinhua: a signing بحضور الرئيسين on Wednesday, the talks on Tuesday', () => {
    const r = extract(
      lines(
        'الصين وروسيا توقعان اتفاقيات طاقة',
        'بكين 9 نوفمبر 2022 (شينخوا)',
        'وقعت شركتا نفط صينية وروسية اليوم (الأربعاء) في بكين اتفاقيات للطاقة بحضور الرئيس الصيني شي جين بينغ ونظيره الروسي فلاديمير بوتين، في ختام محادثات أجراها الزعيمان على مدى يومين.',
        'وقال شي خلال المحادثات الثلاثاء إن البلدين سيعمقان التعاون العملي.',
      ),
      { published: '2022-11-09' },
    );
    expect(r.meeting).toMatchObject({ start: '2022-11-08', end: '2022-11-09', venue: 'beijing' });
  });

  it('Reuters: the signing on Tuesday «في ختام محادثات استمرت يومين», the talks on Monday', () => {
    const r = extract(
      lines(
        'بوتين وشي يوقعان اتفاقيات في بكين',
        '17 أكتوبر تشرين الأول 2023',
        'بكين (رويترز) - وقع الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين يوم الثلاثاء اتفاقيات للتعاون، في ختام محادثات استمرت يومين.',
        'وقال شي خلال المحادثات الاثنين إن البلدين شريكان استراتيجيان.',
      ),
    );
    expect(r.meeting).toMatchObject({ start: '2023-10-16', end: '2023-10-17', venue: 'beijing' });
  });

  it('a signing day alone, with no span told, ends nothing (Egyptian)', () => {
    const r = extract(
      lines(
        'بوتين وشي يشهدان توقيع اتفاقيات',
        'شهد الرئيس الصيني شي جين بينغ ونظيره الروسي فلاديمير بوتين اليوم الأربعاء في موسكو توقيع اتفاقيات، بعد المحادثات التي أجرياها أمس الثلاثاء.',
        'وقال بوتين خلال القمة الثلاثاء إن العلاقات في أفضل حالاتها.',
      ),
      { published: '2023-03-22' },
    );
    expect(r.meeting?.end).toBeNull();
  });
});
