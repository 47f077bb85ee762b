// More signs that a clause announces what is to come, beyond the future prefix `سـ` (`cues.ts`):
//
// - the imperfect of the verbs that report scheduled events (`يزور`, `يلتقي`, `تعقد`, `يحضر`):
//   news reports what happened with the perfective (`زار`, `التقى`) and uses the imperfect
//   with a day for what is coming or happening that day (`ويحضر بوتين الأربعاء عرضا عسكريا`);
// - a purpose with لـ + verbal noun (`للمشاركة في القمة يوم الثلاثاء`, `لحضور`, `لبحث`): the
//   day belongs to the event the trip or the invitation is for.
//
// Hand-written and short on purpose: only event verbs, never verbs of saying (`يقول`, `يرى`),
// whose imperfect reports speech of the moment.

/** Third person masculine singular imperfects; `lexicon.ts` adds the ت forms and the duals. */
export const IMPERFECT_EVENT_VERBS: readonly string[] = [
  'يزور',
  'يلتقي',
  'يجتمع',
  'يحضر',
  'يشارك',
  'يبحث',
  'يعقد',
  'ينعقد',
  'يستقبل',
  'يتوجه',
  'يصل',
  'يغادر',
  'يختتم',
  'يفتتح',
  'يترأس',
  'يلقي',
  'يوقع',
  'يبدأ',
  'يستضيف',
  'ينطلق',
  'يلتئم',
  'يحل',
  'يقوم',
  'يجري',
  'يهاتف',
  'يشهد',
  // `يقيم` holds an event (`العرض الذي تقيمه بكين الأربعاء`), `يقام` is held (`تقام القمة الخميس`).
  'يقيم',
  'يقام',
];

/** لـ + a verbal noun of purpose, as written (`للمشاركة`, `لحضور`). */
export const PURPOSE_WORDS: readonly string[] = [
  'للمشاركة',
  'لحضور',
  'لبحث',
  'لزيارة',
  'لإجراء',
  'للقاء',
  'لعقد',
  'لتوقيع',
  'للتوقيع',
  'لافتتاح',
  'لمناقشة',
  'لترؤس',
  'لتسلم',
  'للاحتفال',
];

/**
 * Derived ت forms that are also perfectives or nouns, left out: `توقع` (he expected; an
 * expectation), `ترأس` (he chaired), `تلقي` (she delivers — but `تلقى`, he received, once ى is
 * folded to ي: `تلقى الرئيس اتصالا يوم الجمعة` reports a call that took place).
 */
export const NOT_IMPERFECT: readonly string[] = ['توقع', 'ترأس', 'تلقي'];
