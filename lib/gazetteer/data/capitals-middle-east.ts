// Cities of the Arab world, Iran, Türkiye and Israel not in `venues.ts`: the capitals left, the
// Syrian cities of Russia's presence (Tartus, Latakia and the Hmeimim base beside it), the
// second cities of the Gulf, Iraq, Egypt, Libya and the Maghreb. Capitals named like their
// country (`الكويت`, `تونس`, `الجزائر`), `عمان` (Amman and Oman), `حماة` ("protectors"), `تدمر`
// ("it destroys") and `مشهد` ("a scene") need a city's context; their unambiguous forms
// (`مدينة الكويت`, `تونس العاصمة`) are plain spellings.

import type { Venue } from '../types';
import { capital, city, site } from './place';

export const MIDDLE_EAST_CITIES: Venue[] = [
  capital('kuwait-city', 'KW', 'مدينة الكويت', 'Kuwait City', ['مدينة الكويت'], 'الكويتية', { asCityOnly: ['الكويت'] }),
  capital('tunis', 'TN', 'تونس', 'Tunis', ['تونس العاصمة'], 'التونسية', { asCityOnly: ['تونس'] }),
  capital('tripoli', 'LY', 'طرابلس', 'Tripoli', ['طرابلس', 'طرابلس الغرب'], 'الليبية'),
  capital('nouakchott', 'MR', 'نواكشوط', 'Nouakchott', ['نواكشوط', 'انواكشوط'], 'الموريتانية'),
  city('jerusalem', 'PS', 'القدس', 'Jerusalem', ['القدس', 'القدس الشريف', 'القدس المحتلة', 'القدس الشرقية']),
  city('ramallah', 'PS', 'رام الله', 'Ramallah', ['رام الله']),
  city('tel-aviv', 'IL', 'تل أبيب', 'Tel Aviv', ['تل أبيب', 'تل ابيب', 'تل-أبيب']),
  city('aleppo', 'SY', 'حلب', 'Aleppo', ['حلب']),
  city('homs', 'SY', 'حمص', 'Homs', ['حمص']),
  city('latakia', 'SY', 'اللاذقية', 'Latakia', ['اللاذقية']),
  city('tartus', 'SY', 'طرطوس', 'Tartus', ['طرطوس']),
  city('hama', 'SY', 'حماة', 'Hama', [], { asCityOnly: ['حماة', 'حماه'] }),
  city('palmyra', 'SY', 'تدمر', 'Palmyra', ['بالميرا'], { asCityOnly: ['تدمر'] }),
  site('hmeimim-air-base', 'latakia', 'SY', 'قاعدة حميميم', 'Hmeimim Air Base', [
    'قاعدة حميميم الجوية',
    'قاعدة حميميم العسكرية',
    'قاعدة حميميم',
    'مطار حميميم',
    'حميميم',
    'قاعدة حميم',
  ]),
  city('sharjah', 'AE', 'الشارقة', 'Sharjah', ['الشارقة']),
  city('mecca', 'SA', 'مكة المكرمة', 'Mecca', ['مكة المكرمة', 'مكة']),
  city('medina', 'SA', 'المدينة المنورة', 'Medina', ['المدينة المنورة']),
  city('dammam', 'SA', 'الدمام', 'Dammam', ['الدمام']),
  city('neom', 'SA', 'نيوم', 'Neom', ['نيوم']),
  city('alexandria', 'EG', 'الإسكندرية', 'Alexandria', ['الإسكندرية', 'الاسكندرية']),
  city('benghazi', 'LY', 'بنغازي', 'Benghazi', ['بنغازي']),
  city('erbil', 'IQ', 'أربيل', 'Erbil', ['أربيل', 'اربيل', 'هولير']),
  city('basra', 'IQ', 'البصرة', 'Basra', ['البصرة']),
  city('mashhad', 'IR', 'مشهد', 'Mashhad', [], { asCityOnly: ['مشهد'] }),
  city('isfahan', 'IR', 'أصفهان', 'Isfahan', ['أصفهان', 'اصفهان']),
  city('tabriz', 'IR', 'تبريز', 'Tabriz', ['تبريز']),
  city('bandar-abbas', 'IR', 'بندر عباس', 'Bandar Abbas', ['بندر عباس']),
  city('izmir', 'TR', 'إزمير', 'İzmir', ['إزمير', 'أزمير']),
  city('casablanca', 'MA', 'الدار البيضاء', 'Casablanca', ['الدار البيضاء', 'كازابلانكا']),
  city('marrakesh', 'MA', 'مراكش', 'Marrakesh', ['مراكش']),
  city('tangier', 'MA', 'طنجة', 'Tangier', ['طنجة']),
  city('oran', 'DZ', 'وهران', 'Oran', ['وهران']),
  city('constantine', 'DZ', 'قسنطينة', 'Constantine', ['قسنطينة']),
  // Other large Arab cities the business and regional pages report from. Words that are also
  // common nouns once normalised (فاس: an axe; عدن: Eden) only after a word for city.
  city('kenitra', 'MA', 'القنيطرة', 'Kenitra', ['القنيطرة']),
  city('agadir', 'MA', 'أكادير', 'Agadir', ['أكادير', 'اغادير', 'أغادير']),
  city('fez', 'MA', 'فاس', 'Fez', [], { asCityOnly: ['فاس'] }),
  city('annaba', 'DZ', 'عنابة', 'Annaba', ['عنابة']),
  city('sfax', 'TN', 'صفاقس', 'Sfax', ['صفاقس']),
  city('giza', 'EG', 'الجيزة', 'Giza', ['الجيزة']),
  city('port-said', 'EG', 'بورسعيد', 'Port Said', ['بورسعيد', 'بور سعيد']),
  city('aswan', 'EG', 'أسوان', 'Aswan', ['أسوان']),
  city('mosul', 'IQ', 'الموصل', 'Mosul', ['الموصل']),
  city('misrata', 'LY', 'مصراتة', 'Misrata', ['مصراتة']),
  city('aden', 'YE', 'عدن', 'Aden', [], { asCityOnly: ['عدن'] }),
];
