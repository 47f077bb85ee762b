// Hand-written articles about the March 2023 state visit (the meeting seed 003 covers) and about
// other meetings, in the styles of the Arabic press, with the mentions a correct extractor finds.

import { article } from './helpers';

/** An announcement four days before, with the dates of the visit (Gulf style, Kremlin source). */
export const ANNOUNCEMENT_TEXT =
  'موسكو - أعلن الكرملين، الجمعة، أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 مارس الجاري، ' +
  'يجري خلالها محادثات مع الرئيس فلاديمير بوتين في موسكو. وبلغ حجم التبادل التجاري بين البلدين العام الماضي 190 مليار دولار.';
export const announcement = article(
  ANNOUNCEMENT_TEXT,
  { start: '2023-03-20', end: '2023-03-22', venue: 'moscow', kind: 'in-person', announced: true },
  [
    ['venue', 'موسكو', 'moscow'],
    ['leader', 'شي جين بينغ', 'xi'],
    ['date', 'من 20 إلى 22 مارس', '2023-03-20'],
    ['leader', 'فلاديمير بوتين', 'putin'],
    ['venue', 'موسكو', 'moscow'],
    ['figure', '190 مليار دولار', 190_000_000_000, 'USD'],
  ],
  '2023-03-17',
);

/** An earlier announcement with no date at all: "next week". */
export const VAGUE_ANNOUNCEMENT_TEXT =
  'بكين - قالت وزارة الخارجية الصينية إن الرئيس شي جين بينغ سيزور موسكو الأسبوع المقبل تلبية لدعوة من الرئيس بوتين.';
export const vagueAnnouncement = article(
  VAGUE_ANNOUNCEMENT_TEXT,
  { venue: 'moscow', kind: 'in-person', announced: true },
  [
    ['venue', 'بكين', 'beijing'],
    ['leader', 'شي جين بينغ', 'xi'],
    ['venue', 'موسكو', 'moscow'],
    ['leader', 'بوتين', 'putin'],
  ],
  '2023-03-13',
);

/** Coverage of the talks' second day, from another site (Levantine month name). */
export const SECOND_DAY_TEXT =
  'وقع الرئيسان بوتين وشي في الكرملين يوم الثلاثاء 21 آذار/مارس 2023 بيانا مشتركا، وقال بوتين إن التبادل التجاري سيتجاوز 200 مليار دولار.';
export const secondDay = article(
  SECOND_DAY_TEXT,
  // The extractor names the site; the meeting is filed under its city.
  { start: '2023-03-21', venue: 'kremlin', kind: 'in-person' },
  [
    ['leader', 'بوتين', 'putin'],
    ['leader', 'شي', 'xi'],
    ['venue', 'الكرملين', 'kremlin'],
    ['date', '21 آذار/مارس 2023', '2023-03-21'],
    ['leader', 'بوتين', 'putin'],
    ['figure', '200 مليار دولار', 200_000_000_000, 'USD'],
  ],
  '2023-03-21',
);

/** A phone call three months later: another meeting. */
export const PHONE_CALL_TEXT =
  'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الصيني شي جين بينغ يوم 28 يونيو 2023 بحثا خلاله العلاقات الثنائية، التي بلغت 190 بليون دولار.';
export const phoneCall = article(
  PHONE_CALL_TEXT,
  { start: '2023-06-28', venue: 'virtual', kind: 'phone-call' },
  [
    ['leader', 'فلاديمير بوتين', 'putin'],
    ['leader', 'شي جين بينغ', 'xi'],
    ['date', '28 يونيو 2023', '2023-06-28'],
    ['figure', '190 بليون دولار', 190_000_000_000, 'USD'],
  ],
  '2023-06-28',
);

/** The Samarkand meeting, year-less in the text, resolved by the catalogue. */
export const SAMARKAND_TEXT =
  'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ على هامش قمة منظمة شنغهاي للتعاون في سمرقند يوم 15 سبتمبر.';
export const samarkand = article(
  SAMARKAND_TEXT,
  {
    start: '--09-15',
    venue: 'samarkand',
    kind: 'in-person',
    catalogueId: 'sco-samarkand-2022',
    knownStart: '2022-09-15',
    title: { ar: 'لقاء سمرقند على هامش قمة شنغهاي', en: 'Samarkand, SCO sidelines' },
  },
  [
    ['leader', 'فلاديمير بوتين', 'putin'],
    ['leader', 'شي جين بينغ', 'xi'],
    ['venue', 'سمرقند', 'samarkand'],
    ['date', '15 سبتمبر', '--09-15'],
  ],
  '2022-09-15',
);
