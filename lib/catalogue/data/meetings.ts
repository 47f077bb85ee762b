// Putin–Xi meetings from the public record, 2013–2025: state visits, bilateral meetings on the
// sidelines of summits (SCO, BRICS, G20, APEC, CICA, Belt and Road forums, the Olympics, Victory
// Day parades, the Eastern Economic Forum), phone calls and video calls.
// Only meetings whose date is known are listed; where the record is unsure by a day the entry is
// marked `approximate`. The encounters on the sidelines of the 2014 Fortaleza BRICS, 2015 Antalya
// G20, 2016 Goa BRICS and Lima APEC, 2017 Hamburg G20 and Da Nang APEC, 2018 Buenos Aires G20 and
// 2019 Osaka G20 summits are listed over the summit's days and marked `approximate`: the day of
// the bilateral contact is not certain, the summit's days are.

import type { KnownMeeting } from '../types';

type Entry = Omit<KnownMeeting, 'id'>;

const ENTRIES: Entry[] = [
  // 2013
  visit(
    '2013-03-22',
    '2013-03-24',
    'moscow',
    'زيارة دولة للرئيس الصيني إلى روسيا',
    "Xi Jinping's state visit to Russia",
  ),
  summit('2013-09-05', 'saint-petersburg', 'قمة مجموعة العشرين في سانت بطرسبرغ', 'G20 summit, Saint Petersburg'),
  summit('2013-09-13', 'bishkek', 'قمة منظمة شنغهاي للتعاون في بيشكيك', 'SCO summit, Bishkek'),
  summit('2013-10-07', 'bali', 'قمة أبيك في بالي', 'APEC summit, Bali'),
  // 2014
  summit('2014-02-06', 'sochi', 'افتتاح الألعاب الأولمبية الشتوية في سوتشي', 'Winter Olympics opening, Sochi'),
  visit(
    '2014-05-20',
    '2014-05-21',
    'shanghai',
    'زيارة دولة لبوتين إلى الصين وقمة سيكا في شنغهاي',
    "Putin's state visit to China and CICA summit, Shanghai",
  ),
  sideline('2014-07-15', '2014-07-16', 'fortaleza', 'قمة بريكس في فورتاليزا', 'BRICS summit, Fortaleza'),
  summit('2014-09-11', 'dushanbe', 'قمة منظمة شنغهاي للتعاون في دوشنبه', 'SCO summit, Dushanbe'),
  summit('2014-11-09', 'beijing', 'قمة أبيك في بكين', 'APEC summit, Beijing'),
  // 2015
  visit('2015-05-08', '2015-05-09', 'moscow', 'الذكرى السبعون للنصر في موسكو', '70th Victory Day anniversary, Moscow'),
  summit('2015-07-08', 'ufa', 'قمتا بريكس ومنظمة شنغهاي للتعاون في أوفا', 'BRICS and SCO summits, Ufa'),
  visit(
    '2015-09-02',
    '2015-09-03',
    'beijing',
    'الذكرى السبعون لانتهاء الحرب العالمية الثانية في بكين',
    '70th anniversary of the end of WWII, Beijing',
  ),
  sideline('2015-11-15', '2015-11-16', 'antalya', 'قمة مجموعة العشرين في أنطاليا', 'G20 summit, Antalya'),
  // 2016
  visit('2016-06-25', null, 'beijing', 'زيارة دولة لبوتين إلى الصين', "Putin's state visit to China"),
  summit('2016-09-04', 'hangzhou', 'قمة مجموعة العشرين في هانغتشو', 'G20 summit, Hangzhou'),
  sideline('2016-10-15', '2016-10-16', 'goa', 'قمة بريكس في غوا', 'BRICS summit, Goa'),
  sideline('2016-11-19', '2016-11-20', 'lima', 'قمة أبيك في ليما', 'APEC summit, Lima'),
  // 2017
  summit('2017-05-14', 'beijing', 'منتدى الحزام والطريق للتعاون الدولي في بكين', 'Belt and Road Forum, Beijing'),
  summit('2017-06-08', 'astana', 'قمة منظمة شنغهاي للتعاون في أستانا', 'SCO summit, Astana'),
  visit(
    '2017-07-03',
    '2017-07-04',
    'moscow',
    'زيارة دولة للرئيس الصيني إلى روسيا',
    "Xi Jinping's state visit to Russia",
  ),
  sideline('2017-07-07', '2017-07-08', 'hamburg', 'قمة مجموعة العشرين في هامبورغ', 'G20 summit, Hamburg'),
  summit('2017-09-03', 'xiamen', 'قمة بريكس في شيامن', 'BRICS summit, Xiamen'),
  sideline('2017-11-10', '2017-11-11', 'da-nang', 'قمة أبيك في دا نانغ', 'APEC summit, Da Nang'),
  // 2018
  {
    ...visit('2018-06-08', null, 'beijing', 'زيارة دولة لبوتين إلى الصين', "Putin's state visit to China"),
    alsoAt: ['tianjin'],
  },
  visit('2018-06-09', '2018-06-10', 'qingdao', 'قمة منظمة شنغهاي للتعاون في تشينغداو', 'SCO summit, Qingdao'),
  summit('2018-07-26', 'johannesburg', 'قمة بريكس في جوهانسبرغ', 'BRICS summit, Johannesburg'),
  summit('2018-09-11', 'vladivostok', 'المنتدى الاقتصادي الشرقي في فلاديفوستوك', 'Eastern Economic Forum, Vladivostok'),
  sideline('2018-11-30', '2018-12-01', 'buenos-aires', 'قمة مجموعة العشرين في بوينس آيرس', 'G20 summit, Buenos Aires'),
  // 2019
  summit('2019-04-26', 'beijing', 'منتدى الحزام والطريق الثاني في بكين', 'Second Belt and Road Forum, Beijing'),
  {
    ...visit(
      '2019-06-05',
      '2019-06-07',
      'moscow',
      'زيارة دولة للرئيس الصيني إلى روسيا',
      "Xi Jinping's state visit to Russia",
    ),
    alsoAt: ['saint-petersburg'],
  },
  {
    ...summit('2019-06-13', 'bishkek', 'قمة منظمة شنغهاي للتعاون في بيشكيك', 'SCO summit, Bishkek'),
    end: '2019-06-14',
    approximate: true,
  },
  summit('2019-06-15', 'dushanbe', 'قمة سيكا في دوشنبه', 'CICA summit, Dushanbe'),
  sideline('2019-06-28', '2019-06-29', 'osaka', 'قمة مجموعة العشرين في أوساكا', 'G20 summit, Osaka'),
  summit('2019-11-13', 'brasilia', 'قمة بريكس في برازيليا', 'BRICS summit, Brasília'),
  video('2019-12-02', 'تدشين خط أنابيب الغاز «قوة سيبيريا»', 'Launch of the Power of Siberia gas pipeline'),
  // 2020
  phone('2020-03-19', 'اتصال هاتفي', 'Phone call'),
  phone('2020-04-16', 'اتصال هاتفي', 'Phone call'),
  phone('2020-05-08', 'اتصال هاتفي', 'Phone call'),
  phone('2020-07-08', 'اتصال هاتفي', 'Phone call'),
  { ...phone('2020-12-28', 'اتصال هاتفي', 'Phone call'), approximate: true },
  // 2021
  video('2021-05-19', 'مراسم إطلاق وحدات الطاقة النووية عبر الفيديو', 'Nuclear power units launch by video link'),
  video(
    '2021-06-28',
    'الذكرى العشرون لمعاهدة حسن الجوار والصداقة والتعاون',
    '20th anniversary of the Treaty of Good-Neighbourliness',
  ),
  phone('2021-08-25', 'اتصال هاتفي', 'Phone call'),
  video('2021-12-15', 'قمة عبر الفيديو', 'Video summit'),
  // 2022
  visit('2022-02-04', null, 'beijing', 'افتتاح الألعاب الأولمبية الشتوية في بكين', 'Winter Olympics opening, Beijing'),
  phone('2022-02-25', 'اتصال هاتفي', 'Phone call'),
  phone('2022-06-15', 'اتصال هاتفي', 'Phone call'),
  summit('2022-09-15', 'samarkand', 'قمة منظمة شنغهاي للتعاون في سمرقند', 'SCO summit, Samarkand'),
  video('2022-12-30', 'قمة عبر الفيديو', 'Video summit'),
  // 2023
  visit(
    '2023-03-20',
    '2023-03-22',
    'moscow',
    'زيارة دولة للرئيس الصيني إلى روسيا',
    "Xi Jinping's state visit to Russia",
  ),
  summit('2023-10-18', 'beijing', 'منتدى الحزام والطريق الثالث في بكين', 'Third Belt and Road Forum, Beijing'),
  // 2024
  phone('2024-02-08', 'اتصال هاتفي', 'Phone call'),
  visit('2024-05-16', '2024-05-17', 'beijing', 'زيارة دولة لبوتين إلى الصين', "Putin's state visit to China"),
  summit('2024-07-03', 'astana', 'قمة منظمة شنغهاي للتعاون في أستانا', 'SCO summit, Astana'),
  summit('2024-10-22', 'kazan', 'قمة بريكس في قازان', 'BRICS summit, Kazan'),
  // 2025
  video('2025-01-21', 'قمة عبر الفيديو', 'Video summit'),
  phone('2025-02-24', 'اتصال هاتفي', 'Phone call'),
  visit('2025-05-08', '2025-05-09', 'moscow', 'الذكرى الثمانون للنصر في موسكو', '80th Victory Day anniversary, Moscow'),
  phone('2025-06-19', 'اتصال هاتفي', 'Phone call'),
  phone('2025-08-08', 'اتصال هاتفي', 'Phone call'),
  visit('2025-08-31', '2025-09-01', 'tianjin', 'قمة منظمة شنغهاي للتعاون في تيانجين', 'SCO summit, Tianjin'),
  visit(
    '2025-09-02',
    '2025-09-03',
    'beijing',
    'زيارة رسمية لبوتين والعرض العسكري في بكين',
    "Putin's official visit and the Victory Day parade, Beijing",
  ),
];

export const KNOWN_MEETINGS: KnownMeeting[] = ENTRIES.map((e) => ({ id: `${e.start}-${e.venue}`, ...e }));

function visit(start: string, end: string | null, venue: string, ar: string, en: string): Entry {
  return { start, ...(end ? { end } : {}), venue, kind: 'in-person', event: { ar, en } };
}

function summit(start: string, venue: string, ar: string, en: string): Entry {
  return { start, venue, kind: 'in-person', event: { ar, en } };
}

/** A contact on the sidelines of a summit whose days are known but not the day of the contact. */
function sideline(start: string, end: string, venue: string, ar: string, en: string): Entry {
  return { start, end, venue, kind: 'in-person', event: { ar, en }, approximate: true };
}

function phone(start: string, ar: string, en: string): Entry {
  return { start, venue: 'virtual', kind: 'phone-call', event: { ar, en } };
}

function video(start: string, ar: string, en: string): Entry {
  return { start, venue: 'virtual', kind: 'video-call', event: { ar, en } };
}
