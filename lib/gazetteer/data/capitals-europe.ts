// Europe's capitals not in `venues.ts`, and the cities of European summitry: The Hague (seat of the
// courts), Munich (security conference), Davos (forum), Strasbourg (European Parliament), Potsdam
// (the 1945 conference). City-states and capitals named like their country (`لوكسمبورغ`,
// `موناكو`, `سان مارينو`) and `صوفيا` (also a first name) need a city's context; the Vatican also
// speaks as the Holy See (`أعلن الفاتيكان`), a seat like the Kremlin.

import type { Venue } from '../types';
import { capital, city } from './place';

export const EUROPEAN_CAPITALS: Venue[] = [
  capital('madrid', 'ES', 'مدريد', 'Madrid', ['مدريد'], 'الإسبانية'),
  capital('lisbon', 'PT', 'لشبونة', 'Lisbon', ['لشبونة', 'ليشبونة', 'لشبونه'], 'البرتغالية'),
  capital('dublin', 'IE', 'دبلن', 'Dublin', ['دبلن'], 'الأيرلندية'),
  capital('amsterdam', 'NL', 'أمستردام', 'Amsterdam', ['أمستردام', 'امستردام'], 'الهولندية'),
  city('the-hague', 'NL', 'لاهاي', 'The Hague', ['لاهاي', 'دن هاخ']),
  capital('luxembourg', 'LU', 'لوكسمبورغ', 'Luxembourg', ['مدينة لوكسمبورغ'], undefined, {
    asCityOnly: ['لوكسمبورغ', 'لوكسمبورج', 'لكسمبورغ'],
  }),
  capital('bern', 'CH', 'برن', 'Bern', ['برن'], 'السويسرية'),
  capital('prague', 'CZ', 'براغ', 'Prague', ['براغ', 'براها'], 'التشيكية'),
  capital('bratislava', 'SK', 'براتيسلافا', 'Bratislava', ['براتيسلافا'], 'السلوفاكية'),
  capital('warsaw', 'PL', 'وارسو', 'Warsaw', ['وارسو', 'وارصوفيا', 'فرصوفيا'], 'البولندية'),
  capital('bucharest', 'RO', 'بوخارست', 'Bucharest', ['بوخارست'], 'الرومانية'),
  capital('sofia', 'BG', 'صوفيا', 'Sofia', [], 'البلغارية', { asCityOnly: ['صوفيا'] }),
  capital('zagreb', 'HR', 'زغرب', 'Zagreb', ['زغرب', 'زغريب', 'زاغرب'], 'الكرواتية'),
  capital('ljubljana', 'SI', 'ليوبليانا', 'Ljubljana', ['ليوبليانا', 'ليوبلجانا'], 'السلوفينية'),
  capital('sarajevo', 'BA', 'سراييفو', 'Sarajevo', ['سراييفو', 'سرايفو'], 'البوسنية'),
  capital('podgorica', 'ME', 'بودغوريتسا', 'Podgorica', ['بودغوريتسا', 'بودغوريسا'], 'المونتينيغرية'),
  capital('skopje', 'MK', 'سكوبيه', 'Skopje', ['سكوبيه', 'سكوبيي', 'سكوبيا'], 'المقدونية'),
  capital('tirana', 'AL', 'تيرانا', 'Tirana', ['تيرانا'], 'الألبانية'),
  capital('pristina', 'XK', 'بريشتينا', 'Pristina', ['بريشتينا', 'بريشتنا']),
  capital('athens', 'GR', 'أثينا', 'Athens', ['أثينا'], 'اليونانية'),
  capital('valletta', 'MT', 'فاليتا', 'Valletta', ['فاليتا', 'فاليت'], 'المالطية'),
  capital('nicosia', 'CY', 'نيقوسيا', 'Nicosia', ['نيقوسيا', 'نيكوسيا'], 'القبرصية'),
  capital('copenhagen', 'DK', 'كوبنهاغن', 'Copenhagen', ['كوبنهاغن', 'كوبنهاجن', 'كوبنهاغين'], 'الدنماركية'),
  capital('oslo', 'NO', 'أوسلو', 'Oslo', ['أوسلو'], 'النرويجية'),
  capital('stockholm', 'SE', 'ستوكهولم', 'Stockholm', ['ستوكهولم'], 'السويدية'),
  capital('reykjavik', 'IS', 'ريكيافيك', 'Reykjavík', ['ريكيافيك', 'ريكجافيك'], 'الآيسلندية'),
  capital('tallinn', 'EE', 'تالين', 'Tallinn', ['تالين', 'تالن'], 'الإستونية'),
  capital('riga', 'LV', 'ريغا', 'Riga', ['ريغا'], 'اللاتفية'),
  capital('vilnius', 'LT', 'فيلنيوس', 'Vilnius', ['فيلنيوس', 'فلنيوس'], 'الليتوانية'),
  capital('chisinau', 'MD', 'كيشيناو', 'Chișinău', ['كيشيناو', 'كيشيناوو', 'كشيناو'], 'المولدوفية'),
  capital('andorra-la-vella', 'AD', 'أندورا لا فيلا', 'Andorra la Vella', ['أندورا لا فيلا', 'أندورا لافيلا']),
  capital('vaduz', 'LI', 'فادوز', 'Vaduz', ['فادوز']),
  capital('monaco', 'MC', 'موناكو', 'Monaco', [], undefined, { asCityOnly: ['موناكو'] }),
  capital('san-marino', 'SM', 'سان مارينو', 'San Marino', [], undefined, { asCityOnly: ['سان مارينو'] }),
  city('vatican-city', 'VA', 'الفاتيكان', 'Vatican City', ['الفاتيكان', 'مدينة الفاتيكان', 'حاضرة الفاتيكان'], {
    seat: true,
  }),
  city('munich', 'DE', 'ميونيخ', 'Munich', ['ميونيخ', 'ميونخ']),
  city('davos', 'CH', 'دافوس', 'Davos', ['دافوس']),
  city('strasbourg', 'FR', 'ستراسبورغ', 'Strasbourg', ['ستراسبورغ', 'ستراسبورج']),
  city('potsdam', 'DE', 'بوتسدام', 'Potsdam', ['بوتسدام']),
];
