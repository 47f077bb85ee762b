// The day a visit is announced is not the day of the visit: a date in the clause of a verb of
// saying, before the أن/إن of what is said, dates the saying (announcement-day.ts). Announced
// meetings keep the visit's day and are marked `announced` (the README's future convention).

import { describe, expect, it } from 'vitest';
import { datesTheSaying } from '../../../lib/extract/announcement-day';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

/** Whether the phrase `date` (first occurrence) dates the saying in `sentence`. */
function saying(sentence: string, date: string): boolean {
  const doc = makeDoc(sentence);
  const probe = makeDoc(date).norm.text;
  const at = doc.norm.text.indexOf(probe);
  if (at < 0) throw new Error(`no ${date}`);
  return datesTheSaying(
    doc.norm.text,
    { nStart: at, nEnd: at + probe.length },
    { start: 0, end: doc.norm.text.length },
  );
}

describe('datesTheSaying', () => {
  it('a date between the verb of saying and أن', () => {
    expect(saying('أعلن الكرملين اليوم الثلاثاء أن بوتين يصل إلى بكين الخميس', 'اليوم الثلاثاء')).toBe(true);
    expect(saying('وقال المتحدث باسم الكرملين دميتري بيسكوف الأحد إن الرئيس سيتوجه إلى الصين', 'الأحد')).toBe(true);
    expect(saying('أفاد بلاغ للكرملين، اليوم الإثنين، بأن الرئيس الصيني سيحل بموسكو', 'اليوم الإثنين')).toBe(true);
  });

  it('past the speaker’s title in apposition and the occasion (`في إفادة صحفية`)', () => {
    expect(
      saying(
        'وقال يوري أوشاكوف، مساعد الرئيس الروسي للشؤون الخارجية، في إفادة صحفية اليوم الأربعاء، إن الزعيمين سيوقعان بيانا مشتركا',
        'اليوم الأربعاء',
      ),
    ).toBe(true);
  });

  it('`في وقت سابق` (earlier) before the date is the date’s, however long the speaker’s name', () => {
    expect(
      saying(
        'أعلنت المتحدثة باسم وزارة الخارجية هوا تشون ينغ في وقت سابق اليوم أنه بدعوة من بوتين سيقوم شي بزيارة دولة',
        'اليوم',
      ),
    ).toBe(true);
    expect(
      saying(
        'وقال المتحدث باسم الرئاسة الروسية دميتري بيسكوف للصحفيين في وقت متأخر من مساء أمس إن الرئيس سيزور بكين',
        'مساء أمس',
      ),
    ).toBe(true);
    // No verb of saying: `في وقت سابق` opens the talks' own clause.
    expect(saying('التقى بوتين في وقت سابق اليوم نظيره الصيني، وأكد أن العلاقات متينة', 'اليوم')).toBe(false);
    // Inside what is said, the date is what is said's.
    expect(saying('قال الكرملين إن الرئيسين تحادثا في وقت سابق اليوم أن …', 'اليوم')).toBe(false);
  });

  it('not a date inside what is said, nor one with no verb of saying or no complement', () => {
    expect(saying('أعلن الكرملين اليوم الثلاثاء أن بوتين يصل إلى بكين الخميس', 'الخميس')).toBe(false);
    expect(saying('التقى بوتين اليوم الثلاثاء نظيره الصيني في بكين', 'اليوم الثلاثاء')).toBe(false);
    expect(saying('وقال بوتين اليوم الثلاثاء للصحافيين في بكين بعد المحادثات الطويلة مع نظيره', 'اليوم الثلاثاء')).toBe(
      false,
    );
  });
});

describe('an announced visit is dated by the visit, not the announcement', () => {
  it('an MFA transcript: the spokeswoman announced earlier today the visit from 20 to 22 March', () => {
    const r = extract(
      lines(
        'المؤتمر الصحفي الدوري للمتحدث باسم وزارة الخارجية يوم 17 مارس 2023',
        'أعلنت المتحدثة باسم وزارة الخارجية هوا تشون ينغ في وقت سابق اليوم أنه بدعوة من الرئيس الروسي فلاديمير بوتين، سيقوم رئيس جمهورية الصين الشعبية شي جين بينغ بزيارة دولة إلى روسيا في الفترة من 20 إلى 22 مارس.',
      ),
      { published: '2023-03-17' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', end: '2023-03-22', announced: true });
  });

  it('Levantine wire: أعلن … اليوم الثلاثاء أن … يصل … الخميس', () => {
    const r = extract(
      lines(
        'بوتين يزور الصين الخميس',
        'أعلن الكرملين اليوم الثلاثاء أن الرئيس فلاديمير بوتين يصل إلى بكين الخميس في زيارة دولة يلتقي خلالها نظيره الصيني شي جين بينغ.',
      ),
      { published: '2024-05-14' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing', announced: true });
  });

  it('Maghrebi: أفاد بلاغ … بأن … سيحل بموسكو يوم الأربعاء', () => {
    const r = extract(
      lines(
        'الرئيس الصيني يحل بموسكو الأربعاء',
        'أفاد بلاغ للكرملين، اليوم الإثنين، بأن الرئيس الصيني شي جين بينغ سيحل بموسكو يوم الأربعاء في زيارة رسمية يجري خلالها مباحثات مع الرئيس فلاديمير بوتين.',
      ),
      { published: '2024-05-13' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-15', venue: 'moscow', announced: true });
  });

  it('Egyptian: صرح المتحدث … بأن … سيتوجه … يوم الثلاثاء المقبل', () => {
    const r = extract(
      lines(
        'بوتين يتوجه إلى الصين',
        'صرح المتحدث باسم الكرملين دميتري بيسكوف، اليوم السبت، بأن الرئيس فلاديمير بوتين سيتوجه إلى بكين يوم الثلاثاء المقبل لعقد قمة مع نظيره الصيني شي جين بينغ.',
      ),
      { published: '2024-05-11' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-14', announced: true });
  });

  it('Gulf: قال المتحدث … اليوم الأحد إن … سيتوجه … يوم الثلاثاء', () => {
    const r = extract(
      lines(
        'بوتين في بكين الثلاثاء',
        'قال المتحدث باسم الكرملين دميتري بيسكوف اليوم الأحد إن الرئيس بوتين سيتوجه إلى بكين يوم الثلاثاء لإجراء محادثات مع الرئيس الصيني شي جين بينغ.',
      ),
      { published: '2024-05-12' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-14', announced: true });
  });
});

describe('the saying’s day still dates a meeting the complement leaves undated', () => {
  it('أعلن الكرملين اليوم الخميس أن الرئيسين أجريا اتصالا هاتفيا', () => {
    const r = extract(
      'أعلن الكرملين اليوم الخميس أن الرئيسين فلاديمير بوتين وشي جين بينغ أجريا اتصالا هاتفيا بحثا خلاله العلاقات الثنائية.',
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', kind: 'phone-call', announced: false });
  });

  it('a past day in the complement wins over the saying’s day', () => {
    const r = extract(
      'قال الكرملين اليوم الخميس إن الرئيس فلاديمير بوتين أجرى أمس الأربعاء محادثات هاتفية مع الرئيس الصيني شي جين بينغ.',
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-15', kind: 'phone-call' });
  });
});
