// The vocabulary of Arabic date expressions, written by hand in normal Arabic spelling (the lookup
// tables pass every entry through `normaliseString`, so `ة`/`ه`, `أ`/`ا`, `ى`/`ي` need no
// duplicates here). No library knows these words: month series differ by region, and the press
// mixes them (`28 حزيران/يونيو`). Number words are *not* here: they come from `lib/numbers`.

/** Gregorian month names of every regional series, 1-based month number. */
export const GREGORIAN_MONTHS: ReadonlyArray<readonly [string, number]> = [
  // Egyptian / Gulf / Sudanese series (from the Italian/English names), with common spellings.
  ['يناير', 1],
  ['فبراير', 2],
  ['فبرير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['إبريل', 4],
  ['ابريل', 4],
  ['أبريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونية', 6],
  ['يوليو', 7],
  ['يولية', 7],
  ['أغسطس', 8],
  ['اغسطس', 8],
  ['أغسطوس', 8],
  ['سبتمبر', 9],
  ['سيبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['أوكتوبر', 10],
  ['نوفمبر', 11],
  ['نونبر', 11],
  ['ديسمبر', 12],
  ['دجنبر', 12],
  // Levantine / Iraqi series (Syriac names).
  ['كانون الثاني', 1],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['تشرين الأول', 10],
  ['تشرين الثاني', 11],
  ['كانون الأول', 12],
  // The same without the article, as much of the Syrian, Lebanese and Iraqi press prints them
  // (Al Mayadeen's `2 تشرين اول 2024`, `كانون ثاني/يناير`).
  ['كانون ثاني', 1],
  ['تشرين أول', 10],
  ['تشرين ثاني', 11],
  ['كانون أول', 12],
  // Moroccan series (from French, as MAP and the Moroccan press write them).
  ['ماي', 5],
  ['يوليوز', 7],
  ['غشت', 8],
  ['شتنبر', 9],
  // Mauritanian (`5 أغشت`).
  ['أغشت', 8],
  // Algerian / Tunisian series (from French, APS and TAP).
  ['جانفي', 1],
  ['جانفييه', 1],
  ['فيفري', 2],
  ['فيفرييه', 2],
  ['أفريل', 4],
  ['جوان', 6],
  ['جويلية', 7],
  ['جويليه', 7],
  ['أوت', 8],
];

/**
 * Month words that are also ordinary words: `آب`/`أب` (father), `مارس` (he practised), `ماي`,
 * `جوان` and `تموز` (given names), `نيسان` (the car maker), `أوت`. They count as months only with a
 * day, a year, `شهر`, a paired month, a temporal preposition or a past/next adjective next to them.
 */
export const AMBIGUOUS_MONTH_WORDS: readonly string[] = ['آب', 'مارس', 'ماي', 'جوان', 'تموز', 'نيسان', 'أوت'];

/** English month names and abbreviations, for datelines (`8th, February 2024`, `Feb. 8, 2024`). */
export const ENGLISH_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
];

/** English ordinal suffixes after a day number (`8th`, `1st`). */
export const ENGLISH_ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** English weekday names that may open a dateline (`Thursday, February 8, 2024`). */
export const ENGLISH_WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['wed', 3],
  ['thu', 4],
  ['fri', 5],
  ['sat', 6],
];

/**
 * Months of the Solar Hijri (Persian) calendar, as Iranian outlets print them in Arabic pages
 * (IRNA, Al-Alam: `۲۸ اسفند ۱۳۹۶`). Several are also words (`مهر`, `تیر`, `دی`): read only between a
 * day number and a year number (see `parseSolarHijri`).
 */
export const SOLAR_HIJRI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['فروردین', 1],
  ['فروردين', 1],
  ['اردیبهشت', 2],
  ['أردیبهشت', 2],
  ['خرداد', 3],
  ['تیر', 4],
  ['مرداد', 5],
  ['امرداد', 5],
  ['شهریور', 6],
  ['مهر', 7],
  ['آبان', 8],
  ['آذر', 9],
  ['دی', 10],
  ['بهمن', 11],
  ['اسفند', 12],
];

/** Hijri month names with their spellings; ordinal adjectives follow the two-word months. */
export const HIJRI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['محرم', 1],
  ['المحرم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3],
  ['ربيع أول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الآخر', 4],
  ['ربيع ثاني', 4],
  ['جمادى الأولى', 5],
  ['جمادى الأول', 5],
  ['جمادى الآخرة', 6],
  ['جمادى الثانية', 6],
  ['جمادى الآخر', 6],
  ['جمادى الثاني', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعدة', 11],
  ['ذي القعدة', 11],
  ['ذو الحجة', 12],
  ['ذي الحجة', 12],
];

/** Era marks after a year: Hijri (`1445 هـ`, `1445 هجرية`) and Gregorian (`2024م`, `2021ء`). */
export const HIJRI_ERA_MARKS: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'];
export const GREGORIAN_ERA_MARKS: readonly string[] = ['م', 'ء', 'ميلادي', 'ميلادية', 'للميلاد'];

/**
 * Weekdays, 0 = Sunday (as `Date.getUTCDay`). Forms with the article are weekdays on their own;
 * forms without it (`ثلاثاء الأسبوع الماضي`, `ثالث ثلاثاء`) only inside larger patterns.
 */
export const WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['الأحد', 0],
  ['الاثنين', 1],
  ['الإثنين', 1],
  ['الأثنين', 1],
  ['الاتنين', 1],
  ['الثلاثاء', 2],
  ['الثلاثا', 2],
  // The older spelling of the Lebanese and pan-Arab press (Al-Hayat, An-Nahar): `الثلثاء`.
  ['الثلثاء', 2],
  ['الأربعاء', 3],
  ['الأربعا', 3],
  ['الخميس', 4],
  ['الجمعة', 5],
  ['السبت', 6],
];
export const BARE_WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['أحد', 0],
  ['اثنين', 1],
  ['إثنين', 1],
  ['ثلاثاء', 2],
  ['ثلاثا', 2],
  ['ثلثاء', 2],
  ['أربعاء', 3],
  ['أربعا', 3],
  ['خميس', 4],
  ['جمعة', 5],
  ['سبت', 6],
];

/** Days relative to the reference day; the phrases are matched longest first. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['اليوم', 0],
  ['هذا اليوم', 0],
  // Spoken forms quoted in the press (a talk show's words, a post): Egyptian `النهارده`,
  // Maghrebi `البارح` and `غدوة`, Gulf `باجر` (`باچر`, read with ج).
  ['النهارده', 0],
  ['النهاردة', 0],
  ['النهاردا', 0],
  ['البارح', -1],
  ['غدوة', 1],
  ['باجر', 1],
  ['أمس', -1],
  ['الأمس', -1],
  ['يوم أمس', -1],
  ['البارحة', -1],
  ['امبارح', -1],
  ['مبارح', -1],
  ['اليوم الماضي', -1],
  ['اليوم السابق', -1],
  ['اليوم المنصرم', -1],
  ['أول أمس', -2],
  ['أول من أمس', -2],
  ['الأول من أمس', -2],
  ['أول أمس الأول', -2],
  ['أمس الأول', -2],
  ['قبل أمس', -2],
  ['قبل البارحة', -2],
  ['يوم قبل أمس', -2],
  ['اليوم القبل البارحة', -2],
  ['اليوم اللي قبل امبارح', -2],
  ['اليوم الي قبل امبارح', -2],
  ['اليوم الذي قبل أمس', -2],
  ['غدا', 1],
  ['غد', 1],
  ['يوم غد', 1],
  ['يوم الغد', 1],
  ['بكرة', 1],
  ['بكرا', 1],
  ['اليوم التالي', 1],
  ['اليوم نفسه', 0],
  ['اليوم ذاته', 0],
  ['اليوم عينه', 0],
  ['نفس اليوم', 0],
  ['ذات اليوم', 0],
  ['بعد غد', 2],
  ['بعد الغد', 2],
  ['يوم بعد غد', 2],
  ['اليوم الذي بعد الغد', 2],
  ['اليوم الي بعد بكرة', 2],
  ['اليوم اللي بعد بكرة', 2],
];

/**
 * Relative-day phrases told from the date before them in a narrative, not from the reference:
 * `وفي اليوم التالي` after `5 يونيو 2019` is 6 June 2019. Without a date before them, `التالي` and
 * `السابق` fall back on the reference (tomorrow, yesterday) and `نفسه` has no value.
 */
export const NARRATIVE_DAYS: ReadonlyArray<readonly [string, 'strict' | 'fallback']> = [
  ['اليوم التالي', 'fallback'],
  ['اليوم السابق', 'fallback'],
  ['اليوم نفسه', 'strict'],
  ['اليوم ذاته', 'strict'],
  ['اليوم عينه', 'strict'],
  ['نفس اليوم', 'strict'],
  ['ذات اليوم', 'strict'],
];

/** `الشهر نفسه`, `العام ذاته`, `السنة نفسها`: the period of the date before. */
export const SAME_WORDS: readonly string[] = ['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'عينه', 'عينها'];
/** `نفس الشهر`, `ذات العام`: the same words before the period noun. */
export const SAME_HEADS: readonly string[] = ['نفس', 'ذات'];
/** `العام التالي`, `السنة السابقة`: the year after or before the date before (else the reference's). */
export const SEQUENCE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['التالي', 1],
  ['التالية', 1],
  ['السابق', -1],
  ['السابقة', -1],
];

/**
 * Names of events that are written with their year and no `عام` (`قمة سمرقند 2022`, `أولمبياد
 * بكين 2022`, `رؤية 2030`, `ميزانية 2024`): a bare year up to two words after them is a year.
 */
export const YEAR_EVENT_NOUNS: readonly string[] = [
  'قمة',
  'القمة',
  'أولمبياد',
  'الأولمبياد',
  'أولمبياد',
  'مونديال',
  'المونديال',
  'كأس',
  'بطولة',
  'معرض',
  'منتدى',
  'مؤتمر',
  'إكسبو',
  'اكسبو',
  'دورة',
  'ألعاب',
  'رؤية',
  'مناورات',
  'تدريبات',
  'انتخابات',
  'الانتخابات',
  'موازنة',
  'ميزانية',
  'أجندة',
  'استراتيجية',
  'نسخة',
  'موسم',
];

/**
 * Words that end an event's name before a number (`القمة التي حضرها 2000`, `المعرض بنحو 2000`):
 * what follows them is no year of the name.
 */
export const EVENT_NAME_BREAKS: readonly string[] = [
  'التي',
  'الذي',
  'الذين',
  'اللتين',
  'اللذين',
  'نحو',
  'بنحو',
  'حوالي',
  'بحوالي',
  'قرابة',
  'زهاء',
  'أكثر',
  'أقل',
];

/**
 * Periods before `من` + a bare year (`أول شهرين من 2025`, `النصف الثاني من 2023`, `الربع الأول من
 * 2024`, ordinals and month names are read by the grammar): the year is the year they belong to;
 * and the adverbs of a start (`اعتبارا من 2018`).
 */
export const PERIODS_BEFORE_YEAR: readonly string[] = [
  'شهر',
  'شهرين',
  'أشهر',
  'الأشهر',
  'شهور',
  'الشهور',
  'أسبوع',
  'أسبوعين',
  'أسابيع',
  'الأسابيع',
  'أيام',
  'الأيام',
  'ربع',
  'الربع',
  'نصف',
  'النصف',
  'فصل',
  'الفصل',
  'ثلث',
  'الثلث',
  'شطر',
  'الشطر',
  'بداية',
  'نهاية',
  'أواخر',
  'أوائل',
  'مطلع',
  'منتصف',
  // From when on (`اعتبارا من 2018`, `ابتداء من 2019`, `بدءا من 2025`): the year something starts.
  'اعتبارا',
  'ابتداء',
  'بدءا',
  'انطلاقا',
];

/** Comparisons before `عن` + a number, which is then an amount (`يزيد عن 2000`), not a year. */
export const COMPARISONS_BEFORE_AN: readonly string[] = [
  'يزيد',
  'تزيد',
  'زاد',
  'زادت',
  'يقل',
  'تقل',
  'قل',
  'قلت',
  'يربو',
  'تربو',
  'فضلا',
  'ناهيك',
  'يبعد',
  'تبعد',
  'ارتفع',
  'ارتفعت',
  'انخفض',
  'انخفضت',
  'تراجع',
  'تراجعت',
];

/** Words for the first day of a month: Moroccan `فاتح يناير`, Algerian `الفاتح جانفي`, Gulf and Hijri `غرة رمضان`. */
export const FIRST_DAY_WORDS: readonly string[] = ['فاتح', 'الفاتح', 'غرة'];

/**
 * Relative-day phrases that are dates only in a whole-phrase parse or before a weekday: in running
 * text `غد` and `الغد` are as often "the future" (`عالم الغد`) as "tomorrow".
 */
export const WEAK_RELATIVE_DAYS: readonly string[] = ['غد', 'الغد'];

/**
 * Seasons before a year (`ربيع 2023`, `صيف عام 2024`, `خريف العام الماضي`): the year is the date,
 * and the season stays in its span. A season alone (`الربيع المقبل`) is no date (corpus README).
 * `ربيع` is also a Hijri month (`ربيع الأول`): the month is read first.
 */
export const SEASONS: readonly string[] = ['ربيع', 'صيف', 'خريف', 'شتاء'];

/** Parts of the day before a day word (`مساء أمس`, `صباح اليوم`, `ليلة الخميس`): kept in the span. */
export const TIMES_OF_DAY: readonly string[] = [
  'صباح',
  'صبيحة',
  'مساء',
  'ليلة',
  'ليل',
  'ظهر',
  'ظهيرة',
  'عصر',
  'فجر',
  'ضحى',
  'منتصف ليل',
  'منتصف ليلة',
  'مطلع',
];

/** Adjectives after `الشهر`, `العام`, a weekday or a month name: direction from the reference. */
export type Direction = 'past' | 'current' | 'next';
export const DIRECTION_WORDS: ReadonlyArray<readonly [string, Direction]> = [
  ['الماضي', 'past'],
  ['الماضية', 'past'],
  ['الماض', 'past'],
  ['السابق', 'past'],
  ['السابقة', 'past'],
  ['المنصرم', 'past'],
  ['المنصرمة', 'past'],
  ['الفائت', 'past'],
  ['الفائتة', 'past'],
  ['المنقضي', 'past'],
  // Maghrebi press: `السنة المنقضية` (TAP, MAP), `ديسمبر الفارط` (Tunisia).
  ['المنقضية', 'past'],
  ['الفارط', 'past'],
  ['الفارطة', 'past'],
  ['الجاري', 'current'],
  ['الجارية', 'current'],
  ['الحالي', 'current'],
  ['الحالية', 'current'],
  ['المقبل', 'next'],
  ['المقبلة', 'next'],
  ['القادم', 'next'],
  ['القادمة', 'next'],
  ['التالي', 'next'],
  ['التالية', 'next'],
  ['الجاي', 'next'],
  ['الجاية', 'next'],
];

/**
 * Adjectives that stand for "of this month" right after a day's digits, the month unnamed
 * (`يومي 20 و21 الجاري`, `في 15 الحالي`): masculine, as `الشهر` is (`الجارية` is the year's).
 */
export const CURRENT_MONTH_WORDS: readonly string[] = ['الجاري', 'الحالي'];

/** Words that make a following period "this one" (`هذا العام`, `هذه السنة`, `هذا الشهر`). */
export const DEMONSTRATIVES: readonly string[] = ['هذا', 'هذه'];
/**
 * Words that make a following period "that one" (`مارس من ذلك العام`, `في أيار من تلك السنة`): the
 * period of the date told before, not the reference's.
 */
export const FAR_DEMONSTRATIVES: readonly string[] = ['ذلك', 'تلك', 'ذاك'];

/** The period nouns, with the article (`العام الماضي`) and without (`عام 2023`). */
export const YEAR_WORDS: readonly string[] = ['عام', 'سنة', 'العام', 'السنة'];
/**
 * The first word of a year written in words after `عام`/`سنة` (`عام ألفين وثلاثة وعشرين`, `سنة ألف
 * وتسعمائة وخمسة وأربعين`): the grammar is tried there (`lib/numbers` reads the number).
 */
export const YEAR_THOUSANDS_WORDS: readonly string[] = ['ألف', 'ألفين', 'ألفان'];
/** Dual forms naming two years (`عامي 2022 و2023`). */
export const YEAR_DUAL_WORDS: readonly string[] = ['عامي', 'سنتي'];
export const MONTH_WORDS: readonly string[] = ['شهر', 'الشهر'];

/**
 * The plural and dual of `شهر` before month names (`خلال أشهر مارس وأفريل وجوان`, `شهري مارس
 * وأبريل`): they make an ambiguous name (`مارس` is also "he practised") a month.
 */
export const MONTH_PLURALS: readonly string[] = ['أشهر', 'الأشهر', 'شهور', 'الشهور', 'شهري', 'الشهرين'];
export const WEEK_WORDS: readonly string[] = ['الأسبوع', 'الاسبوع'];
export const DAY_WORDS: readonly string[] = ['يوم', 'اليوم'];
/** `يومي 15 و16 سبتمبر`: the dual of day, opening a two-day range. */
export const DAY_DUAL_WORDS: readonly string[] = ['يومي', 'يومَي'];

/** Parts of a month or year: early (1–10), middle (the 15th), mid-month (11–20), late (21–end). */
export type MonthPart = 'early' | 'middle' | 'mid' | 'late';
export const MONTH_PARTS: ReadonlyArray<readonly [string, MonthPart]> = [
  ['أوائل', 'early'],
  ['مطلع', 'early'],
  ['بداية', 'early'],
  ['بدايات', 'early'],
  ['مستهل', 'early'],
  ['منتصف', 'middle'],
  ['نصف', 'middle'],
  ['نص', 'middle'],
  ['أواسط', 'mid'],
  ['أواخر', 'late'],
  ['نهاية', 'late'],
  ['نهايات', 'late'],
  ['أخريات', 'late'],
  ['ختام', 'late'],
];

/** `آخر`/`الأخير`: the last day or weekday of a month (`آخر اثنين من شهر آذار`). */
export const LAST_WORDS: readonly string[] = ['آخر', 'الأخير', 'الأخيرة', 'أخير'];

/** Words joining a weekday to its date (`الأربعاء الموافق 13 شباط`, `يوم الاثنين في 18 شباط`). */
export const WEEKDAY_DATE_LINKS: readonly string[] = ['الموافق', 'الموافقة', 'في'];

/** Words ending a range (`من 13 الى 15 تموز`, `وحتى السادس والعشرين`). */
export const RANGE_LINKS: readonly string[] = ['إلى', 'الى', 'حتى', 'وحتى', 'لغاية', 'ولغاية', 'وإلى', 'و'];
/** Words opening a range (`من 31 أغسطس`, `بين 22 و24 أكتوبر`). */
// `في الفترة من 15-16 سبتمبر`: the noun `الفترة` stays out of the span; `من` alone opens.
export const RANGE_OPENERS: readonly string[] = ['من', 'بين', 'ما بين'];

/** `قبل أسبوع`, `قبل يومين`, `قبل ثلاثة أيام`: a day count back from the reference. */
export const AGO_WORDS: readonly string[] = ['قبل'];
export const DAY_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['يوم', 1],
  ['أيام', 1],
  ['يوما', 1],
  ['أسبوع', 7],
  ['أسابيع', 7],
  ['أسبوعا', 7],
];
/** Unit words whose dual form says the count (`يومين`, `أسبوعين`). */
export const DAY_UNIT_DUALS: ReadonlyArray<readonly [string, number]> = [
  ['يومين', 2],
  ['أسبوعين', 14],
];

/** Prepositions that, before an ambiguous month word, make it a month (`في مارس`, `منذ آب`). */
export const TEMPORAL_PREPOSITIONS: readonly string[] = [
  'في',
  'خلال',
  'منذ',
  'حتى',
  'قبل',
  'بعد',
  'أواخر',
  'أوائل',
  'مطلع',
  'منتصف',
  'بداية',
  'نهاية',
  'مستهل',
  'أواسط',
  'بحلول',
  'طيلة',
  'طوال',
];

/** Words before a bare year that make it a year mention (`في 2023`, `منذ 2014`, `بحلول 2030`). */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'في',
  'منذ',
  'حتى',
  'خلال',
  'بحلول',
  'قبل',
  'بعد',
  'طوال',
  'طيلة',
  // Maghrebi `في أفق 2030` (by 2030).
  'أفق',
  'آفاق',
];

/** After `العام`/`السنة`: the new year (`في العام الجديد`, `السنة الجديدة`). */
export const NEW_YEAR_WORDS: readonly string[] = ['الجديد', 'الجديدة'];

/**
 * Before `العام الجديد`, words that make it the holiday, not a year (`رسالة بمناسبة العام
 * الجديد`, `حلول السنة الجديدة`, `عيد رأس السنة`): a holiday's name is no date, as `يوم النصر`.
 */
export const NEW_YEAR_HOLIDAY_HEADS: readonly string[] = [
  'بمناسبة',
  'مناسبة',
  'حلول',
  'رأس',
  'عيد',
  'تهاني',
  'التهاني',
  'تهنئة',
  'احتفالات',
  'ليلة',
  'عشية',
];

/**
 * Words that announce a future event before a date: they make a bare weekday or a year-less date
 * look forward (`سيزور … يوم الثلاثاء`, `من المقرر أن … في 15 سبتمبر`). Verbs with the future
 * prefix `سـ` are recognised by shape (see `cues.ts`).
 */
export const FUTURE_CUES: readonly string[] = [
  'سوف',
  'المقرر',
  'المقررة',
  'المرتقب',
  'المرتقبة',
  'المزمع',
  'المزمعة',
  'المتوقع',
  'المنتظر',
  'المنتظرة',
  'يعتزم',
  'تعتزم',
  'يعتزمان',
  'يزمع',
  'تزمع',
  'ينوي',
  'تنوي',
  'يرتقب',
  'ترتقب',
  'يترقب',
];

/**
 * Perfective verbs that news uses to report what happened (`التقى`, `عقدت`, `زار`), in their
 * common persons, and `قد`/`كان`: before a year-less date they make it look back (`التقى الرئيسان
 * في 3 مارس` in a February story is last March). Not a morphological analyser: a short list of
 * the verbs of meeting reports, enough to break the tie a year-less date leaves. `منذ` (since)
 * always looks back. Forms that are also verbal nouns (`عقد القمة`, `بحث`, `ذكر`, `وصل`, `وقع`)
 * are left out: `سيتم عقد القمة يوم الجمعة` announces.
 */
export const PAST_CUES: readonly string[] = [
  'منذ',
  'قد',
  'لقد',
  'كان',
  'كانت',
  'كانا',
  'كانوا',
  'التقى',
  'التقت',
  'التقيا',
  'التقوا',
  'اجتمع',
  'اجتمعت',
  'اجتمعا',
  'زار',
  'زارت',
  'زارا',
  'عقدت',
  'عقدا',
  'انعقد',
  'انعقدت',
  'أجرى',
  'أجرت',
  'أجريا',
  'جرى',
  'جرت',
  'شارك',
  'شاركت',
  'وقعت',
  'وقعا',
  'بحثا',
  'ناقش',
  'استقبل',
  'استقبلت',
  'حضر',
  'حضرت',
  'وصل',
  'وصلت',
  'وصلا',
  'غادر',
  'غادرت',
  'استمر',
  'استمرت',
  'استمرا',
  'تواصلت',
  'امتدت',
  'أعلن',
  'أعلنت',
  'أكد',
  'أكدت',
  'قال',
  'قالت',
  'صرح',
  'أفاد',
  'أفادت',
  'ذكرت',
  // Other perfectives of reporting (`كما نقلت رويترز يوم الاثنين عن ثلاثة مصادر`).
  'ذكر',
  'نقل',
  'نقلت',
  'أوضح',
  'أوضحت',
  'كشف',
  'كشفت',
  'أضاف',
  'أضافت',
  'أشار',
  'أشارت',
  'نفى',
  'نفت',
  'بدأ',
  'بدأت',
  'انطلق',
  'انطلقت',
  'اختتم',
  'اختتمت',
  'شهد',
  'شهدت',
];

/**
 * Words of expectation, before `أن`/`بأن` only (`وسط توقعات بأن تطرح بكين يوم الجمعة`, `ويتوقع أن
 * يصل الوفد الخميس`, `من المرجح أن`): what is expected is still to come. Not cues on their own
 * (`كما كان متوقعا`, `جاءت النتائج دون التوقعات` tell of the past).
 */
export const EXPECTATION_WORDS: readonly string[] = [
  'توقعات',
  'التوقعات',
  'يتوقع',
  'تتوقع',
  'يتوقعون',
  'نتوقع',
  'أتوقع',
  'المرجح',
  'يرجح',
  'ترجح',
  'يأمل',
  'تأمل',
  'نأمل',
];

/**
 * Words that open a new clause: a tense cue before them belongs to the reporting verb, not to the
 * event (`أعلن الكرملين أن بوتين يزور الصين في 3 مارس` announces a visit to come).
 */
export const CLAUSE_BREAKS: readonly string[] = [
  'أن',
  'إن',
  'بأن',
  'وأن',
  'لأن',
  'أنه',
  'إنه',
  'بأنه',
  'أنها',
  'إنها',
  'بأنها',
  'الذي',
  'التي',
  'اللذين',
  'الذين',
  'حيث',
  // `الذي كان مقررا في 9 أيار`: scheduled, at a time the text does not tell; the `كان` before it
  // says nothing of the date (the reference places it, looking neither back nor ahead).
  'مقررا',
  'مقررة',
  'مقرر',
];

/**
 * Words that look like `سـ` + imperfect verb but are nouns or names. Prefixes only where no common
 * future verb shares them (`سياسة`, `سيارة`, `سنوات`); otherwise whole words, because the prefix
 * would also block a verb (`سيد` vs `سيدعو`, `سير` vs `سيرفع`, `سيف` vs `سيفتتح`).
 */
export const FUTURE_SHAPE_EXCEPTION_PREFIXES: readonly string[] = [
  'سياس',
  'سيار',
  'سياد',
  'سياح',
  'سياق',
  'سيول',
  'سينما',
  'سيبير',
  'سيناريو',
  'سيناتور',
  'سيمفون',
  'سيراميك',
  'سيرغي',
  'سيرجي',
  'ستين',
  'ستون',
  'ستار',
  'ستوكهولم',
  'ستالين',
  'ستاد',
  'ستيفن',
  'ستيفا',
  'ستوديو',
  'ستولتنبرغ',
  'سنوات',
  'سنوي',
  'سنين',
  'سنغافور',
  'سنتيم',
  'سنتيمتر',
  'سندات',
  'سناتور',
  // Place and person names of the region's news (`الزلزال الذي ضرب مقاطعة سيتشوان في 12 مايو`).
  'سيتشوان',
  'سيشوان',
  'سيفاستوبول',
  'سيمفروبول',
  'ستافروبول',
  'سيئول',
  'سيشل',
  'سيتشين',
  'سيلوانوف',
  'ستراسبورغ',
];
export const FUTURE_SHAPE_EXCEPTION_WORDS: readonly string[] = [
  'سيما',
  'سيوف',
  'سيد',
  'سيدة',
  'سيدات',
  'سيدي',
  'سيطرة',
  'سيطر',
  'سيطرت',
  'سيف',
  'سيل',
  'سيناء',
  'سيرة',
  'سير',
  'سيرا',
  'سيرك',
  'ستة',
  'ستر',
  'سنة',
  'سنتين',
  'سنت',
  'سند',
  'سنام',
  // Names (`المبعوث الأميركي ستيف ويتكوف`, `الرئيس السيسي` written bare).
  'ستيف',
  'سيسي',
  'سيدني',
  'سينغ',
  // Xi'an, host of the China–Central Asia summit (`قمة سيان`).
  'سيان',
];

/** Labels that introduce a publication or update date (`تاريخ النشر: …`, `آخر تحديث …`). */
export type DatelineLabel = 'published' | 'updated';
export const DATELINE_LABELS: ReadonlyArray<readonly [string, DatelineLabel]> = [
  ['تاريخ النشر', 'published'],
  ['تاريخ نشر', 'published'],
  ['نشر في', 'published'],
  ['نشر بتاريخ', 'published'],
  ['نشرت في', 'published'],
  ['نشرت بتاريخ', 'published'],
  ['نشر', 'published'],
  ['منشور في', 'published'],
  ['تم النشر', 'published'],
  ['النشر', 'published'],
  ['بتاريخ', 'published'],
  ['التاريخ', 'published'],
  ['تاريخ', 'published'],
  ['published', 'published'],
  ['posted', 'published'],
  ['date', 'published'],
  // Maghrebi sites in French and Arabic (Le360, Hespress FR, TSA): `Publié le 08/08/2025 à 19h42`.
  ['publié le', 'published'],
  ['publié', 'published'],
  ['آخر تحديث', 'updated'],
  ['تاريخ التحديث', 'updated'],
  ['تم التحديث', 'updated'],
  ['تحديث', 'updated'],
  ['محدث', 'updated'],
  ['محدثة', 'updated'],
  ['updated', 'updated'],
  ['last updated', 'updated'],
  ['mis à jour le', 'updated'],
  ['modifié le', 'updated'],
];

/** Words that may stand on a dateline next to the date: clock words, time zones, AM/PM marks. */
export const DATELINE_NOISE: readonly string[] = [
  'gmt',
  'utc',
  'am',
  'pm',
  'ص',
  'م',
  'مساء',
  'صباحا',
  'مساءا',
  'الساعة',
  'الموافق',
  'غرينتش',
  'جرينتش',
  'غرينيتش',
  // Sputnik's `21.08.2024, 14:52 (محدثة: 21.08.2024, 16:10)`: the update note beside the date.
  'محدث',
  'محدثة',
  // French `à 19h42` (the clock itself is read in published-date.ts).
  'à',
];

/**
 * A print edition's volume and issue labels, noise on its date line only with their number
 * (Al-Ahram's `السنة 143 العدد 48397 الخميس … 6 يونيو 2019`, Asharq Al-Awsat's `رقم العدد [15775]`).
 */
export const ISSUE_LABELS: readonly string[] = ['السنة', 'العدد', 'رقم'];

/**
 * A view or read counter printed beside a page's date (`٨٧ ألف مشاهدة · ١٦/٠٥/٢٠٢٤`, `عدد
 * المشاهدات: 1534`): noise on the date's line with its number. The scale words may stand
 * between the number and the counter.
 */
export const VIEW_COUNTER_WORDS: readonly string[] = [
  'مشاهدة',
  'مشاهدات',
  'المشاهدات',
  'قراءة',
  'قراءات',
  'القراءات',
  'views',
  'view',
  'reads',
];
export const VIEW_COUNTER_SCALES: readonly string[] = ['ألف', 'آلاف', 'مليون', 'k', 'm'];

/**
 * The unit of a video's or podcast's length, or of a reading time, printed beside a page's date
 * (`6 يونيو 2019 · 38 دقيقة`, `الخميس 6 يونيو 2019 | 3 دقائق قراءة`): noise on the date's line
 * with its number.
 */
export const MEDIA_LENGTH_UNITS: readonly string[] = [
  'دقيقة',
  'دقائق',
  'ثانية',
  'ثوان',
  'ثواني',
  'ساعة',
  'min',
  'mins',
];

/** `بتوقيت` + a place: the time zone of a dateline's clock time (`بتوقيت أبوظبي`). */
export const TIME_ZONE_WORDS: readonly string[] = ['بتوقيت', 'توقيت'];
