// Chinese cities beyond Beijing and the summit cities of `venues.ts`: the municipalities and
// provincial capitals, the big ports and trade cities, the towns of the Russian border (Heihe
// across the Amur from Blagoveshchensk, Suifenhe, Manzhouli, Hunchun), the Xinjiang crossings, the
// Boao forum and the historic Aigun (treaty of 1858). Xinhua Arabic writes zh/ch as تش or ج, g as غ
// (the Egyptian ج is added by the lexicon), and often splits syllables: both forms are listed.
// `خفي` (Hefei: also "hidden"), `جينان` (Jinan: also a first name) and `هايكو` (Haikou: also the
// haiku) need a city's context.

import type { Venue } from '../types';
import { city } from './place';

export const CHINESE_CITIES: Venue[] = [
  city('chongqing', 'CN', 'تشونغتشينغ', 'Chongqing', [
    'تشونغتشينغ',
    'تشونغ تشينغ',
    'تشونغكينغ',
    'تشونغ كينغ',
    'شونغتشينغ',
    'تشونكينغ',
  ]),
  city('chengdu', 'CN', 'تشنغدو', 'Chengdu', ['تشنغدو', 'تشنغ دو', 'تشينغدو', 'تشنجدو', 'شنغدو']),
  city('dalian', 'CN', 'داليان', 'Dalian', ['داليان']),
  city('suzhou', 'CN', 'سوتشو', 'Suzhou', ['سوتشو', 'سوجو', 'سوتشوو', 'سوتشو']),
  city('ningbo', 'CN', 'نينغبو', 'Ningbo', ['نينغبو', 'نينغ بو']),
  city('nanjing', 'CN', 'نانجينغ', 'Nanjing', ['نانجينغ', 'نانجين', 'نانكين', 'نان جينغ']),
  city('jinan', 'CN', 'جينان', 'Jinan', [], { asCityOnly: ['جينان', 'جي نان'] }),
  city('zhengzhou', 'CN', 'تشنغتشو', 'Zhengzhou', ['تشنغتشو', 'تشنغ تشو', 'تشنغجو', 'جنغجو', 'تشينغتشو']),
  city('changsha', 'CN', 'تشانغشا', 'Changsha', ['تشانغشا', 'تشانغ شا']),
  city('kunming', 'CN', 'كونمينغ', 'Kunming', ['كونمينغ', 'كون مينغ']),
  city('nanning', 'CN', 'نانينغ', 'Nanning', ['نانينغ', 'نان نينغ']),
  city('haikou', 'CN', 'هايكو', 'Haikou', [], { asCityOnly: ['هايكو'] }),
  city('sanya', 'CN', 'سانيا', 'Sanya', ['سانيا', 'سانيه']),
  city('boao', 'CN', 'بوآو', 'Boao', ['بوآو', 'بواو', 'بوأو', 'بو آو']),
  city('heihe', 'CN', 'هيهي', 'Heihe', ['هيهي', 'هيخه', 'هيهه', 'خيخه']),
  city('suifenhe', 'CN', 'سويفنخه', 'Suifenhe', ['سويفنخه', 'سويفنهي', 'سويفنهه', 'سوي فن خه', 'سويفينخه']),
  city('manzhouli', 'CN', 'مانتشولي', 'Manzhouli', ['مانتشولي', 'مانجولي', 'مانتشوولي', 'مان تشو لي', 'منتشولي']),
  city('hunchun', 'CN', 'هونتشون', 'Hunchun', ['هونتشون', 'هونشون']),
  // The ends of the oil pipelines from Russia: Daqing's oil fields and refineries, Mohe where the
  // ESPO branch crosses the Amur; Tongjiang, the railway bridge to Nizhneleninskoye.
  city('daqing', 'CN', 'داتشينغ', 'Daqing', ['داتشينغ', 'داتشنغ', 'دا تشينغ', 'داكينغ']),
  city('mohe', 'CN', 'موخه', 'Mohe', ['موخه']),
  city('tongjiang', 'CN', 'تونغجيانغ', 'Tongjiang', ['تونغجيانغ', 'تونغ جيانغ']),
  city('dandong', 'CN', 'داندونغ', 'Dandong', ['داندونغ', 'دان دونغ']),
  city('kashgar', 'CN', 'كاشغر', 'Kashgar', ['كاشغر', 'كاشغار', 'قشغر']),
  city('khorgos', 'CN', 'خورغوس', 'Khorgos', ['خورغوس', 'قورغاس', 'هورغوس', 'خورغاس']),
  city('yiwu', 'CN', 'ييوو', 'Yiwu', ['ييوو', 'يي وو']),
  city('shenyang', 'CN', 'شنيانغ', 'Shenyang', ['شنيانغ', 'شينيانغ', 'شن يانغ']),
  city('changchun', 'CN', 'تشانغتشون', 'Changchun', ['تشانغتشون', 'تشانغ تشون', 'تشانغشون']),
  city('hohhot', 'CN', 'هوهوت', 'Hohhot', ['هوهوت', 'هوهيهوت', 'هوههوت', 'هو هه هوت']),
  city('shijiazhuang', 'CN', 'شيجياتشوانغ', 'Shijiazhuang', ['شيجياتشوانغ', 'شيجيا تشوانغ', 'شيجياجوانغ']),
  city('taiyuan', 'CN', 'تاييوان', 'Taiyuan', ['تاييوان', 'تاي يوان']),
  city('hefei', 'CN', 'هيفي', 'Hefei', ['هيفي', 'خه في'], { asCityOnly: ['خفي'] }),
  city('fuzhou', 'CN', 'فوتشو', 'Fuzhou', ['فوتشو', 'فوجو', 'فو تشو']),
  city('nanchang', 'CN', 'نانتشانغ', 'Nanchang', ['نانتشانغ', 'نان تشانغ']),
  city('guiyang', 'CN', 'قوييانغ', 'Guiyang', ['قوييانغ', 'غوييانغ', 'قوي يانغ']),
  city('lhasa', 'CN', 'لاسا', 'Lhasa', ['لاسا', 'لهاسا']),
  city('lanzhou', 'CN', 'لانتشو', 'Lanzhou', ['لانتشو', 'لانجو', 'لان تشو']),
  city('xining', 'CN', 'شينينغ', 'Xining', ['شينينغ']),
  city('yinchuan', 'CN', 'ينتشوان', 'Yinchuan', ['ينتشوان', 'يينتشوان', 'يين تشوان']),
  city('wenzhou', 'CN', 'ونتشو', 'Wenzhou', ['ونتشو', 'وينتشو', 'وينجو']),
  city('zhuhai', 'CN', 'تشوهاي', 'Zhuhai', ['تشوهاي', 'جوهاي', 'تشو هاي']),
  city('luoyang', 'CN', 'لويانغ', 'Luoyang', ['لويانغ', 'لوه يانغ']),
  // Tunxi (Huangshan, Anhui): the neighbours of Afghanistan met there in March 2022.
  city('tunxi', 'CN', 'تونشي', 'Tunxi (Huangshan)', ['تونشي', 'تونكسي', 'تون شي', 'هوانغشان', 'هوانغ شان']),
  // Lavrov and Wang Yi met there in March 2021.
  city('guilin', 'CN', 'غويلين', 'Guilin', ['غويلين', 'قويلين', 'جويلين', 'قوي لين']),
  // Aigun (Aihui, now part of Heihe): the treaty of 1858 that moved the border to the Amur.
  city('aigun', 'CN', 'آيغون', 'Aigun', ['آيغون', 'أيغون', 'آيخوي', 'آيهوي', 'أيهوي', 'إيغون']),
  // Lüshun, the Port Arthur of the Russian lease (1898–1905) and of the Soviet base (1945–1955).
  city('lushun', 'CN', 'لوشون', 'Lüshun (Port Arthur)', ['لوشون', 'لوشونكو', 'بورت آرثر', 'بور آرثر']),
];
