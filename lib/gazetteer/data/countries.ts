// Nationality adjectives as they follow a title (`نظيره الصيني`, `الرئيسين الروسي والصيني`), by
// country. Used to resolve a counterpart (`نظيره` + adjective) and to spot joint titles
// (`الرئيس الصيني والروسي` means both presidents, so it is not a mention of either).

export const NATIONALITY_ADJECTIVES: Record<string, string[]> = {
  RU: ['الروسي'],
  CN: ['الصيني'],
  US: ['الأمريكي', 'الأميركي'],
  UA: ['الأوكراني'],
  TR: ['التركي'],
  IR: ['الإيراني'],
  IN: ['الهندي'],
  EG: ['المصري'],
  SY: ['السوري'],
  BY: ['البيلاروسي'],
  KZ: ['الكازاخستاني', 'الكازاخي'],
  UZ: ['الأوزبكي', 'الأوزبكستاني'],
  KG: ['القرغيزي', 'القيرغيزي', 'القرغيزستاني'],
  TJ: ['الطاجيكي', 'الطاجيكستاني'],
  TM: ['التركمانستاني', 'التركماني'],
  MN: ['المنغولي'],
  AZ: ['الأذربيجاني'],
  AM: ['الأرميني'],
  BR: ['البرازيلي'],
  ZA: ['الجنوب أفريقي', 'الجنوب إفريقي'],
  FR: ['الفرنسي'],
  DE: ['الألماني'],
  GB: ['البريطاني'],
  HU: ['المجري'],
  RS: ['الصربي'],
  JP: ['الياباني'],
  KP: ['الكوري الشمالي'],
  PK: ['الباكستاني'],
  ID: ['الإندونيسي'],
  SA: ['السعودي'],
  QA: ['القطري'],
  AE: ['الإماراتي'],
  IQ: ['العراقي'],
  DZ: ['الجزائري'],
  MA: ['المغربي'],
  JO: ['الأردني'],
  PS: ['الفلسطيني'],
  IL: ['الإسرائيلي'],
  VE: ['الفنزويلي'],
  CU: ['الكوبي'],
  AR: ['الأرجنتيني'],
  MX: ['المكسيكي'],
  ET: ['الإثيوبي'],
  KR: ['الكوري الجنوبي'],
  KW: ['الكويتي'],
  OM: ['العماني'],
  BH: ['البحريني'],
  LB: ['اللبناني'],
  MY: ['الماليزي'],
  IT: ['الإيطالي'],
};

/** Words for "his/her/their counterpart" that, with a nationality adjective, name a leader. */
export const COUNTERPART_HEADS = ['نظيره', 'نظيرها', 'نظيرهما', 'نظيرهم'];

/**
 * Words for "his guest", "his host", "his interlocutor" that, with a nationality adjective, name the
 * person of that country the text names: the last before (`استقبل بوتين لي تشيانغ … ضيفه الصيني`),
 * else the first after (`أجرى الرئيس الروسي محادثات مع مضيفه الصيني … وقال شي جين بينغ`,
 * `ضيفه الروسي وزير الخارجية سيرغي لافروف`); with no one of that country named, no one (a guest
 * need not hold the host's rank, as a counterpart does).
 */
export const GUEST_HEADS = ['ضيفه', 'ضيفها', 'مضيفه', 'مضيفها', 'محاوره', 'محاورها'];
