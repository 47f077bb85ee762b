// Heads of state and government of the 2010s and early 2020s whom reports of G20, BRICS, APEC and
// SCO summits list beside Putin and Xi (the family photo, the sideline meetings), and who have
// since left office. Titles resolve to them in a text about their years.
//
// Surnames that are also common words or other people (`ماي` is the month of May in the Maghreb,
// `جونسون` many people) count only after a title or when the full name is in the text.

import type { Leader } from '../types';
import { names, post, term } from './helpers';

export const PAST_SUMMIT_LEADERS: Leader[] = [
  {
    id: 'may',
    name: { ar: 'تيريزا ماي', en: 'Theresa May' },
    country: 'GB',
    roles: [term('gb-pm', '2016-07-13', '2019-07-23')],
    spellings: [...names(['تيريزا', 'تيريسا', 'تريزا', 'تريسا'], ['ماي'], false), { text: 'ماي', needs: 'title' }],
  },
  {
    id: 'johnson',
    name: { ar: 'بوريس جونسون', en: 'Boris Johnson' },
    country: 'GB',
    roles: [term('gb-pm', '2019-07-24', '2022-09-05')],
    spellings: [...names(['بوريس'], ['جونسون'], false), { text: 'جونسون', needs: 'named' }],
  },
  {
    id: 'sunak',
    name: { ar: 'ريشي سوناك', en: 'Rishi Sunak' },
    country: 'GB',
    roles: [term('gb-pm', '2022-10-25', '2024-07-04')],
    spellings: names(['ريشي'], ['سوناك']),
  },
  {
    id: 'cameron',
    name: { ar: 'ديفيد كاميرون', en: 'David Cameron' },
    country: 'GB',
    roles: [term('gb-pm', '2010-05-11', '2016-07-12')],
    spellings: names(['ديفيد', 'ديفد'], ['كاميرون']),
  },
  {
    id: 'park-geun-hye',
    name: { ar: 'بارك كون هيه', en: 'Park Geun-hye' },
    country: 'KR',
    roles: [term('kr-president', '2013-02-25', '2017-03-10')],
    spellings: names(
      ['بارك', 'باك'],
      ['كون هيه', 'غيون هيه', 'كيون هيه', 'غون هيه', 'كون هي', 'جيون هاي', 'كون-هيه'],
      false,
    ),
  },
  {
    id: 'moon-jae-in',
    name: { ar: 'مون جاي إن', en: 'Moon Jae-in' },
    country: 'KR',
    roles: [term('kr-president', '2017-05-10', '2022-05-09')],
    spellings: ['مون جاي إن', 'مون جيه إن', 'مون جاي ان', 'مون جيه ان', 'مون جاي-إن'],
  },
  {
    id: 'renzi',
    name: { ar: 'ماتيو رينزي', en: 'Matteo Renzi' },
    country: 'IT',
    roles: [term('it-pm', '2014-02-22', '2016-12-12')],
    spellings: names(['ماتيو'], ['رينزي']),
  },
  {
    id: 'juncker',
    name: { ar: 'جان كلود يونكر', en: 'Jean-Claude Juncker' },
    country: 'EU',
    roles: [term('eu-commission-president', '2014-11-01', '2019-11-30')],
    spellings: names(['جان كلود', 'جان-كلود'], ['يونكر', 'يونكير', 'جونكر']),
  },
  {
    id: 'tusk',
    name: { ar: 'دونالد توسك', en: 'Donald Tusk' },
    country: 'EU',
    roles: [
      post({ en: 'Prime Minister of Poland', ar: 'رئيس وزراء بولندا' }, '2023-12-13', null),
      term('eu-council-president', '2014-12-01', '2019-11-30'),
    ],
    spellings: names(['دونالد'], ['توسك']),
  },
  {
    id: 'trudeau',
    name: { ar: 'جاستن ترودو', en: 'Justin Trudeau' },
    country: 'CA',
    roles: [post({ en: 'Prime Minister of Canada', ar: 'رئيس وزراء كندا' }, '2015-11-04', '2025-03-14')],
    spellings: names(['جاستن', 'جستن', 'جوستين'], ['ترودو']),
  },
  {
    id: 'macri',
    name: { ar: 'ماوريسيو ماكري', en: 'Mauricio Macri' },
    country: 'AR',
    roles: [post({ en: 'President of Argentina', ar: 'رئيس الأرجنتين' }, '2015-12-10', '2019-12-10')],
    spellings: names(['ماوريسيو', 'موريسيو', 'ماوريثيو'], ['ماكري']),
  },
  {
    id: 'turnbull',
    name: { ar: 'مالكولم تيرنبول', en: 'Malcolm Turnbull' },
    country: 'AU',
    roles: [post({ en: 'Prime Minister of Australia', ar: 'رئيس وزراء أستراليا' }, '2015-09-15', '2018-08-24')],
    spellings: names(['مالكولم', 'مالكوم'], ['تيرنبول', 'ترنبول']),
  },
  {
    id: 'pena-nieto',
    name: { ar: 'إنريكي بينيا نييتو', en: 'Enrique Peña Nieto' },
    country: 'MX',
    roles: [post({ en: 'President of Mexico', ar: 'رئيس المكسيك' }, '2012-12-01', '2018-11-30')],
    spellings: names(['إنريكي', 'انريكي'], ['بينيا نييتو', 'بينا نييتو', 'بينيا نيتو'], true),
  },
];
