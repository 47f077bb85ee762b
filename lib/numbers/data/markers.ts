// Words around a number that decide what it is: percent phrases, hedges before an approximate
// figure, words that make a following number a year, copulas before a bare ordinal.

/** One-word percent markers (`15 بالمئة`). */
export const PERCENT_WORDS: readonly string[] = ['بالمئة', 'بالمائة', 'بالمية', 'بالماية'];

/** Second word of `في المئة` (the first is في / فى). */
export const PERCENT_AFTER_FI: readonly string[] = ['المئة', 'المائة', 'المية', 'الماية'];

/** The word before `المئة` in `15 في المئة`. */
export const PERCENT_FI: readonly string[] = ['في', 'فى'];

/**
 * Words of approximation before an amount (`نحو`, `أكثر من`, `ما يزيد على`), one to four words:
 * the hedges of a figure and the measuring contexts of a time noun both open with them.
 */
const APPROXIMATIONS: readonly string[] = [
  'نحو',
  'حوالي',
  'حوالى',
  'قرابة',
  'زهاء',
  'ما يقارب',
  'يقارب',
  'ما يناهز',
  'يناهز',
  'أكثر من',
  'أقل من',
  'ما يزيد على',
  'ما يزيد عن',
  'يزيد على',
  'يزيد عن',
  'أزيد من',
  'ما لا يقل عن',
  'ما يربو على',
];

/**
 * Hedges: they make a bare definite fraction a figure (`بنحو الربع`, `أكثر من النصف`), and stand
 * in the span of any figure they precede (`نحو 240 مليار دولار`, as the press writes an amount).
 * One to three words; a proclitic on the first word (بنحو) is left out of the span.
 */
export const HEDGES: readonly string[] = [
  ...APPROXIMATIONS,
  'تزيد على',
  'تزيد عن',
  'تناهز',
  'تقارب',
  'يتجاوز',
  'تتجاوز',
  'ما يتجاوز',
  'يفوق',
  'تفوق',
  'ما يفوق',
  'أي',
];

/**
 * The indefinite year nouns: a number in words after them is a year (`عام ألفين وثلاثة وعشرين`).
 * Not with the article: `العام` before a number is the time of a count (`سجل العام ألفا زائر`).
 */
export const YEAR_NOUNS: readonly string[] = ['عام', 'سنة'];

/** Words after which a four-digit number is a year, not a quantity (`عام 2023`, `منذ 2014`). */
export const YEAR_CONTEXT: readonly string[] = [
  'في',
  'خلال',
  'بحلول',
  'عام',
  'العام',
  'سنة',
  'السنة',
  'منذ',
  'حتى',
  'مطلع',
  'أوائل',
  'أواخر',
  'منتصف',
  'نهاية',
  'بداية',
  'خريف',
  'ربيع',
  'صيف',
  'شتاء',
  'موسم',
];

/** Pronouns before a bare ordinal that refers back to a noun: `قمة ثنائية هي الأولى من نوعها`. */
export const COPULAS: readonly string[] = ['هي', 'هو', 'وهي', 'وهو', 'فهي', 'فهو'];

/** Words that open a range or a bound around an amount. */
export const RANGE_OPENERS: readonly string[] = ['بين', 'من'];
/** Words between two amounts: a range's ends, or two alternatives (`6 أو 7 ساعات`). */
export const RANGE_JOINERS: readonly string[] = ['إلى', 'الى', 'حتى', 'أو'];

/**
 * Words before an ordinal or a definite number that make it part of a name, not a figure:
 * months (كانون الأول، تشرين الثاني، ربيع الأول، جمادى الأولى), the world wars (الحرب العالمية
 * الثانية), the G-groups (مجموعة العشرين، مجموعة السبع).
 */
export const NUMBERED_NAMES: readonly string[] = ['كانون', 'تشرين', 'ربيع', 'جمادى', 'العالمية', 'مجموعة', 'مجموعه'];

/**
 * Words that end the noun phrase an ordinal can refer back to (prepositions, relatives): in
 * `اجتماع في كانون الأول` the ordinal is not the meeting's.
 */
export const PHRASE_BREAKS: readonly string[] = [
  'في',
  'من',
  'إلى',
  'الى',
  'على',
  'عن',
  'مع',
  'منذ',
  'خلال',
  'بعد',
  'قبل',
  'حتى',
  'لدى',
  'عند',
  'بين',
  'ضد',
  'حول',
  'أمام',
  'عبر',
  'دون',
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'و',
  'أو',
  'ثم',
  'أن',
  'إن',
  'لا',
  'لم',
  'لن',
  'قد',
  'كان',
  'كانت',
];

/**
 * Words between a partitive `من` and the noun it takes from (`ستة من أكبر تسعة منتجين`,
 * `ثلاثة من كبار المسؤولين`): superlatives and `كبار`.
 */
export const PARTITIVE_QUALIFIERS: readonly string[] = [
  'أكبر',
  'أبرز',
  'أهم',
  'أكثر',
  'أقوى',
  'أغنى',
  'أفضل',
  'أعلى',
  'أقدم',
  'أشهر',
  'أوسع',
  'أقرب',
  'أخطر',
  'أصغر',
  'أسرع',
  'أكثرها',
  'كبار',
  'أبرزهم',
];

/**
 * What may stand before a time noun without a number and make it a measure of one (`نحو ساعة`,
 * `لمدة عام`, `منذ قرن`, `في غضون أسبوع`, `بعد مرور عام`). `في` is not here: `في عام` opens a year.
 */
export const MEASURING_CONTEXTS: readonly string[] = [
  ...APPROXIMATIONS,
  'لا يقل عن',
  'لمدة',
  'مدة',
  'طوال',
  'طيلة',
  'على مدى',
  'على مدار',
  'خلال',
  'في غضون',
  'غضون',
  'قبل',
  'بعد',
  'منذ',
  'مرور',
];

/**
 * Words that may follow such a measure (`نحو ساعة من المحادثات`, `قبل عام على الأقل`). Anything
 * else (a month name, a number, a definite noun, an adjective) means the noun is not a measure
 * there: `خلال شهر مارس`, `بعد عقد القمة`, `في ساعة متأخرة`.
 */
export const MEASURE_FOLLOWERS: readonly string[] = [
  'من',
  'على',
  'عن',
  'في',
  'إلى',
  'الى',
  'حتى',
  'مع',
  'فقط',
  'تقريبا',
  'أو',
  'او',
  'ثم',
  'إلا',
  'لا',
  'لم',
  'قد',
  'آخر',
  'إضافي',
];

/** `كامل` after a time noun makes it a measure of one whatever stands before (`عقد كامل`, `يوما كاملا`). */
export const WHOLE_WORDS: readonly string[] = ['كامل', 'كاملة', 'كاملا', 'كاملاً', 'بكامله', 'بأكمله'];

/** Times of day after an ordinal make it a clock hour (`والثانية ظهرا`), not a rank. */
export const DAYTIME_WORDS: readonly string[] = [
  'صباحا',
  'ظهرا',
  'عصرا',
  'مساء',
  'مساءً',
  'مساءا',
  'ليلا',
  'فجرا',
  'بعد',
  'إلا',
  'والنصف',
  'والربع',
  'بتوقيت',
];
