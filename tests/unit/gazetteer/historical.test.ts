// Leaders of the past that anniversary pieces and analyses name (Mao, Stalin, Gorbachev, Nixon),
// and heads of government of the 2010s that summit reports list. Phrases in the styles of the
// Levantine, Gulf, Egyptian and Maghrebi press.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('leaders of the twentieth century', () => {
  it('the Soviet leaders and Yeltsin, in Levantine and Egyptian spellings', () => {
    expect(pairs('منذ عهد جوزيف ستالين ونيكيتا خروتشوف مرورا بليونيد بريجنيف وصولا إلى ميخائيل غورباتشوف.')).toEqual([
      'stalin:جوزيف ستالين',
      'khrushchev:نيكيتا خروتشوف',
      'brezhnev:ليونيد بريجنيف',
      'gorbachev:ميخائيل غورباتشوف',
    ]);
    expect(pairs('وزار جورباتشوف بكين عام 1989، ثم وقع يلتسين مع جيانغ تسه مين اتفاق الحدود.')).toEqual([
      'gorbachev:جورباتشوف',
      'beijing:بكين',
      'yeltsin:يلتسين',
      'jiang-zemin:جيانغ تسه مين',
    ]);
    expect(pairs('في زمن لينين وستالين وخروشوف')).toEqual(['lenin:لينين', 'stalin:ستالين', 'khrushchev:خروشوف']);
  });

  it('the founders of the People’s Republic, with and without the Egyptian ج', () => {
    expect(pairs('أعلن ماو تسي تونغ قيام الجمهورية، وكان تشو إن لاي رئيسا للوزراء.')).toEqual([
      'mao:ماو تسي تونغ',
      'zhou-enlai:تشو إن لاي',
    ]);
    expect(pairs('الزعيم ماو تسي تونج والإصلاحي دنج شياو بينج')).toEqual([
      'mao:ماو تسي تونج',
      'deng-xiaoping:دنج شياو بينج',
    ]);
    // The short names count once the full name is in the text.
    expect(pairs('ماو زيدونغ زار موسكو، ولم يلتق ماو بعدها ستالين.')).toEqual([
      'mao:ماو زيدونغ',
      'moscow:موسكو',
      'mao:ماو',
      'stalin:ستالين',
    ]);
    expect(pairs('قال دنغ شياو بينغ إن، وكرر دنغ ذلك.')).toEqual(['deng-xiaoping:دنغ شياو بينغ', 'deng-xiaoping:دنغ']);
  });

  it('never takes a bare short name alone, nor Mao Ning for Mao', () => {
    expect(pairs('وقال ماو إن الأمر انتهى.')).toEqual([]);
    expect(pairs('وقالت المتحدثة ماو نينغ إن بكين ترحب.')).toEqual(['mao-ning:ماو نينغ', 'beijing:بكين']);
  });

  it('the Americans of the opening to China', () => {
    expect(pairs('زيارة ريتشارد نيكسون إلى بكين عام 1972 التي مهد لها هنري كيسنجر، ثم رونالد ريغان.')).toEqual([
      'nixon:ريتشارد نيكسون',
      'beijing:بكين',
      'kissinger:هنري كيسنجر',
      'reagan:رونالد ريغان',
    ]);
    expect(pairs('وقال كيسنجر إن نيكسون')).toEqual(['kissinger:كيسنجر', 'nixon:نيكسون']);
  });

  it('resolves a title in a text about their time', () => {
    expect(pairs('وقال الرئيس الروسي إن', '1996-04-25')).toEqual(['yeltsin:الرئيس الروسي (title)']);
  });
});

describe('heads of government of the 2010s', () => {
  it('G20 and BRICS family photos', () => {
    expect(
      pairs(
        'وشارك في القمة رئيسة الوزراء البريطانية تيريزا ماي ورئيسة كوريا الجنوبية بارك كون هيه وجاستن ترودو.',
        '2016-09-05',
      ),
    ).toEqual(['may:تيريزا ماي', 'park-geun-hye:بارك كون هيه', 'trudeau:جاستن ترودو']);
    expect(
      pairs('والتقى بوتين رئيس المفوضية الأوروبية جان كلود يونكر ورئيس الوزراء الإيطالي ماتيو رينزي.', '2016-09-05'),
    ).toEqual(['putin:بوتين', 'juncker:جان كلود يونكر', 'renzi:ماتيو رينزي']);
  });

  it('`ماي` is Theresa May only after a title (in the Maghreb it is the month of May)', () => {
    expect(pairs('وقالت رئيسة الوزراء البريطانية ماي إن', '2017-07-08')).toEqual(['may:ماي']);
    expect(pairs('الاجتماع المقرر في 9 ماي المقبل')).toEqual([]);
  });

  it('Libya’s leaders at Russian and Chinese forums', () => {
    expect(pairs('واستقبل شي جين بينغ رئيس المجلس الرئاسي الليبي محمد المنفي، وقال المنفي إن', '2024-09-05')).toEqual([
      'xi:شي جين بينغ',
      'menfi:محمد المنفي',
      'menfi:المنفي',
    ]);
    expect(pairs('عاد من المنفى وقضى سنوات في المنفي')).toEqual([]);
  });
});
