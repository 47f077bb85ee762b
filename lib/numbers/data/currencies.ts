// Currency words and symbols → ISO 4217 codes. The bare word takes the code Arabic news means by
// it (دولار = USD, جنيه = EGP, ريال = SAR, ليرة = TRY, درهم = AED, روبل = RUB, يوان = CNY);
// a nationality adjective after it picks another (جنيه إسترليني = GBP, ليرة لبنانية = LBP).
// Adjectives are listed in the masculine; the feminine (ة) is derived. Dual and accusative forms
// (دولارين، دولارا) are derived like those of counted nouns.

export interface CurrencyWords {
  /** Code of the bare word; a generic name when the bare word has no usual meaning (دينار). */
  code: string;
  singular: string[];
  plural?: string[];
  adjectives?: Record<string, string>;
}

export const CURRENCIES: readonly CurrencyWords[] = [
  {
    code: 'USD',
    singular: ['دولار'],
    plural: ['دولارات'],
    adjectives: {
      أمريكي: 'USD',
      أميركي: 'USD',
      كندي: 'CAD',
      أسترالي: 'AUD',
      استرالي: 'AUD',
      سنغافوري: 'SGD',
      نيوزيلندي: 'NZD',
      تايواني: 'TWD',
    },
  },
  { code: 'EUR', singular: ['يورو', 'أورو'] },
  { code: 'CNY', singular: ['يوان', 'رنمينبي', 'رينمينبي'], plural: ['يوانات'], adjectives: { صيني: 'CNY' } },
  { code: 'RUB', singular: ['روبل'], plural: ['روبلات'], adjectives: { روسي: 'RUB', بيلاروسي: 'BYN' } },
  {
    // A bare جنيه in Arabic news is the Egyptian pound (Duckling reads it as a generic "£").
    code: 'EGP',
    singular: ['جنيه'],
    plural: ['جنيهات'],
    adjectives: { مصري: 'EGP', إسترليني: 'GBP', استرليني: 'GBP', سوداني: 'SDG' },
  },
  { code: 'GBP', singular: ['إسترليني', 'استرليني'] },
  {
    code: 'SAR',
    singular: ['ريال'],
    plural: ['ريالات'],
    adjectives: { سعودي: 'SAR', قطري: 'QAR', عماني: 'OMR', يمني: 'YER', إيراني: 'IRR', ايراني: 'IRR', برازيلي: 'BRL' },
  },
  { code: 'AED', singular: ['درهم'], plural: ['دراهم'], adjectives: { إماراتي: 'AED', اماراتي: 'AED', مغربي: 'MAD' } },
  {
    code: 'dinar',
    singular: ['دينار'],
    plural: ['دنانير'],
    adjectives: {
      كويتي: 'KWD',
      بحريني: 'BHD',
      أردني: 'JOD',
      اردني: 'JOD',
      عراقي: 'IQD',
      جزائري: 'DZD',
      تونسي: 'TND',
      ليبي: 'LYD',
      صربي: 'RSD',
    },
  },
  {
    code: 'TRY',
    singular: ['ليرة'],
    plural: ['ليرات'],
    adjectives: { تركي: 'TRY', لبناني: 'LBP', سوري: 'SYP' },
  },
  { code: 'ILS', singular: ['شيقل', 'شيكل'], plural: ['شواقل', 'شيكلات'] },
  {
    code: 'INR',
    singular: ['روبية'],
    plural: ['روبيات'],
    adjectives: { هندي: 'INR', باكستاني: 'PKR', إندونيسي: 'IDR', اندونيسي: 'IDR' },
  },
  { code: 'JPY', singular: ['ين'], adjectives: { ياباني: 'JPY' } },
  { code: 'KRW', singular: ['وون'], adjectives: { كوري: 'KRW' } },
  { code: 'CHF', singular: ['فرنك'], plural: ['فرنكات'], adjectives: { سويسري: 'CHF' } },
  { code: 'UAH', singular: ['هريفنيا', 'غريفنا', 'هريفنا'] },
  { code: 'BTC', singular: ['بيتكوين'] },
  // Cents belong to whichever currency the sentence is about: kept as `cent`, as Duckling does.
  { code: 'cent', singular: ['سنت', 'سينت'], plural: ['سنتات', 'سينتات'] },
];

/** Currency signs (punctuation tokens before or after the number). */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¢': 'cent',
  '₽': 'RUB',
};

/** ISO codes written in Latin letters in Arabic copy (`42 KWD`); matched lower-cased. */
export const ISO_CODES: readonly string[] = [
  'USD',
  'EUR',
  'CNY',
  'RMB',
  'RUB',
  'EGP',
  'GBP',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'IQD',
  'LBP',
  'SYP',
  'TRY',
  'MAD',
  'DZD',
  'TND',
  'LYD',
  'ILS',
  'INR',
  'JPY',
  'CHF',
  'UAH',
  'IRR',
];

/** Abbreviations spelt with dots: ج.م (جنيه مصري), ر.س (ريال سعودي), د.ك (دينار كويتي), د.إ. */
export const DOTTED_ABBREVIATIONS: ReadonlyArray<{ letters: [string, string]; code: string }> = [
  { letters: ['ج', 'م'], code: 'EGP' },
  { letters: ['ر', 'س'], code: 'SAR' },
  { letters: ['ر', 'ق'], code: 'QAR' },
  { letters: ['د', 'ك'], code: 'KWD' },
  { letters: ['د', 'إ'], code: 'AED' },
  { letters: ['د', 'أ'], code: 'JOD' },
];
