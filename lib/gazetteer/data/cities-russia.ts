// Russian cities beyond Moscow and the summit cities of `venues.ts`: regional centres, the Far East
// and the border with China (where trade, bridges and pipelines are opened), Crimea (named as the
// press names it, country as recognised), and the treaty towns of the old border (Nerchinsk 1689,
// Kyakhta 1727). Names that are also a region's (`كورسك`) or a person's (`بيرم`) count only as
// cities in a city's context (`asCityOnly`).

import type { Venue } from '../types';
import { city } from './place';

export const RUSSIAN_CITIES: Venue[] = [
  city('irkutsk', 'RU', 'إيركوتسك', 'Irkutsk', ['إيركوتسك', 'إركوتسك', 'ايركوتسك', 'إيركوتسك']),
  city('murmansk', 'RU', 'مورمانسك', 'Murmansk', ['مورمانسك']),
  city('nizhny-novgorod', 'RU', 'نيجني نوفغورود', 'Nizhny Novgorod', [
    'نيجني نوفغورود',
    'نيجني نوفوغورود',
    'نيجنى نوفغورود',
  ]),
  city('samara', 'RU', 'سامارا', 'Samara', ['سامارا']),
  city('rostov-on-don', 'RU', 'روستوف على الدون', 'Rostov-on-Don', [
    'روستوف على الدون',
    'روستوف على نهر الدون',
    'روستوف نا دونو',
    'روستوف-نا-دونو',
    'روستوف',
  ]),
  city('volgograd', 'RU', 'فولغوغراد', 'Volgograd', ['فولغوغراد', 'فولجاجراد', 'فولغاغراد', 'ستالينغراد']),
  city('krasnoyarsk', 'RU', 'كراسنويارسك', 'Krasnoyarsk', ['كراسنويارسك']),
  city('omsk', 'RU', 'أومسك', 'Omsk', ['أومسك']),
  city('chelyabinsk', 'RU', 'تشيليابينسك', 'Chelyabinsk', ['تشيليابينسك', 'تشيليابينسك']),
  city('perm', 'RU', 'بيرم', 'Perm', [], { asCityOnly: ['بيرم'] }),
  city('voronezh', 'RU', 'فورونيج', 'Voronezh', ['فورونيج', 'فورونيش']),
  city('krasnodar', 'RU', 'كراسنودار', 'Krasnodar', ['كراسنودار']),
  city('grozny', 'RU', 'غروزني', 'Grozny', ['غروزني', 'غروزنى']),
  city('makhachkala', 'RU', 'محج قلعة', 'Makhachkala', ['محج قلعة', 'محجقلعة', 'ماخاتشكالا']),
  city('yakutsk', 'RU', 'ياكوتسك', 'Yakutsk', ['ياكوتسك']),
  city('chita', 'RU', 'تشيتا', 'Chita', ['تشيتا']),
  city('ulan-ude', 'RU', 'أولان أودي', 'Ulan-Ude', ['أولان أودي', 'أولان-أودي', 'أولان أوده']),
  city('petropavlovsk-kamchatsky', 'RU', 'بتروبافلوفسك كامتشاتسكي', 'Petropavlovsk-Kamchatsky', [
    'بتروبافلوفسك كامتشاتسكي',
    'بيتروبافلوفسك كامتشاتسكي',
    'بتروبافلوفسك-كامتشاتسكي',
  ]),
  city('yuzhno-sakhalinsk', 'RU', 'يوجنو ساخالينسك', 'Yuzhno-Sakhalinsk', ['يوجنو ساخالينسك', 'يوجنو-ساخالينسك']),
  city('magadan', 'RU', 'ماغادان', 'Magadan', ['ماغادان']),
  city('novorossiysk', 'RU', 'نوفوروسيسك', 'Novorossiysk', ['نوفوروسيسك', 'نوفوروسييسك']),
  city('tula', 'RU', 'تولا', 'Tula', ['تولا']),
  city('smolensk', 'RU', 'سمولينسك', 'Smolensk', ['سمولينسك', 'سمولنسك']),
  city('arkhangelsk', 'RU', 'أرخانغيلسك', 'Arkhangelsk', ['أرخانغيلسك', 'أرخانغلسك']),
  city('tver', 'RU', 'تفير', 'Tver', ['تفير']),
  // Regions of the same name, in the news of the war: the city only in a city's context.
  city('kursk', 'RU', 'كورسك', 'Kursk', [], { asCityOnly: ['كورسك'] }),
  city('belgorod', 'RU', 'بيلغورود', 'Belgorod', [], { asCityOnly: ['بيلغورود'] }),
  city('tyumen', 'RU', 'تيومين', 'Tyumen', ['تيومين', 'تيومن']),
  city('tomsk', 'RU', 'تومسك', 'Tomsk', ['تومسك']),
  city('barnaul', 'RU', 'بارناؤول', 'Barnaul', ['بارناؤول', 'بارناول']),
  city('orenburg', 'RU', 'أورنبورغ', 'Orenburg', ['أورنبورغ', 'أورينبورغ']),
  city('saratov', 'RU', 'ساراتوف', 'Saratov', ['ساراتوف']),
  city('astrakhan', 'RU', 'أستراخان', 'Astrakhan', ['أستراخان', 'استراخان']),
  // The Far East and the Chinese border: bridges over the Amur, crossings and ports.
  city('birobidzhan', 'RU', 'بيروبيجان', 'Birobidzhan', ['بيروبيجان', 'بيروبيدجان']),
  city('komsomolsk-on-amur', 'RU', 'كومسومولسك على آمور', 'Komsomolsk-on-Amur', [
    'كومسومولسك على آمور',
    'كومسومولسك على نهر آمور',
    'كومسومولسك نا آمور',
    'كومسومولسك',
  ]),
  city('zabaykalsk', 'RU', 'زابايكالسك', 'Zabaykalsk', ['زابايكالسك']),
  city('nakhodka', 'RU', 'ناخودكا', 'Nakhodka', ['ناخودكا']),
  city('ussuriysk', 'RU', 'أوسورييسك', 'Ussuriysk', ['أوسورييسك', 'أوسوريسك']),
  // The oil and gas routes to China: the ESPO pipeline from Tayshet to Skovorodino (its branch to
  // Daqing) and to the Pacific terminal at Kozmino; the Yamal LNG port of Sabetta. (The gas fields
  // of the Power of Siberia, Chayanda and Kovykta, are fields, not places a meeting is held in.)
  city('tayshet', 'RU', 'تايشيت', 'Tayshet', ['تايشيت', 'تايشت']),
  city('skovorodino', 'RU', 'سكوفورودينو', 'Skovorodino', ['سكوفورودينو', 'سكوفوردينو']),
  city('kozmino', 'RU', 'كوزمينو', 'Kozmino', ['كوزمينو']),
  city('sabetta', 'RU', 'سابيتا', 'Sabetta', ['سابيتا']),
  // Treaty towns of the Russia–China border: Nerchinsk (1689) and Kyakhta (1727).
  city('nerchinsk', 'RU', 'نيرتشينسك', 'Nerchinsk', ['نيرتشينسك', 'نيرشينسك', 'نيرتشنسك', 'نرتشينسك']),
  city('kyakhta', 'RU', 'كياختا', 'Kyakhta', ['كياختا', 'كياخطا']),
  // Crimea: named in the coverage of the 2014 annexation and of the Yalta Conference of 1945.
  city('sevastopol', 'UA', 'سيفاستوبول', 'Sevastopol', ['سيفاستوبول', 'سيباستوبول', 'سفاستوبول']),
  city('simferopol', 'UA', 'سيمفيروبول', 'Simferopol', ['سيمفيروبول', 'سيمفروبول']),
  city('yalta', 'UA', 'يالطا', 'Yalta', ['يالطا', 'يالتا']),
];
