// The Koreas, Southeast Asia and Japan beyond `leaders-world.ts`. North Korea's founders are here
// so that `كيم إيل سونغ` and `كيم جونغ إيل` are not read as the short `كيم` of Kim Jong Un.

import type { Leader } from '../types';
import { names, post, term } from './helpers';

export const ASIAN_LEADERS: Leader[] = [
  {
    id: 'kim-yo-jong',
    name: { ar: 'كيم يو جونغ', en: 'Kim Yo Jong' },
    country: 'KP',
    roles: [
      post(
        {
          ar: 'نائبة مدير إدارة في اللجنة المركزية لحزب العمال الكوري',
          en: 'Deputy Department Director, WPK Central Committee',
        },
        '2021-01-10',
        null,
        'approximate',
      ),
    ],
    spellings: ['كيم يو جونغ', 'كيم يو-جونغ', 'كيم يوجونغ'],
  },
  {
    id: 'choe-son-hui',
    name: { ar: 'تشوي سون هوي', en: 'Choe Son Hui' },
    country: 'KP',
    roles: [
      post({ ar: 'وزيرة خارجية كوريا الشمالية', en: 'Minister of Foreign Affairs of North Korea' }, '2022-06-11', null),
    ],
    spellings: ['تشوي سون هوي', 'تشوي سون هي', 'تشوي سون-هوي', 'تشوي سونهوي'],
  },
  {
    id: 'kim-il-sung',
    name: { ar: 'كيم إيل سونغ', en: 'Kim Il Sung' },
    country: 'KP',
    roles: [term('kp-leader', '1948-09-09', '1994-07-07')],
    spellings: ['كيم إيل سونغ', 'كيم ايل سونغ', 'كيم إيل-سونغ', 'كيم إل سونغ'],
  },
  {
    id: 'kim-jong-il',
    name: { ar: 'كيم جونغ إيل', en: 'Kim Jong Il' },
    country: 'KP',
    roles: [term('kp-leader', '1994-07-08', '2011-12-16')],
    spellings: ['كيم جونغ إيل', 'كيم جونغ ايل', 'كيم جونغ-إيل', 'كيم يونغ إيل'],
  },
  {
    id: 'yoon-suk-yeol',
    name: { ar: 'يون سوك يول', en: 'Yoon Suk Yeol' },
    country: 'KR',
    roles: [term('kr-president', '2022-05-10', '2025-04-04')],
    spellings: ['يون سوك يول', 'يون سوك-يول', 'يون سيوك يول'],
  },
  {
    id: 'lee-jae-myung',
    name: { ar: 'لي جاي ميونغ', en: 'Lee Jae-myung' },
    country: 'KR',
    roles: [term('kr-president', '2025-06-04', null)],
    spellings: ['لي جاي ميونغ', 'لي جاي-ميونغ', 'لي جيه ميونغ', 'لي جيه-ميونغ'],
  },
  {
    id: 'anwar-ibrahim',
    name: { ar: 'أنور إبراهيم', en: 'Anwar Ibrahim' },
    country: 'MY',
    roles: [term('my-pm', '2022-11-24', null)],
    spellings: ['أنور إبراهيم'],
  },
  {
    id: 'to-lam',
    name: { ar: 'تو لام', en: 'Tô Lâm' },
    country: 'VN',
    roles: [
      post(
        { ar: 'الأمين العام للحزب الشيوعي الفيتنامي', en: 'General Secretary of the Communist Party of Vietnam' },
        '2024-08-03',
        null,
      ),
    ],
    spellings: ['تو لام'],
  },
  {
    id: 'ishiba',
    name: { ar: 'شيغيرو إيشيبا', en: 'Shigeru Ishiba' },
    country: 'JP',
    roles: [term('jp-pm', '2024-10-01', '2025-10-20')],
    spellings: names(['شيغيرو', 'شيجيرو'], ['إيشيبا', 'ايشيبا']),
  },
  {
    id: 'takaichi',
    name: { ar: 'ساناي تاكايتشي', en: 'Sanae Takaichi' },
    country: 'JP',
    roles: [term('jp-pm', '2025-10-21', null)],
    spellings: names(['ساناي', 'سناي'], ['تاكايتشي']),
  },
];
