// Arabic UI strings: the reference catalogue (Arabic first). `en.ts` must have exactly these keys
// with the same placeholders; a unit test checks it.

import type { Catalogue } from './types';

export const ar = {
  'app.name': 'قمة',
  'app.tagline': 'قمم روسيا والصين في الصحافة العربية',

  // Page status in the popup
  'status.label': 'هذه الصفحة',
  'status.loading': 'جارٍ التحقق من الصفحة…',
  'status.unread': 'لم يقرأ «قمة» هذه الصفحة. افتح خبرًا عربيًا في علامة تبويب وأعد فتح النافذة.',
  'status.notRelevant': 'لا تغطي هذه الصفحة لقاءً بين قادة روسيا والصين.',
  'status.relevant': 'تغطي هذه الصفحة لقاءً بين قادة روسيا والصين.',
  'status.saved': 'حُفظت في سجلك.',
  'status.notSaved': 'غير محفوظة.',
  'status.saveNow': 'احفظ الآن',
  'status.saving': 'جارٍ الحفظ…',
  'status.saveFailed': 'تعذّر الحفظ: {reason}',
  'status.openMeeting': 'افتح اللقاء',

  // Timeline
  'timeline.heading': 'اللقاءات المحفوظة',
  'timeline.count': {
    zero: 'لا لقاءات',
    one: 'لقاء واحد',
    two: 'لقاءان',
    few: '{count} لقاءات',
    many: '{count} لقاءً',
    other: '{count} لقاء',
  },
  'timeline.shown': 'يظهر {shown} من {total}',
  'timeline.more': 'اعرض المزيد',
  'timeline.year': 'سنة {year}',
  'timeline.yearUnknown': 'سنة غير معروفة',
  'timeline.noMatch': 'لا لقاء يطابق هذه التصفية.',

  // Empty state for a new reader
  'empty.title': 'سجلك فارغ حتى الآن',
  'empty.body':
    'افتح خبرًا عربيًا عن قمة أو زيارة أو اتصال بين رئيسَي روسيا والصين، وسيبرز «قمة» القادة والأماكن والتواريخ والأرقام ويحفظ اللقاء هنا.',
  'empty.step1': 'اقرأ الخبر كعادتك في أي موقع عربي.',
  'empty.step2': 'يُحفظ الخبر تلقائيًا، أو اضغط «احفظ الآن».',
  'empty.step3': 'حدّد فقرة وأضف ملاحظتك عليها من القائمة.',
  'empty.importHere': 'لديك نسخة احتياطية؟ استوردها.',
  'empty.import': 'لديك نسخة احتياطية؟ استوردها من لوحة الملاحظات.',

  // One meeting in the timeline
  'meeting.dateUnknown': 'تاريخ غير معروف',
  'meeting.venueUnknown': 'مكان غير معروف',
  'meeting.kindUnknown': 'نوع غير معروف',
  'meeting.announced': 'مُعلن عنه',
  'meeting.articles': {
    zero: 'لا مقالات',
    one: 'مقالة واحدة',
    two: 'مقالتان',
    few: '{count} مقالات',
    many: '{count} مقالة',
    other: '{count} مقالة',
  },
  'meeting.notes': {
    zero: 'لا ملاحظات',
    one: 'ملاحظة واحدة',
    two: 'ملاحظتان',
    few: '{count} ملاحظات',
    many: '{count} ملاحظة',
    other: '{count} ملاحظة',
  },
  'meeting.participants': 'المشاركون',
  'meeting.figures': 'أبرز الأرقام',
  'meeting.open': 'افتح صفحة اللقاء: {title}',

  // Meeting kinds
  'kind.in-person': 'لقاء مباشر',
  'kind.phone-call': 'اتصال هاتفي',
  'kind.video-call': 'اتصال مرئي',

  // Mention types
  'type.leader': 'القادة',
  'type.venue': 'الأماكن',
  'type.date': 'التواريخ',
  'type.figure': 'الأرقام',

  'venue.virtual': 'عن بُعد',

  // Filters
  'filter.label': 'تصفية اللقاءات',
  'filter.year': 'السنة',
  'filter.anyYear': 'كل السنوات',
  'filter.kind': 'النوع',
  'filter.anyKind': 'كل الأنواع',
  'filter.participant': 'المشارك',
  'filter.anyParticipant': 'كل المشاركين',
  'filter.venue': 'المكان',
  'filter.anyVenue': 'كل الأماكن',
  'filter.clear': 'أزل التصفية',

  // Search
  'search.label': 'ابحث في الملاحظات والمقالات والأسماء',
  'search.placeholder': 'ابحث: بوتين، سمرقند، الغاز…',
  'search.results': {
    zero: 'لا نتائج',
    one: 'نتيجة واحدة',
    two: 'نتيجتان',
    few: '{count} نتائج',
    many: '{count} نتيجة',
    other: '{count} نتيجة',
  },
  'search.none': 'لا شيء في سجلك يطابق «{query}».',
  'search.notes': 'الملاحظات',
  'search.articles': 'المقالات',
  'search.entities': 'الأسماء والأرقام',

  // Export and import
  'export.button': 'صدّر السجل',
  'export.annotations': 'صدّر تعليقات الويب (JSON-LD)',
  'export.annotationsHint': 'بصيغة W3C Web Annotation، لأدوات التعليق الأخرى. لا يُستورد في «قمة».',
  'export.working': 'جارٍ التصدير…',
  'export.done': 'صُدّر السجل إلى {file}.',
  'export.failed': 'تعذّر التصدير: {reason}',
  'import.label': 'استورد سجلًا من ملف',
  'import.working': 'جارٍ الاستيراد…',
  'import.done': 'استُورد السجل: {meetings}، {articles}، {notes}.',
  'import.failed': 'تعذّر الاستيراد: {reason}',
  'import.hint': 'ملف JSON صدّره «قمة». لا يُحذف شيء من سجلك الحالي.',
  'import.unchanged': 'لم يتغيّر شيء في سجلك.',
  'import.refused.too-large': 'حجم الملف {megabytes} ميغابايت، وأقصى ما يستورده «قمة» {limitMegabytes} ميغابايت.',
  'import.refused.empty': 'الملف فارغ.',
  'import.refused.not-json': 'الملف ليس JSON سليمًا: ربما انقطع قبل نهايته، أو ليس تصديرًا من «قمة».',
  'import.refused.not-object': 'هذا ليس تصديرًا من «قمة»: يُنتظر أن يحوي الملف كائن JSON واحدًا.',
  'import.refused.web-annotation':
    'هذا تصدير بصيغة تعليقات الويب؛ يستورد «قمة» تصديره بصيغة JSON الخاصة به (qimma-YYYY-MM-DD.json).',
  'import.refused.not-qimma': 'هذا ليس تصديرًا من «قمة».',
  'import.refused.no-version': 'لا يذكر الملف رقم إصدار صيغته.',
  'import.refused.newer-version':
    'صُدّر هذا الملف بإصدار أحدث من «قمة» (الصيغة {version})، وهذا الإصدار يقرأ الصيغة {supported}. حدّث «قمة» ثم استورده.',
  'import.refused.unsupported-version': 'صيغة التصدير {version} غير مدعومة (يقرأ هذا الإصدار الصيغة {supported}).',
  'import.refused.invalid': {
    one: 'في الملف مشكلة واحدة تخالف صيغة التصدير (انظر أدناه).',
    two: 'في الملف مشكلتان تخالفان صيغة التصدير (انظر أدناه).',
    few: 'في الملف {count} مشكلات تخالف صيغة التصدير (انظر أدناه).',
    many: 'في الملف {count} مشكلةً تخالف صيغة التصدير (انظر أدناه).',
    other: 'في الملف {count} مشكلة تخالف صيغة التصدير (انظر أدناه).',
  },
  'import.refused.store-failed': 'تعذّر على المتصفح حفظ السجل (ربما امتلأت مساحة التخزين).',

  // Navigation
  'nav.label': 'أقسام لوحة الملاحظات',
  'nav.dashboard': 'لوحة الملاحظات',
  'nav.openDashboard': 'افتح لوحة الملاحظات',
  'nav.timeline': 'الخط الزمني',
  'nav.entities': 'الأسماء والأرقام',
  'nav.backup': 'النسخ الاحتياطي',
  'nav.settings': 'الإعدادات',
  'nav.back': 'عودة إلى الخط الزمني',

  // Meeting page
  'page.meeting': 'اللقاء',
  'page.date': 'التاريخ',
  'page.notFound': 'لم يُعثر على هذا اللقاء؛ ربما دُمج أو حُذف.',
  'page.articles': 'المقالات',
  'page.notes': 'الملاحظات والاقتباسات',
  'page.noNotes': 'لا ملاحظات على هذا اللقاء بعد.',
  'page.figures': 'الأرقام في المقالات',
  'page.figuresNone': 'لم تُذكر أرقام في مقالات هذا اللقاء.',
  'page.figure': 'الرقم',
  'page.catalogue': 'من السجل العام للقاءات',
  'page.catalogueNone': 'هذا اللقاء غير موجود في السجل العام المرفق.',
  'page.catalogueLikely': 'مطابقة مرجّحة',
  'page.catalogueApproximate': 'التاريخ تقريبي',
  'page.published': 'نُشرت {date}',
  'page.source': 'المصدر: {source}',
  'page.entities': 'من ذُكر وما ذُكر',
  'page.auto': 'استُخرج تلقائيًا',
  'page.reader': 'ملاحظتك',

  // Entity page
  'entity.heading': 'كل ما ذُكر عن {name}',
  'entity.mentions': {
    zero: 'لا ذكر',
    one: 'ذُكر مرة واحدة',
    two: 'ذُكر مرتين',
    few: 'ذُكر {count} مرات',
    many: 'ذُكر {count} مرة',
    other: 'ذُكر {count} مرة',
  },
  'entity.inArticles': 'في المقالات',
  'entity.inNotes': 'في الملاحظات',
  'entity.none': 'لا ذكر لهذا في سجلك.',
  'entity.list': 'الأسماء والأرقام في سجلك',

  // Notes
  'note.edit': 'عدّل',
  'note.save': 'احفظ',
  'note.cancel': 'ألغِ',
  'note.delete': 'احذف',
  'note.undo': 'تراجع',
  'note.deleted': 'حُذفت الملاحظة.',
  'note.edited': 'عُدّلت الملاحظة.',
  'note.comment': 'تعليقك',
  'note.tags': 'وسوم (تفصل بينها فاصلة)',
  'note.noComment': 'بلا تعليق',
  'note.editLabel': 'عدّل الملاحظة على «{quote}»',
  'note.deleteLabel': 'احذف الملاحظة على «{quote}»',

  // Split and merge
  'merge.heading': 'دمج وفصل',
  'merge.with': 'ادمج في هذا اللقاء لقاءً آخر',
  'merge.choose': 'اختر لقاءً',
  'merge.button': 'ادمج',
  'merge.done': 'دُمج اللقاءان.',
  'split.hint': 'حدّد المقالات التي تخص لقاءً آخر ثم افصلها.',
  'split.select': 'حدّد «{title}»',
  'split.button': 'افصل المقالات المحددة في لقاء جديد',
  'split.done': 'فُصلت المقالات في لقاء جديد.',
  'action.failed': 'تعذّر ذلك: {reason}',

  // Settings
  'settings.heading': 'الإعدادات',
  'settings.language': 'اللغة',
  'settings.language.ar': 'العربية',
  'settings.language.en': 'English',
  'settings.theme': 'المظهر',
  'settings.theme.system': 'حسب النظام',
  'settings.theme.light': 'فاتح',
  'settings.theme.dark': 'داكن',
  'settings.autoSave': 'احفظ تلقائيًا كل خبر يغطي لقاءً روسيًا صينيًا',
  'settings.sites': 'المواقع',
  'settings.sitesHint': 'استثنِ موقعًا من الحفظ التلقائي أو من الإبراز.',
  'settings.sitesNone': 'لا إعدادات خاصة بأي موقع.',
  'settings.siteHost': 'اسم الموقع',
  'settings.siteAdd': 'أضف الموقع',
  'settings.siteAutoSave': 'حفظ تلقائي',
  'settings.siteHighlights': 'إبراز',
  'settings.siteRemove': 'أزل {host}',
  'settings.highlights': 'ما يُبرز في الصفحة',
  'settings.colour': 'لون {kind}',
  'settings.saved': 'حُفظت الإعدادات.',
} satisfies Catalogue;

export type MessageKey = keyof typeof ar;
