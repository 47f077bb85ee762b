// Leaders of the twentieth century whom anniversary pieces, analyses and op-eds name when they
// tell the story of Moscow–Beijing relations: the Soviet leaders from Lenin to Gorbachev, Yeltsin,
// Mao and the founders of the People's Republic, and the Americans of the 1972 opening to China.
// They count as `leader` mentions like any named political person. Roles with an office let a
// title (`الرئيس الصيني`) resolve to them in a text about their time; Soviet and party posts are
// described in place (no title of today points to them).
//
// Spellings as the Levantine, Gulf, Egyptian and Maghrebi press write them; the lexicon adds the
// Egyptian ج for every غ. Bare short names that are also other words or other people (`ماو` is
// also Mao Ning's surname, `دنغ`) count only when the full name is in the text.

import type { Leader } from '../types';
import { names, post, term } from './helpers';

const su = (en: string, ar: string) => ({ en, ar });

export const HISTORICAL_LEADERS: Leader[] = [
  // Soviet Union and Russia
  {
    id: 'lenin',
    name: { ar: 'فلاديمير لينين', en: 'Vladimir Lenin' },
    country: 'RU',
    roles: [
      post(su('Chairman of the Council of People’s Commissars', 'رئيس مجلس مفوضي الشعب'), '1917-11-08', '1924-01-21'),
    ],
    spellings: [...names(['فلاديمير'], ['لينين']), 'فلاديمير إيليتش لينين', 'فلاديمير ايليتش لينين'],
  },
  {
    id: 'stalin',
    name: { ar: 'جوزيف ستالين', en: 'Joseph Stalin' },
    country: 'RU',
    roles: [
      post(su('General Secretary of the CPSU', 'الأمين العام للحزب الشيوعي السوفيتي'), '1922-04-03', '1953-03-05'),
    ],
    spellings: names(['جوزيف', 'جوزف', 'يوسف', 'يوسيف'], ['ستالين']),
  },
  {
    id: 'khrushchev',
    name: { ar: 'نيكيتا خروتشوف', en: 'Nikita Khrushchev' },
    country: 'RU',
    roles: [
      post(su('First Secretary of the CPSU', 'السكرتير الأول للحزب الشيوعي السوفيتي'), '1953-09-14', '1964-10-14'),
    ],
    spellings: names(['نيكيتا'], ['خروتشوف', 'خروشوف', 'خروتشيف', 'خروشتشوف', 'خروشيف']),
  },
  {
    id: 'brezhnev',
    name: { ar: 'ليونيد بريجنيف', en: 'Leonid Brezhnev' },
    country: 'RU',
    roles: [
      post(su('General Secretary of the CPSU', 'الأمين العام للحزب الشيوعي السوفيتي'), '1964-10-14', '1982-11-10'),
    ],
    spellings: names(['ليونيد', 'ليونيد إيليتش'], ['بريجنيف', 'بريجينيف', 'بريجنييف']),
  },
  {
    id: 'gorbachev',
    name: { ar: 'ميخائيل غورباتشوف', en: 'Mikhail Gorbachev' },
    country: 'RU',
    roles: [
      post(su('President of the Soviet Union', 'رئيس الاتحاد السوفيتي'), '1990-03-15', '1991-12-25'),
      post(su('General Secretary of the CPSU', 'الأمين العام للحزب الشيوعي السوفيتي'), '1985-03-11', '1991-08-24'),
    ],
    spellings: names(['ميخائيل', 'ميخايل'], ['غورباتشوف', 'غورباتشيف', 'غورباشوف', 'غورباتشوڤ', 'قورباتشوف']),
  },
  {
    id: 'yeltsin',
    name: { ar: 'بوريس يلتسين', en: 'Boris Yeltsin' },
    country: 'RU',
    roles: [term('ru-president', '1991-07-10', '1999-12-30')],
    spellings: names(['بوريس'], ['يلتسين', 'يلتسن', 'ييلتسين', 'إلتسين']),
  },

  // People's Republic of China
  {
    id: 'mao',
    name: { ar: 'ماو تسي تونغ', en: 'Mao Zedong' },
    country: 'CN',
    roles: [
      term('cn-president', '1949-10-01', '1959-04-26'),
      post(su('Chairman of the Chinese Communist Party', 'رئيس الحزب الشيوعي الصيني'), '1945-06-19', '1976-09-09'),
    ],
    spellings: [
      'ماو تسي تونغ',
      'ماو تسى تونغ',
      'ماو تسه تونغ',
      'ماو تسي تونك',
      'ماو تسي دونغ',
      'ماو تسيتونغ',
      'ماو تسيدونغ',
      'ماو تزي تونغ',
      'ماو زيدونغ',
      'ماو زي دونغ',
      'ماوتسي تونغ',
      'ماو تسي-تونغ',
      { text: 'ماو', needs: 'named' },
    ],
  },
  {
    id: 'zhou-enlai',
    name: { ar: 'تشو إن لاي', en: 'Zhou Enlai' },
    country: 'CN',
    roles: [term('cn-premier', '1949-10-01', '1976-01-08')],
    spellings: [
      'تشو إن لاي',
      'تشو ان لاي',
      'تشو أن لاي',
      'تشو إنلاي',
      'شو إن لاي',
      'جو إن لاي',
      'تشو إين لاي',
      'تشو اين لاي',
    ],
  },
  {
    id: 'liu-shaoqi',
    name: { ar: 'ليو شاو تشي', en: 'Liu Shaoqi' },
    country: 'CN',
    roles: [term('cn-president', '1959-04-27', '1968-10-31')],
    spellings: ['ليو شاو تشي', 'ليو شاوتشي', 'ليو شاو شي', 'ليو شاوشي'],
  },
  {
    id: 'deng-xiaoping',
    name: { ar: 'دنغ شياو بينغ', en: 'Deng Xiaoping' },
    country: 'CN',
    roles: [post(su('Paramount leader of China', 'الزعيم الصيني'), '1978-12-22', '1989-11-09')],
    spellings: [
      ...names(['دنغ', 'دينغ', 'تنغ'], ['شياو بينغ', 'شياوبينغ', 'شياو بنغ', 'سياو بينغ'], false),
      { text: 'دنغ', needs: 'named' },
      { text: 'دينغ', needs: 'named' },
    ],
  },

  // United States: the opening to China
  {
    id: 'nixon',
    name: { ar: 'ريتشارد نيكسون', en: 'Richard Nixon' },
    country: 'US',
    roles: [term('us-president', '1969-01-20', '1974-08-09')],
    spellings: names(['ريتشارد', 'ريتشرد'], ['نيكسون']),
  },
  {
    id: 'kissinger',
    name: { ar: 'هنري كيسنجر', en: 'Henry Kissinger' },
    country: 'US',
    roles: [
      term('us-secretary-of-state', '1973-09-22', '1977-01-20'),
      term('us-national-security-adviser', '1969-01-20', '1975-11-03'),
    ],
    spellings: names(['هنري'], ['كيسنجر', 'كيسينجر', 'كيسنغر', 'كسينجر', 'كيسينغر']),
  },
  {
    id: 'reagan',
    name: { ar: 'رونالد ريغان', en: 'Ronald Reagan' },
    country: 'US',
    roles: [term('us-president', '1981-01-20', '1989-01-20')],
    spellings: names(['رونالد'], ['ريغان']),
  },
];
