// Nouns that a number counts in the news (politics, economy, military, diplomacy), with the English
// singular used as the figure's unit. Written in ordinary Arabic; the lexicon normalises them and
// derives the forms Arabic grammar adds: the accusative after 11–99 (يوما، جنديا), the dual
// (يومان/يومين، مرتان/مرتين), and the sound feminine plural of ة nouns when not listed.
//
// `dualIsFigure`: an indefinite dual alone is a figure (تستمر يومين = 2 days). Only measures and
//   spans: a dual like بلدين or الرئيسين is "the two countries/presidents", not a figure.
// `ordinal`: an ordinal after the noun is a figure (الذكرى العشرين، المركز التاسع، القمة الأولى);
//   `ordinalUnit` when the ordinal meaning differs (المركز التاسع = 9th rank, 3 مراكز = 3 centres).
// `refine`: a following adjective that changes the unit (متر مكعب → cubic metre).
// `actor`: people and bodies. With the article and a number after them they name the parties of
//   the story (`الدول الثلاث`, `الوزراء الخمسة`), a reference rather than a count; things are
//   counted that way (`لقاءاتهما الثلاثة`, `النقاط الـ12`).
// `titled`: heads the official name of an event, so an ordinal closing that name belongs to it
//   even past a complement with لل (`منتدى الحزام والطريق للتعاون الدولي الثالث`).

export interface CountedNoun {
  unit: string;
  singular: string[];
  plural?: string[];
  /** Duals that the ة → ت + ان/ين rule cannot derive. */
  dual?: string[];
  dualIsFigure?: boolean;
  ordinal?: boolean;
  ordinalUnit?: string;
  /** Grammatically feminine without the ة ending (ذكرى). */
  feminine?: boolean;
  refine?: Record<string, string>;
  actor?: boolean;
  titled?: boolean;
}

const actors = (nouns: CountedNoun[]): CountedNoun[] => nouns.map((n) => ({ ...n, actor: true }));

const TIME: CountedNoun[] = [
  { unit: 'second', singular: ['ثانية'], plural: ['ثوان', 'ثواني'], dualIsFigure: true },
  { unit: 'minute', singular: ['دقيقة'], plural: ['دقائق'], dualIsFigure: true },
  { unit: 'hour', singular: ['ساعة'], plural: ['ساعات'], dualIsFigure: true },
  { unit: 'day', singular: ['يوم'], plural: ['أيام'], dualIsFigure: true, ordinal: true },
  { unit: 'night', singular: ['ليلة'], plural: ['ليال', 'ليالي'], dualIsFigure: true },
  { unit: 'week', singular: ['أسبوع'], plural: ['أسابيع'], dualIsFigure: true, ordinal: true },
  { unit: 'month', singular: ['شهر'], plural: ['أشهر', 'شهور'], dualIsFigure: true, ordinal: true },
  { unit: 'year', singular: ['عام', 'سنة'], plural: ['أعوام', 'سنوات', 'سنين'], dualIsFigure: true, ordinal: true },
  { unit: 'decade', singular: ['عقد'], plural: ['عقود'], dualIsFigure: true },
  { unit: 'century', singular: ['قرن'], plural: ['قرون'], dualIsFigure: true },
  { unit: 'time', singular: ['مرة'], plural: ['مرات'], dualIsFigure: true, ordinal: true },
  { unit: 'fold', singular: ['ضعف'], plural: ['أضعاف'], dual: ['ضعفين', 'ضعفان', 'ضعفي'], dualIsFigure: true },
];

const PEOPLE: CountedNoun[] = actors([
  { unit: 'person', singular: ['شخص'], plural: ['أشخاص'] },
  { unit: 'inhabitant', singular: ['نسمة'] },
  { unit: 'citizen', singular: ['مواطن'], plural: ['مواطنين', 'مواطنون'] },
  { unit: 'soldier', singular: ['جندي'], plural: ['جنود'] },
  { unit: 'serviceman', singular: ['عسكري'], plural: ['عسكريين', 'عسكريون'] },
  { unit: 'officer', singular: ['ضابط'], plural: ['ضباط'] },
  { unit: 'fighter', singular: ['مقاتل'], plural: ['مقاتلين', 'مقاتلون'] },
  { unit: 'mercenary', singular: ['مرتزق'], plural: ['مرتزقة'] },
  { unit: 'civilian', singular: ['مدني'], plural: ['مدنيين', 'مدنيون'] },
  { unit: 'death', singular: ['قتيل', 'وفاة'], plural: ['قتلى', 'وفيات'] },
  { unit: 'injured', singular: ['جريح', 'مصاب'], plural: ['جرحى', 'مصابين'] },
  { unit: 'case', singular: ['إصابة', 'حالة'], plural: ['إصابات', 'حالات'] },
  { unit: 'refugee', singular: ['لاجئ'], plural: ['لاجئين', 'لاجئون'] },
  { unit: 'migrant', singular: ['مهاجر'], plural: ['مهاجرين', 'مهاجرون'] },
  { unit: 'prisoner', singular: ['أسير', 'سجين'], plural: ['أسرى', 'سجناء'] },
  { unit: 'detainee', singular: ['معتقل', 'محتجز'], plural: ['معتقلين', 'محتجزين'] },
  { unit: 'hostage', singular: ['رهينة'], plural: ['رهائن'] },
  { unit: 'child', singular: ['طفل'], plural: ['أطفال'] },
  { unit: 'woman', singular: ['امرأة'], plural: ['نساء'] },
  { unit: 'student', singular: ['طالب'], plural: ['طلاب', 'طلبة'] },
  { unit: 'worker', singular: ['عامل'], plural: ['عمال'] },
  { unit: 'employee', singular: ['موظف'], plural: ['موظفين', 'موظفون'] },
  { unit: 'expert', singular: ['خبير'], plural: ['خبراء'] },
  { unit: 'journalist', singular: ['صحفي', 'صحافي'], plural: ['صحفيين', 'صحافيين', 'صحفيون'] },
  { unit: 'diplomat', singular: ['دبلوماسي', 'ديبلوماسي'], plural: ['دبلوماسيين', 'دبلوماسيون'] },
  { unit: 'official', singular: ['مسؤول'], plural: ['مسؤولين', 'مسؤولون'] },
  { unit: 'minister', singular: ['وزير'], plural: ['وزراء'] },
  { unit: 'leader', singular: ['زعيم', 'قائد'], plural: ['زعماء', 'قادة'] },
  { unit: 'president', singular: ['رئيس'], plural: ['رؤساء'] },
  { unit: 'member', singular: ['عضو'], plural: ['أعضاء'], ordinal: true },
  { unit: 'delegate', singular: ['مندوب'], plural: ['مندوبين'] },
  { unit: 'representative', singular: ['ممثل'], plural: ['ممثلين', 'ممثلون'] },
  { unit: 'participant', singular: ['مشارك'], plural: ['مشاركين', 'مشاركون'] },
  { unit: 'tourist', singular: ['سائح'], plural: ['سياح'] },
  { unit: 'visitor', singular: ['زائر'], plural: ['زوار'] },
  { unit: 'volunteer', singular: ['متطوع'], plural: ['متطوعين'] },
  { unit: 'doctor', singular: ['طبيب'], plural: ['أطباء'] },
  { unit: 'voter', singular: ['ناخب'], plural: ['ناخبين'] },
  { unit: 'deputy', singular: ['نائب'], plural: ['نواب'] },
  { unit: 'passenger', singular: ['راكب', 'مسافر'], plural: ['ركاب', 'مسافرين'] },
  { unit: 'personality', singular: ['شخصية'], plural: ['شخصيات'] },
  { unit: 'player', singular: ['لاعب'], plural: ['لاعبين', 'لاعبون'] },
  { unit: 'athlete', singular: ['رياضي'], plural: ['رياضيين', 'رياضيون'] },
  { unit: 'personnel', singular: ['عنصر'], plural: ['عناصر'] },
  { unit: 'gunman', singular: ['مسلح'], plural: ['مسلحين', 'مسلحون'] },
  { unit: 'settler', singular: ['مستوطن'], plural: ['مستوطنين', 'مستوطنون'] },
  { unit: 'family', singular: ['أسرة', 'عائلة'], plural: ['أسر', 'عائلات'] },
  // `منتج` alone is a product (below); its masculine plurals are producers.
  { unit: 'producer', singular: [], plural: ['منتجين', 'منتجون'] },
  { unit: 'consumer', singular: ['مستهلك'], plural: ['مستهلكين', 'مستهلكون'] },
  { unit: 'investor', singular: ['مستثمر'], plural: ['مستثمرين', 'مستثمرون'] },
]);

const BODIES_AND_PLACES: CountedNoun[] = actors([
  { unit: 'country', singular: ['دولة', 'بلد'], plural: ['دول', 'بلدان'] },
  { unit: 'city', singular: ['مدينة'], plural: ['مدن'] },
  { unit: 'village', singular: ['قرية'], plural: ['قرى'] },
  { unit: 'province', singular: ['مقاطعة', 'محافظة'], plural: ['مقاطعات', 'محافظات'] },
  { unit: 'state', singular: ['ولاية'], plural: ['ولايات'], ordinal: true, ordinalUnit: 'term' },
  { unit: 'region', singular: ['منطقة', 'إقليم'], plural: ['مناطق', 'أقاليم'] },
  { unit: 'company', singular: ['شركة'], plural: ['شركات'] },
  { unit: 'bank', singular: ['بنك', 'مصرف'], plural: ['بنوك', 'مصارف'] },
  { unit: 'organisation', singular: ['منظمة'], plural: ['منظمات'] },
  { unit: 'institution', singular: ['مؤسسة'], plural: ['مؤسسات'] },
  { unit: 'entity', singular: ['جهة', 'كيان'], plural: ['جهات', 'كيانات'] },
  { unit: 'party', singular: ['حزب'], plural: ['أحزاب'] },
  // Palestinian, Syrian and Libyan politics count factions; summits count delegations and economies
  // (`أكبر 20 اقتصادا`, `بمشاركة 14 فصيلا`, `40 وفدا`).
  { unit: 'faction', singular: ['فصيل'], plural: ['فصائل'] },
  { unit: 'delegation', singular: ['وفد'], plural: ['وفود'] },
  { unit: 'economy', singular: ['اقتصاد'], plural: ['اقتصادات', 'اقتصاديات'] },
  { unit: 'nation', singular: ['أمة'], plural: ['أمم'] },
  { unit: 'group', singular: ['مجموعة'], plural: ['مجموعات'] },
  { unit: 'team', singular: ['فريق'], plural: ['فرق'] },
  { unit: 'army', singular: ['جيش'], plural: ['جيوش'] },
  { unit: 'brigade', singular: ['لواء'], plural: ['ألوية'] },
  { unit: 'ethnic group', singular: ['قومية', 'عرقية'], plural: ['قوميات', 'عرقيات'] },
  { unit: 'nationality', singular: ['جنسية'], plural: ['جنسيات'] },
  { unit: 'tribe', singular: ['قبيلة'], plural: ['قبائل'] },
  { unit: 'newspaper', singular: ['صحيفة'], plural: ['صحف'] },
  { unit: 'channel', singular: ['قناة'], plural: ['قنوات'] },
  { unit: 'agency', singular: ['وكالة'], plural: ['وكالات'] },
  { unit: 'ministry', singular: ['وزارة'], plural: ['وزارات'] },
  { unit: 'council', singular: ['مجلس'], plural: ['مجالس'] },
  { unit: 'committee', singular: ['لجنة'], plural: ['لجان'] },
  { unit: 'university', singular: ['جامعة'], plural: ['جامعات'] },
  { unit: 'school', singular: ['مدرسة'], plural: ['مدارس'] },
  { unit: 'hospital', singular: ['مستشفى'], plural: ['مستشفيات'] },
  { unit: 'embassy', singular: ['سفارة'], plural: ['سفارات'] },
  { unit: 'base', singular: ['قاعدة'], plural: ['قواعد'] },
  { unit: 'airport', singular: ['مطار'], plural: ['مطارات'] },
  { unit: 'port', singular: ['ميناء'], plural: ['موانئ', 'موانىء'] },
  { unit: 'factory', singular: ['مصنع'], plural: ['مصانع'] },
  { unit: 'plant', singular: ['منشأة'], plural: ['منشآت'] },
  { unit: 'field', singular: ['حقل'], plural: ['حقول'] },
  { unit: 'well', singular: ['بئر'], plural: ['آبار'] },
  { unit: 'mine', singular: ['منجم'], plural: ['مناجم'] },
  { unit: 'pipeline', singular: ['أنبوب'], plural: ['أنابيب'] },
  { unit: 'bridge', singular: ['جسر'], plural: ['جسور'] },
  { unit: 'road', singular: ['طريق'], plural: ['طرق'] },
  { unit: 'line', singular: ['خط'], plural: ['خطوط'] },
  { unit: 'corridor', singular: ['ممر'], plural: ['ممرات'] },
  { unit: 'crossing', singular: ['معبر'], plural: ['معابر'] },
  { unit: 'hotel', singular: ['فندق'], plural: ['فنادق'] },
  { unit: 'stadium', singular: ['ملعب', 'استاد'], plural: ['ملاعب'] },
  { unit: 'pavilion', singular: ['جناح'], plural: ['أجنحة'] },
  // المحطة الأولى في جولته: the first stop of a tour.
  { unit: 'station', singular: ['محطة'], plural: ['محطات'], ordinal: true, ordinalUnit: 'stop' },
  { unit: 'reactor', singular: ['مفاعل'], plural: ['مفاعلات'] },
  { unit: 'site', singular: ['موقع'], plural: ['مواقع'] },
  { unit: 'building', singular: ['مبنى'], plural: ['مباني'] },
  { unit: 'house', singular: ['منزل'], plural: ['منازل'] },
  { unit: 'centre', singular: ['مركز'], plural: ['مراكز'], ordinal: true, ordinalUnit: 'rank' },
  { unit: 'rank', singular: ['مرتبة'], plural: ['مراتب'], ordinal: true },
]);

const AGREEMENTS_AND_EVENTS: CountedNoun[] = [
  { unit: 'agreement', singular: ['اتفاقية', 'اتفاق'], plural: ['اتفاقيات', 'اتفاقات'] },
  { unit: 'memorandum', singular: ['مذكرة'], plural: ['مذكرات'] },
  { unit: 'document', singular: ['وثيقة'], plural: ['وثائق'] },
  { unit: 'deal', singular: ['صفقة'], plural: ['صفقات'] },
  { unit: 'project', singular: ['مشروع'], plural: ['مشاريع', 'مشروعات'] },
  { unit: 'protocol', singular: ['بروتوكول'], plural: ['بروتوكولات'] },
  { unit: 'declaration', singular: ['إعلان'], plural: ['إعلانات'] },
  { unit: 'plan', singular: ['خطة'], plural: ['خطط'] },
  { unit: 'programme', singular: ['برنامج'], plural: ['برامج'] },
  { unit: 'loan', singular: ['قرض'], plural: ['قروض'] },
  { unit: 'bond', singular: ['سند'], plural: ['سندات'] },
  { unit: 'exercise', singular: ['مناورة'], plural: ['مناورات'], ordinal: true },
  { unit: 'initiative', singular: ['مبادرة'], plural: ['مبادرات'] },
  { unit: 'resolution', singular: ['قرار'], plural: ['قرارات'] },
  { unit: 'law', singular: ['قانون'], plural: ['قوانين'] },
  { unit: 'decree', singular: ['مرسوم'], plural: ['مراسيم'] },
  { unit: 'sanction', singular: ['عقوبة'], plural: ['عقوبات'] },
  { unit: 'package', singular: ['حزمة'], plural: ['حزم'], ordinal: true },
  { unit: 'round', singular: ['جولة'], plural: ['جولات'], ordinal: true },
  { unit: 'session', singular: ['جلسة', 'دورة'], plural: ['جلسات', 'دورات'], ordinal: true, titled: true },
  { unit: 'meeting', singular: ['اجتماع', 'لقاء'], plural: ['اجتماعات', 'لقاءات'], ordinal: true, titled: true },
  { unit: 'summit', singular: ['قمة'], plural: ['قمم'], ordinal: true, titled: true },
  { unit: 'visit', singular: ['زيارة'], plural: ['زيارات'], ordinal: true },
  { unit: 'trip', singular: ['رحلة'], plural: ['رحلات'], ordinal: true },
  { unit: 'call', singular: ['اتصال', 'مكالمة'], plural: ['اتصالات', 'مكالمات'], ordinal: true },
  { unit: 'conference', singular: ['مؤتمر'], plural: ['مؤتمرات'], ordinal: true, titled: true },
  { unit: 'forum', singular: ['منتدى'], plural: ['منتديات'], ordinal: true, titled: true },
  { unit: 'edition', singular: ['نسخة'], plural: ['نسخ'], ordinal: true },
  { unit: 'anniversary', singular: ['ذكرى'], plural: ['ذكريات'], ordinal: true, feminine: true },
  { unit: 'phase', singular: ['مرحلة'], plural: ['مراحل'], ordinal: true },
  { unit: 'clause', singular: ['بند'], plural: ['بنود'], ordinal: true },
  { unit: 'point', singular: ['نقطة'], plural: ['نقاط'], refine: { مئوية: 'percentage point' } },
  { unit: 'principle', singular: ['مبدأ'], plural: ['مبادئ'] },
  { unit: 'goal', singular: ['هدف'], plural: ['أهداف'] },
  { unit: 'pillar', singular: ['ركيزة'], plural: ['ركائز'] },
  { unit: 'axis', singular: ['محور'], plural: ['محاور'] },
  { unit: 'priority', singular: ['أولوية'], plural: ['أولويات'] },
  { unit: 'proposal', singular: ['مقترح'], plural: ['مقترحات'] },
  { unit: 'recommendation', singular: ['توصية'], plural: ['توصيات'] },
  { unit: 'challenge', singular: ['تحد'], plural: ['تحديات'] },
  { unit: 'vote', singular: ['صوت'], plural: ['أصوات'] },
  { unit: 'seat', singular: ['مقعد'], plural: ['مقاعد'] },
  { unit: 'page', singular: ['صفحة'], plural: ['صفحات'] },
  { unit: 'language', singular: ['لغة'], plural: ['لغات'] },
  { unit: 'event', singular: ['فعالية'], plural: ['فعاليات'] },
  { unit: 'exhibition', singular: ['معرض'], plural: ['معارض'], ordinal: true, titled: true },
  { unit: 'attack', singular: ['هجوم'], plural: ['هجمات'] },
  { unit: 'air strike', singular: ['غارة'], plural: ['غارات'] },
  { unit: 'operation', singular: ['عملية'], plural: ['عمليات'] },
  { unit: 'dose', singular: ['جرعة'], plural: ['جرعات'] },
  { unit: 'job', singular: ['وظيفة'], plural: ['وظائف'] },
  { unit: 'opportunity', singular: ['فرصة'], plural: ['فرص'], refine: { عمل: 'job' } },
  { unit: 'grant', singular: ['منحة'], plural: ['منح'] },
  { unit: 'word', singular: ['كلمة'], plural: ['كلمات'] },
  { unit: 'message', singular: ['رسالة', 'برقية'], plural: ['رسائل', 'برقيات'] },
  { unit: 'question', singular: ['سؤال'], plural: ['أسئلة'] },
  { unit: 'report', singular: ['تقرير'], plural: ['تقارير'] },
  { unit: 'speech', singular: ['خطاب'], plural: ['خطابات'] },
  { unit: 'sector', singular: ['قطاع'], plural: ['قطاعات'] },
  { unit: 'field', singular: ['مجال'], plural: ['مجالات'] },
  { unit: 'issue', singular: ['قضية', 'ملف'], plural: ['قضايا', 'ملفات'] },
  { unit: 'medal', singular: ['ميدالية'], plural: ['ميداليات'], ordinal: true },
  { unit: 'prize', singular: ['جائزة'], plural: ['جوائز'] },
  { unit: 'match', singular: ['مباراة'], plural: ['مباريات'] },
  { unit: 'championship', singular: ['بطولة'], plural: ['بطولات'], ordinal: true, titled: true },
  { unit: 'birthday', singular: ['ميلاد'], ordinal: true },
  { unit: 'festival', singular: ['مهرجان', 'عيد'], plural: ['مهرجانات', 'أعياد'], ordinal: true, titled: true },
  { unit: 'olympics', singular: ['أولمبياد'], ordinal: true, titled: true },
];

const MILITARY: CountedNoun[] = [
  { unit: 'tank', singular: ['دبابة'], plural: ['دبابات'] },
  { unit: 'aircraft', singular: ['طائرة'], plural: ['طائرات'] },
  { unit: 'fighter jet', singular: ['مقاتلة'], plural: ['مقاتلات'] },
  { unit: 'helicopter', singular: ['مروحية'], plural: ['مروحيات'] },
  // After a number in war reporting مسيرة is a drone (a march is مظاهرة in such copy).
  { unit: 'drone', singular: ['مسيرة', 'مسيّرة'], plural: ['مسيرات'] },
  { unit: 'missile', singular: ['صاروخ'], plural: ['صواريخ'] },
  { unit: 'shell', singular: ['قذيفة'], plural: ['قذائف'] },
  { unit: 'bomb', singular: ['قنبلة'], plural: ['قنابل'] },
  { unit: 'ship', singular: ['سفينة'], plural: ['سفن'] },
  { unit: 'warship', singular: ['بارجة'], plural: ['بوارج'] },
  { unit: 'submarine', singular: ['غواصة'], plural: ['غواصات'] },
  { unit: 'destroyer', singular: ['مدمرة'], plural: ['مدمرات'] },
  { unit: 'frigate', singular: ['فرقاطة'], plural: ['فرقاطات'] },
  { unit: 'armoured vehicle', singular: ['مدرعة'], plural: ['مدرعات'] },
  { unit: 'vehicle', singular: ['مركبة', 'آلية'], plural: ['مركبات', 'آليات'] },
  { unit: 'car', singular: ['سيارة'], plural: ['سيارات'] },
  { unit: 'truck', singular: ['شاحنة'], plural: ['شاحنات'] },
  { unit: 'train', singular: ['قطار'], plural: ['قطارات'] },
  { unit: 'battalion', singular: ['كتيبة'], plural: ['كتائب'] },
  { unit: 'system', singular: ['منظومة'], plural: ['منظومات'] },
  { unit: 'launcher', singular: ['منصة'], plural: ['منصات'] },
  { unit: 'rifle', singular: ['بندقية'], plural: ['بنادق'] },
  // After a number in the news, أقمار are satellites and رؤوس warheads (or heads of cattle).
  { unit: 'satellite', singular: ['قمر'], plural: ['أقمار'] },
  {
    unit: 'head',
    singular: ['رأس'],
    plural: ['رؤوس'],
    refine: {
      نووي: 'nuclear warhead',
      نوويا: 'nuclear warhead',
      نووية: 'nuclear warhead',
      حربي: 'warhead',
      حربيا: 'warhead',
    },
  },
  { unit: 'round', singular: ['طلقة'], plural: ['طلقات'] },
];

const MEASURES: CountedNoun[] = [
  { unit: 'ton', singular: ['طن'], plural: ['أطنان'] },
  {
    unit: 'degree',
    singular: ['درجة'],
    plural: ['درجات'],
    refine: { مئوية: 'degree Celsius', فهرنهايت: 'degree Fahrenheit' },
  },
  { unit: 'barrel', singular: ['برميل'], plural: ['براميل'], refine: { يوميا: 'barrel per day' } },
  {
    unit: 'metre',
    singular: ['متر'],
    plural: ['أمتار'],
    refine: { مكعب: 'cubic metre', مكعبة: 'cubic metre', مربع: 'square metre', مربعة: 'square metre' },
  },
  {
    unit: 'kilometre',
    singular: ['كيلومتر', 'كلم', 'كم'],
    plural: ['كيلومترات'],
    refine: { مربع: 'square kilometre', مربعا: 'square kilometre', مربعة: 'square kilometre' },
  },
  { unit: 'mile', singular: ['ميل'], plural: ['أميال'] },
  { unit: 'kilogram', singular: ['كيلوغرام', 'كيلوجرام', 'كغ', 'كلغ'], plural: ['كيلوغرامات'] },
  { unit: 'gram', singular: ['غرام', 'جرام'], plural: ['غرامات', 'جرامات'] },
  { unit: 'litre', singular: ['لتر', 'ليتر'], plural: ['لترات', 'ليترات'] },
  { unit: 'gallon', singular: ['غالون', 'جالون'], plural: ['غالونات', 'جالونات'] },
  { unit: 'hectare', singular: ['هكتار'], plural: ['هكتارات'] },
  { unit: 'feddan', singular: ['فدان'], plural: ['أفدنة'] },
  { unit: 'dunam', singular: ['دونم'], plural: ['دونمات'] },
  { unit: 'ounce', singular: ['أوقية', 'أونصة'], plural: ['أوقيات', 'أونصات'] },
  { unit: 'megawatt', singular: ['ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجاواط'] },
  { unit: 'gigawatt', singular: ['غيغاواط', 'جيجاوات', 'غيغاوات', 'جيجاواط'] },
  { unit: 'kilowatt', singular: ['كيلوواط', 'كيلووات'] },
  { unit: 'container', singular: ['حاوية'], plural: ['حاويات'] },
  { unit: 'piece', singular: ['قطعة'], plural: ['قطع'] },
  { unit: 'unit', singular: ['وحدة'], plural: ['وحدات'] },
  { unit: 'type', singular: ['نوع', 'صنف'], plural: ['أنواع', 'أصناف'] },
  { unit: 'shipment', singular: ['شحنة'], plural: ['شحنات'] },
  { unit: 'share', singular: ['سهم'], plural: ['أسهم'] },
  { unit: 'commodity', singular: ['سلعة'], plural: ['سلع'] },
  { unit: 'product', singular: ['منتج'], plural: ['منتجات'] },
  // Gifts of state: the pandas China lends (اثنين من حيوانات الباندا).
  { unit: 'animal', singular: ['حيوان'], plural: ['حيوانات'] },
];

export const COUNTED_NOUNS: readonly CountedNoun[] = [
  ...TIME,
  ...PEOPLE,
  ...BODIES_AND_PLACES,
  ...AGREEMENTS_AND_EVENTS,
  ...MILITARY,
  ...MEASURES,
];
