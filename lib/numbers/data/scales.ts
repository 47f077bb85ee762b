// Scale words with their case and number forms. Arabic scales inflect: مليون (singular),
// مليونًا (accusative after 11–99: عشرين مليونا), مليونان/مليونين (dual = two million),
// مليونا/مليوني (dual in construct: مليونا دولار، ملياري دولار), ملايين (plural after 3–10).
// مليار and بليون are both 10^9 in Arabic usage (بليون is the older Levantine/Gulf word); the
// Maghrebi press writes the plural of مليار as ملايير.

export type ScaleForm = 'single' | 'accusative' | 'dual' | 'dual-construct' | 'plural';

export interface ScaleWords {
  value: number;
  single: string[];
  /** Singular accusative with tanwin alef; alone (no number before) it is the construct dual. */
  accusative: string[];
  dual: string[];
  dualConstruct: string[];
  plural: string[];
}

export const SCALES: readonly ScaleWords[] = [
  {
    value: 1e3,
    single: ['ألف'],
    accusative: ['ألفا'],
    dual: ['ألفان', 'ألفين'],
    dualConstruct: ['ألفي'],
    plural: ['آلاف', 'ألوف', 'تلاف'],
  },
  {
    value: 1e6,
    single: ['مليون'],
    accusative: ['مليونا'],
    dual: ['مليونان', 'مليونين'],
    dualConstruct: ['مليوني'],
    plural: ['ملايين'],
  },
  {
    value: 1e9,
    single: ['مليار', 'بليون'],
    accusative: ['مليارا', 'بليونا'],
    dual: ['ملياران', 'مليارين', 'بليونان', 'بليونين'],
    dualConstruct: ['ملياري', 'بليوني'],
    // `ملايير`: the Maghrebi plural (Algerian, Moroccan, Tunisian press: `108 ملايير دولار`).
    plural: ['مليارات', 'بلايين', 'بليونات', 'ملايير'],
  },
  {
    value: 1e12,
    single: ['تريليون', 'ترليون'],
    accusative: ['تريليونا', 'ترليونا'],
    dual: ['تريليونان', 'تريليونين', 'ترليونان', 'ترليونين'],
    dualConstruct: ['تريليوني', 'ترليوني'],
    plural: ['تريليونات', 'ترليونات'],
  },
];
