// Named sites beyond the capitals' best-known seats: the halls and palaces where talks and
// banquets are held, the cosmodromes, campuses and islands leaders tour, and the stadiums of
// opening ceremonies. Reports name them with a generic noun (`قاعة`, `قصر`, `قاعدة`, `مطار`,
// `جزيرة`) before the proper name, or the proper name alone; both are listed, the longest first
// wins. The id is a slug of the site's English name.

import type { Venue } from '../types';

function landmark(id: string, within: string, country: string, ar: string, en: string, spellings: string[]): Venue {
  return { id, name: { ar, en }, kind: 'site', country, in: within, spellings };
}

/** A proper name alone and after each generic noun the press puts before it. */
function withNouns(nouns: string[], names: string[], alone = true): string[] {
  return [...names.flatMap((n) => nouns.map((noun) => `${noun} ${n}`)), ...(alone ? names : [])];
}

/** A cosmodrome: `قاعدة فوستوتشني الفضائية`, `مطار فوستوتشني الفضائي`, `كوزمودروم فوستوتشني`. */
function cosmodromeNames(names: string[]): string[] {
  return [
    ...names.flatMap((n) => [
      `قاعدة ${n} الفضائية`,
      `مطار ${n} الفضائي`,
      `ميناء ${n} الفضائي`,
      `مركز ${n} الفضائي`,
      `محطة ${n} الفضائية`,
      `قاعدة ${n} لإطلاق الصواريخ`,
      `قاعدة ${n}`,
      `مطار ${n}`,
      `كوزمودروم ${n}`,
    ]),
    ...names,
  ];
}

export const LANDMARKS: Venue[] = [
  // Russia: the Kremlin's state halls (talks, awards, banquets)
  landmark(
    'st-george-hall',
    'moscow',
    'RU',
    'قاعة القديس جورج',
    "St George's Hall of the Grand Kremlin Palace",
    withNouns(['قاعة'], ['القديس جورج', 'القديس غيورغي', 'سانت جورج', 'غيورغيفسكي', 'جورجيفسكي'], false),
  ),
  landmark(
    'st-andrew-hall',
    'moscow',
    'RU',
    'قاعة القديس أندراوس',
    "St Andrew's Hall of the Grand Kremlin Palace",
    withNouns(['قاعة'], ['القديس أندراوس', 'القديس أندريه', 'أندرييفسكي', 'أندريفسكي'], false),
  ),
  landmark(
    'st-catherine-hall',
    'moscow',
    'RU',
    'قاعة القديسة كاترين',
    "St Catherine's Hall of the Kremlin",
    withNouns(['قاعة'], ['القديسة كاترين', 'القديسة يكاترينا', 'يكاترينينسكي', 'كاترين'], false),
  ),
  landmark('kremlin-palace', 'moscow', 'RU', 'قصر الكرملين للمؤتمرات', 'State Kremlin Palace', [
    'قصر الكرملين للمؤتمرات',
    'قصر المؤتمرات في الكرملين',
    'قصر الكرملين الحكومي',
  ]),
  landmark('luzhniki-stadium', 'moscow', 'RU', 'ملعب لوجنيكي', 'Luzhniki Stadium', [
    ...withNouns(['ملعب', 'استاد', 'ستاد'], ['لوجنيكي', 'لوزنيكي', 'لوجنيكى']),
  ]),
  landmark('bolshoi-theatre', 'moscow', 'RU', 'مسرح البولشوي', 'Bolshoi Theatre', [
    'مسرح البولشوي',
    'مسرح بولشوي',
    'البولشوي',
  ]),
  landmark(
    'konstantinovsky-palace',
    'saint-petersburg',
    'RU',
    'قصر قسطنطين',
    'Konstantinovsky Palace',
    withNouns(['قصر'], ['قسطنطين', 'كونستانتينوفسكي', 'كونستانتين'], false),
  ),
  // Vladivostok: the Eastern Economic Forum's campus on Russky Island
  landmark('russky-island', 'vladivostok', 'RU', 'جزيرة روسكي', 'Russky Island', [
    'جزيرة روسكي',
    'جزيرة روسكى',
    'جزيرة روسكيي',
  ]),
  landmark(
    'far-eastern-federal-university',
    'vladivostok',
    'RU',
    'جامعة الشرق الأقصى الفيدرالية',
    'Far Eastern Federal University',
    ['جامعة الشرق الأقصى الفيدرالية', 'جامعة الشرق الأقصى الفدرالية', 'جامعة الشرق الأقصى الاتحادية'],
  ),
  // Cosmodromes: Vostochny in the Amur region (Putin–Kim 2023), Baikonur in Kazakhstan
  landmark(
    'vostochny-cosmodrome',
    'tsiolkovsky',
    'RU',
    'قاعدة فوستوتشني الفضائية',
    'Vostochny Cosmodrome',
    cosmodromeNames(['فوستوتشني', 'فوستوشني', 'فوستوتشنى', 'فوستوتشنيي', 'فوستوچني']),
  ),
  landmark(
    'baikonur-cosmodrome',
    'baikonur',
    'KZ',
    'قاعدة بايكونور الفضائية',
    'Baikonur Cosmodrome',
    cosmodromeNames(['بايكونور', 'بايكانور', 'بيكونور']),
  ),

  // China: Beijing's conference venues and landmarks
  landmark(
    'yanqi-lake',
    'beijing',
    'CN',
    'بحيرة يانتشي',
    'Yanqi Lake International Convention Center',
    withNouns(['بحيرة', 'منتجع بحيرة', 'مركز مؤتمرات بحيرة'], ['يانتشي', 'يانكي', 'يانشي'], false),
  ),
  landmark(
    'china-national-convention-center',
    'beijing',
    'CN',
    'مركز المؤتمرات الوطني الصيني',
    'China National Convention Center',
    [
      'مركز المؤتمرات الوطني الصيني',
      'المركز الوطني للمؤتمرات في بكين',
      'مركز بكين الوطني للمؤتمرات',
      'مركز المؤتمرات الوطني في بكين',
    ],
  ),
  landmark('forbidden-city', 'beijing', 'CN', 'المدينة المحرمة', 'Forbidden City', [
    'المدينة المحرمة',
    'المدينة المحظورة',
    'القصر الإمبراطوري في بكين',
  ]),
  landmark('temple-of-heaven', 'beijing', 'CN', 'معبد السماء', 'Temple of Heaven', [
    'معبد السماء',
    'معبد السماء في بكين',
  ]),
  landmark('workers-stadium', 'beijing', 'CN', 'ملعب العمال', "Workers' Stadium", [
    'ملعب العمال في بكين',
    'استاد العمال في بكين',
    'ملعب العمال',
    'استاد العمال',
  ]),

  // Kazakhstan: the presidential palace in Astana
  landmark(
    'akorda',
    'astana',
    'KZ',
    'قصر آق أوردا',
    'Akorda Presidential Palace',
    withNouns(['قصر', 'القصر الرئاسي'], ['آق أوردا', 'أق أوردا', 'أكوردا', 'آكوردا', 'اق اوردا']),
  ),
];
