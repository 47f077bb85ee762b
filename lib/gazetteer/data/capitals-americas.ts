// Capitals of the Americas not in `venues.ts`, with São Paulo. `مكسيكو` alone is how the Arabic
// press names Mexico City (the country is `المكسيك`); Guatemala City and Panama City are named
// like their countries and need a city's context, as do `سوكري` (Sucre, also a surname), `كيتو`
// (Quito, also the keto diet), `روسو` (Roseau, also Rousseau), `باستير` (Basseterre, also Pasteur
// of the institutes) and `جورجتاون` (also the university in Washington).

import type { Venue } from '../types';
import { capital } from './place';

export const AMERICAS_CAPITALS: Venue[] = [
  capital('ottawa', 'CA', 'أوتاوا', 'Ottawa', ['أوتاوا', 'اوتاوا'], 'الكندية'),
  capital('mexico-city', 'MX', 'مكسيكو سيتي', 'Mexico City', ['مكسيكو سيتي', 'مدينة مكسيكو', 'مكسيكو'], 'المكسيكية'),
  capital(
    'guatemala-city',
    'GT',
    'غواتيمالا سيتي',
    'Guatemala City',
    ['غواتيمالا سيتي', 'مدينة غواتيمالا'],
    undefined,
    {
      asCityOnly: ['غواتيمالا'],
    },
  ),
  capital('san-salvador', 'SV', 'سان سلفادور', 'San Salvador', ['سان سلفادور', 'سان سالفادور']),
  capital('tegucigalpa', 'HN', 'تيغوسيغالبا', 'Tegucigalpa', ['تيغوسيغالبا']),
  capital('managua', 'NI', 'ماناغوا', 'Managua', ['ماناغوا', 'ماناجوا'], 'النيكاراغوية'),
  capital('san-jose', 'CR', 'سان خوسيه', 'San José', ['سان خوسيه', 'سان خوسي']),
  capital('panama-city', 'PA', 'بنما سيتي', 'Panama City', ['بنما سيتي', 'مدينة بنما', 'مدينة باناما'], undefined, {
    asCityOnly: ['بنما', 'باناما'],
  }),
  capital('kingston', 'JM', 'كينغستون', 'Kingston', ['كينغستون', 'كنغستون']),
  capital('port-au-prince', 'HT', 'بورت أو برنس', 'Port-au-Prince', ['بورت أو برنس', 'بور أو برانس', 'بورت او برنس']),
  capital('santo-domingo', 'DO', 'سانتو دومينغو', 'Santo Domingo', ['سانتو دومينغو']),
  capital('nassau', 'BS', 'ناسو', 'Nassau', ['ناسو']),
  capital('bridgetown', 'BB', 'بريدجتاون', 'Bridgetown', ['بريدجتاون']),
  capital('bogota', 'CO', 'بوغوتا', 'Bogotá', ['بوغوتا', 'بوجوتا'], 'الكولومبية'),
  capital('quito', 'EC', 'كيتو', 'Quito', [], 'الإكوادورية', { asCityOnly: ['كيتو'] }),
  capital('la-paz', 'BO', 'لاباز', 'La Paz', ['لاباز', 'لا باز'], 'البوليفية'),
  capital('sucre', 'BO', 'سوكري', 'Sucre', [], undefined, { asCityOnly: ['سوكري', 'سوكرة'] }),
  capital('santiago', 'CL', 'سانتياغو', 'Santiago', ['سانتياغو', 'سانتياجو', 'سانتياغو دي تشيلي'], 'التشيلية'),
  capital('montevideo', 'UY', 'مونتيفيديو', 'Montevideo', ['مونتيفيديو'], 'الأوروغوايانية'),
  capital('asuncion', 'PY', 'أسونسيون', 'Asunción', ['أسونسيون', 'أسونثيون']),
  capital('georgetown', 'GY', 'جورجتاون', 'Georgetown', [], undefined, { asCityOnly: ['جورجتاون'] }),
  capital('paramaribo', 'SR', 'باراماريبو', 'Paramaribo', ['باراماريبو']),
  capital('port-of-spain', 'TT', 'بورت أوف سبين', 'Port of Spain', ['بورت أوف سبين']),
  capital('castries', 'LC', 'كاستريس', 'Castries', ['كاستريس']),
  capital('saint-johns', 'AG', 'سانت جونز', "Saint John's", ['سانت جونز']),
  capital('roseau', 'DM', 'روسو', 'Roseau', [], undefined, { asCityOnly: ['روسو'] }),
  capital('saint-georges', 'GD', 'سانت جورجز', "Saint George's", ['سانت جورجز']),
  capital('kingstown', 'VC', 'كينغستاون', 'Kingstown', ['كينغستاون']),
  capital('basseterre', 'KN', 'باستير', 'Basseterre', [], undefined, { asCityOnly: ['باستير'] }),
  capital('belmopan', 'BZ', 'بلموبان', 'Belmopan', ['بلموبان']),
  capital('sao-paulo', 'BR', 'ساو باولو', 'São Paulo', ['ساو باولو', 'ساوباولو', 'سان باولو']),
];
