// Venues: capitals, summit cities and named sites where leaders meet. Countries and organisations
// are not venues (`منظمة شنغهاي للتعاون` is not Shanghai: see `lookalikes.ts`); a capital standing
// for its government (`محادثات موسكو وبكين`) is. Descriptors (`العاصمة الروسية`) stand for the city
// when its name is not given. A city that shares its name with a country (الكويت، تونس، الجزائر،
// جيبوتي) or with an everyday word (`عمان`) counts only in a city's context (`asCityOnly`, see
// `city-context.ts`); `كيف` ("how") is left out. The world's other capitals and the cities of
// Russia, China and Eurasia are in the regional files, gathered here.

import type { Venue } from '../types';
import { AFRICAN_CAPITALS } from './capitals-africa';
import { AMERICAS_CAPITALS } from './capitals-americas';
import { ASIA_PACIFIC_CAPITALS } from './capitals-asia-pacific';
import { EUROPEAN_CAPITALS } from './capitals-europe';
import { MIDDLE_EAST_CITIES } from './capitals-middle-east';
import { CHINESE_CITIES } from './cities-china';
import { EURASIAN_CITIES } from './cities-eurasia';
import { RUSSIAN_CITIES } from './cities-russia';
import { LANDMARKS } from './landmarks';
import { otherScripts } from './other-scripts';
import { city, site } from './place';
import { SUMMIT_SITES } from './summit-sites';

/** A square's name alone and after `ساحة` / `ميدان` (`تيانانمن`, `ساحة تيان أن مين`). */
function squareNames(names: string[]): string[] {
  return names.flatMap((n) => [`ساحة ${n}`, `ميدان ${n}`, n]);
}

/** Tiananmen as the press spells it; the square and the gate are named after it. */
const TIANANMEN = ['تيانانمن', 'تيانانمين', 'تيان آن من', 'تيان أن من', 'تيان آن مين', 'تيان أن مين', 'تيانآنمن'];

export const VENUES: Venue[] = [
  // Russia
  city('moscow', 'RU', 'موسكو', 'Moscow', ['موسكو', 'موسكوا', ...otherScripts('moscow', 'city')], {
    wikidata: 'Q649',
    descriptors: ['العاصمة الروسية', 'العاصمة الروسية الاتحادية'],
  }),
  city(
    'saint-petersburg',
    'RU',
    'سانت بطرسبرغ',
    'Saint Petersburg',
    [
      'سانت بطرسبرغ',
      'سان بطرسبرغ',
      'سانت بطرسبورغ',
      'سان بطرسبورغ',
      'سانت بيترسبورغ',
      'سان بيترسبورغ',
      'سانت بيترسبرغ',
      'سانت-بطرسبرغ',
      'سان-بطرسبرغ',
      'بطرسبرغ',
      'بطرسبورغ',
      'بيترسبورغ',
      'بيتربورغ',
      'لينينغراد',
    ],
    { wikidata: 'Q656' },
  ),
  city('kazan', 'RU', 'قازان', 'Kazan', ['قازان', 'كازان', ...otherScripts('kazan', 'city')], { wikidata: 'Q900' }),
  city(
    'vladivostok',
    'RU',
    'فلاديفوستوك',
    'Vladivostok',
    ['فلاديفوستوك', 'فلاديفستوك', 'فلاديڤوستوك', 'فلاديفوستك', 'فلاديفاستوك'],
    {
      wikidata: 'Q959',
    },
  ),
  city('sochi', 'RU', 'سوتشي', 'Sochi', ['سوتشي', 'سوتشى']),
  city('ufa', 'RU', 'أوفا', 'Ufa', ['أوفا']),
  city('yekaterinburg', 'RU', 'يكاترينبورغ', 'Yekaterinburg', [
    'يكاترينبورغ',
    'إيكاترينبورغ',
    'يكاترينبرغ',
    'يكاتيرينبورغ',
    'إيكاتيرينبورغ',
    'ايكاترينبورغ',
  ]),
  city('kaliningrad', 'RU', 'كالينينغراد', 'Kaliningrad', ['كالينينغراد']),
  city('novosibirsk', 'RU', 'نوفوسيبيرسك', 'Novosibirsk', ['نوفوسيبيرسك', 'نوفوسيبيرسك', 'نوفوسيبرسك']),
  city('khabarovsk', 'RU', 'خاباروفسك', 'Khabarovsk', ['خاباروفسك', 'خابروفسك']),
  city('blagoveshchensk', 'RU', 'بلاغوفيشتشينسك', 'Blagoveshchensk', [
    'بلاغوفيشتشينسك',
    'بلاغوفيشينسك',
    'بلاغوفيشنسك',
    'بلاغوفيشتشنسك',
  ]),
  // The towns of the cosmodromes (Vostochny's is Tsiolkovsky, named after the rocket pioneer,
  // so only `مدينة …` is taken for the town).
  city('tsiolkovsky', 'RU', 'تسيولكوفسكي', 'Tsiolkovsky', ['مدينة تسيولكوفسكي', 'مدينة تسيولكوفسكى']),
  city('baikonur', 'KZ', 'بايكونور', 'Baikonur', ['مدينة بايكونور']),
  site(
    'kremlin',
    'moscow',
    'RU',
    'الكرملين',
    'Moscow Kremlin',
    ['الكرملين', 'كرملين', 'الكريملين', 'كريملين', 'قصر الكرملين الكبير', 'قصر الكرملين'],
    {
      seat: true,
    },
  ),
  site('moscow-zoo', 'moscow', 'RU', 'حديقة حيوان موسكو', 'Moscow Zoo', [
    'حديقة حيوان موسكو',
    'حديقة حيوانات موسكو',
    'حديقة الحيوان في موسكو',
    'حديقة الحيوانات في موسكو',
  ]),
  site('red-square', 'moscow', 'RU', 'الساحة الحمراء', 'Red Square', ['الساحة الحمراء', 'الميدان الأحمر']),
  site('novo-ogaryovo', 'moscow', 'RU', 'نوفو أوغاريوفو', 'Novo-Ogaryovo', [
    'نوفو أوغاريوفو',
    'نوفو-أوغاريوفو',
    'نوفو أوغاريوفا',
    'نوفواوغاريوفو',
  ]),
  // Moscow's airports: where state visits begin and end (`وصل إلى مطار فنوكوفو`), and the first
  // place a report of an arrival names; Vnukovo-2 is the government terminal.
  site('vnukovo-airport', 'moscow', 'RU', 'مطار فنوكوفو', 'Vnukovo International Airport', [
    'مطار فنوكوفو الدولي',
    'مطار فنوكوفو',
    'فنوكوفو',
    'مطار فنوكوفا',
    'فنوكوفا',
  ]),
  site('sheremetyevo-airport', 'moscow', 'RU', 'مطار شيريميتيفو', 'Sheremetyevo International Airport', [
    'مطار شيريميتيفو الدولي',
    'مطار شيريميتيفو',
    'شيريميتيفو',
    'مطار شيريميتييفو',
    'شيريميتييفو',
    'مطار شيرميتيفو',
    'شيرميتيفو',
  ]),
  site('domodedovo-airport', 'moscow', 'RU', 'مطار دوموديدوفو', 'Domodedovo International Airport', [
    'مطار دوموديدوفو الدولي',
    'مطار دوموديدوفو',
    'دوموديدوفو',
  ]),
  site('bocharov-ruchey', 'sochi', 'RU', 'بوتشاروف روتشي', 'Bocharov Ruchey', [
    'بوتشاروف روتشي',
    'بوتشاروف روتشيه',
    'بوتشاروف روتشيي',
  ]),

  // China
  city(
    'beijing',
    'CN',
    'بكين',
    'Beijing',
    ['بكين', 'بيجين', 'بيجينغ', 'بيجنغ', 'بيكين', 'بيكن', 'بكّين', ...otherScripts('beijing', 'city')],
    {
      wikidata: 'Q956',
      descriptors: ['العاصمة الصينية'],
    },
  ),
  city('shanghai', 'CN', 'شنغهاي', 'Shanghai', ['شنغهاي', 'شانغهاي', 'شانغ هاي', 'شنغاي', 'شانغاي'], {
    wikidata: 'Q8686',
  }),
  city('tianjin', 'CN', 'تيانجين', 'Tianjin', ['تيانجين', 'تيانجن', 'تيان جين', 'تيانجين', 'تينجين', 'تيانتسين']),
  city('qingdao', 'CN', 'تشينغداو', 'Qingdao', ['تشينغداو', 'تشينغ داو', 'كينغداو', 'تشينداو', 'تسينغتاو']),
  city('hangzhou', 'CN', 'هانغتشو', 'Hangzhou', ['هانغتشو', 'هانغ تشو', 'هانغجو', 'هانغتشوو', 'هانغزو', 'هانغشو'], {
    wikidata: 'Q4970',
  }),
  city('xiamen', 'CN', 'شيامن', 'Xiamen', ['شيامن', 'شيامين']),
  city('harbin', 'CN', 'هاربين', 'Harbin', ['هاربين', 'هاربن', 'خاربين', 'هربين']),
  city('xian', 'CN', 'شيآن', "Xi'an", ['شيآن', 'شيان']),
  city('guangzhou', 'CN', 'قوانغتشو', 'Guangzhou', ['قوانغتشو', 'غوانغتشو', 'غوانغجو', 'قوانغجو']),
  city('shenzhen', 'CN', 'شنتشن', 'Shenzhen', ['شنتشن', 'شينتشن', 'شنجن', 'شينزين']),
  city('zhanjiang', 'CN', 'تشانجيانغ', 'Zhanjiang', ['تشانجيانغ', 'تشانغجيانغ', 'تشان جيانغ', 'جانجيانغ']),
  city('wuhan', 'CN', 'ووهان', 'Wuhan', ['ووهان']),
  city('urumqi', 'CN', 'أورومتشي', 'Ürümqi', ['أورومتشي', 'أورومكي', 'أورومتشى', 'أورومجي']),
  city('hong-kong', 'CN', 'هونغ كونغ', 'Hong Kong', ['هونغ كونغ', 'هونج كونج', 'هونغكونغ', 'هونك كونك'], {
    wikidata: 'Q8646',
  }),
  city('macau', 'CN', 'ماكاو', 'Macau', ['ماكاو']),
  site(
    'great-hall-of-the-people',
    'beijing',
    'CN',
    'قاعة الشعب الكبرى',
    'Great Hall of the People',
    ['قاعة الشعب الكبرى', 'قاعة الشعب الكبيرة', 'قاعة الشعب العظمى', 'قاعة الشعب', 'مبنى مجلس الشعب الكبير'],
    { besideCityOnly: ['قصر الشعب'] },
  ),
  // Where Xi and Putin opened the years of culture with a concert (16 May 2024).
  site(
    'national-centre-for-the-performing-arts',
    'beijing',
    'CN',
    'المركز الوطني للفنون المسرحية',
    'National Centre for the Performing Arts',
    ['المركز الوطني للفنون المسرحية', 'المركز الوطني للفنون الأدائية'],
  ),
  site('diaoyutai-state-guesthouse', 'beijing', 'CN', 'دياويوتاي', 'Diaoyutai State Guesthouse', [
    'دياويوتاي',
    'دياو يوتاي',
    'دياويو تاي',
    'دياوييوتاي',
    'دار ضيافة الدولة دياويوتاي',
  ]),
  // Named for its official English name; the press calls it the Bird's Nest. `الاستاد الوطني`
  // alone is every country's national stadium: Beijing's only in a text that names Beijing.
  site(
    'beijing-national-stadium',
    'beijing',
    'CN',
    'الاستاد الوطني في بكين',
    'Beijing National Stadium',
    [
      'عش الطائر',
      'عش العصفور',
      'عش الطيور',
      'استاد عش الطائر',
      'ملعب عش الطائر',
      'الاستاد الوطني في بكين',
      'الملعب الوطني في بكين',
      'استاد بكين الوطني',
      'ملعب بكين الوطني',
      'استاد بكين الأولمبي',
    ],
    { inCityOnly: ['الاستاد الوطني', 'الملعب الوطني', 'الاستاد الوطني الصيني', 'الملعب الوطني الصيني'] },
  ),
  site('zhongnanhai', 'beijing', 'CN', 'تشونغنانهاي', 'Zhongnanhai', [
    'تشونغنانهاي',
    'تشونغ نان هاي',
    'جونغنانهاي',
    'تشونغنانخاي',
    'تشونغ نانهاي',
  ]),
  site('tiananmen-square', 'beijing', 'CN', 'ساحة تيانانمن', 'Tiananmen Square', squareNames(TIANANMEN)),
  // The Gate of Heavenly Peace on the square's north side, whose rostrum leaders review parades
  // from (`منصة تيانانمن`, `على بوابة تيانانمن`): in English simply "Tiananmen".
  site('tiananmen', 'beijing', 'CN', 'بوابة تيانانمن', 'Tiananmen (Gate of Heavenly Peace)', [
    ...TIANANMEN.flatMap((n) => [
      `بوابة ${n}`,
      `منصة ${n}`,
      `منبر ${n}`,
      `برج ${n}`,
      `برج بوابة ${n}`,
      `منصة بوابة ${n}`,
    ]),
    'بوابة السلام السماوي',
    'بوابة السلام السماوية',
  ]),
  site('harbin-institute-of-technology', 'harbin', 'CN', 'معهد هاربين للتكنولوجيا', 'Harbin Institute of Technology', [
    ...['هاربين', 'هاربن'].flatMap((h) => [`معهد ${h} للتكنولوجيا`, `معهد ${h} التكنولوجي`, `جامعة ${h} للتكنولوجيا`]),
  ]),

  // Central Asia, the Caucasus, Belarus
  city('samarkand', 'UZ', 'سمرقند', 'Samarkand', ['سمرقند', 'سمرقنده'], { wikidata: 'Q5753' }),
  city('tashkent', 'UZ', 'طشقند', 'Tashkent', ['طشقند', 'طاشكند', 'طشكند', 'تاشكينت', 'تشقند'], {
    wikidata: 'Q269',
    descriptors: ['العاصمة الأوزبكية', 'العاصمة الأوزبكستانية'],
  }),
  city(
    'astana',
    'KZ',
    'أستانا',
    'Astana',
    ['أستانا', 'أستانة', 'آستانا', 'استانا', 'نور سلطان', 'نورسلطان', 'نور-سلطان'],
    {
      wikidata: 'Q1520',
      descriptors: ['العاصمة الكازاخستانية', 'العاصمة الكازاخية'],
    },
  ),
  site('palace-of-independence', 'astana', 'KZ', 'قصر الاستقلال', 'Palace of Independence, Astana', [
    'قصر الاستقلال في أستانا',
    'قصر الاستقلال',
  ]),
  city('almaty', 'KZ', 'ألماتي', 'Almaty', ['ألماتي', 'ألما آتا', 'ألماآتا']),
  city('bishkek', 'KG', 'بيشكيك', 'Bishkek', ['بيشكيك', 'بشكيك', 'بيشكك'], {
    wikidata: 'Q9361',
    descriptors: ['العاصمة القرغيزية', 'العاصمة القيرغيزية', 'العاصمة القرغيزستانية'],
  }),
  city('dushanbe', 'TJ', 'دوشنبه', 'Dushanbe', ['دوشنبه', 'دوشانبي', 'دوشنبي', 'دوشانبه'], {
    wikidata: 'Q9365',
    descriptors: ['العاصمة الطاجيكية', 'العاصمة الطاجيكستانية'],
  }),
  city('ashgabat', 'TM', 'عشق آباد', 'Ashgabat', ['عشق آباد', 'عشق أباد', 'عشقآباد', 'عشق اباد', 'أشغابات'], {
    descriptors: ['العاصمة التركمانستانية', 'العاصمة التركمانية'],
  }),
  city('minsk', 'BY', 'مينسك', 'Minsk', ['مينسك'], { wikidata: 'Q2280', descriptors: ['العاصمة البيلاروسية'] }),
  city('baku', 'AZ', 'باكو', 'Baku', ['باكو'], { descriptors: ['العاصمة الأذربيجانية'] }),
  city('yerevan', 'AM', 'يريفان', 'Yerevan', ['يريفان', 'يرفان'], { descriptors: ['العاصمة الأرمينية'] }),
  city('tbilisi', 'GE', 'تبليسي', 'Tbilisi', ['تبليسي'], { descriptors: ['العاصمة الجورجية'] }),
  city(
    'ulaanbaatar',
    'MN',
    'أولان باتور',
    'Ulaanbaatar',
    ['أولان باتور', 'أولانباتار', 'أولان باتار', 'أولانباتور', 'أولان بآتار', 'أولان-باتور', 'أولان باطور'],
    {
      descriptors: ['العاصمة المنغولية'],
    },
  ),

  // Asia and the Pacific
  city('new-delhi', 'IN', 'نيودلهي', 'New Delhi', ['نيودلهي', 'نيو دلهي', 'دلهي'], {
    wikidata: 'Q987',
    descriptors: ['العاصمة الهندية'],
  }),
  city('goa', 'IN', 'غوا', 'Goa', ['غوا', 'ولاية غوا']),
  city('islamabad', 'PK', 'إسلام آباد', 'Islamabad', ['إسلام آباد', 'اسلام اباد', 'إسلام أباد'], {
    descriptors: ['العاصمة الباكستانية'],
  }),
  city('kabul', 'AF', 'كابول', 'Kabul', ['كابول'], { descriptors: ['العاصمة الأفغانية'] }),
  city('tokyo', 'JP', 'طوكيو', 'Tokyo', ['طوكيو'], { descriptors: ['العاصمة اليابانية'] }),
  city('osaka', 'JP', 'أوساكا', 'Osaka', ['أوساكا'], { wikidata: 'Q35765' }),
  city('seoul', 'KR', 'سول', 'Seoul', ['سول', 'سيول', 'سيئول'], { descriptors: ['العاصمة الكورية الجنوبية'] }),
  city('busan', 'KR', 'بوسان', 'Busan', ['بوسان']),
  city('gyeongju', 'KR', 'غيونغجو', 'Gyeongju', ['غيونغجو', 'كيونغجو', 'غيونغ جو', 'جيونججو']),
  city('pyongyang', 'KP', 'بيونغ يانغ', 'Pyongyang', ['بيونغ يانغ', 'بيونغيانغ', 'بيونج يانج'], {
    descriptors: ['العاصمة الكورية الشمالية'],
  }),
  site('kim-il-sung-square', 'pyongyang', 'KP', 'ساحة كيم إيل سونغ', 'Kim Il Sung Square', [
    'ساحة كيم إيل سونغ',
    'ساحة كيم ايل سونغ',
    'ميدان كيم إيل سونغ',
    'ساحة كيم إل سونغ',
  ]),
  city('hanoi', 'VN', 'هانوي', 'Hanoi', ['هانوي'], { descriptors: ['العاصمة الفيتنامية'] }),
  city('da-nang', 'VN', 'دا نانغ', 'Da Nang', ['دا نانغ', 'دانانغ', 'دانانج', 'دا نانج']),
  city('bangkok', 'TH', 'بانكوك', 'Bangkok', ['بانكوك'], { wikidata: 'Q1861', descriptors: ['العاصمة التايلاندية'] }),
  city('jakarta', 'ID', 'جاكرتا', 'Jakarta', ['جاكرتا'], { descriptors: ['العاصمة الإندونيسية'] }),
  city('bali', 'ID', 'بالي', 'Bali', ['بالي', 'جزيرة بالي', 'نوسا دوا']),
  city('brisbane', 'AU', 'بريسبان', 'Brisbane', ['بريسبان', 'بريزبن', 'بريزبين']),

  // Middle East and North Africa
  city('cairo', 'EG', 'القاهرة', 'Cairo', ['القاهرة'], { wikidata: 'Q85', descriptors: ['العاصمة المصرية'] }),
  site('cairo-international-stadium', 'cairo', 'EG', 'ستاد القاهرة الدولي', 'Cairo International Stadium', [
    'ستاد القاهرة الدولي',
    'استاد القاهرة الدولي',
    'ستاد القاهرة',
    'استاد القاهرة',
  ]),
  city('sharm-el-sheikh', 'EG', 'شرم الشيخ', 'Sharm El Sheikh', ['شرم الشيخ']),
  city('riyadh', 'SA', 'الرياض', 'Riyadh', ['الرياض'], { wikidata: 'Q3692', descriptors: ['العاصمة السعودية'] }),
  city('jeddah', 'SA', 'جدة', 'Jeddah', ['جدة']),
  city('doha', 'QA', 'الدوحة', 'Doha', ['الدوحة'], { descriptors: ['العاصمة القطرية'] }),
  city('abu-dhabi', 'AE', 'أبوظبي', 'Abu Dhabi', ['أبوظبي', 'أبو ظبي'], { descriptors: ['العاصمة الإماراتية'] }),
  city('dubai', 'AE', 'دبي', 'Dubai', ['دبي']),
  city('manama', 'BH', 'المنامة', 'Manama', ['المنامة'], { descriptors: ['العاصمة البحرينية'] }),
  city('muscat', 'OM', 'مسقط', 'Muscat', ['مسقط'], { descriptors: ['العاصمة العمانية'] }),
  city('baghdad', 'IQ', 'بغداد', 'Baghdad', ['بغداد'], { descriptors: ['العاصمة العراقية'] }),
  city('damascus', 'SY', 'دمشق', 'Damascus', ['دمشق'], { descriptors: ['العاصمة السورية'] }),
  city('beirut', 'LB', 'بيروت', 'Beirut', ['بيروت'], { descriptors: ['العاصمة اللبنانية'] }),
  city('amman', 'JO', 'عمّان', 'Amman', [], { descriptors: ['العاصمة الأردنية'], asCityOnly: ['عمان'] }),
  city('tehran', 'IR', 'طهران', 'Tehran', ['طهران'], { descriptors: ['العاصمة الإيرانية'] }),
  city('ankara', 'TR', 'أنقرة', 'Ankara', ['أنقرة'], { descriptors: ['العاصمة التركية'] }),
  city('istanbul', 'TR', 'إسطنبول', 'Istanbul', ['إسطنبول', 'اسطنبول', 'استانبول', 'إستانبول']),
  city('antalya', 'TR', 'أنطاليا', 'Antalya', ['أنطاليا', 'انطاليا']),
  city('rabat', 'MA', 'الرباط', 'Rabat', ['الرباط'], { descriptors: ['العاصمة المغربية'] }),
  city('algiers', 'DZ', 'الجزائر العاصمة', 'Algiers', ['الجزائر العاصمة', 'مدينة الجزائر'], {
    descriptors: ['العاصمة الجزائرية'],
    asCityOnly: ['الجزائر'],
  }),
  city('khartoum', 'SD', 'الخرطوم', 'Khartoum', ['الخرطوم'], { descriptors: ['العاصمة السودانية'] }),
  city('sanaa', 'YE', 'صنعاء', "Sana'a", ['صنعاء'], { descriptors: ['العاصمة اليمنية'] }),

  // Africa and the Americas
  city('johannesburg', 'ZA', 'جوهانسبرغ', 'Johannesburg', ['جوهانسبرغ', 'جوهانسبورغ', 'جوهانسبيرغ', 'جوهانسبرك'], {
    wikidata: 'Q34647',
  }),
  city('durban', 'ZA', 'ديربان', 'Durban', ['ديربان', 'دربان']),
  city('pretoria', 'ZA', 'بريتوريا', 'Pretoria', ['بريتوريا']),
  city('addis-ababa', 'ET', 'أديس أبابا', 'Addis Ababa', ['أديس أبابا', 'أديس ابابا']),
  city('brasilia', 'BR', 'برازيليا', 'Brasília', ['برازيليا'], {
    wikidata: 'Q2844',
    descriptors: ['العاصمة البرازيلية'],
  }),
  city(
    'rio-de-janeiro',
    'BR',
    'ريو دي جانيرو',
    'Rio de Janeiro',
    ['ريو دي جانيرو', 'ريو دى جانيرو', 'ريو دي جانيرو', 'ريو'],
    {
      wikidata: 'Q8678',
    },
  ),
  city('fortaleza', 'BR', 'فورتاليزا', 'Fortaleza', ['فورتاليزا', 'فورتاليزا']),
  city(
    'buenos-aires',
    'AR',
    'بوينس آيرس',
    'Buenos Aires',
    ['بوينس آيرس', 'بوينس أيرس', 'بوينوس آيرس', 'بوينوس أيرس', 'بيونس آيرس'],
    {
      wikidata: 'Q1486',
      descriptors: ['العاصمة الأرجنتينية'],
    },
  ),
  city('lima', 'PE', 'ليما', 'Lima', ['ليما'], { descriptors: ['العاصمة البيروفية'] }),
  city('caracas', 'VE', 'كاراكاس', 'Caracas', ['كاراكاس', 'كراكاس'], { descriptors: ['العاصمة الفنزويلية'] }),
  city('havana', 'CU', 'هافانا', 'Havana', ['هافانا'], { descriptors: ['العاصمة الكوبية'] }),
  city('nairobi', 'KE', 'نيروبي', 'Nairobi', ['نيروبي'], { descriptors: ['العاصمة الكينية'] }),
  city('kuala-lumpur', 'MY', 'كوالالمبور', 'Kuala Lumpur', ['كوالالمبور', 'كوالا لمبور', 'كوالا لامبور'], {
    descriptors: ['العاصمة الماليزية'],
  }),
  city('washington', 'US', 'واشنطن', 'Washington', ['واشنطن', 'واشنطون'], {
    wikidata: 'Q61',
    descriptors: ['العاصمة الأمريكية', 'العاصمة الأميركية'],
  }),
  city('new-york', 'US', 'نيويورك', 'New York', ['نيويورك']),
  city('san-francisco', 'US', 'سان فرانسيسكو', 'San Francisco', ['سان فرانسيسكو', 'سان فرنسيسكو'], { wikidata: 'Q62' }),
  city('anchorage', 'US', 'أنكوريج', 'Anchorage', ['أنكوريج', 'أنكوراج', 'انكوريغ']),
  // The Putin–Trump summit of 15 August 2025 (the hyphen of the name may be spaced or left out).
  site(
    'elmendorf-richardson',
    'anchorage',
    'US',
    'قاعدة إلمندورف-ريتشاردسون',
    'Joint Base Elmendorf–Richardson',
    ['إلمندورف ريتشاردسون', 'إلميندورف ريتشاردسون', 'المندورف ريتشاردسون'].flatMap((n) => [
      `قاعدة ${n} العسكرية`,
      `قاعدة ${n} المشتركة`,
      `قاعدة ${n} الجوية`,
      `قاعدة ${n}`,
    ]),
  ),
  site('white-house', 'washington', 'US', 'البيت الأبيض', 'White House', ['البيت الأبيض'], { seat: true }),

  // Europe
  city('kyiv', 'UA', 'كييف', 'Kyiv', ['كييف', 'كيييف'], { wikidata: 'Q1899', descriptors: ['العاصمة الأوكرانية'] }),
  city('paris', 'FR', 'باريس', 'Paris', ['باريس'], { wikidata: 'Q90', descriptors: ['العاصمة الفرنسية'] }),
  city('london', 'GB', 'لندن', 'London', ['لندن'], { wikidata: 'Q84', descriptors: ['العاصمة البريطانية'] }),
  city('berlin', 'DE', 'برلين', 'Berlin', ['برلين'], { wikidata: 'Q64', descriptors: ['العاصمة الألمانية'] }),
  city('hamburg', 'DE', 'هامبورغ', 'Hamburg', ['هامبورغ', 'هامبورج']),
  site('elysee-palace', 'paris', 'FR', 'قصر الإليزيه', 'Élysée Palace', ['قصر الإليزيه', 'الإليزيه', 'الاليزيه'], {
    seat: true,
  }),
  city('brussels', 'BE', 'بروكسل', 'Brussels', ['بروكسل'], { descriptors: ['العاصمة البلجيكية'] }),
  city('geneva', 'CH', 'جنيف', 'Geneva', ['جنيف'], { wikidata: 'Q71' }),
  city('helsinki', 'FI', 'هلسنكي', 'Helsinki', ['هلسنكي']),
  city('rome', 'IT', 'روما', 'Rome', ['روما'], { descriptors: ['العاصمة الإيطالية'] }),
  city('vienna', 'AT', 'فيينا', 'Vienna', ['فيينا'], { descriptors: ['العاصمة النمساوية'] }),
  city('budapest', 'HU', 'بودابست', 'Budapest', ['بودابست'], { descriptors: ['العاصمة المجرية'] }),
  city('belgrade', 'RS', 'بلغراد', 'Belgrade', ['بلغراد'], { descriptors: ['العاصمة الصربية'] }),

  ...LANDMARKS,
  ...SUMMIT_SITES,
  ...RUSSIAN_CITIES,
  ...CHINESE_CITIES,
  ...EURASIAN_CITIES,
  ...EUROPEAN_CAPITALS,
  ...ASIA_PACIFIC_CAPITALS,
  ...MIDDLE_EAST_CITIES,
  ...AFRICAN_CAPITALS,
  ...AMERICAS_CAPITALS,
];
