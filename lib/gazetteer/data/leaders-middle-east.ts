// More of Iran, the Gulf and the Levant: ministers, speakers and security chiefs who meet their
// Russian and Chinese counterparts, and Gulf rulers beyond those of `leaders-world.ts`.

import type { Leader } from '../types';
import { names, post, term } from './helpers';

const IR_SNSC = {
  ar: 'أمين المجلس الأعلى للأمن القومي الإيراني',
  en: 'Secretary of the Supreme National Security Council of Iran',
};
const IR_OIL = { ar: 'وزير النفط الإيراني', en: 'Minister of Petroleum of Iran' };
const IR_DEFENCE = { ar: 'وزير الدفاع الإيراني', en: 'Minister of Defence of Iran' };
const IR_FIRST_VP = { ar: 'النائب الأول للرئيس الإيراني', en: 'First Vice President of Iran' };
const IR_MFA_SPOKESPERSON = {
  ar: 'المتحدث باسم الخارجية الإيرانية',
  en: 'Spokesperson of the Iranian Foreign Ministry',
};

export const MIDDLE_EAST_LEADERS: Leader[] = [
  // Iran
  {
    id: 'paknejad',
    name: { ar: 'محسن باك نجاد', en: 'Mohsen Paknejad' },
    country: 'IR',
    roles: [post(IR_OIL, '2024-08-21', null)],
    spellings: ['محسن باك نجاد', 'محسن باكنجاد', 'باك نجاد', 'باكنجاد'],
  },
  {
    id: 'owji',
    name: { ar: 'جواد أوجي', en: 'Javad Owji' },
    country: 'IR',
    roles: [post(IR_OIL, '2021-08-25', '2024-08-20')],
    spellings: names(['جواد'], ['أوجي', 'اوجي'], false),
  },
  {
    id: 'nasirzadeh',
    name: { ar: 'عزيز نصير زاده', en: 'Aziz Nasirzadeh' },
    country: 'IR',
    roles: [post(IR_DEFENCE, '2024-08-21', null)],
    spellings: ['عزيز نصير زاده', 'عزيز نصيرزاده', 'نصير زاده', 'نصيرزاده'],
  },
  {
    id: 'gharaei-ashtiani',
    name: { ar: 'محمد رضا قرائي آشتياني', en: 'Mohammad-Reza Gharaei Ashtiani' },
    country: 'IR',
    roles: [post(IR_DEFENCE, '2021-08-25', '2024-08-20')],
    spellings: ['محمد رضا قرائي آشتياني', 'محمدرضا قرائي آشتياني', 'قرائي آشتياني', 'آشتياني'],
  },
  {
    id: 'aref',
    name: { ar: 'محمد رضا عارف', en: 'Mohammad Reza Aref' },
    country: 'IR',
    roles: [post(IR_FIRST_VP, '2024-08-01', null, 'approximate')],
    spellings: ['محمد رضا عارف', 'محمدرضا عارف'],
  },
  {
    id: 'mokhber',
    name: { ar: 'محمد مخبر', en: 'Mohammad Mokhber' },
    country: 'IR',
    roles: [post(IR_FIRST_VP, '2021-08-08', '2024-07-28')],
    spellings: names(['محمد'], ['مخبر'], false),
  },
  {
    id: 'ghalibaf',
    name: { ar: 'محمد باقر قاليباف', en: 'Mohammad Bagher Ghalibaf' },
    country: 'IR',
    roles: [term('ir-speaker', '2020-05-28', null)],
    spellings: ['محمد باقر قاليباف', 'محمد باقر قاليباف', 'قاليباف'],
  },
  {
    id: 'larijani',
    name: { ar: 'علي لاريجاني', en: 'Ali Larijani' },
    country: 'IR',
    roles: [post(IR_SNSC, '2025-08-05', null, 'approximate'), term('ir-speaker', '2008-05-28', '2020-05-27')],
    spellings: names(['علي'], ['لاريجاني']),
  },
  {
    id: 'ahmadian',
    name: { ar: 'علي أكبر أحمديان', en: 'Ali Akbar Ahmadian' },
    country: 'IR',
    roles: [post(IR_SNSC, '2023-05-22', '2025-08-05', 'approximate')],
    spellings: ['علي أكبر أحمديان', 'أحمديان'],
  },
  {
    id: 'shamkhani',
    name: { ar: 'علي شمخاني', en: 'Ali Shamkhani' },
    country: 'IR',
    roles: [post(IR_SNSC, '2013-09-10', '2023-05-22')],
    spellings: names(['علي'], ['شمخاني']),
  },
  {
    id: 'baghaei',
    name: { ar: 'إسماعيل بقائي', en: 'Esmaeil Baghaei' },
    country: 'IR',
    roles: [post(IR_MFA_SPOKESPERSON, '2024-08-24', null, 'approximate')],
    spellings: names(['إسماعيل', 'اسماعيل'], ['بقائي']),
  },
  {
    id: 'kanaani',
    name: { ar: 'ناصر كنعاني', en: 'Nasser Kanaani' },
    country: 'IR',
    roles: [post(IR_MFA_SPOKESPERSON, '2022-01-01', '2024-08-23', 'approximate')],
    spellings: names(['ناصر'], ['كنعاني'], false),
  },

  // The Gulf
  {
    id: 'mohammed-bin-abdulrahman',
    name: { ar: 'محمد بن عبد الرحمن آل ثاني', en: 'Mohammed bin Abdulrahman Al Thani' },
    country: 'QA',
    roles: [
      term('qa-pm', '2023-03-07', null),
      post({ ar: 'وزير الخارجية القطري', en: 'Minister of Foreign Affairs of Qatar' }, '2016-01-27', null),
    ],
    spellings: ['محمد بن عبد الرحمن آل ثاني', 'محمد بن عبدالرحمن آل ثاني', 'محمد بن عبد الرحمن', 'محمد بن عبدالرحمن'],
  },
  {
    id: 'mishal-al-ahmad',
    name: { ar: 'مشعل الأحمد الجابر الصباح', en: 'Mishal Al-Ahmad Al-Jaber Al-Sabah' },
    country: 'KW',
    roles: [term('kw-emir', '2023-12-16', null)],
    spellings: ['مشعل الأحمد الجابر الصباح', 'مشعل الأحمد الجابر', 'مشعل الأحمد'],
  },
  {
    id: 'haitham-bin-tariq',
    name: { ar: 'هيثم بن طارق', en: 'Haitham bin Tariq' },
    country: 'OM',
    roles: [term('om-sultan', '2020-01-11', null)],
    spellings: ['هيثم بن طارق آل سعيد', 'هيثم بن طارق'],
  },
  {
    id: 'hamad-bin-isa',
    name: { ar: 'حمد بن عيسى آل خليفة', en: 'Hamad bin Isa Al Khalifa' },
    country: 'BH',
    roles: [term('bh-king', '2002-02-14', null)],
    spellings: ['حمد بن عيسى آل خليفة', 'حمد بن عيسى'],
  },
  {
    id: 'abdullah-bin-zayed',
    name: { ar: 'عبد الله بن زايد آل نهيان', en: 'Abdullah bin Zayed Al Nahyan' },
    country: 'AE',
    roles: [post({ ar: 'وزير الخارجية الإماراتي', en: 'Minister of Foreign Affairs of the UAE' }, '2006-02-09', null)],
    spellings: ['عبد الله بن زايد آل نهيان', 'عبدالله بن زايد آل نهيان', 'عبد الله بن زايد', 'عبدالله بن زايد'],
  },
  {
    id: 'abdulaziz-bin-salman',
    name: { ar: 'عبد العزيز بن سلمان', en: 'Abdulaziz bin Salman' },
    country: 'SA',
    roles: [post({ ar: 'وزير الطاقة السعودي', en: 'Minister of Energy of Saudi Arabia' }, '2019-09-08', null)],
    spellings: ['عبد العزيز بن سلمان', 'عبدالعزيز بن سلمان'],
  },
  {
    id: 'albudaiwi',
    name: { ar: 'جاسم محمد البديوي', en: 'Jasem Mohamed Albudaiwi' },
    country: 'KW',
    roles: [
      post(
        { ar: 'الأمين العام لمجلس التعاون الخليجي', en: 'Secretary-General of the Gulf Cooperation Council' },
        '2023-02-01',
        null,
        'approximate',
      ),
    ],
    spellings: ['جاسم محمد البديوي', 'جاسم البديوي', 'البديوي'],
  },

  // Lebanon
  {
    id: 'joseph-aoun',
    name: { ar: 'جوزيف عون', en: 'Joseph Aoun' },
    country: 'LB',
    roles: [term('lb-president', '2025-01-09', null)],
    // `عون` alone is also "help", and the name of his predecessor.
    spellings: ['جوزيف عون', 'جوزاف عون'],
  },
  {
    id: 'michel-aoun',
    name: { ar: 'ميشال عون', en: 'Michel Aoun' },
    country: 'LB',
    roles: [term('lb-president', '2016-10-31', '2022-10-30')],
    spellings: ['ميشال عون', 'ميشيل عون'],
  },
  {
    id: 'berri',
    name: { ar: 'نبيه بري', en: 'Nabih Berri' },
    country: 'LB',
    roles: [post({ ar: 'رئيس مجلس النواب اللبناني', en: 'Speaker of the Parliament of Lebanon' }, '1992-10-20', null)],
    spellings: ['نبيه بري'],
  },
];
