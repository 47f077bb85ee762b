// The words of a leaders' meeting in the Arabic press, by what they say about it. Written in normal
// Arabic; normalised when the lookup tables are built. Proclitics (و ف ب ل ك ال) and possessive
// suffixes (ه ها هما هم: `زيارته`, `مباحثاتهما`, `لقائهما`) are handled by the lookup, so each
// word is listed once in its bare form, with the verb inflections the press actually uses.

/**
 * A direct meeting (`أول لقاء مباشر بين الرئيسين منذ 2019`): a meeting word and its form at once,
 * in person, set against calls and video links. Indefinite only: a phrase opening with `ال` (as
 * `اللقاء المباشر` would) makes its first word read as no definite noun anywhere (story-analysis's
 * `definitenessOf`).
 */
const DIRECT_MEETING_WORDS = ['لقاء مباشر', 'لقاءات مباشرة', 'محادثات مباشرة'];

/** Words saying the two met face to face, as opposed to by phone or video (see meeting.ts). */
export const FACE_TO_FACE_WORDS = [...DIRECT_MEETING_WORDS, 'وجها لوجه', 'حضوري', 'حضورية', 'حضوريا'];

/** A meeting of some kind: talks, a summit, a meeting. Says nothing of its form. */
export const MEET_WORDS = [
  'قمة',
  'قمم',
  'لقاء',
  'لقاءات',
  // A direct meeting is one in person too (see SIDELINE_WORDS): the longer phrase keeps both kinds.
  ...DIRECT_MEETING_WORDS,
  // Duals (`بعد لقاءي بكين وأستانا`, `قمتين`): meetings counted, often recalled ones.
  'لقاءي',
  'لقاءين',
  'لقاءان',
  'قمتي',
  'قمتين',
  'قمتان',
  'التقى',
  'التقيا',
  'التقت',
  'يلتقي',
  'يلتقيان',
  // Jussive and subjunctive forms, as they stand after لم, لن, أن (`لم يلتق`, `دون أن يلتقيا`).
  'يلتق',
  'يلتقيا',
  'تلتق',
  'تلتقيا',
  'تلتقي',
  'سيلتقي',
  'سيلتقيان',
  'اجتماع',
  'اجتماعا',
  'اجتمع',
  'اجتمعا',
  'يجتمع',
  'يجتمعان',
  'يجتمعا',
  'سيجتمع',
  'سيجتمعان',
  'محادثات',
  'محادثة',
  'مباحثات',
  'مباحثة',
  'مشاورات',
  'بحث',
  'بحثا',
  'يبحث',
  'يبحثان',
  'يبحثا',
  'سيبحث',
  'سيبحثان',
  'تباحث',
  'تباحثا',
  'يتباحث',
  'يتباحثان',
  'يتباحثا',
  // Talking together, in the dual only (`بوتين وشي يتحدثان بعد يوم من تنصيب ترامب`): `تحدث بوتين
  // عن …` is one man speaking.
  'تحدثا',
  'يتحدثان',
  'يتحدثا',
  'سيتحدثان',
  'تحادثا',
  'يتحادثان',
  'ناقش',
  'ناقشا',
  'يناقش',
  'يناقشان',
  'يناقشا',
  'سيناقش',
  'سيناقشان',
  'قمة ثنائية',
  'محادثات ثنائية',
  'مباحثات ثنائية',
  'محادثات رسمية',
  'مباحثات رسمية',
  'قمة مصغرة',
  'talks',
  'summit',
  'meeting',
  'met',
] as const;

/**
 * Done together, so done in one room: a joint statement or press conference of the two. Meeting
 * words too — but issued by a gathering (`صدر عن قمة شنغهاي إعلان مشترك`) they are the gathering's.
 */
export const JOINT_WORDS = [
  'بيان مشترك',
  'بيانا مشتركا',
  'البيان المشترك',
  'إعلان مشترك',
  'إعلانا مشتركا',
  'الإعلان المشترك',
  'مؤتمر صحفي مشترك',
  'مؤتمرا صحفيا مشتركا',
  'المؤتمر الصحفي المشترك',
] as const;

/** The leaders were in one place: a visit, a reception, a meeting on the sidelines of an event. */
export const IN_PERSON_WORDS = [
  'زيارة',
  'زيارة دولة',
  'زيارة رسمية',
  'زيارة عمل',
  'زار',
  'يزور',
  'سيزور',
  'تزور',
  // Arriving is visiting when a leader arrives in the other's country (see sentence-roles).
  'وصل',
  'يصل',
  'سيصل',
  'وصوله',
  // Heading to the other's country is the same (`سيتوجه إلى بكين في 4 فبراير لحضور …`); with
  // `إلى` only: `توجه` alone is also a noun (a trend).
  'توجه إلى',
  'يتوجه إلى',
  'سيتوجه إلى',
  // Maghrebi and Gulf usage: `يحل الرئيس بموسكو`, `حل ضيفا على`.
  'يحل',
  'سيحل',
  'حل ضيفا',
  'استقبل',
  'يستقبل',
  'سيستقبل',
  'استقبال',
  'استقبله',
  'مراسم الاستقبال',
  'مراسم استقبال',
  'حفل استقبال',
  'مأدبة',
  'مأدبة عشاء',
  'حفل شاي',
  'جولة',
  'visit',
  'visited',
] as const;

/**
 * A leader present in person at a gathering (`وشي حاضرا`, `حضوريا`): beside a video word, the two
 * attend it in two ways (`بوتين عبر الفيديو وشي حاضرا`), no call of theirs.
 */
export const PRESENT_IN_PERSON_WORDS = ['حاضرا', 'حاضراً', 'حضوريا', 'حضورياً'] as const;

/**
 * Where or how the leaders met, without being a meeting themselves (`على هامش المنتدى` alone is
 * no meeting): they make a meeting sentence in person only beside a meeting word.
 */
export const SIDELINE_WORDS = [
  'على هامش',
  'هامش',
  ...FACE_TO_FACE_WORDS,
  // Outcome-only coverage: agreements signed `بحضور الرئيسين` were signed where both stood.
  'بحضور',
  'في حضور',
] as const;

/** A telephone call. */
export const PHONE_WORDS = [
  'اتصال هاتفي',
  'اتصالا هاتفيا',
  'الاتصال الهاتفي',
  'مكالمة هاتفية',
  'مكالمة',
  'محادثة هاتفية',
  'محادثات هاتفية',
  'مباحثات هاتفية',
  'مشاورات هاتفية',
  'هاتفيا',
  'هاتفية',
  'هاتفي',
  'عبر الهاتف',
  // The telephone itself and the verbs of calling (`يرفع سماعة الهاتف ليتصل بشي`, `هاتف بوتين
  // نظيره`, Gulf and Maghrebi `مهاتفة`, `تهاتف الرئيسان`). Bare `يتصل` is left out: `فيما يتصل
  // بـ` means "as regards".
  'هاتف',
  'الهاتف',
  'يهاتف',
  'سيهاتف',
  'هاتفه',
  'تهاتف',
  'تهاتفا',
  'يتهاتفان',
  'مهاتفة',
  'مهاتفات',
  'سماعة الهاتف',
  'اتصل',
  'اتصلا',
  'ليتصل',
  'سيتصل',
  'يتصلان',
  'اتصالات هاتفية',
  'phone',
  'call',
] as const;

/** Weaker than PHONE_WORDS: `اتصال` is a call (`أجرى اتصالاً مع`) but also a contact or channel. */
export const CALL_WORDS = ['اتصال', 'اتصالا', 'أجرى اتصالا', 'تلقى اتصالا', 'يجري اتصالا'] as const;

/**
 * A video call. Any word beginning with `فيديو` (`الفيديوكونفرانس`, `فيديوكونفيرانس`) counts too:
 * the loanword has more spellings than a list can hold.
 */
export const VIDEO_WORDS = [
  'عبر الفيديو',
  'بالفيديو',
  'عبر تقنية الفيديو',
  'بتقنية الفيديو',
  'عن طريق الفيديو',
  'من خلال الفيديو',
  'بواسطة الفيديو',
  'مؤتمر عبر الفيديو',
  'مؤتمر فيديو',
  'فيديو كونفرانس',
  'فيديو كونفرنس',
  'فيديو كونفيرانس',
  'عبر دائرة تلفزيونية مغلقة',
  'دائرة تلفزيونية',
  'اتصال مرئي',
  'اتصالا مرئيا',
  'الاتصال المرئي',
  'عبر الاتصال المرئي',
  'محادثات مرئية',
  'مباحثات مرئية',
  'قمة افتراضية',
  'افتراضية',
  'افتراضي',
  'افتراضيا',
  'عن بعد',
  // A video call by its other names: `مكالمة فيديو`, `اتصال مرئي`, Maghrebi `التناظر المرئي`.
  'مكالمة فيديو',
  // The call named by its form in a construct (`خلال محادثات الفيديو مع شي`, `قمة الفيديو`).
  'محادثات الفيديو',
  'مباحثات الفيديو',
  'قمة الفيديو',
  'لقاء الفيديو',
  'اجتماع الفيديو',
  'مكالمة الفيديو',
  'مكالمة مرئية',
  'مكالمة بالفيديو',
  'اتصال فيديو',
  'اتصال بالفيديو',
  'اتصالا بالفيديو',
  'محادثة مرئية',
  'المحادثة المرئية',
  'لقاء مرئي',
  'قمة مرئية',
  'مرئيا',
  'التناظر المرئي',
  'تناظر مرئي',
  'بتقنية التناظر',
  // Algerian press (APS, El Moudjahid's Arabic): `عبر تقنية التحاضر المرئي`, `التخاطب المرئي`.
  'التحاضر المرئي',
  'تحاضر مرئي',
  'بتقنية التحاضر',
  'التحاضر عن بعد',
  'التخاطب المرئي',
  'تخاطب مرئي',
  // `عبر تقنية التداول المرئي` (APS), `التواصل المرئي`, `المؤتمر المرئي` (Gulf agencies).
  'التداول المرئي',
  'تداول مرئي',
  'التواصل المرئي',
  'تواصل مرئي',
  'المؤتمر المرئي',
  'مؤتمر مرئي',
  'عبر الإنترنت',
  'عبر الانترنت',
  'دائرة مغلقة',
  'video',
  'virtual',
  'videoconference',
] as const;

/**
 * Words that name a medium, not a call: `عبر الإنترنت` is a video summit beside a meeting word
 * (`محادثات عبر الإنترنت`, `شارك عبر الإنترنت في القمة`) but online sales or a live stream
 * elsewhere (`مبيعات الشركات عبر الإنترنت`, `بثت المراسم مباشرة عبر الإنترنت`); likewise distance
 * learning (`التعليم عن بعد`) and virtual currencies (`العملات الافتراضية`). They count as video
 * only with a meeting word a few words away in the same clause (see story-analysis).
 */
export const MEDIUM_WORDS = [
  'عبر الإنترنت',
  'عبر الانترنت',
  'دائرة مغلقة',
  'عن بعد',
  'افتراضي',
  'افتراضيا',
  'افتراضية',
] as const;

/**
 * After the telephone's noun, a device (`الهاتف المحمول`, `هاتفه الذكي`, `الهاتف الأرضي`): the
 * object or the market, not a call.
 */
export const PHONE_DEVICE_WORDS = [
  'المحمول',
  'محمول',
  'الذكي',
  'ذكي',
  'النقال',
  'نقال',
  'الجوال',
  'جوال',
  'الخلوي',
  'خلوي',
  'الأرضي',
  'أرضي',
] as const;

/** The meeting is still to come. */
export const ANNOUNCE_WORDS = [
  'سيجري',
  'سيجريان',
  'ستجري',
  'سيعقد',
  'سيعقدان',
  'ستعقد',
  'سيلتقي',
  'سيلتقيان',
  'سيزور',
  'ستزور',
  'سيبحث',
  'سيبحثان',
  'سيناقش',
  'سيناقشان',
  'سيجتمع',
  'سيجتمعان',
  'سيستقبل',
  'سيتوجه',
  'سيشارك',
  'سيصل',
  'سيحل',
  'سيقوم',
  'ستقوم',
  'سيقومان',
  'من المقرر',
  'المقرر',
  'المرتقب',
  'المرتقبة',
  'مرتقب',
  'مرتقبة',
  'المرتقبه',
  'يعتزم',
  'يعتزمان',
  'يستعد',
  'تستعد',
  'يستعدان',
  'المزمع',
  'المزمعة',
  'المنتظر',
  'المنتظرة',
  'المقبل',
  'المقبلة',
  'القادم',
  'القادمة',
  'will',
] as const;

/**
 * A summit or meeting of an organisation (`قمة بريكس`, `قمة منظمة شنغهاي`, `اجتماع مجموعة
 * العشرين`) is no meeting of two leaders: attending it together is not meeting (`على هامش` it,
 * with `التقى`, is). These nouns, followed within two words by one of these names, say so.
 */
export const GATHERING_NOUNS = ['قمة', 'قمم', 'اجتماع', 'اجتماعات', 'مؤتمر', 'منتدى'] as const;
export const ORGANISATION_WORDS = [
  'بريكس',
  'شنغهاي',
  'شنجهاي',
  'منظمة',
  'مجموعة',
  'العشرين',
  'السبع',
  'آبيك',
  'أبيك',
  'آسيان',
  'الآسيان',
  'رابطة',
  'حلف',
  'الناتو',
  'سيكا',
  // A conference or a forum whose summit it is (`القمة الرابعة لمؤتمر التفاعل …`, `لمنتدى الحزام
  // والطريق`): only in the genitive, `والمؤتمر الصحفي` after a summit is the leaders' own.
  'لمؤتمر',
  'لمنتدى',
  'الأمم',
  'الاتحاد',
  'مجلس',
  'الدول',
  'قادة',
  'زعماء',
  'رؤساء',
  'الأوراسي',
  'أوراسيا',
  'الأوروبي',
  'العربية',
  'الإسلامي',
  'brics',
  'sco',
  'g20',
] as const;

/**
 * Negation before a meeting word (`لا خطط لاتصال هاتفي`, `ولم يعقد الزعيمان أي لقاء`): that
 * meeting did not or will not happen. Listed with their attached conjunctions, since short words
 * keep them (`ولم`, `فلا`).
 */
export const NEGATIONS = [
  'لا',
  'ولا',
  'فلا',
  'لم',
  'ولم',
  'فلم',
  'لن',
  'ولن',
  'فلن',
  'ليس',
  'وليس',
  'ليست',
  'وليست',
  'دون',
  'بدون',
  'وبدون',
  'عدم',
  'وعدم',
  'لعدم',
  'نفى',
  'ينفي',
  'نفت',
  'تنفي',
  'استبعد',
  'يستبعد',
  'استبعدت',
  'تستبعد',
  // A leader missing from the meeting (`غاب بوتين عن القمة`, `في غياب شي`) or a meeting called off.
  'غاب',
  'يغيب',
  'تغيب',
  'سيغيب',
  'ستغيب',
  'غياب',
  'ألغى',
  'ألغي',
  'ألغيت',
  'إلغاء',
] as const;

/**
 * A leader's absence told right after the meeting word (`وشي يصل جوهانسبرغ في غيابه`, `تنطلق القمة
 * بغيابه`): "in his absence" says the two do not meet there. Only the pronoun forms: `في غياب
 * الصحفيين` after a meeting word tells who was left out of it.
 */
export const ABSENCE_AFTER = ['غيابه', 'بغيابه', 'لغيابه'] as const;

/**
 * A meeting word right after these is the circumstance of the clause, not what it negates: `لم
 * يتطرق الزعيمان خلال محادثاتهما إلى …` says the talks took place.
 */
export const NEGATION_SHIELDS = [
  'خلال',
  'أثناء',
  'طوال',
  'عقب',
  'إثر',
  'بعد',
  'بعيد',
  'قبل',
  'قبيل',
  'عشية',
  'غداة',
] as const;

/**
 * After a negation, these keep it from negating: `لا سيما` (especially), `لا يزال` (still),
 * `لا بد` (must), `لا شك` (no doubt), `لم يكد` (hardly had), and "not the first time" (`ليست المرة
 * الأولى التي يلتقي فيها الرئيسان`, `ليس أول لقاء`), which denies the firstness, not the meeting.
 */
export const NEGATION_BREAKERS = [
  'سيما',
  'سيّما',
  'يزال',
  'تزال',
  'يزالان',
  'بد',
  'شك',
  'المرة',
  'مرة',
  'أول',
  'الأول',
  'الأولى',
  // `لم تكد تمضي ساعات على انتهاء لقاء الرئيسين … حتى`: the meeting was held.
  'يكد',
  'تكد',
] as const;

/**
 * Copulas: `لم يكن لقاء بوتين وشي في بكين يوم الجمعة مجرد مجاملة`, `لم تكن زيارة الدولة … زيارة
 * عادية`, `ليست القمة الأولى`: after a negation, what is denied is the predicate, and the meeting is
 * told when it is the leaders' own meeting (see `TOLD_UNDER_COPULA`; `لم يكن هناك لقاء` says there
 * was none).
 */
export const COPULA_WORDS = [
  'يكن',
  'تكن',
  'يكون',
  'تكون',
  'كان',
  'كانت',
  'ليس',
  'ليست',
  'يعد',
  'تعد',
  'يعتبر',
  'تعتبر',
];
/**
 * The subjects a denied copula leaves told (`لم تكن زيارة الدولة … زيارة عادية`, `لم يكن لقاء
 * بوتين وشي … مجرد مجاملة`): the two leaders' own visit, meeting, talks or call. A summit is left
 * out: `لم تكن قمة بريكس قمة عادية` tells a gathering, whose two attendees need not have met.
 */
export const TOLD_UNDER_COPULA = [
  'زيارة',
  'الزيارة',
  'لقاء',
  'اللقاء',
  'محادثات',
  'المحادثات',
  'مباحثات',
  'المباحثات',
  // Not `قمة`: `لم تكن قمة مجموعة بريكس … قمة عادية` speaks of a gathering, where the leaders may not meet.
  'اتصال',
  'الاتصال',
  'مكالمة',
  'المكالمة',
];

/**
 * A sentence about an earlier meeting, as background (`وكان بوتين وشي قد التقيا …`, `آخر اتصال
 * بينهما`): these openings, with `قد` close after, or `آخر`/`الأخيرة` right before a meeting word.
 */
export const PLUPERFECT_OPENERS = ['كان', 'وكان', 'كانا', 'وكانا', 'كانت', 'وكانت', 'كانوا', 'وكانوا'] as const;
export const LAST_TIME_WORDS = ['آخر', 'الأخيرة', 'الأخير', 'السابقة', 'السابق', 'سبق', 'وسبق'] as const;

/**
 * Words that place a meeting before or after the clause's own event (`بعد لقاء بكين`, `غداة
 * قمته مع شي`, `قبل محادثاتهما`): the meeting they introduce is another event than the one the
 * clause reports, so its date and place are its own. Those that look back (`بعد`, `منذ`, `غداة`,
 * `عقب`, `إثر`) introduce an earlier meeting — unless the meeting word is definite and bare
 * (`بعد المحادثات`), which points back to the story's own meeting.
 */
export const RECALL_PREPOSITIONS = ['بعد', 'بعيد', 'منذ', 'غداة', 'عقب', 'إثر', 'اثر'] as const;
export const LOOK_AHEAD_PREPOSITIONS = ['قبل', 'قبيل', 'عشية'] as const;
/**
 * Times of day a preposition of time may stand before (`أجرى شي اليوم بعد الظهر محادثة هاتفية`,
 * `بعد ظهر أمس`, `قبل منتصف الليل`): a time of the clause's own event, no other meeting.
 */
export const TIMES_OF_DAY = [
  'الظهر',
  'ظهر',
  'الظهيرة',
  'ظهيرة',
  'العصر',
  'عصر',
  'الزوال',
  'منتصف',
  'الفجر',
  'فجر',
  'الغروب',
  'المغرب',
] as const;
/** Say the meeting word they follow was an earlier one (`لقائهما السابق`, `القمة الماضية`). */
export const EARLIER_AFTER_WORDS = ['السابق', 'السابقة', 'الماضي', 'الماضية', 'المنصرم', 'المنصرمة'] as const;
/** `سبق أن التقى`, `سبق لهما أن`: an earlier meeting, a few words before its verb. */
export const ALREADY_WORDS = [
  'سبق',
  'وسبق',
  'سبقت',
  'وسبقت',
  // Recalling (`مذكرا بأن الزعيمين التقيا`, `يذكر أن`, `تجدر الإشارة إلى أن`, `والجدير بالذكر`).
  'مذكرا',
  'مذكرين',
  'يذكر',
  'ويذكر',
  'يشار',
  'ويشار',
  'بالذكر',
  'الإشارة',
] as const;

/**
 * Once more: a future meeting said to come again (`سيلتقيان مجددا في أستانا`) is another one than
 * the meeting the story reports.
 */
// (`من جديد` is left out: a phrase opening on `من` would be tried at every `من` of the text.)
export const AGAIN_WORDS = ['مجددا', 'مرة أخرى', 'مرة ثانية'] as const;

/**
 * Live coverage of an event as it happens (`تغطية مباشرة`, `لحظة بلحظة`): the meeting it follows
 * takes place on the day of the page. Bare `مباشر` is left out: it mostly means "direct"
 * (`أول لقاء مباشر بينهما`).
 */
export const LIVE_MARKERS = [
  'تغطية مباشرة',
  'تغطية حية',
  'بث مباشر',
  'متابعة مباشرة',
  'لحظة بلحظة',
  'أولا بأول',
  'يحدث الآن',
  'live',
] as const;

/** Greetings by message: no meeting, unless a call or a visit is also reported. */
export const MESSAGE_WORDS = [
  'برقية',
  'برقية تهنئة',
  'رسالة تهنئة',
  'برقية تعزية',
  'رسالة تعزية',
  'رسالة',
  'رسائل',
  'بعث برسالة',
  'بعث برقية',
  'هنأ',
  'يهنئ',
  'هنأه',
  'تهنئة',
  'تهانيه',
  'congratulated',
] as const;

/**
 * One phrase naming both leaders: these words followed by `الروسي والصيني` or `الصيني والروسي`
 * (`الرئيسان الروسي والصيني`)…
 */
export const PAIR_TITLES = ['الرئيسان', 'الرئيسين', 'الزعيمان', 'الزعيمين'] as const;
/** …or followed by `روسيا والصين` or `الصين وروسيا` (`زعيما روسيا والصين`). */
export const PAIR_HEADS = ['رئيسا', 'رئيسي', 'زعيما', 'زعيمي'] as const;

/**
 * The two leaders named together without their countries (`الزعيمان`, `رئيسا البلدين`): in a
 * sentence that names nobody else, they are the story's two.
 */
export const BOTH_LEADERS_WORDS = [
  'الزعيمان',
  'الزعيمين',
  'الرئيسان',
  'الرئيسين',
  'زعيما البلدين',
  'زعيمي البلدين',
  'رئيسا البلدين',
  'رئيسي البلدين',
] as const;

/** A summit named by the two countries: only leaders hold summits. */
export const BILATERAL_SUMMITS = [
  'قمة روسية صينية',
  'قمة صينية روسية',
  'القمة الروسية الصينية',
  'القمة الصينية الروسية',
] as const;

/**
 * A meeting hoped, guessed or forecast (`قد يلتقيان`, `من المرجح أن`, `رجّحت الصحيفة أن يلتقي`,
 * `ننتظر زيارة`): no meeting took place or was fixed. The first meeting word after one of these,
 * in the same sentence, and every later one (the alternatives: `سواء عبر اتصال مرئي أو على
 * هامش قمة`) are speculation. `قد` counts only right before an imperfect verb (`قد التقيا` is done).
 */
export const SPECULATION_WORDS = [
  'ربما',
  'لربما',
  'رجح',
  'رجحت',
  'يرجح',
  'ترجح',
  'رجحوا',
  'المرجح',
  'يحتمل',
  'المحتمل',
  'محتمل',
  'محتملة',
  'احتمال',
  // `تتحدث تقارير عن إمكان أن يزور شي موسكو`: a possibility, not a visit announced.
  'إمكان',
  'إمكانية',
  'يمكن',
  'بإمكان',
  'لعل',
  'ننتظر',
  'نتطلع',
  'يتطلع',
  'تتطلع',
  'يتطلعان',
  'نأمل',
  'يأمل',
  'تأمل',
  'بانتظار',
  'نتوقع',
] as const;
/** `قد` before an imperfect (`قد يزور`): may. Before a perfect (`قد زار`) it is done. */
export const MAY_WORD = 'قد';

/**
 * An invitation (`دعا بوتين شي إلى زيارة موسكو`, `قبل دعوة لزيارة الصين`): the visit it names is
 * to come some day, not the meeting the story reports. The first visit word after it in the
 * sentence is an invited visit (a meeting of another kind in between ends its reach).
 */
export const INVITATION_WORDS = [
  'دعا',
  'دعاه',
  'دعت',
  'يدعو',
  'يدعوه',
  'تدعو',
  'دعوة',
  'الدعوة',
  'دعوته',
  'دعوتها',
  'دعوات',
  // Said to the guest (`بوتين لشي: ننتظركم في موسكو بزيارة دولة الربيع المقبل`): an invitation.
  'ننتظركم',
  'ننتظرك',
  'بانتظاركم',
  'بانتظارك',
  // Preparing a visit (`بحث الرئيسان في آستانة التحضيرات لزيارة الرئيس الصيني إلى موسكو`): the
  // visit prepared is to come; the talks that prepare it are the story's.
  'تحضيرات',
  'التحضيرات',
  'التحضير',
  'للتحضير',
  'تحضيرا',
] as const;

/**
 * Before an invitation word, its answer (`تلبية لدعوة من بوتين`, `استجابة لدعوة`, `بناء على
 * دعوة`): the visit told is the one taking place. `بدعوة من` is read from the word itself.
 */
export const ACCEPTED_INVITATION_WORDS = ['تلبية', 'تلبيةً', 'استجابة', 'بناء'] as const;

/**
 * After `كان … قد`, a reporting verb (`وكان الكرملين قد أعلن أن الزعيمين أجريا …`) reports news;
 * the pluperfect is the announcement's, not a meeting recalled as background.
 */
export const REPORTING_VERBS = [
  'أعلن',
  'أعلنت',
  'أكد',
  'أكدت',
  'قال',
  'قالت',
  'ذكر',
  'ذكرت',
  'أفاد',
  'أفادت',
  'أوضح',
  'أوضحت',
  'كشف',
  'كشفت',
  'صرح',
  'صرحت',
  'نقل',
  'نقلت',
  'أشار',
  'أشارت',
  'أورد',
  'أوردت',
  'نشر',
  'نشرت',
] as const;

/**
 * Perfectives of a meeting report, as what a saying tells (`أعلن الكرملين أمس الاثنين أن
 * الزعيمين أجريا محادثة`): the saying reports something done, so the saying's day dates it (or the
 * day before, with `أمس` in what is said). Only verbs of talks and their outcome, in the persons
 * news uses (he, she, the two, they); `قد` before them is "already". Forms that are also verbal
 * nouns (`بحث`, `عقد`, `اتفاق`) are left out.
 */
export const TOLD_DONE_VERBS = [
  'أجرى',
  'أجريا',
  'أجرت',
  'أجروا',
  'عقدا',
  'عقدت',
  'عقدوا',
  'بحثا',
  'ناقش',
  'ناقشا',
  'ناقشت',
  'التقى',
  'التقيا',
  'التقت',
  'اجتمع',
  'اجتمعا',
  'تحادث',
  'تحادثا',
  'تباحث',
  'تباحثا',
  'اتفقا',
  'اتفق',
  'تبادلا',
  'تبادل',
  'هاتف',
  'استقبل',
  'زار',
  'أطلع',
  'أبلغ',
  'هنأ',
  'وقعا',
  'جرى',
  'جرت',
  'تلقى',
  'استعرضا',
  'شددا',
  'أكدا',
] as const;

/**
 * Nouns for a leader's opposite number, with his possessive (`نظيره الصيني`, `لمضيفه`, `ضيفه
 * الروسي`): the leader named after them is the other party of the sentence's subject, who may be
 * named only in the sentence before (`فالرجل … جلس أمس إلى نظيره الصيني شي`). Written with
 * the suffix: the bare noun (`نظير`) is also "equivalent".
 */
export const COUNTERPART_NOUNS = ['نظيره', 'نظيرها', 'مضيفه', 'مضيفها', 'ضيفه', 'ضيفها'] as const;
/** Nationality adjectives after a counterpart noun, by the side of the leader they qualify. */
export const COUNTERPART_ADJECTIVES = { ru: ['الروسي'], cn: ['الصيني'] } as const;

/**
 * Words that recall a meeting in a sentence about something else: a recalling participle or noun
 * before the meeting word (`مذكّراً بأن الرئيس أطلع نظيره …`, `بالتذكير بـ`), or a time after it
 * that places it back in the past (`خلال لقائهما في أستانا مطلع الشهر الجاري`, `في مايو الماضي`).
 * In a story whose headline is another event (ministers meeting, a third leader) such a meeting
 * is background. Not used alone: a weekly's report of its own summit says `الأسبوع الماضي` too.
 */
export const RECALL_WORDS = [
  'مذكرا',
  'مذكرة',
  'مذكرين',
  'التذكير',
  'بالتذكير',
  'مستذكرا',
  'استذكر',
  'مستحضرا',
  'مستعيدا',
] as const;
export const PAST_TIME_WORDS = [
  'الماضي',
  'الماضية',
  'المنصرم',
  'المنصرمة',
  'الفائت',
  'الفائتة',
  'المنقضي',
  'المنقضية',
  'الفارط',
  'سابقا',
] as const;
/** `مطلع الشهر الجاري`: the start of the current month, when the story is filed later in it. */
export const PAST_PART_WORDS = ['مطلع', 'بداية', 'أوائل', 'مستهل'] as const;

/**
 * Gatherings of experts that discuss a meeting (`ندوة رقمية تقارب مخرجات قمة بريكس`, `«الأهرام
 * للدراسات» يناقش تداعيات قمة بوتين وشي في حلقة نقاشية`, `ورشة عمل حول … بعد قمة تيانجين`): a
 * headline that names one reports that event, not the leaders' meeting. Not `محاضرة` (a leader's
 * own lecture on a visit is part of it) nor `مؤتمر` (`مؤتمر صحفي مشترك`).
 */
export const SEMINAR_WORDS = [
  'ندوة',
  'الندوة',
  'ندوات',
  'حلقة نقاشية',
  'ورشة عمل',
  'ورشة',
  'مائدة مستديرة',
  'طاولة مستديرة',
  'يوم دراسي',
  'يوما دراسيا',
] as const;
