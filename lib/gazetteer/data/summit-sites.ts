// Summit sites and towns beyond the capitals: the named places where leaders of the last decade met
// that reports name instead of (or beside) the city — the US presidents' resorts and guest houses,
// the British prime minister's seat, BRICS and bilateral summit venues, and the towns of summits
// held away from capitals (Nagato 2016, Milan's ASEM 2014). A site the press also names in a
// fixed phrase about something else (`اتفاقية كامب ديفيد`, the 1978 accords) is refused in
// `lookalikes.ts`. The lexicon adds the Egyptian ج for every غ (`لاغو` → `لاجو`).

import type { Venue } from '../types';
import { city, site } from './place';

/** A name with its hyphens written, spaced or left out (`مار-أ-لاغو`, `مار أ لاغو`). */
function hyphenForms(parts: string[]): string[] {
  return [parts.join('-'), parts.join(' ')];
}

const MAR_A_LAGO = [
  ...['أ', 'آ', 'ا', 'إيه', 'ايه', 'إي'].flatMap((a) => hyphenForms(['مار', a, 'لاغو'])),
  'مارالاغو',
  'مار ألاغو',
  'مار الاغو',
  'مارآلاغو',
];

export const SUMMIT_SITES: Venue[] = [
  // United States: Trump–Xi 2017 at Mar-a-Lago (Palm Beach), Obama–Xi 2013 at Sunnylands (Rancho
  // Mirage), Biden–Xi 2023 at Filoli (Woodside), Camp David (Maryland), Blair House (the
  // president's guest house in Washington).
  city('palm-beach', 'US', 'بالم بيتش', 'Palm Beach', ['بالم بيتش', 'بالم بيش']),
  city('west-palm-beach', 'US', 'ويست بالم بيتش', 'West Palm Beach', ['ويست بالم بيتش', 'وست بالم بيتش']),
  site('mar-a-lago', 'palm-beach', 'US', 'مار-أ-لاغو', 'Mar-a-Lago', [...MAR_A_LAGO.flatMap((n) => [`منتجع ${n}`, n])]),
  city('rancho-mirage', 'US', 'رانشو ميراج', 'Rancho Mirage', ['رانشو ميراج', 'رانشو ميراغ']),
  site('sunnylands', 'rancho-mirage', 'US', 'سانيلاندز', 'Sunnylands', [
    ...['سانيلاندز', 'صانيلاندز', 'ساني لاندز', 'سني لاندز', 'سنيلاندز'].flatMap((n) => [`منتجع ${n}`, `عقار ${n}`, n]),
  ]),
  city('woodside', 'US', 'وودسايد', 'Woodside', ['وودسايد', 'وود سايد']),
  site('filoli', 'woodside', 'US', 'فيلولي', 'Filoli', [
    ...['فيلولي', 'فيلولى'].flatMap((n) => [`عقار ${n}`, `ضيعة ${n}`, `قصر ${n}`, `منزل ${n}`, n]),
  ]),
  city('thurmont', 'US', 'ثورمونت', 'Thurmont', ['ثورمونت']),
  site('camp-david', 'thurmont', 'US', 'كامب ديفيد', 'Camp David', [
    ...['كامب ديفيد', 'كامب دافيد', 'كامب ديفد'].flatMap((n) => [`منتجع ${n}`, n]),
  ]),
  site('blair-house', 'washington', 'US', 'بلير هاوس', 'Blair House', [
    'بلير هاوس',
    'دار بلير هاوس',
    'دار ضيافة بلير هاوس',
    'دار الضيافة بلير هاوس',
  ]),

  // United Kingdom: the prime minister's office, which also stands for the government
  // (`أعلنت داونينغ ستريت`).
  site(
    'downing-street',
    'london',
    'GB',
    'داونينغ ستريت',
    '10 Downing Street',
    ['داونينغ ستريت', 'داوننغ ستريت', 'داونينغ ستريت 10', 'داوننغ ستريت 10'],
    { seat: true },
  ),

  // Switzerland: Biden–Putin 2021
  site('villa-la-grange', 'geneva', 'CH', 'فيلا لا غرانج', 'Villa La Grange', [
    'فيلا لا غرانج',
    'فيلا لاغرانج',
    'فيلا لا غرانغ',
    'فيلا لاغرانغ',
  ]),

  // BRICS 2023 (Johannesburg) and 2024 (Kazan)
  site('sandton-convention-centre', 'johannesburg', 'ZA', 'مركز ساندتون للمؤتمرات', 'Sandton Convention Centre', [
    ...['ساندتون', 'ساندتن'].flatMap((n) => [
      `مركز ${n} للمؤتمرات`,
      `مركز ${n} الدولي للمؤتمرات`,
      `مركز ${n} للمؤتمرات والمعارض`,
      `مركز مؤتمرات ${n}`,
    ]),
  ]),
  site('kazan-expo', 'kazan', 'RU', 'قازان إكسبو', 'Kazan Expo', [
    ...['قازان', 'كازان'].flatMap((c) =>
      ['إكسبو', 'اكسبو'].flatMap((e) => [`مركز ${c} ${e} للمعارض`, `مركز ${c} ${e}`, `معرض ${c} ${e}`, `${c} ${e}`]),
    ),
  ]),

  // Japan: Abe–Putin 2016 in Abe's home town, Yamaguchi Prefecture. Italy: ASEM 2014 in Milan
  // (`ميلان` alone is as often the football club).
  city('nagato', 'JP', 'ناغاتو', 'Nagato', ['ناغاتو', 'ناكاتو']),
  city('milan', 'IT', 'ميلانو', 'Milan', ['ميلانو']),
];
