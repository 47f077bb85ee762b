// Guessed and hoped meetings (SPECULATION_WORDS, `قد` + imperfect): a forecast is no meeting, but
// `قد` before a perfect verb ("already") is, a guess in an analyst's aside or a parenthesis does
// not undo the meeting the story reports, and `يمكن القول` ("it can be said") is no guess.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a guessed or hoped meeting is not an event', () => {
  it.each([
    [
      'قد + imperfect (agency)',
      lines(
        'مصادر: بوتين وشي قد يلتقيان في أستانا',
        'قالت مصادر دبلوماسية إن الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ قد يلتقيان على هامش قمة منظمة شنغهاي للتعاون في أستانا الشهر المقبل.',
      ),
    ],
    [
      'من المرجح (Gulf press quoting a Russian paper)',
      'من المرجح أن يزور الرئيس الصيني شي جين بينغ موسكو الربيع المقبل للقاء الرئيس الروسي فلاديمير بوتين، بحسب صحيفة فيدوموستي.',
    ],
    [
      'تتطلع (an ambassador’s hope)',
      lines(
        'سفير: نتطلع إلى زيارة بوتين للصين',
        'قال السفير الصيني في موسكو إن بلاده تتطلع إلى زيارة الرئيس الروسي فلاديمير بوتين إلى بكين للقاء الرئيس شي جين بينغ.',
      ),
    ],
    [
      'ربما (Levantine)',
      lines(
        'هل يلتقي بوتين وشي قريبا؟',
        'قال دبلوماسيون إن الرئيس الروسي فلاديمير بوتين ربما يلتقي الرئيس الصيني شي جين بينغ في أيلول على هامش قمة العشرين.',
      ),
    ],
  ])('%s', (_, text) => {
    expect(extract(text, { published: '2024-06-10' }).relevant).toBe(false);
  });
});

describe('what looks like a guess but reports a meeting', () => {
  it('قد before a perfect verb is "already": the meeting took place (Sputnik)', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في سمرقند',
        'سمرقند - سبوتنيك',
        'قال الكرملين إن الرئيس الروسي فلاديمير بوتين قد التقى اليوم الخميس نظيره الصيني شي جين بينغ على هامش قمة منظمة شنغهاي للتعاون في سمرقند.',
      ),
      { published: '2022-09-15' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'samarkand', start: '2022-09-15' });
  });

  it('ربما in a quoted analyst’s aside after the report (AFP)', () => {
    const r = extract(
      lines(
        'بوتين وشي يعقدان محادثات في بكين',
        'بكين - أ ف ب',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ في قاعة الشعب الكبرى في بكين اليوم الخميس.',
        'وقال المحلل السياسي أليكسي ماسلوف إن الزعيمين ربما يلتقيان مجددا في قازان في الخريف.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16', kind: 'in-person' });
  });

  it('ربما in a parenthesis closed by a comma does not reach the talks after it', () => {
    const r = extract(
      lines(
        'بكين - أ ف ب',
        'أجرى الرئيس الروسي فلاديمير بوتين، الذي ربما يكون أقرب حلفاء الصين، محادثات مع نظيره الصيني شي جين بينغ في بكين اليوم الخميس.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16' });
  });

  it('a comma right after the guess word leaves the guess open', () => {
    const text =
      'من المرجح، بحسب مصادر مطلعة، أن يلتقي الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ الشهر المقبل.';
    expect(extract(text, { published: '2024-06-10' }).relevant).toBe(false);
  });

  it('يمكن القول ("it can be said") is no guess', () => {
    const r = extract(
      lines(
        'بوتين: المحادثات مع شي كانت ناجحة',
        'موسكو - سبوتنيك',
        'قال الرئيس الروسي فلاديمير بوتين اليوم الأربعاء إنه يمكن القول إن المحادثات مع الرئيس الصيني شي جين بينغ في الكرملين كانت ناجحة للغاية.',
      ),
      { published: '2023-03-22' },
    );
    expect(r.relevant).toBe(true);
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.meeting).toMatchObject({ venue: 'moscow', kind: 'in-person' });
  });

  it('قد يكون after the report qualifies it, not the meeting (TASS)', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في قازان',
        'قازان - تاس',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ في قازان اليوم الثلاثاء على هامش قمة بريكس، في لقاء قد يكون الأهم في القمة.',
      ),
      { published: '2024-10-22' },
    );
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2024-10-22', kind: 'in-person' });
  });

  it('a hope in a quote after the talks (نتطلع) leaves the talks reported', () => {
    const r = extract(
      lines(
        'بوتين وشي يتفقان في موسكو على تعميق الشراكة',
        'موسكو - واس',
        'اختتم الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الأربعاء محادثات في الكرملين، وقال بوتين: نتطلع إلى مواصلة التعاون في جميع المجالات.',
      ),
      { published: '2023-03-22' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-22' });
  });
});
