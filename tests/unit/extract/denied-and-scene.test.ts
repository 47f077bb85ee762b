// A meeting said not to have happened (`لم يجتمعا منذ قمة بريكس في برازيليا`, `دون أن يلتقي`)
// gives the story's meeting no date and no place; a copula denied (`لم يكن لقاء … مجرد مجاملة`)
// tells the meeting all the same. A sentence opening on `هناك،` (there) meets the story's meeting
// in the scene the sentence before set (its day and place).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a denied meeting does not date or place the story’s meeting', () => {
  it('إذ لم يجتمعا شخصيا منذ قمة «بريكس» في برازيليا في نوفمبر 2019', () => {
    const r = extract(
      lines(
        'شي يستقبل بوتين',
        'بكين - وكالات',
        'استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين أمس الجمعة، في أول لقاء وجها لوجه بين الرجلين منذ أكثر من عامين، إذ لم يجتمعا شخصيا منذ قمة «بريكس» في برازيليا في نوفمبر (تشرين الثاني) 2019.',
      ),
      { published: '2022-02-05' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2022-02-04' });
  });

  it('لم يلتق الزعيمان منذ قمة سمرقند في سبتمبر، and today’s talks keep their day', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في موسكو',
        'موسكو - وكالات',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ في موسكو، ولم يلتق الزعيمان منذ قمة في سمرقند في سبتمبر 2022، وجرت المحادثات اليوم الاثنين في الكرملين.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });

  it('لم يكن لقاء … في بكين يوم الجمعة الماضي مجرد مجاملة: the meeting is told', () => {
    const r = extract(
      lines(
        'ماذا يعني لقاء بوتين وشي في بكين؟',
        'لندن - وكالات',
        'لم يكن لقاء الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ في بكين يوم الجمعة الماضي مجرد مجاملة بروتوكولية على هامش افتتاح دورة الألعاب الأولمبية الشتوية، بل كان إعلانا عن تقارب.',
      ),
      { published: '2022-02-06' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2022-02-04' });
  });
});

describe('هناك، points back to the scene the sentence before set', () => {
  it('the scene’s day and place are the meeting’s', () => {
    const r = extract(
      lines(
        'بوتين وشي في دياويوتاي',
        'بكين: «الشرق الأوسط»',
        'لم يكن سهلاً الوصول إلى دار ضيافة «دياويوتاي» الحكومية في غرب بكين أمس الجمعة؛ فالعاصمة الصينية تعيش داخل «فقاعة» صحية صارمة.',
        'هناك، في القاعة التي استقبل فيها الرئيس الصيني شي جين بينغ ضيفه الروسي فلاديمير بوتين، كان أول لقاء وجهاً لوجه بين الرجلين منذ أكثر من عامين، إذ لم يجتمعا شخصياً منذ قمة «بريكس» في برازيليا في نوفمبر (تشرين الثاني) 2019.',
      ),
      { published: '2022-02-05' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2022-02-04' });
  });

  it('هناك with no comma is “there is”: the sentence before dates nothing', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان التعاون',
        'موسكو - وكالات',
        'انطلقت في بكين أمس الجمعة أعمال منتدى اقتصادي دولي.',
        'هناك من يرى أن لقاء الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ سيعزز التعاون.',
      ),
      { published: '2022-02-05' },
    );
    expect(r.meeting?.start).not.toBe('2022-02-04');
  });

  it('a sentence before that tells an event of its own is no scene', () => {
    const r = extract(
      lines(
        'بوتين يصل إلى بكين',
        'بكين - وكالات',
        'أعلن الكرملين أمس الخميس أن بوتين يصل إلى بكين.',
        'وهناك، أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ اليوم الجمعة.',
      ),
      { published: '2022-02-04' },
    );
    expect(r.meeting).toMatchObject({ start: '2022-02-04' });
  });
});

describe('"not the first time" denies the firstness, not the meeting', () => {
  it('ليست المرة الأولى التي يلتقي فيها الرئيسان … فلقاء أمس في قازان (a Gulf column)', () => {
    const r = extract(
      lines(
        'قازان.. ما بعد المصافحة',
        'د. خالد الزعابي',
        '23 أكتوبر 2024 00:12 صباحا',
        'ليست المرة الأولى التي يلتقي فيها الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ هذا العام، لكنها الأكثر دلالة. فلقاء أمس بين الزعيمين في قازان، على هامش القمة السادسة عشرة لمجموعة بريكس، جاء في لحظة دولية فارقة.',
        'وقد خاطب بوتين ضيفه بـ«الصديق العزيز»، فيما قال شي إن العالم يمر بتحولات غير مسبوقة.',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2024-10-22', kind: 'in-person' });
  });

  it('while a meeting denied outright still counts against the story', () => {
    const r = extract(
      lines(
        'لا قمة بين بوتين وشي هذا العام',
        'موسكو - وكالات',
        'لن يلتقي الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ هذا العام، بحسب ما أعلن الكرملين اليوم.',
      ),
      { published: '2024-11-20' },
    );
    expect(r.relevant).toBe(false);
  });
});

describe('a negated copula denies the predicate, not the meeting', () => {
  it('لم تكن زيارة الدولة التي بدأها شي إلى موسكو … زيارة عادية (a column)', () => {
    const r = extract(
      lines(
        'شي في موسكو: هل ولد محور جديد؟',
        'الأربعاء 22 مارس 2023',
        'لم تكن زيارة الدولة التي بدأها الرئيس الصيني شي جين بينغ إلى موسكو يوم الاثنين الماضي زيارة عادية بأي مقياس، فقد أجرى خلالها محادثات مطولة مع نظيره الروسي فلاديمير بوتين في الكرملين.',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'moscow', kind: 'in-person' });
  });

  it('لم تكن المباحثات التي أجراها بوتين مع شي … مجرد … (a news analysis)', () => {
    const r = extract(
      lines(
        'بوتين في بكين: ما وراء صفقة الطاقة',
        'تحليل إخباري',
        'الخميس 21 مايو 2026',
        'لم تكن المباحثات التي أجراها الرئيس الروسي فلاديمير بوتين مع نظيره الصيني شي جين بينغ في بكين يوم الثلاثاء الماضي مجرد لقاء بروتوكولي، بل محطة لإعادة رسم خريطة الطاقة.',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', kind: 'in-person' });
  });
});
