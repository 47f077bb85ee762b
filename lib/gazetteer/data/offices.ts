// Offices that a title can point to, with the Arabic titles the press uses for their holders.
// Who held an office when is recorded on the leaders (`data/leaders-*.ts`), not here.
// Titles are written in normal Arabic; the lexicon normalises them (so أ/ا, ة/ه, ى/ي all match).

import type { Office } from '../types';

export const OFFICES: Office[] = [
  // Russia
  {
    id: 'ru-president',
    country: 'RU',
    type: 'head-of-state',
    role: { ar: 'رئيس روسيا', en: 'President of Russia' },
    titles: [
      'الرئيس الروسي',
      'الزعيم الروسي',
      'القائد الروسي',
      'رئيس روسيا',
      'رئيس روسيا الاتحادية',
      'رئيس الاتحاد الروسي',
      'رئيس جمهورية روسيا الاتحادية',
      'رئيس الدولة الروسية',
      'سيد الكرملين',
      'ساكن الكرملين',
      'زعيم الكرملين',
    ],
  },
  {
    id: 'ru-pm',
    country: 'RU',
    type: 'head-of-government',
    role: { ar: 'رئيس الوزراء الروسي', en: 'Prime Minister of Russia' },
    titles: ['رئيس الوزراء الروسي', 'رئيس وزراء روسيا', 'رئيس الحكومة الروسية', 'رئيس الحكومة الروسي'],
  },
  {
    id: 'ru-fm',
    country: 'RU',
    type: 'foreign-minister',
    role: { ar: 'وزير الخارجية الروسي', en: 'Minister of Foreign Affairs of Russia' },
    titles: [
      'وزير الخارجية الروسي',
      'وزير خارجية روسيا',
      'وزير الشؤون الخارجية الروسي',
      'رئيس الدبلوماسية الروسية',
      'عميد الدبلوماسية الروسية',
    ],
  },
  {
    id: 'ru-defence',
    country: 'RU',
    type: 'defence-minister',
    role: { ar: 'وزير الدفاع الروسي', en: 'Minister of Defence of Russia' },
    titles: ['وزير الدفاع الروسي', 'وزير دفاع روسيا'],
  },
  {
    id: 'ru-finance',
    country: 'RU',
    type: 'finance-minister',
    role: { ar: 'وزير المالية الروسي', en: 'Minister of Finance of Russia' },
    titles: ['وزير المالية الروسي'],
  },
  {
    id: 'ru-press-secretary',
    country: 'RU',
    type: 'spokesperson',
    role: { ar: 'المتحدث باسم الكرملين', en: 'Press Secretary of the President of Russia' },
    titles: [
      'المتحدث باسم الكرملين',
      'المتحدث الرسمي باسم الكرملين',
      'الناطق باسم الكرملين',
      'الناطق الرسمي باسم الكرملين',
      'السكرتير الصحفي للرئيس الروسي',
      'السكرتير الصحفي للكرملين',
    ],
  },
  {
    id: 'ru-foreign-policy-aide',
    country: 'RU',
    type: 'foreign-policy-aide',
    role: { ar: 'مساعد الرئيس الروسي للشؤون الدولية', en: 'Aide to the President of Russia (foreign policy)' },
    titles: [
      'مساعد الرئيس الروسي للشؤون الدولية',
      'مساعد الرئيس الروسي للشؤون الخارجية',
      'مساعد الرئيس الروسي للسياسة الخارجية',
      'مستشار الرئيس الروسي للشؤون الدولية',
      'مستشار الرئيس الروسي للشؤون الخارجية',
      'مستشار الرئيس الروسي للسياسة الخارجية',
      'مستشار الكرملين للشؤون الدولية',
      'مستشار الكرملين للشؤون الخارجية',
      'مستشار الكرملين للسياسة الخارجية',
      'مساعد الكرملين للشؤون الدولية',
    ],
  },
  {
    id: 'ru-mfa-spokesperson',
    country: 'RU',
    type: 'spokesperson',
    role: { ar: 'المتحدثة باسم وزارة الخارجية الروسية', en: 'Spokesperson of the Russian Foreign Ministry' },
    // Feminine titles: the post has had one holder since 2015, so they are unambiguous.
    titles: [
      'المتحدثة باسم الخارجية الروسية',
      'المتحدثة باسم وزارة الخارجية الروسية',
      'المتحدثة الرسمية باسم الخارجية الروسية',
      'المتحدثة الرسمية باسم وزارة الخارجية الروسية',
      'الناطقة باسم الخارجية الروسية',
      'الناطقة الرسمية باسم الخارجية الروسية',
      'الناطقة باسم وزارة الخارجية الروسية',
    ],
  },
  {
    id: 'ru-security-council-secretary',
    country: 'RU',
    type: 'security-council-secretary',
    role: { ar: 'أمين مجلس الأمن الروسي', en: 'Secretary of the Security Council of Russia' },
    titles: ['أمين مجلس الأمن الروسي', 'سكرتير مجلس الأمن الروسي', 'أمين سر مجلس الأمن الروسي'],
  },
  {
    id: 'ru-security-council-deputy',
    country: 'RU',
    type: 'other',
    role: { ar: 'نائب رئيس مجلس الأمن الروسي', en: 'Deputy Chairman of the Security Council of Russia' },
    titles: ['نائب رئيس مجلس الأمن الروسي', 'نائب رئيس مجلس الأمن القومي الروسي'],
  },
  {
    id: 'ru-duma-chair',
    country: 'RU',
    type: 'parliament-speaker',
    role: { ar: 'رئيس مجلس الدوما', en: 'Chairman of the State Duma' },
    titles: ['رئيس مجلس الدوما', 'رئيس مجلس الدوما الروسي', 'رئيس الدوما الروسي', 'رئيس البرلمان الروسي'],
  },
  {
    id: 'ru-federation-council-chair',
    country: 'RU',
    type: 'upper-house-speaker',
    role: { ar: 'رئيسة مجلس الاتحاد الروسي', en: 'Chair of the Federation Council' },
    titles: ['رئيسة مجلس الاتحاد الروسي', 'رئيسة مجلس الاتحاد', 'رئيسة مجلس الشيوخ الروسي'],
  },
  {
    id: 'ru-un-ambassador',
    country: 'RU',
    type: 'ambassador',
    role: { ar: 'مندوب روسيا الدائم لدى الأمم المتحدة', en: 'Permanent Representative of Russia to the UN' },
    titles: [
      'مندوب روسيا الدائم لدى الأمم المتحدة',
      'مندوب روسيا لدى الأمم المتحدة',
      'المندوب الروسي لدى الأمم المتحدة',
      'المندوب الروسي الدائم لدى الأمم المتحدة',
      'السفير الروسي لدى الأمم المتحدة',
    ],
  },
  {
    id: 'ru-ambassador-china',
    country: 'RU',
    type: 'ambassador',
    role: { ar: 'سفير روسيا لدى الصين', en: 'Ambassador of Russia to China' },
    titles: ['سفير روسيا لدى الصين', 'السفير الروسي لدى الصين', 'السفير الروسي في الصين', 'السفير الروسي في بكين'],
  },
  {
    id: 'ru-first-deputy-pm',
    country: 'RU',
    type: 'other',
    role: { ar: 'النائب الأول لرئيس الوزراء الروسي', en: 'First Deputy Prime Minister of Russia' },
  },
  {
    id: 'ru-deputy-pm',
    country: 'RU',
    type: 'other',
    role: { ar: 'نائب رئيس الوزراء الروسي', en: 'Deputy Prime Minister of Russia' },
  },

  // China
  {
    id: 'cn-president',
    country: 'CN',
    type: 'head-of-state',
    role: { ar: 'رئيس الصين', en: 'President of China' },
    titles: [
      'الرئيس الصيني',
      'الزعيم الصيني',
      'القائد الصيني',
      'رئيس الصين',
      'رئيس جمهورية الصين الشعبية',
      'رئيس جمهورية الصين',
      'رئيس الدولة الصينية',
    ],
  },
  {
    id: 'cn-general-secretary',
    country: 'CN',
    type: 'other',
    role: { ar: 'الأمين العام للحزب الشيوعي الصيني', en: 'General Secretary of the Communist Party of China' },
    titles: [
      'الأمين العام للحزب الشيوعي الصيني',
      'الأمين العام للجنة المركزية للحزب الشيوعي الصيني',
      'زعيم الحزب الشيوعي الصيني',
    ],
  },
  {
    id: 'cn-premier',
    country: 'CN',
    type: 'head-of-government',
    role: { ar: 'رئيس مجلس الدولة الصيني', en: 'Premier of China' },
    titles: [
      'رئيس الوزراء الصيني',
      'رئيس وزراء الصين',
      'رئيس مجلس الدولة الصيني',
      'رئيس مجلس الدولة في الصين',
      'رئيس الحكومة الصينية',
      'رئيس الحكومة الصيني',
    ],
  },
  {
    id: 'cn-vice-president',
    country: 'CN',
    type: 'vice-president',
    role: { ar: 'نائب الرئيس الصيني', en: 'Vice President of China' },
    titles: ['نائب الرئيس الصيني', 'نائب رئيس الصين', 'نائب رئيس جمهورية الصين الشعبية'],
  },
  {
    id: 'cn-fm',
    country: 'CN',
    type: 'foreign-minister',
    role: { ar: 'وزير الخارجية الصيني', en: 'Minister of Foreign Affairs of China' },
    titles: ['وزير الخارجية الصيني', 'وزير خارجية الصين', 'وزير الشؤون الخارجية الصيني', 'رئيس الدبلوماسية الصينية'],
  },
  {
    id: 'cn-foreign-affairs-office',
    country: 'CN',
    type: 'other',
    role: {
      ar: 'مدير مكتب لجنة الشؤون الخارجية المركزية',
      en: 'Director of the Office of the Central Foreign Affairs Commission',
    },
  },
  {
    id: 'cn-defence',
    country: 'CN',
    type: 'defence-minister',
    role: { ar: 'وزير الدفاع الصيني', en: 'Minister of National Defence of China' },
    titles: ['وزير الدفاع الصيني', 'وزير دفاع الصين'],
  },
  {
    id: 'cn-npc-chair',
    country: 'CN',
    type: 'parliament-speaker',
    role: { ar: 'رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني', en: 'Chairman of the NPC Standing Committee' },
    titles: [
      'رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني',
      'رئيس اللجنة الدائمة لمجلس نواب الشعب الصيني',
      'رئيس البرلمان الصيني',
    ],
  },
  {
    id: 'cn-cppcc-chair',
    country: 'CN',
    type: 'other',
    role: { ar: 'رئيس المؤتمر الاستشاري السياسي للشعب الصيني', en: 'Chairman of the CPPCC National Committee' },
    titles: ['رئيس المؤتمر الاستشاري السياسي للشعب الصيني', 'رئيس اللجنة الوطنية للمؤتمر الاستشاري السياسي'],
  },
  {
    id: 'cn-executive-vice-premier',
    country: 'CN',
    type: 'other',
    role: { ar: 'النائب الأول لرئيس مجلس الدولة الصيني', en: 'First Vice Premier of China' },
  },
  {
    id: 'cn-vice-premier',
    country: 'CN',
    type: 'other',
    role: { ar: 'نائب رئيس مجلس الدولة الصيني', en: 'Vice Premier of China' },
  },
  {
    id: 'cn-pbsc-member',
    country: 'CN',
    type: 'other',
    role: { ar: 'عضو اللجنة الدائمة للمكتب السياسي', en: 'Member of the Politburo Standing Committee' },
  },
  {
    id: 'cn-mfa-spokesperson',
    country: 'CN',
    type: 'spokesperson',
    // Several spokespeople serve at once: no title can pick one of them.
    role: { ar: 'متحدث باسم وزارة الخارجية الصينية', en: 'Spokesperson of the Chinese Foreign Ministry' },
  },
  {
    id: 'cn-ambassador-russia',
    country: 'CN',
    type: 'ambassador',
    role: { ar: 'سفير الصين لدى روسيا', en: 'Ambassador of China to Russia' },
    titles: ['سفير الصين لدى روسيا', 'السفير الصيني لدى روسيا', 'السفير الصيني في روسيا', 'السفير الصيني في موسكو'],
  },
  {
    id: 'cn-education',
    country: 'CN',
    type: 'other',
    role: { ar: 'وزير التعليم الصيني', en: 'Minister of Education of China' },
  },
  {
    id: 'cn-commerce',
    country: 'CN',
    type: 'other',
    role: { ar: 'وزير التجارة الصيني', en: 'Minister of Commerce of China' },
    titles: ['وزير التجارة الصيني'],
  },
  {
    id: 'cn-special-envoy-eurasia',
    country: 'CN',
    type: 'other',
    role: { ar: 'الممثل الخاص للحكومة الصينية للشؤون الأوراسية', en: 'Special Representative for Eurasian Affairs' },
    titles: ['المبعوث الصيني الخاص للشؤون الأوراسية', 'الممثل الخاص للحكومة الصينية للشؤون الأوراسية'],
  },

  // United States
  {
    id: 'us-president',
    country: 'US',
    type: 'head-of-state',
    role: { ar: 'رئيس الولايات المتحدة', en: 'President of the United States' },
    titles: [
      'الرئيس الأمريكي',
      'الرئيس الأميركي',
      'رئيس الولايات المتحدة',
      'رئيس الولايات المتحدة الأمريكية',
      'رئيس الولايات المتحدة الأميركية',
      'سيد البيت الأبيض',
      'ساكن البيت الأبيض',
    ],
  },
  {
    id: 'us-vice-president',
    country: 'US',
    type: 'vice-president',
    role: { ar: 'نائب الرئيس الأمريكي', en: 'Vice President of the United States' },
    titles: ['نائب الرئيس الأمريكي', 'نائب الرئيس الأميركي'],
  },
  {
    id: 'us-secretary-of-state',
    country: 'US',
    type: 'foreign-minister',
    role: { ar: 'وزير الخارجية الأمريكي', en: 'US Secretary of State' },
    titles: ['وزير الخارجية الأمريكي', 'وزير الخارجية الأميركي', 'وزير خارجية الولايات المتحدة'],
  },
  {
    id: 'us-national-security-adviser',
    country: 'US',
    type: 'foreign-policy-aide',
    role: { ar: 'مستشار الأمن القومي الأمريكي', en: 'US National Security Advisor' },
    titles: ['مستشار الأمن القومي الأمريكي', 'مستشار الأمن القومي الأميركي'],
  },
  {
    id: 'us-special-envoy',
    country: 'US',
    type: 'other',
    role: { ar: 'المبعوث الخاص للرئيس الأمريكي', en: 'Special Envoy of the US President' },
  },
  {
    id: 'us-defence',
    country: 'US',
    type: 'defence-minister',
    role: { ar: 'وزير الدفاع الأمريكي', en: 'US Secretary of Defense' },
    titles: ['وزير الدفاع الأمريكي', 'وزير الدفاع الأميركي', 'وزير الحرب الأمريكي'],
  },

  // Ukraine
  {
    id: 'ua-president',
    country: 'UA',
    type: 'head-of-state',
    role: { ar: 'رئيس أوكرانيا', en: 'President of Ukraine' },
    titles: ['الرئيس الأوكراني', 'رئيس أوكرانيا', 'الزعيم الأوكراني'],
  },
  {
    id: 'ua-fm',
    country: 'UA',
    type: 'foreign-minister',
    role: { ar: 'وزير الخارجية الأوكراني', en: 'Minister of Foreign Affairs of Ukraine' },
    titles: ['وزير الخارجية الأوكراني', 'وزير خارجية أوكرانيا'],
  },
  {
    id: 'ua-chief-of-staff',
    country: 'UA',
    type: 'other',
    role: { ar: 'رئيس مكتب الرئيس الأوكراني', en: 'Head of the Office of the President of Ukraine' },
  },

  // Other heads of state and government who appear in Russia–China stories
  head('in-pm', 'IN', 'head-of-government', 'رئيس الوزراء الهندي', 'Prime Minister of India', [
    'رئيس الوزراء الهندي',
    'رئيس وزراء الهند',
  ]),
  head('in-fm', 'IN', 'foreign-minister', 'وزير الخارجية الهندي', 'Minister of External Affairs of India', [
    'وزير الخارجية الهندي',
    'وزير خارجية الهند',
  ]),
  head('tr-president', 'TR', 'head-of-state', 'رئيس تركيا', 'President of Turkey', ['الرئيس التركي', 'رئيس تركيا']),
  head('tr-pm', 'TR', 'head-of-government', 'رئيس الوزراء التركي', 'Prime Minister of Turkey', ['رئيس الوزراء التركي']),
  head('tr-fm', 'TR', 'foreign-minister', 'وزير الخارجية التركي', 'Minister of Foreign Affairs of Turkey', [
    'وزير الخارجية التركي',
  ]),
  head('ir-supreme-leader', 'IR', 'other', 'المرشد الأعلى في إيران', 'Supreme Leader of Iran', [
    'المرشد الإيراني',
    'المرشد الأعلى الإيراني',
    'المرشد الأعلى في إيران',
    'مرشد الثورة الإيرانية',
    'المرشد الأعلى للثورة الإسلامية',
    'مرشد الجمهورية الإسلامية',
  ]),
  head('ir-president', 'IR', 'head-of-state', 'رئيس إيران', 'President of Iran', ['الرئيس الإيراني', 'رئيس إيران']),
  head('ir-fm', 'IR', 'foreign-minister', 'وزير الخارجية الإيراني', 'Minister of Foreign Affairs of Iran', [
    'وزير الخارجية الإيراني',
    'وزير خارجية إيران',
  ]),
  head('sa-king', 'SA', 'head-of-state', 'ملك السعودية', 'King of Saudi Arabia', [
    'العاهل السعودي',
    'الملك السعودي',
    'خادم الحرمين الشريفين',
  ]),
  head('sa-crown-prince', 'SA', 'head-of-government', 'ولي العهد السعودي', 'Crown Prince of Saudi Arabia', [
    'ولي العهد السعودي',
  ]),
  head('sa-fm', 'SA', 'foreign-minister', 'وزير الخارجية السعودي', 'Minister of Foreign Affairs of Saudi Arabia', [
    'وزير الخارجية السعودي',
  ]),
  head('qa-emir', 'QA', 'head-of-state', 'أمير قطر', 'Emir of Qatar', ['أمير قطر', 'أمير دولة قطر']),
  head('ae-president', 'AE', 'head-of-state', 'رئيس دولة الإمارات', 'President of the UAE', [
    'رئيس دولة الإمارات',
    'رئيس الإمارات',
    'رئيس دولة الإمارات العربية المتحدة',
  ]),
  head('eg-president', 'EG', 'head-of-state', 'رئيس مصر', 'President of Egypt', [
    'الرئيس المصري',
    'رئيس مصر',
    'رئيس جمهورية مصر العربية',
  ]),
  head('eg-fm', 'EG', 'foreign-minister', 'وزير الخارجية المصري', 'Minister of Foreign Affairs of Egypt', [
    'وزير الخارجية المصري',
  ]),
  head('sy-president', 'SY', 'head-of-state', 'رئيس سوريا', 'President of Syria', ['الرئيس السوري', 'رئيس سوريا']),
  head('iq-pm', 'IQ', 'head-of-government', 'رئيس الوزراء العراقي', 'Prime Minister of Iraq', ['رئيس الوزراء العراقي']),
  head('dz-president', 'DZ', 'head-of-state', 'رئيس الجزائر', 'President of Algeria', ['الرئيس الجزائري']),
  head('ma-king', 'MA', 'head-of-state', 'ملك المغرب', 'King of Morocco', ['العاهل المغربي', 'الملك المغربي']),
  head('jo-king', 'JO', 'head-of-state', 'ملك الأردن', 'King of Jordan', ['العاهل الأردني', 'الملك الأردني']),
  head('ps-president', 'PS', 'head-of-state', 'رئيس دولة فلسطين', 'President of Palestine', ['الرئيس الفلسطيني']),
  head('il-pm', 'IL', 'head-of-government', 'رئيس الوزراء الإسرائيلي', 'Prime Minister of Israel', [
    'رئيس الوزراء الإسرائيلي',
    'رئيس الحكومة الإسرائيلية',
  ]),
  head('by-president', 'BY', 'head-of-state', 'رئيس بيلاروسيا', 'President of Belarus', [
    'الرئيس البيلاروسي',
    'رئيس بيلاروسيا',
    'الزعيم البيلاروسي',
    'رئيس روسيا البيضاء',
  ]),
  head('kz-president', 'KZ', 'head-of-state', 'رئيس كازاخستان', 'President of Kazakhstan', [
    'الرئيس الكازاخستاني',
    'الرئيس الكازاخي',
    'رئيس كازاخستان',
  ]),
  head('uz-president', 'UZ', 'head-of-state', 'رئيس أوزبكستان', 'President of Uzbekistan', [
    'الرئيس الأوزبكي',
    'الرئيس الأوزبكستاني',
    'رئيس أوزبكستان',
  ]),
  head('kg-president', 'KG', 'head-of-state', 'رئيس قرغيزستان', 'President of Kyrgyzstan', [
    'الرئيس القرغيزي',
    'الرئيس القيرغيزي',
    'رئيس قرغيزستان',
    'رئيس قيرغيزستان',
  ]),
  head('tj-president', 'TJ', 'head-of-state', 'رئيس طاجيكستان', 'President of Tajikistan', [
    'الرئيس الطاجيكي',
    'رئيس طاجيكستان',
  ]),
  head('tm-president', 'TM', 'head-of-state', 'رئيس تركمانستان', 'President of Turkmenistan', [
    'الرئيس التركمانستاني',
    'الرئيس التركماني',
    'رئيس تركمانستان',
  ]),
  head('mn-president', 'MN', 'head-of-state', 'رئيس منغوليا', 'President of Mongolia', [
    'الرئيس المنغولي',
    'رئيس منغوليا',
  ]),
  head('az-president', 'AZ', 'head-of-state', 'رئيس أذربيجان', 'President of Azerbaijan', [
    'الرئيس الأذربيجاني',
    'رئيس أذربيجان',
  ]),
  head('am-pm', 'AM', 'head-of-government', 'رئيس وزراء أرمينيا', 'Prime Minister of Armenia', [
    'رئيس الوزراء الأرميني',
    'رئيس وزراء أرمينيا',
  ]),
  head('br-president', 'BR', 'head-of-state', 'رئيس البرازيل', 'President of Brazil', [
    'الرئيس البرازيلي',
    'رئيس البرازيل',
  ]),
  head('za-president', 'ZA', 'head-of-state', 'رئيس جنوب أفريقيا', 'President of South Africa', [
    'رئيس جنوب أفريقيا',
    'رئيس جنوب إفريقيا',
    'الرئيس الجنوب أفريقي',
    'الرئيس الجنوب إفريقي',
  ]),
  head('kp-leader', 'KP', 'head-of-state', 'زعيم كوريا الشمالية', 'Leader of North Korea', [
    'الزعيم الكوري الشمالي',
    'زعيم كوريا الشمالية',
  ]),
  head('pk-pm', 'PK', 'head-of-government', 'رئيس وزراء باكستان', 'Prime Minister of Pakistan', [
    'رئيس الوزراء الباكستاني',
    'رئيس وزراء باكستان',
  ]),
  head('id-president', 'ID', 'head-of-state', 'رئيس إندونيسيا', 'President of Indonesia', [
    'الرئيس الإندونيسي',
    'رئيس إندونيسيا',
  ]),
  head('jp-pm', 'JP', 'head-of-government', 'رئيس وزراء اليابان', 'Prime Minister of Japan', [
    'رئيس الوزراء الياباني',
    'رئيس وزراء اليابان',
  ]),
  head('fr-president', 'FR', 'head-of-state', 'رئيس فرنسا', 'President of France', ['الرئيس الفرنسي', 'رئيس فرنسا']),
  head('de-chancellor', 'DE', 'head-of-government', 'مستشار ألمانيا', 'Chancellor of Germany', [
    'المستشار الألماني',
    'المستشارة الألمانية',
  ]),
  head('hu-pm', 'HU', 'head-of-government', 'رئيس وزراء المجر', 'Prime Minister of Hungary', [
    'رئيس الوزراء المجري',
    'رئيس وزراء المجر',
  ]),
  head('rs-president', 'RS', 'head-of-state', 'رئيس صربيا', 'President of Serbia', ['الرئيس الصربي']),
  head('gb-pm', 'GB', 'head-of-government', 'رئيس وزراء بريطانيا', 'Prime Minister of the United Kingdom', [
    'رئيس الوزراء البريطاني',
    'رئيس وزراء بريطانيا',
    // May (2016–2019) and Truss (2022) were written with the feminine title.
    'رئيسة الوزراء البريطانية',
    'رئيسة وزراء بريطانيا',
  ]),
  head('ve-president', 'VE', 'head-of-state', 'رئيس فنزويلا', 'President of Venezuela', [
    'الرئيس الفنزويلي',
    'رئيس فنزويلا',
  ]),
  head('cu-president', 'CU', 'head-of-state', 'رئيس كوبا', 'President of Cuba', ['الرئيس الكوبي', 'رئيس كوبا']),
  head('ar-president', 'AR', 'head-of-state', 'رئيس الأرجنتين', 'President of Argentina', [
    'الرئيس الأرجنتيني',
    'رئيس الأرجنتين',
  ]),
  head('mx-president', 'MX', 'head-of-state', 'رئيس المكسيك', 'President of Mexico', [
    'الرئيس المكسيكي',
    'رئيسة المكسيك',
    'الرئيسة المكسيكية',
  ]),
  head('et-pm', 'ET', 'head-of-government', 'رئيس وزراء إثيوبيا', 'Prime Minister of Ethiopia', [
    'رئيس الوزراء الإثيوبي',
    'رئيس وزراء إثيوبيا',
  ]),
  head('eg-pm', 'EG', 'head-of-government', 'رئيس الوزراء المصري', 'Prime Minister of Egypt', [
    'رئيس الوزراء المصري',
    'رئيس مجلس الوزراء المصري',
  ]),
  head('kr-president', 'KR', 'head-of-state', 'رئيس كوريا الجنوبية', 'President of South Korea', [
    'الرئيس الكوري الجنوبي',
    'رئيس كوريا الجنوبية',
    // Park Geun-hye (2013–2017).
    'الرئيسة الكورية الجنوبية',
    'رئيسة كوريا الجنوبية',
  ]),
  head('kw-emir', 'KW', 'head-of-state', 'أمير الكويت', 'Emir of Kuwait', ['أمير الكويت', 'أمير دولة الكويت']),
  head('om-sultan', 'OM', 'head-of-state', 'سلطان عمان', 'Sultan of Oman', ['سلطان عمان', 'السلطان العماني']),
  head('bh-king', 'BH', 'head-of-state', 'ملك البحرين', 'King of Bahrain', ['ملك البحرين', 'العاهل البحريني']),
  head('qa-pm', 'QA', 'head-of-government', 'رئيس الوزراء القطري', 'Prime Minister of Qatar', [
    'رئيس الوزراء القطري',
    'رئيس مجلس الوزراء القطري',
  ]),
  head('lb-president', 'LB', 'head-of-state', 'رئيس لبنان', 'President of Lebanon', ['الرئيس اللبناني', 'رئيس لبنان']),
  head('ir-speaker', 'IR', 'parliament-speaker', 'رئيس مجلس الشورى الإسلامي', 'Speaker of the Parliament of Iran', [
    'رئيس البرلمان الإيراني',
    'رئيس مجلس الشورى الإيراني',
  ]),
  head('my-pm', 'MY', 'head-of-government', 'رئيس وزراء ماليزيا', 'Prime Minister of Malaysia', [
    'رئيس الوزراء الماليزي',
  ]),
  head('it-pm', 'IT', 'head-of-government', 'رئيس وزراء إيطاليا', 'Prime Minister of Italy', [
    'رئيسة الوزراء الإيطالية',
    'رئيسة وزراء إيطاليا',
  ]),
  head('imf-md', 'UN', 'other', 'المديرة العامة لصندوق النقد الدولي', 'Managing Director of the IMF', [
    'مديرة صندوق النقد الدولي',
    'المديرة العامة لصندوق النقد الدولي',
    'المديرة التنفيذية لصندوق النقد الدولي',
  ]),
  head('wto-dg', 'UN', 'other', 'المديرة العامة لمنظمة التجارة العالمية', 'Director-General of the WTO', [
    'المديرة العامة لمنظمة التجارة العالمية',
    'مديرة منظمة التجارة العالمية',
  ]),
  head('who-dg', 'UN', 'other', 'المدير العام لمنظمة الصحة العالمية', 'Director-General of the WHO', [
    'المدير العام لمنظمة الصحة العالمية',
    'مدير منظمة الصحة العالمية',
  ]),
  head('iaea-dg', 'UN', 'other', 'المدير العام للوكالة الدولية للطاقة الذرية', 'Director General of the IAEA', [
    'المدير العام للوكالة الدولية للطاقة الذرية',
    'مدير الوكالة الدولية للطاقة الذرية',
  ]),
  head('nato-sg', 'NATO', 'other', 'الأمين العام لحلف شمال الأطلسي', 'Secretary General of NATO', [
    'الأمين العام لحلف شمال الأطلسي',
    'الأمين العام لحلف الناتو',
    'الأمين العام للناتو',
    'أمين عام حلف الناتو',
  ]),
  head('un-secretary-general', 'UN', 'head-of-state', 'الأمين العام للأمم المتحدة', 'UN Secretary-General', [
    'الأمين العام للأمم المتحدة',
    'أمين عام الأمم المتحدة',
  ]),
  head(
    'eu-commission-president',
    'EU',
    'head-of-government',
    'رئيسة المفوضية الأوروبية',
    'President of the European Commission',
    ['رئيسة المفوضية الأوروبية'],
  ),
  head('eu-council-president', 'EU', 'head-of-state', 'رئيس المجلس الأوروبي', 'President of the European Council', [
    'رئيس المجلس الأوروبي',
  ]),
  head(
    'eu-high-representative',
    'EU',
    'foreign-minister',
    'الممثل الأعلى للسياسة الخارجية للاتحاد الأوروبي',
    'EU High Representative for Foreign Affairs',
    [
      'مسؤول السياسة الخارجية في الاتحاد الأوروبي',
      'مسؤول السياسة الخارجية بالاتحاد الأوروبي',
      'منسق السياسة الخارجية في الاتحاد الأوروبي',
      'منسق السياسة الخارجية للاتحاد الأوروبي',
      'مفوض السياسة الخارجية في الاتحاد الأوروبي',
      'الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي',
      'الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية',
    ],
  ),
];

function head(id: string, country: string, type: Office['type'], ar: string, en: string, titles: string[]): Office {
  return { id, country, type, role: { ar, en }, titles };
}

const byId = new Map(OFFICES.map((o) => [o.id, o]));

export function officeById(id: string): Office | undefined {
  return byId.get(id);
}
