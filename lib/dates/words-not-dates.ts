// Vocabulary for readings of date words that are not dates: `اليوم` inside the name of a channel
// or paper (`قناة "روسيا اليوم"`, `صحيفة المصري اليوم`), and `الاثنين` as the pronoun "the two"
// (`البلدين الاثنين`, `وإن الاثنين احتفلا`, `أحد الاثنين`). Hand-written for news copy.

/** Nouns that introduce the name of a news outlet (`لقناة`, `موقع`, `صحيفة`). */
export const MEDIA_NOUNS: readonly string[] = [
  'قناة',
  'قنوات',
  'موقع',
  'صحيفة',
  'صحيفتا',
  'جريدة',
  'مجلة',
  'شبكة',
  'وكالة',
  'تلفزيون',
  'تلفزة',
  'إذاعة',
  'محطة',
  'برنامج',
  'منصة',
  'مؤسسة',
  'نشرة',
];

/**
 * Words before `الاثنين` that make it "the two" rather than Monday: a subject after `إن`/`أن`
 * (`وإن الاثنين احتفلا`), a partitive (`أحد الاثنين`, `كلا الاثنين`, `كل من الاثنين`).
 */
export const THE_TWO_AFTER: readonly string[] = ['إن', 'أن', 'بأن', 'لأن', 'كأن', 'أحد', 'إحدى', 'كلا', 'كلتا', 'من'];
