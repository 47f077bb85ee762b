// Small word lists that decide, around a title or an ambiguous name, whether it is a mention.

/** A bare title word before a name (`الرئيس شي`, `الملك سلمان`): supports a contextual spelling. */
export const GENERIC_HEADS = [
  'الرئيس',
  'الزعيم',
  'الرفيق',
  'السيد',
  'القائد',
  'الملك',
  'العاهل',
  'الأمير',
  'أمير',
  'الشيخ',
  'المستشار',
  'المستشارة',
  'الوزير',
];

/** After a title, the title is not about the current holder (`الرئيس الأمريكي السابق`). */
export const NOT_CURRENT_AFTER_TITLE = [
  'السابق',
  'السابقة',
  'الأسبق',
  'الراحل',
  'الراحلة',
  'المنتخب',
  'المنتخبة',
  'المقبل',
  'القادم',
  'المؤقت',
  'الأول',
  // `الرئيس الصيني آنذاك جيانغ تسه مين`: the holder of that time.
  'آنذاك',
  'حينذاك',
  'حينها',
  'وقتها',
  'وقتذاك',
];

/** Before a title, someone else is meant (`نائب وزير الخارجية الروسي`, `مساعد الرئيس الروسي`). */
export const NOT_HOLDER_BEFORE_TITLE = [
  'نائب',
  'النائب',
  'نواب',
  'الأول',
  'مساعد',
  'المساعد',
  'مساعدة',
  'مستشار',
  'المستشار',
  'مستشارة',
  'مبعوث',
  'المبعوث',
  'ممثل',
  'الممثل',
  'سكرتير',
  'السكرتير',
  'متحدث',
  'المتحدث',
  'المتحدثة',
  'الناطق',
  'الناطقة',
  'باسم',
  'زوجة',
  'عقيلة',
  'قرينة',
  'حرم',
  'ابنة',
  'نجل',
  'ابن',
  'والد',
  'والدة',
  'شقيق',
  'شقيقة',
  'سفير',
  'حراس',
  'مرشح',
];

/** Before a seat (`في الكرملين`), the place is meant rather than the institution. */
export const LOCATIVE_BEFORE_SEAT = [
  'في',
  'داخل',
  'إلى',
  'الى',
  'قصر',
  'قاعة',
  'قاعات',
  'أروقة',
  'أسوار',
  'جدران',
  'ساحة',
  'باحة',
  'حديقة',
  'زار',
  'زيارة',
  'وصل',
  'وصوله',
];

/** Before an ambiguous short name, a word that makes it a common noun (`أي شي`, `كل شي`). */
export const NOT_NAME_AFTER = ['أي', 'كل', 'لا', 'بعض', 'اي'];

/**
 * Before a place, a word that makes it a time zone, not a venue: `بتوقيت أبوظبي`, `حسب توقيت مكة
 * المكرمة`, `(توقيت غرينتش)`. (Clock times in brackets, `18:47 (مكة المكرمة)`, are told by shape.)
 */
export const TIME_ZONE_BEFORE_PLACE = ['توقيت', 'التوقيت'];

/**
 * Before a place, a word that makes it the name of a paper or a channel, not a venue: `جريدة
 * الرياض`, `لصحيفة الوطن`, `تلفزيون بكين`.
 */
export const OUTLET_BEFORE_PLACE = ['جريدة', 'صحيفة', 'مجلة', 'قناة', 'إذاعة', 'تلفزيون'];

/** After a clock time and before its zone in brackets: `03:47 م (أبوظبي)`. */
export const CLOCK_PERIOD_WORDS = ['ص', 'م', 'صباحا', 'مساء', 'صباحًا', 'مساءً', 'ظهرا', 'فجرا', 'ليلا', 'عصرا'];

/** Punctuation that may stand between a title and the name it introduces (`الرئيس الروسي، "بوتين"`). */
export const BETWEEN_TITLE_AND_NAME = [',', '،', '"', "'", '(', ')', '-', '«', '»'];

/**
 * Nouns of places that take a city into their name (`جامعة موسكو الحكومية`, `مطار بكين الدولي`,
 * `معهد هاربين للتكنولوجيا`): directly before a city, the whole name is the venue. `مركز` only
 * with a complement (`مركز قازان للمعارض`: not `مركز موسكو`, the city centre).
 */
export const SITE_NOUNS = [
  'معهد',
  'جامعة',
  'أكاديمية',
  'ستاد',
  'استاد',
  'ملعب',
  'مطار',
  'قاعة',
  'قصر',
  'ساحة',
  'ميدان',
  'قاعدة',
  'فندق',
  'متحف',
  'مسرح',
  'حديقة',
  'مجمع',
  'مستشفى',
  'كاتدرائية',
];
export const SITE_NOUNS_NEEDING_COMPLEMENT = ['مركز'];

/**
 * Before `نظيره` + nationality, words of comparison: the counterpart is a thing's (`الاقتصاد
 * الصيني يفوق نظيره الروسي`, `أعلى من نظيره الأمريكي`, `مقارنة بنظيره`), not a leader's. A
 * preposition (`من`, `على`, `عن`) between them is looked past.
 */
export const COMPARISON_BEFORE_COUNTERPART = [
  'يفوق',
  'تفوق',
  'يتفوق',
  'تتفوق',
  'يتجاوز',
  'تتجاوز',
  'يتخطى',
  'تتخطى',
  'يضاهي',
  'تضاهي',
  'يوازي',
  'توازي',
  'يعادل',
  'تعادل',
  'يماثل',
  'تماثل',
  'يشبه',
  'تشبه',
  'يزيد',
  'تزيد',
  'يقل',
  'تقل',
  'أكبر',
  'أصغر',
  'أعلى',
  'أدنى',
  'أقل',
  'أكثر',
  'أسرع',
  'أبطأ',
  'أقوى',
  'أضعف',
  'مقارنة',
  'قياسا',
  'مماثل',
  'مماثلة',
  'مثل',
  'غرار',
];

/** Prepositions a comparison puts before the counterpart (`أكبر من نظيره`, `يتفوق على نظيره`). */
export const COMPARISON_PREPOSITIONS = ['من', 'عن', 'على'];

/**
 * With no leader named before it on its line, `نظيره الروسي` still means the head of state in a
 * report of contact: after these words (`التقى نظيره`, `مع نظيره`) or with `ب`/`و`/`ل` on it
 * (`اتصل بنظيره`, `ونظيره`, `وجه دعوة لنظيره`).
 */
export const CONTACT_BEFORE_COUNTERPART = [
  'مع',
  'التقى',
  'يلتقي',
  'سيلتقي',
  'تلتقي',
  'استقبل',
  'يستقبل',
  'سيستقبل',
  'هاتف',
  'يهاتف',
  'صافح',
  'يصافح',
  'بحث',
  'يبحث',
  'ناقش',
  'يناقش',
  'أبلغ',
  'دعا',
  'يدعو',
  'زار',
  'يزور',
  'سيزور',
  'هنأ',
  'يهنئ',
  'شكر',
  'ودع',
  'رافق',
];

/**
 * Before a name that is also a country's or a common word (`الكويت`, `تونس`, `عمان`), a noun that
 * makes it the city: `مدينة الكويت`, `العاصمة تونس`, `بالعاصمة عمان`.
 */
export const CITY_NOUNS = ['مدينة', 'المدينة', 'العاصمة', 'عاصمة', 'عاصمتها', 'عاصمته', 'بلدة'];

/**
 * After a name opening its line, marks of a dateline (`الكويت - 5 - 5 (كونا)`, `تونس (وات)`,
 * `الجزائر /واج/`): the name is where the story was filed, a city. A colon is left out: it opens
 * headlines about the country (`تونس: احتجاجات`).
 */
export const DATELINE_MARKS = ['-', '(', '/'];
