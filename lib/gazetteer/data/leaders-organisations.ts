// Heads of international organisations (IMF, WTO, WHO, IAEA, World Bank, NATO, the European
// Parliament) and European leaders of Russia–China coverage beyond `leaders-world.ts`.

import type { Leader } from '../types';
import { names, post, term } from './helpers';

export const ORGANISATION_LEADERS: Leader[] = [
  {
    id: 'georgieva',
    name: { ar: 'كريستالينا جورجيفا', en: 'Kristalina Georgieva' },
    country: 'UN',
    roles: [term('imf-md', '2019-10-01', null)],
    spellings: names(['كريستالينا'], ['جورجيفا', 'غورغييفا', 'غيورغييفا']),
  },
  {
    id: 'okonjo-iweala',
    name: { ar: 'نغوزي أوكونجو إيويالا', en: 'Ngozi Okonjo-Iweala' },
    country: 'UN',
    roles: [term('wto-dg', '2021-03-01', null)],
    spellings: names(['نغوزي', 'انغوزي'], ['أوكونجو إيويالا', 'أوكونجو-إيويالا', 'أوكونجو ايويالا']),
  },
  {
    id: 'tedros',
    name: { ar: 'تيدروس أدهانوم غيبريسوس', en: 'Tedros Adhanom Ghebreyesus' },
    country: 'UN',
    roles: [term('who-dg', '2017-07-01', null)],
    spellings: ['تيدروس أدهانوم غيبريسوس', 'تيدروس أدهانوم', 'تيدروس'],
  },
  {
    id: 'grossi',
    name: { ar: 'رافائيل غروسي', en: 'Rafael Grossi' },
    country: 'UN',
    roles: [term('iaea-dg', '2019-12-03', null)],
    spellings: names(['رافائيل', 'رافاييل'], ['غروسي']),
  },
  {
    id: 'banga',
    name: { ar: 'أجاي بانغا', en: 'Ajay Banga' },
    country: 'UN',
    roles: [post({ ar: 'رئيس مجموعة البنك الدولي', en: 'President of the World Bank Group' }, '2023-06-02', null)],
    spellings: names(['أجاي'], ['بانغا'], false),
  },
  {
    id: 'rutte',
    name: { ar: 'مارك روته', en: 'Mark Rutte' },
    country: 'NL',
    roles: [term('nato-sg', '2024-10-01', null)],
    spellings: names(['مارك'], ['روته', 'روتي', 'روتيه']),
  },
  {
    id: 'stoltenberg',
    name: { ar: 'ينس ستولتنبرغ', en: 'Jens Stoltenberg' },
    country: 'NO',
    roles: [term('nato-sg', '2014-10-01', '2024-09-30')],
    spellings: names(['ينس', 'يانس', 'جينس'], ['ستولتنبرغ', 'ستولتنبيرغ']),
  },
  {
    id: 'metsola',
    name: { ar: 'روبرتا ميتسولا', en: 'Roberta Metsola' },
    country: 'EU',
    roles: [post({ ar: 'رئيسة البرلمان الأوروبي', en: 'President of the European Parliament' }, '2022-01-18', null)],
    spellings: names(['روبرتا'], ['ميتسولا']),
  },
  {
    id: 'meloni',
    name: { ar: 'جورجيا ميلوني', en: 'Giorgia Meloni' },
    country: 'IT',
    roles: [term('it-pm', '2022-10-22', null)],
    spellings: names(['جورجيا', 'جيورجيا'], ['ميلوني']),
  },
  {
    id: 'fico',
    name: { ar: 'روبرت فيتسو', en: 'Robert Fico' },
    country: 'SK',
    roles: [post({ ar: 'رئيس وزراء سلوفاكيا', en: 'Prime Minister of Slovakia' }, '2023-10-25', null)],
    spellings: names(['روبرت'], ['فيتسو', 'فيكو']),
  },
];
