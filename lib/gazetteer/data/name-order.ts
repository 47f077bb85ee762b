// Words of a title that mark a Chinese, Korean or Vietnamese holder (`وزير التجارة الصيني`,
// `الرئيسة الكورية الجنوبية`, `رئيس وزراء فيتنام`). Such names are written surname first, one
// syllable group per word (`وانغ ون تاو`, `بارك كون هيه`); the gazetteer's ids join them all
// (`wang-wentao`, `park-geun-hye`), since the surname alone (Wang, Li, Kim) names thousands.
export const SURNAME_FIRST_TITLE_WORDS = [
  'الصيني',
  'الصينية',
  'الصين',
  'التايواني',
  'التايوانية',
  'تايوان',
  'الكوري',
  'الكورية',
  'كوريا',
  'الفيتنامي',
  'الفيتنامية',
  'فيتنام',
];

/** Countries of those titles, for a title the data knows (its office's country). */
export const SURNAME_FIRST_COUNTRIES = ['CN', 'TW', 'KR', 'KP', 'VN'];
