// Russian leadership. Spellings in normal Arabic; the lexicon also derives the Egyptian ج for
// every غ (`سيرغي` → `سيرجي`, `شويغو` → `شويجو`), so only other variants are written here.

import type { Leader } from '../types';
import { names, post, term } from './helpers';
import { otherScripts } from './other-scripts';

const SERGEI = ['سيرغي', 'سيرغيه', 'سيرغيي', 'سيرغى'];
const DMITRY = ['دميتري', 'ديمتري', 'ديميتري', 'دمتري', 'دميتريه'];
const ALEXANDER = ['ألكسندر', 'أليكسندر', 'ألكساندر', 'اليكساندر'];
const ANDREI = ['أندريه', 'أندري', 'آندريه'];
const MIKHAIL = ['ميخائيل', 'ميخايل'];

export const RUSSIAN_LEADERS: Leader[] = [
  {
    id: 'putin',
    wikidata: 'Q7747',
    name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' },
    country: 'RU',
    roles: [
      term('ru-president', '2012-05-07', null),
      term('ru-pm', '2008-05-08', '2012-05-06'),
      term('ru-president', '1999-12-31', '2008-05-06'),
      term('ru-pm', '1999-08-16', '1999-12-30'),
    ],
    spellings: [
      ...names(['فلاديمير', 'فلاديمر', 'فلادمير', 'فلاديميير', 'ولاديمير', 'فلاديمیر'], ['بوتين', 'بوتن', 'بوتبن']),
      'فلاديمير فلاديميروفيتش بوتين',
      'فلاديمير فلاديمروفيتش بوتين',
      'فلاديمير فلاديميروفتش بوتين',
      'فلاديمير فلاديميروفيتش',
      ...otherScripts('putin', 'leader'),
    ],
  },
  {
    id: 'medvedev',
    wikidata: 'Q23530',
    name: { ar: 'دميتري ميدفيديف', en: 'Dmitry Medvedev' },
    country: 'RU',
    roles: [
      term('ru-security-council-deputy', '2020-01-16', null),
      term('ru-pm', '2012-05-08', '2020-01-15'),
      term('ru-president', '2008-05-07', '2012-05-06'),
    ],
    spellings: [
      ...names(DMITRY, ['ميدفيديف', 'مدفيديف', 'ميدفيدف', 'ميدفيدييف', 'مدفيدف']),
      ...otherScripts('medvedev', 'leader'),
    ],
  },
  {
    id: 'mishustin',
    name: { ar: 'ميخائيل ميشوستين', en: 'Mikhail Mishustin' },
    country: 'RU',
    roles: [term('ru-pm', '2020-01-16', null)],
    spellings: [...names(MIKHAIL, ['ميشوستين', 'ميشوستن', 'ميشستين']), ...otherScripts('mishustin', 'leader')],
  },
  {
    id: 'lavrov',
    name: { ar: 'سيرغي لافروف', en: 'Sergey Lavrov' },
    country: 'RU',
    roles: [term('ru-fm', '2004-03-09', null)],
    spellings: [
      ...names(SERGEI, ['لافروف', 'لاڤروف', 'لافرورف']),
      'سيرغي فيكتوروفيتش لافروف',
      ...otherScripts('lavrov', 'leader'),
    ],
  },
  {
    id: 'peskov',
    name: { ar: 'دميتري بيسكوف', en: 'Dmitry Peskov' },
    country: 'RU',
    roles: [term('ru-press-secretary', '2012-05-22', null)],
    spellings: [...names(DMITRY, ['بيسكوف', 'بسكوف', 'بيسكوب']), ...otherScripts('peskov', 'leader')],
  },
  {
    id: 'ushakov',
    name: { ar: 'يوري أوشاكوف', en: 'Yuri Ushakov' },
    country: 'RU',
    roles: [term('ru-foreign-policy-aide', '2012-05-21', null, 'approximate')],
    spellings: [...names(['يوري', 'يوريي'], ['أوشاكوف', 'اوشاكوف', 'أوشكوف']), ...otherScripts('ushakov', 'leader')],
  },
  {
    id: 'shoigu',
    name: { ar: 'سيرغي شويغو', en: 'Sergei Shoigu' },
    country: 'RU',
    roles: [term('ru-security-council-secretary', '2024-05-12', null), term('ru-defence', '2012-11-06', '2024-05-11')],
    spellings: names(SERGEI, ['شويغو', 'شويغيو', 'شايغو']),
  },
  {
    id: 'belousov',
    name: { ar: 'أندريه بيلوسوف', en: 'Andrei Belousov' },
    country: 'RU',
    roles: [term('ru-defence', '2024-05-14', null), term('ru-first-deputy-pm', '2020-01-21', '2024-05-13')],
    spellings: names(ANDREI, ['بيلوسوف', 'بيلاوسوف', 'بيلؤوسوف']),
  },
  {
    id: 'zakharova',
    name: { ar: 'ماريا زاخاروفا', en: 'Maria Zakharova' },
    country: 'RU',
    roles: [term('ru-mfa-spokesperson', '2015-08-10', null)],
    spellings: names(['ماريا', 'ماريّا'], ['زاخاروفا', 'زخاروفا']),
  },
  {
    id: 'nebenzya',
    name: { ar: 'فاسيلي نيبينزيا', en: 'Vasily Nebenzya' },
    country: 'RU',
    roles: [term('ru-un-ambassador', '2017-07-27', null)],
    spellings: names(['فاسيلي', 'فاسيلى'], ['نيبينزيا', 'نيبنزيا', 'نيبينزا', 'نبينزيا']),
  },
  {
    id: 'volodin',
    name: { ar: 'فياتشيسلاف فولودين', en: 'Vyacheslav Volodin' },
    country: 'RU',
    roles: [term('ru-duma-chair', '2016-10-05', null)],
    spellings: names(['فياتشيسلاف', 'فياتشسلاف', 'فياتشيسلاڤ'], ['فولودين']),
  },
  {
    id: 'matviyenko',
    name: { ar: 'فالنتينا ماتفيينكو', en: 'Valentina Matviyenko' },
    country: 'RU',
    roles: [term('ru-federation-council-chair', '2011-09-21', null)],
    spellings: names(['فالنتينا'], ['ماتفيينكو', 'ماتفيينكو', 'ماتفينكو', 'ماتفيانكو']),
  },
  {
    id: 'patrushev',
    name: { ar: 'نيكولاي باتروشيف', en: 'Nikolai Patrushev' },
    country: 'RU',
    roles: [
      post({ ar: 'مساعد الرئيس الروسي', en: 'Aide to the President of Russia' }, '2024-05-14', null),
      term('ru-security-council-secretary', '2008-05-12', '2024-05-11'),
    ],
    spellings: names(['نيكولاي', 'نيكولاى'], ['باتروشيف', 'باتروشف']),
  },
  {
    // His son: the bare surname stays the father's, the better known of the two.
    id: 'dmitry-patrushev',
    name: { ar: 'دميتري باتروشيف', en: 'Dmitry Patrushev' },
    country: 'RU',
    roles: [
      post({ ar: 'نائب رئيس الوزراء الروسي', en: 'Deputy Prime Minister of Russia' }, '2024-05-14', null),
      post({ ar: 'وزير الزراعة الروسي', en: 'Minister of Agriculture of Russia' }, '2018-05-18', '2024-05-14'),
    ],
    spellings: names(['دميتري', 'ديمتري', 'دميتري'], ['باتروشيف', 'باتروشف'], false),
  },
  {
    id: 'novak',
    name: { ar: 'ألكسندر نوفاك', en: 'Alexander Novak' },
    country: 'RU',
    roles: [
      term('ru-deputy-pm', '2020-11-10', null),
      post({ ar: 'وزير الطاقة الروسي', en: 'Minister of Energy of Russia' }, '2012-05-21', '2020-11-09'),
    ],
    spellings: names(ALEXANDER, ['نوفاك']),
  },
  {
    id: 'siluanov',
    name: { ar: 'أنطون سيلوانوف', en: 'Anton Siluanov' },
    country: 'RU',
    roles: [term('ru-finance', '2011-12-16', null)],
    spellings: names(['أنطون', 'انتون'], ['سيلوانوف', 'سيليوانوف']),
  },
  {
    id: 'manturov',
    name: { ar: 'دينيس مانتوروف', en: 'Denis Manturov' },
    country: 'RU',
    roles: [
      term('ru-first-deputy-pm', '2024-05-14', null),
      term('ru-deputy-pm', '2022-07-15', '2024-05-13'),
      post(
        { ar: 'وزير الصناعة والتجارة الروسي', en: 'Minister of Industry and Trade of Russia' },
        '2012-05-21',
        '2024-05-13',
      ),
    ],
    spellings: names(['دينيس', 'دنيس'], ['مانتوروف']),
  },
  {
    id: 'naryshkin',
    name: { ar: 'سيرغي ناريشكين', en: 'Sergei Naryshkin' },
    country: 'RU',
    roles: [
      post(
        { ar: 'مدير جهاز الاستخبارات الخارجية الروسي', en: 'Director of the Foreign Intelligence Service' },
        '2016-10-05',
        null,
      ),
      term('ru-duma-chair', '2011-12-21', '2016-10-04'),
    ],
    spellings: names(SERGEI, ['ناريشكين', 'ناريشكن']),
  },
  {
    id: 'bortnikov',
    name: { ar: 'ألكسندر بورتنيكوف', en: 'Alexander Bortnikov' },
    country: 'RU',
    roles: [post({ ar: 'مدير جهاز الأمن الفيدرالي الروسي', en: 'Director of the FSB' }, '2008-05-12', null)],
    spellings: names(ALEXANDER, ['بورتنيكوف']),
  },
  {
    id: 'gerasimov',
    name: { ar: 'فاليري غيراسيموف', en: 'Valery Gerasimov' },
    country: 'RU',
    roles: [
      post({ ar: 'رئيس هيئة الأركان العامة الروسية', en: 'Chief of the General Staff of Russia' }, '2012-11-09', null),
    ],
    spellings: names(['فاليري', 'فاليريي'], ['غيراسيموف', 'غراسيموف', 'جيراسيموف']),
  },
  {
    id: 'ryabkov',
    name: { ar: 'سيرغي ريابكوف', en: 'Sergei Ryabkov' },
    country: 'RU',
    roles: [
      post(
        { ar: 'نائب وزير الخارجية الروسي', en: 'Deputy Foreign Minister of Russia' },
        '2008-08-01',
        null,
        'approximate',
      ),
    ],
    spellings: names(SERGEI, ['ريابكوف']),
  },
  {
    id: 'rudenko',
    name: { ar: 'أندريه رودينكو', en: 'Andrei Rudenko' },
    country: 'RU',
    // Deputy foreign minister in charge of Asia; the start of his term is not recorded here.
    roles: [],
    spellings: names(ANDREI, ['رودينكو', 'رودنكو']),
  },
  {
    id: 'bogdanov',
    name: { ar: 'ميخائيل بوغدانوف', en: 'Mikhail Bogdanov' },
    country: 'RU',
    roles: [
      post(
        {
          ar: 'نائب وزير الخارجية الروسي والمبعوث الرئاسي للشرق الأوسط',
          en: 'Deputy Foreign Minister of Russia, presidential envoy for the Middle East',
        },
        '2011-06-13',
        null,
        'approximate',
      ),
    ],
    spellings: names(MIKHAIL, ['بوغدانوف', 'بغدانوف']),
  },
  {
    id: 'morgulov',
    name: { ar: 'إيغور مورغولوف', en: 'Igor Morgulov' },
    country: 'RU',
    roles: [term('ru-ambassador-china', '2022-09-01', null, 'approximate')],
    spellings: names(['إيغور', 'ايغور', 'إيغر'], ['مورغولوف', 'مرغولوف']),
  },
  {
    id: 'denisov',
    name: { ar: 'أندريه دينيسوف', en: 'Andrey Denisov' },
    country: 'RU',
    roles: [term('ru-ambassador-china', '2013-04-01', '2022-08-31', 'approximate')],
    spellings: names(ANDREI, ['دينيسوف', 'دنيسوف']),
  },
  {
    id: 'melnikov',
    name: { ar: 'إيفان ميلنيكوف', en: 'Ivan Melnikov' },
    country: 'RU',
    roles: [
      post(
        { ar: 'النائب الأول لرئيس مجلس الدوما', en: 'First Deputy Chairman of the State Duma' },
        '2011-12-21',
        null,
        'approximate',
      ),
    ],
    spellings: names(['إيفان', 'ايفان'], ['ميلنيكوف', 'ملنيكوف']),
  },
  {
    id: 'zyuganov',
    name: { ar: 'غينادي زيوغانوف', en: 'Gennady Zyuganov' },
    country: 'RU',
    roles: [
      post({ ar: 'زعيم الحزب الشيوعي الروسي', en: 'Leader of the Communist Party of Russia' }, '1993-02-14', null),
    ],
    spellings: names(['غينادي', 'غينادى', 'غنادي'], ['زيوغانوف', 'زوغانوف']),
  },
  {
    id: 'dmitriev',
    name: { ar: 'كيريل دميترييف', en: 'Kirill Dmitriev' },
    country: 'RU',
    roles: [
      post(
        {
          ar: 'المبعوث الرئاسي الروسي للاستثمار والتعاون الاقتصادي',
          en: 'Presidential envoy for investment and economic cooperation',
        },
        '2025-02-01',
        null,
        'approximate',
      ),
      post(
        { ar: 'رئيس صندوق الاستثمار المباشر الروسي', en: 'CEO of the Russian Direct Investment Fund' },
        '2011-06-01',
        null,
        'approximate',
      ),
    ],
    spellings: names(['كيريل', 'كيرل', 'كيريلل'], ['دميترييف', 'ديميترييف', 'دميتريف']),
  },
  {
    id: 'medinsky',
    name: { ar: 'فلاديمير ميدينسكي', en: 'Vladimir Medinsky' },
    country: 'RU',
    roles: [
      post({ ar: 'مساعد الرئيس الروسي', en: 'Aide to the President of Russia' }, '2020-01-21', null, 'approximate'),
    ],
    spellings: names(['فلاديمير'], ['ميدينسكي', 'مدينسكي']),
  },
  {
    id: 'sobyanin',
    name: { ar: 'سيرغي سوبيانين', en: 'Sergei Sobyanin' },
    country: 'RU',
    roles: [post({ ar: 'عمدة موسكو', en: 'Mayor of Moscow' }, '2010-10-21', null)],
    spellings: names(SERGEI, ['سوبيانين', 'سوبيانن']),
  },
  {
    id: 'kadyrov',
    name: { ar: 'رمضان قديروف', en: 'Ramzan Kadyrov' },
    country: 'RU',
    roles: [post({ ar: 'رئيس جمهورية الشيشان', en: 'Head of the Chechen Republic' }, '2007-04-05', null)],
    spellings: names(['رمضان'], ['قديروف', 'قاديروف', 'كاديروف']),
  },
  {
    id: 'vaino',
    name: { ar: 'أنطون فاينو', en: 'Anton Vaino' },
    country: 'RU',
    roles: [
      post(
        { ar: 'رئيس ديوان الرئاسة الروسية', en: 'Chief of Staff of the Presidential Executive Office' },
        '2016-08-12',
        null,
      ),
    ],
    spellings: names(['أنطون', 'انتون'], ['فاينو', 'فاينو']),
  },
  {
    id: 'kiriyenko',
    name: { ar: 'سيرغي كيرينكو', en: 'Sergei Kiriyenko' },
    country: 'RU',
    roles: [
      post(
        {
          ar: 'النائب الأول لرئيس ديوان الرئاسة الروسية',
          en: 'First Deputy Chief of Staff of the Presidential Executive Office',
        },
        '2016-10-05',
        null,
      ),
    ],
    spellings: names(SERGEI, ['كيرينكو', 'كيريينكو']),
  },
  {
    id: 'overchuk',
    name: { ar: 'أليكسي أوفرتشوك', en: 'Alexei Overchuk' },
    country: 'RU',
    roles: [term('ru-deputy-pm', '2020-01-21', null)],
    spellings: names(['أليكسي', 'ألكسي', 'ألكسيي'], ['أوفرتشوك', 'أوفيرتشوك', 'اوفرشوك']),
  },
  {
    id: 'nabiullina',
    name: { ar: 'إلفيرا نابيولينا', en: 'Elvira Nabiullina' },
    country: 'RU',
    roles: [
      post({ ar: 'محافظة البنك المركزي الروسي', en: 'Governor of the Central Bank of Russia' }, '2013-06-24', null),
    ],
    spellings: names(['إلفيرا', 'الفيرا'], ['نابيولينا', 'نابيلينا']),
  },
  {
    id: 'kravtsov',
    name: { ar: 'سيرغي كرافتسوف', en: 'Sergey Kravtsov' },
    country: 'RU',
    roles: [post({ ar: 'وزير التعليم الروسي', en: 'Minister of Education of Russia' }, '2020-01-21', null)],
    spellings: names(SERGEI, ['كرافتسوف', 'كرافتزوف']),
  },
  {
    // The deputy defence minister who carries Russia's military ties in Libya, Syria and the Sahel.
    id: 'yevkurov',
    name: { ar: 'يونس بك يفكوروف', en: 'Yunus-bek Yevkurov' },
    country: 'RU',
    roles: [
      post(
        { ar: 'نائب وزير الدفاع الروسي', en: 'Deputy Minister of Defence of Russia' },
        '2019-06-24',
        null,
        'approximate',
      ),
    ],
    spellings: names(['يونس بك', 'يونس-بك', 'يونس بيك', 'يونس'], ['يفكوروف', 'إيفكوروف', 'ايفكوروف', 'ييفكوروف']),
  },
  {
    id: 'borisenko',
    name: { ar: 'غيورغي بوريسينكو', en: 'Georgy Borisenko' },
    country: 'RU',
    roles: [post({ ar: 'سفير روسيا لدى مصر', en: 'Ambassador of Russia to Egypt' }, '2019-01-01', null, 'approximate')],
    spellings: names(['غيورغي', 'جيورجي', 'جورجي', 'غيورغيي'], ['بوريسينكو', 'بوريسنكو']),
  },
];
