import { describe, expect, it } from 'vitest';
import { found, pairs } from './found';

describe('titles that stand for a person', () => {
  it('resolves a title alone, marked byTitle', () => {
    expect(found('الرئيس الصيني: نسعى للعمل مع روسيا')).toEqual([
      { type: 'leader', id: 'xi', text: 'الرئيس الصيني', byTitle: true },
    ]);
    expect(pairs('وأعلن سيد الكرملين أن')).toEqual(['putin:سيد الكرملين (title)']);
    expect(pairs('أكد رئيس جمهورية الصين الشعبية')).toEqual(['xi:رئيس جمهورية الصين الشعبية (title)']);
    expect(pairs('قال وزير الخارجية الروسي إن')).toEqual(['lavrov:وزير الخارجية الروسي (title)']);
    expect(pairs('وأكد الزعيم الصيني')).toEqual(['xi:الزعيم الصيني (title)']);
  });

  it('does not make a title before a name part of the span or a mention of its own', () => {
    expect(pairs('عقد الرئيس الروسي فلاديمير بوتين قمة مع نظيره الصيني شي جين بينج')).toEqual([
      'putin:فلاديمير بوتين',
      'xi:شي جين بينج',
    ]);
    expect(
      pairs('أعلن الكرملين أن الرئيس الروسي، فلاديمير بوتين، سيجري مع نظيره الصيني، شي جين بينغ، محادثات'),
    ).toEqual(['kremlin:الكرملين (title)', 'putin:فلاديمير بوتين', 'xi:شي جين بينغ']);
    expect(pairs('ضمت الرئيس الروسي "فلاديمير بوتين" والرئيس الصيني" شي جين بينغ"')).toEqual([
      'putin:فلاديمير بوتين',
      'xi:شي جين بينغ',
    ]);
    expect(pairs('سيجري الرئيس الروسي، فلاديمير بوتين ورئيس جمهورية الصين الشعبية شي جين بينغ، محادثات')).toEqual([
      'putin:فلاديمير بوتين',
      'xi:شي جين بينغ',
    ]);
    expect(pairs('وقال وزير الخارجية الصيني وانغ يي')).toEqual(['wang-yi:وانغ يي']);
    expect(pairs('قال المتحدث باسم الكرملين دميتري بيسكوف')).toEqual(['peskov:دميتري بيسكوف']);
  });

  it('does not repeat a person named just before in apposition', () => {
    expect(pairs('التقى شي جين بينغ، الرئيس الصيني، بوفد روسي')).toEqual(['xi:شي جين بينغ']);
    expect(pairs('التقى بوتين الرئيس الصيني')).toEqual(['putin:بوتين', 'xi:الرئيس الصيني (title)']);
  });

  it('does not read plural and joint titles as a mention of either leader', () => {
    expect(pairs('وصل الرئيسان الروسي والصيني إلى القاعة')).toEqual([]);
    expect(pairs('اتفق الرئيسين الروسي والصيني على')).toEqual([]);
    expect(pairs('لقاء الرئيس الصيني والروسي في سمرقند')).toEqual(['samarkand:سمرقند']);
    expect(pairs('وأكد الزعيمان أن')).toEqual([]);
    expect(pairs('الرئيسان الروسي "فلاديمير بوتين" والصيني" شي جين بينغ " خلال اللقاء')).toEqual([
      'putin:فلاديمير بوتين',
      'xi:شي جين بينغ',
    ]);
  });

  it('resolves the Chinese premier at the reference date', () => {
    expect(pairs('التقى رئيس الوزراء الصيني الوفد', '2019-04-10')).toEqual(['li-keqiang:رئيس الوزراء الصيني (title)']);
    expect(pairs('التقى رئيس الوزراء الصيني الوفد', '2023-03-10')).toEqual(['li-keqiang:رئيس الوزراء الصيني (title)']);
    expect(pairs('التقى رئيس الوزراء الصيني الوفد', '2023-03-11')).toEqual(['li-qiang:رئيس الوزراء الصيني (title)']);
    expect(pairs('ورحب رئيس مجلس الدولة الصيني بالضيف', '2024-05-16')).toEqual([
      'li-qiang:رئيس مجلس الدولة الصيني (title)',
    ]);
  });

  it('resolves other offices that changed hands', () => {
    expect(pairs('قال وزير الخارجية الصيني', '2023-03-07')).toEqual(['qin-gang:وزير الخارجية الصيني (title)']);
    expect(pairs('قال وزير الخارجية الصيني', '2023-09-01')).toEqual(['wang-yi:وزير الخارجية الصيني (title)']);
    expect(pairs('قال وزير الدفاع الروسي', '2020-06-24')).toEqual(['shoigu:وزير الدفاع الروسي (title)']);
    expect(pairs('قال وزير الدفاع الروسي', '2025-05-09')).toEqual(['belousov:وزير الدفاع الروسي (title)']);
    expect(pairs('قال الرئيس الأمريكي', '2022-02-04')).toEqual(['biden:الرئيس الأمريكي (title)']);
    expect(pairs('قال الرئيس الأمريكي', '2025-08-08')).toEqual(['trump:الرئيس الأمريكي (title)']);
    expect(pairs('قال الرئيس الروسي', '2010-06-01')).toEqual(['medvedev:الرئيس الروسي (title)']);
    expect(pairs('قال الرئيس الأمريكي', '2019-03-01T08:00:00Z')).toEqual(['trump:الرئيس الأمريكي (title)']);
  });

  it('without a reference date, places the text in the latest year it mentions', () => {
    expect(pairs('في مارس 2019 قال رئيس الوزراء الصيني', null)).toEqual(['li-keqiang:رئيس الوزراء الصيني (title)']);
    expect(pairs('في 2024 قال رئيس الوزراء الصيني', null)).toEqual(['li-qiang:رئيس الوزراء الصيني (title)']);
    // 2023 saw both premiers: the one the text names decides.
    expect(pairs('عام 2023 التقى لي تشيانغ الوفد، وقال رئيس الوزراء الصيني', null)).toEqual([
      'li-qiang:لي تشيانغ',
      'li-qiang:رئيس الوزراء الصيني (title)',
    ]);
    expect(pairs('عام 2023 قال رئيس الوزراء الصيني', null)).toEqual([]);
  });

  it('resolves a counterpart by the office of the person it is the counterpart of', () => {
    expect(pairs('أجرى بوتين اتصالا مع نظيره الصيني')).toEqual(['putin:بوتين', 'xi:نظيره الصيني (title)']);
    expect(pairs('بحث لافروف مع نظيره الصيني الأزمة')).toEqual(['lavrov:لافروف', 'wang-yi:نظيره الصيني (title)']);
    expect(pairs('استقبل ميشوستين نظيره الصيني', '2024-05-16')).toEqual([
      'mishustin:ميشوستين',
      'li-qiang:نظيره الصيني (title)',
    ]);
    expect(pairs('شهدت تأكيد الرئيس الصيني لنظيره الروسي أن')).toEqual([
      'xi:الرئيس الصيني (title)',
      'putin:نظيره الروسي (title)',
    ]);
    expect(pairs('بوتين ونظيره الصيني سيجريان محادثات')).toEqual(['putin:بوتين', 'xi:نظيره الصيني (title)']);
    // With nobody named before it, a counterpart is the head of state.
    expect(pairs('اتصل بنظيره الروسي')).toEqual(['putin:نظيره الروسي (title)']);
  });

  it('leaves out titles of someone else: deputies, aides, former and elected holders', () => {
    expect(pairs('قال نائب وزير الخارجية الروسي')).toEqual([]);
    expect(pairs('أكد مساعد الرئيس الروسي أن')).toEqual([]);
    expect(pairs('قال النائب الأول لرئيس مجلس الدوما إيفان ميلنيكوف')).toEqual(['melnikov:إيفان ميلنيكوف']);
    expect(pairs('قال الرئيس الأمريكي السابق إن', '2022-01-01')).toEqual([]);
    expect(pairs('انتقد الرئيس الأمريكي السابق دونالد ترامب', '2022-01-01')).toEqual(['trump:دونالد ترامب']);
    expect(pairs('قالت زوجة الرئيس الصيني')).toEqual([]);
  });

  it('leaves out a title of its holder at the time (آنذاك, حينها), with or without the name', () => {
    expect(pairs('ووقعها بوتين والرئيس الصيني آنذاك جيانغ تسه مين عام 2001', '2025-07-13')).toEqual([
      'putin:بوتين',
      'jiang-zemin:جيانغ تسه مين',
    ]);
    expect(pairs('وكان الرئيس الروسي حينها قد زار بكين', '2025-07-13')).toEqual(['beijing:بكين']);
    expect(pairs('وكان الرئيس الروسي قد زار بكين', '2025-07-13')).toEqual([
      'putin:الرئيس الروسي (title)',
      'beijing:بكين',
    ]);
  });

  it('resolves the foreign-policy aide and the Kremlin spokesman by title', () => {
    expect(pairs('قال مساعد الرئيس الروسي للشؤون الدولية إن')).toEqual([
      'ushakov:مساعد الرئيس الروسي للشؤون الدولية (title)',
    ]);
    expect(pairs('قال المتحدث باسم الكرملين إن')).toEqual(['peskov:المتحدث باسم الكرملين (title)']);
  });
});
