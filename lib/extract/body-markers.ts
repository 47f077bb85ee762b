// What a news page wraps around its story once it has been flattened to text: the words that open
// a list of other stories, close the story, or are page furniture. Written in normal Arabic (and
// the English some Arabic sites keep); they are normalised when the lookup table is built, so one
// spelling covers اقرأ/إقرأ/اقرا and أيضاً/ايضا.

/** Open a list of links to other stories ("read also", "related", "most read"). */
export const RELATED_MARKERS = [
  'اقرأ أيضا',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'طالع أيضا',
  'شاهد أيضا',
  'شاهد المزيد',
  'تابع أيضا',
  'يهمك أيضا',
  'قد يهمك',
  'قد يهمك أيضا',
  'قد يعجبك',
  'قد يعجبك أيضا',
  'ربما يعجبك',
  'اخترنا لك',
  'نرشح لك',
  'ننصحك بقراءة',
  'ذات صلة',
  'أخبار ذات صلة',
  'الأخبار ذات الصلة',
  'مقالات ذات صلة',
  'المقالات المعنية',
  'مقالات معنية',
  'مواضيع ذات صلة',
  'موضوعات ذات صلة',
  'مواد ذات صلة',
  'روابط ذات صلة',
  'قصص ذات صلة',
  // BBC Arabic's box of suggested stories set inside the article, closed by `نهاية`.
  'قصص مقترحة',
  'تقارير ذات صلة',
  'أخبار متعلقة',
  'مقالات متعلقة',
  'مواضيع متعلقة',
  'موضوعات متعلقة',
  'أخبار مشابهة',
  'مقالات مشابهة',
  'مواضيع مشابهة',
  'أخبار قد تهمك',
  'مقالات قد تهمك',
  'موضوعات قد تهمك',
  'أخبار أخرى',
  'مقالات أخرى',
  'عناوين أخرى',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'الأكثر تداولا',
  'الأكثر تعليقا',
  'الأكثر شعبية',
  'الأكثر قراءة اليوم',
  'الأخبار الأكثر قراءة',
  'المقالات الأكثر قراءة',
  'آخر الأخبار',
  'أحدث الأخبار',
  // News tickers: a label, then headlines of other stories.
  'شريط الأخبار',
  'أخبار عاجلة',
  'الأخبار العاجلة',
  'آخر الأخبار العاجلة',
  'عاجل الآن',
  'الأكثر متابعة',
  'الأكثر بحثا',
  'أهم الأخبار',
  'المزيد من',
  'المزيد من الأخبار',
  'المزيد من المقالات',
  'المزيد من التقارير',
  'read also',
  'read more',
  'related',
  'related articles',
  'related news',
  'most read',
  // Francophone Maghrebi sites (Le360, Hespress FR) keep their French labels on Arabic pages.
  'lire aussi',
  'à lire aussi',
  'voir aussi',
  'sur le même sujet',
  'les plus lus',
] as const;

/**
 * Close the story: tags, the source trailer, comment, share and follow prompts, copyright lines.
 * What comes after them on a flattened page is other stories and page furniture.
 */
export const CLOSING_MARKERS = [
  'كلمات دلالية',
  'الكلمات الدلالية',
  'كلمات مفتاحية',
  'الكلمات المفتاحية',
  // Levantine and Maghrebi spellings of the tag line.
  'الكلمات الدالة',
  'كلمات دالة',
  'الكلمات المفاتيح',
  'وسوم',
  'الوسوم',
  'وسم',
  'تاغ',
  'tags',
  'keywords',
  'أفكارك وتعليقاتك',
  'أضف تعليق',
  'أضف تعليقك',
  'أضف تعليقا',
  'اترك تعليقا',
  'اترك تعليقك',
  'اترك ردا',
  'شاركنا رأيك',
  'شارك برأيك',
  'شارك بتعليقك',
  'التعليقات',
  'تعليقات القراء',
  'تعليقات الزوار',
  'عدد التعليقات',
  'الآراء الواردة في التعليقات',
  'شارك هذا المقال',
  'شارك هذا الخبر',
  'شارك المقال',
  'شارك الخبر',
  'شارك على',
  'مشاركة الخبر',
  'مشاركة المقال',
  'تابعنا',
  'تابعونا',
  'تابعوا',
  'تابعوا آخر الأخبار',
  'تابع آخر الأخبار',
  'لمتابعة آخر الأخبار',
  'لمتابعة أحدث الأخبار',
  'للمزيد من الأخبار',
  'اشترك في النشرة',
  'اشترك في نشرتنا',
  'اشترك الآن',
  'اشترك في قناتنا',
  'انضم إلى قناتنا',
  'حمل تطبيق',
  'حمّل تطبيق',
  'partager',
  'partagez',
] as const;

/**
 * Rights and usage notices that close agency copy (`يسمح باستخدام الأخبار المنشورة …`): they open
 * long lines, so unlike other closing markers they count whatever the line's length.
 */
export const RIGHTS_NOTICES = [
  'جميع الحقوق محفوظة',
  'حقوق النشر محفوظة',
  'كل الحقوق محفوظة',
  'حقوق الطبع والنشر',
  'جميع حقوق النشر',
  'يسمح باستخدام الأخبار',
  'يسمح باستخدام المواد',
  'لا يسمح بإعادة النشر',
  'يمنع نسخ',
  'يحظر نسخ',
  'يحظر إعادة نشر',
  'all rights reserved',
  'copyright',
  'المقالات المنشورة تعبر',
  'المقالات المنشورة لا تعبر',
  'الآراء الواردة',
  'الآراء المنشورة',
  'هذا المقال يعبر عن رأي',
  'المقال يعبر عن رأي',
] as const;

/**
 * Labels that close the story only standing alone or before a colon (`مواضيع:`, `تعليقات (2)`):
 * as the first word of a sentence they are ordinary words.
 */
export const CLOSING_LABELS = [
  'مواضيع',
  'موضوعات',
  'الموضوعات',
  'المواضيع',
  'تعليقات',
  'تعليق',
  'التعليقات',
  'رأيك',
  'شارك',
  'commentaires',
  'comments',
] as const;

/**
 * Source trailers (`المصدر: وكالات`): close the story only when followed by `:` or a dash, since
 * `المصدر` alone is an ordinary word (`وقال المصدر إن`).
 */
export const SOURCE_MARKERS = ['المصدر', 'مصدر الخبر', 'المصدر الأصلي', 'source'] as const;

/** Page furniture that makes up a whole line: breadcrumbs, toolbar words, section labels. */
export const CHROME_LINES = [
  'تفاصيل الخبر',
  'تفاصيل',
  'الرئيسية',
  'الصفحة الرئيسية',
  'طباعة',
  'طباعة الخبر',
  'حجم الخط',
  'تكبير الخط',
  'تصغير الخط',
  'أرسل لصديق',
  'إرسال لصديق',
  'نسخ الرابط',
  'رابط مختصر',
  'الرابط المختصر',
  'حفظ',
  'مشاركة',
  'شارك',
  'شاركها',
  'فيسبوك',
  'فيس بوك',
  'تويتر',
  'واتساب',
  'واتس اب',
  'تلغرام',
  'تيليجرام',
  'لينكد إن',
  'إكس',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'linkedin',
  'email',
  'print',
  'home',
  'share',
  'الاستماع للخبر',
  'استمع للخبر',
  'استمع',
  'إعلان',
  'إعلانات',
  'advertisement',
  'اطبع',
  'اطبع الصفحة',
  'المزيد',
  'عرض المزيد',
  'نسخ',
  'تكبير',
  'تصغير',
  'الخط',
  // Font-size buttons (`A- A A+`), once normalised.
  'a',
  'ماسنجر',
  'إنستغرام',
  'انستغرام',
  'يوتيوب',
  'تيك توك',
  'سناب شات',
  'البريد الإلكتروني',
  'messenger',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
  'pinterest',
  'x',
  // Section labels printed above the headline.
  'أخبار',
  'الأخبار',
  'أخبار العالم',
  'العالم',
  'عربي ودولي',
  'عربي و دولي',
  'عرب وعالم',
  'دولي',
  'دوليات',
  'عالمي',
  'عالمية',
  'أخبار عربية',
  'أخبار دولية',
  'أخبار عربية ودولية',
  'عاجل',
  'سياسة',
  'السياسة',
  'سياسة دولية',
  'شؤون دولية',
  'اقتصاد',
  'الاقتصاد',
  'اقتصاد دولي',
  'تقارير',
  'تقارير وحوارات',
  'تقارير ومتابعات',
  'متابعات',
  'منوعات',
  'رياضة',
  'آراء',
  'رأي',
  'مقالات',
  'ملفات',
  'آسيا',
  'أوروبا',
  'الشرق الأوسط',
  'العالم العربي',
  'world',
  'news',
  'politics',
  'economy',
] as const;

/**
 * First words of a site-name line above the story (`بوابة الأهرام`, `وكالة الأنباء …`): a short
 * line that starts with one of them, before any story line, is the page's masthead.
 */
export const MASTHEAD_HEADS = [
  'بوابة',
  'موقع',
  'جريدة',
  'صحيفة',
  'مجلة',
  'وكالة',
  'قناة',
  'شبكة',
  'راديو',
  'تلفزيون',
  'إذاعة',
] as const;

/** A wire story's end mark, alone on its line (`(النهاية)`, `-انتهى-`). */
export const WIRE_ENDS = ['النهاية', 'انتهى', 'نهاية', 'انتهي', 'end'] as const;

/** First characters of a bulleted line (after normalisation, every dash is `-`). */
export const BULLETS = '-•·*▪◦●■□►▶◄◆◇○✓✔➤→>|';

/** Punctuation that ends a sentence: a marker right after one starts a new segment. */
export const SENTENCE_END = '.!?؟…:;"\'»)]|';

/** Labels of a page's own date line (`تاريخ النشر: …`, `نشر في …`, `آخر تحديث …`). */
export const DATELINE_LABELS = [
  'تاريخ النشر',
  'تاريخ نشر',
  'تاريخ المقال',
  'تاريخ الخبر',
  'نشر في',
  'نشرت في',
  'نشرت بتاريخ',
  'نشر بتاريخ',
  'نشر يوم',
  'آخر تحديث',
  'تم النشر',
  'published',
  'updated',
] as const;

/**
 * Lines that are page furniture wherever they stand, opening with these words on a short line:
 * link prompts and newsletter or app invitations inserted in or after a story.
 */
export const FURNITURE_LEADS = [
  'اضغط هنا',
  'انقر هنا',
  // BBC Arabic: the link that skips its box of suggested stories.
  'تخطى قصص مقترحة',
  'إضغط هنا',
  'للمزيد اضغط هنا',
  'للمزيد من التفاصيل اضغط هنا',
  'لمشاهدة الفيديو',
  'شاهد الفيديو',
  'شاهد بالفيديو',
  'سجل بريدك',
  'أدخل بريدك',
  'النشرة البريدية',
  'النشرة الإخبارية',
  'للاشتراك في',
  'اشترك في النشرة البريدية',
  'تابعوا قناتنا',
  'تابعونا عبر',
  'click here',
  'subscribe',
] as const;

/**
 * Words of the number widgets a copied page carries (prayer times, gold by the karat, buying and
 * selling rates, the weather): `مواقيت الصلاة - القاهرة | الفجر 3:08 ص | الظهر 11:56 ص`, `سعر
 * الدولار: 18.72 جنيه شراء | 18.80 جنيه بيع`, `القاهرة 36° مشمس | الأربعاء 15 يونيو 2022`. Not
 * prices alone: a business story's own box of rates (`الدولار 101 ₽ | اليورو 110 ₽`) is story.
 */
export const WIDGET_WORDS = [
  'مواقيت',
  'الصلاة',
  'الفجر',
  'الظهر',
  'العصر',
  'المغرب',
  'العشاء',
  'الإمساك',
  'عيار',
  'شراء',
  'بيع',
  'الطقس',
  'مشمس',
  'غائم',
  'ممطر',
  'الحرارة',
] as const;

/**
 * Counters and reading times printed under a headline (`عدد المشاهدات: 1534`, `قراءة 3 دقائق`,
 * `1534 مشاهدة`): a short line of these words and numbers only.
 */
export const COUNTER_WORDS = [
  'عدد',
  'المشاهدات',
  'مشاهدات',
  'مشاهدة',
  'القراءات',
  'قراءات',
  'قراءة',
  'للقراءة',
  'القراءة',
  'وقت',
  'مدة',
  'زمن',
  'دقيقة',
  'دقائق',
  'دقيقتان',
  'دقيقتين',
  'ثانية',
  'ثوان',
  'الزيارات',
  'زيارات',
  'views',
  'view',
  'reads',
  'read',
  'min',
  'mins',
  'minute',
  'minutes',
] as const;

/**
 * Credits for the work around a story, followed by `:` or a dash (`ترجمة: …`, `تصوير - …`):
 * a short line, furniture wherever it stands. (A byline, `كتب: …`, is the story's.)
 */
export const CREDIT_LABELS = [
  'ترجمة',
  'ترجمة وتحرير',
  'ترجمة وإعداد',
  'تحرير',
  'إعداد',
  'إعداد وتحرير',
  'مراجعة',
  'تدقيق',
  'تدقيق لغوي',
  'تصوير',
  'الصورة',
  'الصور',
  'مصدر الصورة',
  'حقوق الصورة',
  'إخراج',
  'جرافيك',
  'إنفوجراف',
  'انفوغراف',
  'مونتاج',
  'رسوم',
  'translated by',
  'edited by',
  'photo',
] as const;

/**
 * News agencies as they stand alone in a photo credit or a wire sign-off (`(رويترز)`, `-- كونا`,
 * `/وام/`, `أ ف ب`). Initials are read as one- and two-letter words and need no entry.
 */
export const AGENCY_NAMES = [
  'وكالات',
  'الوكالات',
  'رويترز',
  'فرانس برس',
  'أسوشيتد برس',
  'اسوشيتد برس',
  'شينخوا',
  'سبوتنيك',
  'تاس',
  'نوفوستي',
  'ريا نوفوستي',
  'الأناضول',
  'إفي',
  'كيودو',
  'يونهاب',
  'وام',
  'واس',
  'كونا',
  'قنا',
  'بنا',
  'سانا',
  'العمانية',
  'واج',
  'وات',
  'ومع',
  'لاماب',
  'سبأ',
  'بترا',
  'إرنا',
  'ارنا',
  'الأنباء',
  'epa',
  'afp',
  'reuters',
  'ap',
  'getty',
  'xinhua',
] as const;

/** Nouns that open an author's note under an opinion piece, after `*` (`* كاتب وباحث في …`). */
/**
 * First words of a byline (`د. مازن العبيدي`, `بقلم: سمير عطا الله`, `كتب - أحمد علي`, `بواسطة
 * admin`): a short line opening so above a headline is the author's, not the headline.
 */
export const BYLINE_HEADS = ['د', 'بقلم', 'كتب', 'كتبت', 'بواسطة', 'إعداد', 'by'] as const;

export const AUTHOR_NOUNS = [
  'كاتب',
  'كاتبة',
  'الكاتب',
  'الكاتبة',
  'باحث',
  'باحثة',
  'الباحث',
  'الباحثة',
  'أستاذ',
  'أستاذة',
  'محلل',
  'محللة',
  'صحفي',
  'صحفية',
  'صحافي',
  'صحافية',
  'أكاديمي',
  'أكاديمية',
  'خبير',
  'خبيرة',
  'دبلوماسي',
  'سفير',
  'مستشار',
  'إعلامي',
  'إعلامية',
  'رئيس',
  'مدير',
  'عضو',
] as const;

/** Separators between the headlines of a ticker on one line (`عاجل | … | … |`). */
export const TICKER_SEPARATORS = '|•◆■●▪►◄';

/**
 * Words naming Russia or China without naming a person or a city (`روسيا`, `الصيني`, `الروس`):
 * a part of the page that uses them still speaks of the story's countries (see appended.ts).
 * Proclitics are handled by the lookup.
 */
export const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  RU: ['روسيا', 'روسي', 'روسية', 'الروسي', 'الروسية', 'الروس', 'روس', 'الروسيين', 'الروسيان', 'الروسيتين'],
  CN: ['الصين', 'صيني', 'صينية', 'الصيني', 'الصينية', 'الصينيين', 'الصينيون', 'الصينيان', 'الصينيتين'],
};

/**
 * Names of browser cookies in a consent banner (`نحن نستخدم ملفات تعريف الارتباط …`,
 * `Ce site utilise des cookies …`, `We use cookies …`). A line naming them is a banner only with a
 * word of the banner's own voice as well (see `CONSENT_VOICE`): news of a fine over cookies is story.
 */
export const COOKIE_NAMES = [
  'ملفات تعريف الارتباط',
  'ملفات تعريف ارتباط',
  'ملفات الارتباط',
  'الكوكيز',
  'كوكيز',
  'الكوكي',
  'cookies',
  'cookie',
  'témoins',
] as const;

/**
 * Words that speak as a consent banner does, to the reader about the site (`موقعنا`, `تجربتك`,
 * `فإنك توافق`, `Ce site`, `vous acceptez`, `OK`), never as a news report of cookies does
 * (`توافق` alone is also the noun "consensus"; `قبول` alone reports a rule on accepting them).
 */
export const CONSENT_VOICE = [
  'موقعنا',
  'هذا الموقع',
  'يستخدم الموقع',
  'نستخدم',
  'تجربتك',
  'تصفحك',
  'باستخدامك',
  'بمواصلة التصفح',
  'بمواصلتك',
  'باستمرارك',
  'فإنك توافق',
  'أنت توافق',
  'فإنكم توافقون',
  'موافق',
  'أوافق',
  'قبول الكل',
  'ce site',
  'notre site',
  'vous acceptez',
  'en poursuivant',
  'votre navigation',
  'accepter',
  'j accepte',
  'tout accepter',
  'ok',
  'this site',
  'this website',
  'our site',
  'our website',
  'we use',
  'you agree',
  'you accept',
  'by continuing',
  'accept all',
  'i agree',
] as const;
