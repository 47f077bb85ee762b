// Latin American leaders who appear in Russia–China coverage (BRICS, visits to Moscow and Beijing).
// Terms from the public record; a term still running has no end.

import type { Leader } from '../types';
import { names, term } from './helpers';

export const AMERICAS_LEADERS: Leader[] = [
  {
    id: 'maduro',
    wikidata: 'Q57413',
    name: { ar: 'نيكولاس مادورو', en: 'Nicolás Maduro' },
    country: 'VE',
    roles: [term('ve-president', '2013-04-19', null)],
    spellings: names(['نيكولاس', 'نيكولا'], ['مادورو']),
  },
  {
    id: 'diaz-canel',
    name: { ar: 'ميغيل دياز كانيل', en: 'Miguel Díaz-Canel' },
    country: 'CU',
    roles: [term('cu-president', '2018-04-19', null)],
    spellings: [...names(['ميغيل', 'ميغل'], ['دياز كانيل', 'دياز-كانيل', 'دياز كانل']), 'دياز كانيل'],
  },
  {
    id: 'milei',
    name: { ar: 'خافيير ميلي', en: 'Javier Milei' },
    country: 'AR',
    roles: [term('ar-president', '2023-12-10', null)],
    spellings: names(['خافيير', 'خافير'], ['ميلي'], false),
  },
  {
    id: 'sheinbaum',
    name: { ar: 'كلاوديا شينباوم', en: 'Claudia Sheinbaum' },
    country: 'MX',
    roles: [term('mx-president', '2024-10-01', null)],
    spellings: names(['كلاوديا'], ['شينباوم', 'شاينباوم']),
  },
  {
    id: 'lopez-obrador',
    name: { ar: 'أندريس مانويل لوبيز أوبرادور', en: 'Andrés Manuel López Obrador' },
    country: 'MX',
    roles: [term('mx-president', '2018-12-01', '2024-09-30')],
    spellings: ['أندريس مانويل لوبيز أوبرادور', 'مانويل لوبيز أوبرادور', 'لوبيز أوبرادور', 'أوبرادور'],
  },
  {
    id: 'petro',
    name: { ar: 'غوستافو بيترو', en: 'Gustavo Petro' },
    country: 'CO',
    roles: [{ role: { ar: 'رئيس كولومبيا', en: 'President of Colombia' }, from: '2022-08-07', to: null }],
    spellings: names(['غوستافو', 'جوستافو'], ['بيترو'], false),
  },
  {
    id: 'ortega',
    name: { ar: 'دانيال أورتيغا', en: 'Daniel Ortega' },
    country: 'NI',
    roles: [{ role: { ar: 'رئيس نيكاراغوا', en: 'President of Nicaragua' }, from: '2007-01-10', to: null }],
    spellings: names(['دانيال', 'دانييل'], ['أورتيغا', 'أورتيجا'], false),
  },
];
