// Cities of Central Asia, Mongolia, the Caucasus, Belarus and Ukraine beyond their capitals (which
// are in `venues.ts`): the summit towns (Cholpon-Ata, Aktau, Turkmenbashi and Avaza of the
// Caspian summits, Bukhara and Khiva of state visits), the pipeline and rail hubs, Mongolia's
// second cities and its old capital Karakorum, and the Ukrainian cities of the war's news. Also
// Ulaanbaatar's central square, where state guests are welcomed (named Chinggis Square 2013–2016).

import type { Venue } from '../types';
import { city, site } from './place';

export const EURASIAN_CITIES: Venue[] = [
  city('shymkent', 'KZ', 'شيمكنت', 'Shymkent', ['شيمكنت', 'شمكنت', 'شيمكينت']),
  city('aktau', 'KZ', 'أكتاو', 'Aktau', ['أكتاو', 'آكتاو', 'أقتاو']),
  city('karaganda', 'KZ', 'كاراغاندا', 'Karaganda', ['كاراغاندا', 'قاراغاندي', 'كاراغندا']),
  city('bukhara', 'UZ', 'بخارى', 'Bukhara', ['بخارى', 'بخارا']),
  city('khiva', 'UZ', 'خيوة', 'Khiva', ['خيوة', 'خيفا']),
  city('andijan', 'UZ', 'أنديجان', 'Andijan', ['أنديجان', 'أنديجون']),
  city('osh', 'KG', 'أوش', 'Osh', ['أوش']),
  city('cholpon-ata', 'KG', 'تشولبون آتا', 'Cholpon-Ata', ['تشولبون آتا', 'تشولبون-آتا', 'شولبون آتا', 'تشولبون أتا']),
  city('khujand', 'TJ', 'خوجند', 'Khujand', ['خوجند', 'خجند']),
  city('turkmenbashi', 'TM', 'تركمنباشي', 'Turkmenbashi', ['تركمنباشي', 'تركمانباشي', 'تركمن باشي']),
  city('avaza', 'TM', 'أوازا', 'Avaza', ['أوازا', 'آوازا']),
  city('erdenet', 'MN', 'إردينيت', 'Erdenet', ['إردينيت', 'إردنت']),
  city('darkhan', 'MN', 'دارخان', 'Darkhan', ['دارخان']),
  city('kharkhorin', 'MN', 'خاركورين', 'Kharkhorin (Karakorum)', ['خاركورين', 'خارخورين', 'قراقورم', 'كاراكوروم']),
  site(
    'sukhbaatar-square',
    'ulaanbaatar',
    'MN',
    'ساحة سوخباتار',
    'Sükhbaatar Square',
    ['سوخباتار', 'سوخباتور', 'سوخ باتار', 'سوخي باتار', 'سوخبآتار', 'جنكيز خان', 'جنكيزخان'].flatMap((n) => [
      `ساحة ${n}`,
      `ميدان ${n}`,
    ]),
  ),
  city('batumi', 'GE', 'باتومي', 'Batumi', ['باتومي']),
  city('kharkiv', 'UA', 'خاركيف', 'Kharkiv', ['خاركيف', 'خاركوف', 'خاركيڤ']),
  city('odesa', 'UA', 'أوديسا', 'Odesa', ['أوديسا', 'أوديسة']),
  city('lviv', 'UA', 'لفيف', 'Lviv', ['لفيف', 'لفوف']),
  city('mariupol', 'UA', 'ماريوبول', 'Mariupol', ['ماريوبول']),
];
