// Ministers, spokespeople and premiers of 2013–2025 and the officials of the Soviet and Chinese
// past: named in full, by surname, and by a title of their time.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('officials', () => {
  it('reads Soviet and Chinese officials of the past', () => {
    expect(pairs('التقى أليكسي كوسيغين وتشو إن لاي عام 1969، ثم زار يانغ جيه تشي موسكو')).toEqual([
      'kosygin:أليكسي كوسيغين',
      'zhou-enlai:تشو إن لاي',
      'yang-jiechi:يانغ جيه تشي',
      'moscow:موسكو',
    ]);
    expect(pairs('وقع يانغ شانغ كون ولي بنغ وتشو رونغ جي مع بريماكوف وشيفرنادزه')).toEqual([
      'yang-shangkun:يانغ شانغ كون',
      'li-peng:لي بنغ',
      'zhu-rongji:تشو رونغ جي',
      'primakov:بريماكوف',
      'shevardnadze:شيفرنادزه',
    ]);
  });

  it('resolves a title to the holder of its time', () => {
    expect(pairs('قال وزير الخارجية الصيني', '2010-06-01')).toEqual(['yang-jiechi:وزير الخارجية الصيني (title)']);
    expect(pairs('قال وزير الدفاع الأمريكي', '2016-06-01')).toEqual(['ash-carter:وزير الدفاع الأمريكي (title)']);
    expect(pairs('قال رئيس الوزراء الروسي', '1998-12-01')).toEqual(['primakov:رئيس الوزراء الروسي (title)']);
  });

  it('reads ministers and spokespeople of the countries in this coverage', () => {
    expect(
      pairs('التقى فيصل المقداد وأحمد عطاف وناليدي باندور وأولجاس بيكتينوف وماورو فييرا وبدر البوسعيدي وراجناث سينغ'),
    ).toEqual([
      'mekdad:فيصل المقداد',
      'attaf:أحمد عطاف',
      'pandor:ناليدي باندور',
      'bektenov:أولجاس بيكتينوف',
      'vieira:ماورو فييرا',
      'albusaidi:بدر البوسعيدي',
      'rajnath-singh:راجناث سينغ',
    ]);
  });

  it('takes a surname that is also a word or another person only beside the full name', () => {
    expect(pairs('وصل إلى أوستن في تكساس')).toEqual([]);
    expect(pairs('التقى لويد أوستن ثم قال أوستن')).toEqual(['austin:لويد أوستن', 'austin:أوستن']);
    expect(pairs('رست السفينة في مرسي مطروح')).toEqual([]);
  });
});
