// Capitals of South and South-East Asia and the Pacific not in `venues.ts`, with the host cities
// of APEC and ASEAN meetings (Vientiane, Phnom Penh, Manila, Port Moresby, Auckland) and the big
// cities of the region's coverage (Mumbai, Karachi, Hiroshima, Ho Chi Minh City). Singapore, the
// Maldives' Malé (`ماليه`), and Dili (`ديلي`: also the English "daily" of tabloid names) need a
// city's context.

import type { Venue } from '../types';
import { capital, city } from './place';

export const ASIA_PACIFIC_CAPITALS: Venue[] = [
  capital('vientiane', 'LA', 'فيينتيان', 'Vientiane', ['فيينتيان', 'فينتيان', 'فيانتيان'], 'اللاوسية'),
  capital('phnom-penh', 'KH', 'بنوم بنه', 'Phnom Penh', ['بنوم بنه', 'بنوم بين', 'بنومبنه', 'فنوم بنه'], 'الكمبودية'),
  capital('naypyidaw', 'MM', 'نايبيداو', 'Naypyidaw', ['نايبيداو', 'ناي بي تاو', 'نايبيتاو', 'نايبيدو'], 'الميانمارية'),
  city('yangon', 'MM', 'يانغون', 'Yangon', ['يانغون', 'رانغون']),
  capital('manila', 'PH', 'مانيلا', 'Manila', ['مانيلا'], 'الفلبينية'),
  capital('bandar-seri-begawan', 'BN', 'بندر سري بكاوان', 'Bandar Seri Begawan', [
    'بندر سري بكاوان',
    'بندر سري بيغاوان',
    'بندر سيري بيغاوان',
  ]),
  capital('dili', 'TL', 'ديلي', 'Dili', [], undefined, { asCityOnly: ['ديلي'] }),
  capital('dhaka', 'BD', 'دكا', 'Dhaka', ['دكا', 'داكا'], 'البنغلاديشية'),
  capital('kathmandu', 'NP', 'كاتماندو', 'Kathmandu', ['كاتماندو'], 'النيبالية'),
  capital('thimphu', 'BT', 'تيمفو', 'Thimphu', ['تيمفو', 'ثيمفو']),
  capital('colombo', 'LK', 'كولومبو', 'Colombo', ['كولومبو'], 'السريلانكية'),
  capital('male', 'MV', 'ماليه', 'Malé', [], undefined, { asCityOnly: ['ماليه'] }),
  capital('singapore', 'SG', 'سنغافورة', 'Singapore', [], undefined, { asCityOnly: ['سنغافورة', 'سنغافورا'] }),
  capital('taipei', 'TW', 'تايبيه', 'Taipei', ['تايبيه', 'تايبي', 'تايبه']),
  capital('canberra', 'AU', 'كانبرا', 'Canberra', ['كانبرا', 'كانبيرا'], 'الأسترالية'),
  city('sydney', 'AU', 'سيدني', 'Sydney', ['سيدني']),
  capital('wellington', 'NZ', 'ويلينغتون', 'Wellington', ['ويلينغتون', 'ولينغتون', 'ويلنغتون'], 'النيوزيلندية'),
  city('auckland', 'NZ', 'أوكلاند', 'Auckland', ['أوكلاند']),
  capital('port-moresby', 'PG', 'بورت مورسبي', 'Port Moresby', ['بورت مورسبي', 'بورت موريسبي']),
  capital('suva', 'FJ', 'سوفا', 'Suva', ['سوفا']),
  capital('honiara', 'SB', 'هونيارا', 'Honiara', ['هونيارا']),
  capital('port-vila', 'VU', 'بورت فيلا', 'Port Vila', ['بورت فيلا']),
  capital('apia', 'WS', 'آبيا', 'Apia', ['آبيا']),
  capital('nukualofa', 'TO', 'نوكوألوفا', 'Nukuʻalofa', ['نوكوألوفا', 'نوكوالوفا']),
  capital('tarawa', 'KI', 'تاراوا', 'Tarawa', ['تاراوا']),
  capital('majuro', 'MH', 'ماجورو', 'Majuro', ['ماجورو']),
  capital('palikir', 'FM', 'باليكير', 'Palikir', ['باليكير']),
  capital('funafuti', 'TV', 'فونافوتي', 'Funafuti', ['فونافوتي']),
  capital('yaren', 'NR', 'يارين', 'Yaren', ['يارين']),
  capital('ngerulmud', 'PW', 'نجيرولمود', 'Ngerulmud', ['نجيرولمود']),
  city('mumbai', 'IN', 'مومباي', 'Mumbai', ['مومباي', 'بومباي']),
  city('karachi', 'PK', 'كراتشي', 'Karachi', ['كراتشي']),
  city('lahore', 'PK', 'لاهور', 'Lahore', ['لاهور']),
  city('hiroshima', 'JP', 'هيروشيما', 'Hiroshima', ['هيروشيما']),
  city('kyoto', 'JP', 'كيوتو', 'Kyoto', ['كيوتو']),
  city('ho-chi-minh-city', 'VN', 'مدينة هوشي منه', 'Ho Chi Minh City', [
    'مدينة هوشي منه',
    'مدينة هو تشي منه',
    'مدينة هوتشي منه',
    'سايغون',
  ]),
  city('incheon', 'KR', 'إنتشون', 'Incheon', ['إنتشون', 'إنشيون', 'انتشون']),
];
