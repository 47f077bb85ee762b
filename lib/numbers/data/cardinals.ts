// Arabic cardinal number words, written in ordinary Arabic (the lexicon normalises them).
// Written by hand: no library knows Arabic number words. Standard (فصحى) forms in both cases
// (nominative عشرون / accusative-genitive عشرين), common misspellings of news copy (ثلاثه),
// and the Egyptian colloquial forms that reach the press (تلاتة، اتنين، حداشر، متين، خمسمية).

/** Units 0–10. `fem`: the word carries the feminine ending (ة) or is the feminine form. */
export const UNITS: ReadonlyArray<{ value: number; words: string[]; fem?: boolean }> = [
  { value: 0, words: ['صفر'] },
  { value: 1, words: ['واحد'] },
  { value: 1, words: ['واحدة'], fem: true },
  { value: 2, words: ['اثنان', 'اثنين', 'إثنان', 'إثنين', 'اتنين', 'إتنين'] },
  { value: 2, words: ['اثنتان', 'اثنتين', 'إثنتان', 'إثنتين', 'ثنتين', 'ثنتان'], fem: true },
  { value: 3, words: ['ثلاث', 'تلات'] },
  { value: 3, words: ['ثلاثة', 'تلاتة'], fem: true },
  { value: 4, words: ['أربع'] },
  { value: 4, words: ['أربعة'], fem: true },
  { value: 5, words: ['خمس'] },
  { value: 5, words: ['خمسة'], fem: true },
  { value: 6, words: ['ست'] },
  { value: 6, words: ['ستة'], fem: true },
  { value: 7, words: ['سبع'] },
  { value: 7, words: ['سبعة'], fem: true },
  { value: 8, words: ['ثمان', 'ثماني', 'تمان', 'تمن'] },
  { value: 8, words: ['ثمانية', 'تمانية', 'تمنية'], fem: true },
  { value: 9, words: ['تسع'] },
  { value: 9, words: ['تسعة'], fem: true },
  { value: 10, words: ['عشر'] },
  { value: 10, words: ['عشرة'], fem: true },
];

/**
 * Forms of one and two that only open a compound teen: إحدى عشرة، أحد عشر، اثنا عشر، اثني عشر.
 * Alone, أحد is "someone" (and الأحد is Sunday), so they are never a number by themselves.
 */
export const TEEN_ONLY_UNITS: ReadonlyArray<{ value: number; words: string[]; fem?: boolean }> = [
  { value: 1, words: ['أحد', 'احد'] },
  { value: 1, words: ['إحدى', 'احدى'], fem: true },
  { value: 2, words: ['اثنا', 'اثني', 'إثنا', 'إثني', 'اتنا'] },
  { value: 2, words: ['اثنتا', 'اثنتي', 'إثنتا', 'إثنتي'], fem: true },
];

/** Second word of a compound teen: ثلاثة عشر، ثلاث عشرة. */
export const TEEN_TAILS: readonly string[] = ['عشر', 'عشرة'];

/** One-word Egyptian teens (the press quotes them; Duckling's ar_EG corpus has them). */
export const COLLOQUIAL_TEENS: ReadonlyArray<{ value: number; words: string[] }> = [
  { value: 11, words: ['حداشر', 'احداشر', 'حداشار'] },
  { value: 12, words: ['اتناشر', 'اثناشر', 'إتناشر'] },
  { value: 13, words: ['تلتاشر', 'تلاتاشر', 'ثلاثطاشر'] },
  { value: 14, words: ['اربعتاشر', 'أربعتاشر', 'اربعطاشر'] },
  { value: 15, words: ['خمستاشر', 'خمسطاشر'] },
  { value: 16, words: ['ستاشر', 'سطاشر'] },
  { value: 17, words: ['سبعتاشر', 'سبعطاشر'] },
  { value: 18, words: ['تمنتاشر', 'تمنطاشر', 'ثمنتاشر'] },
  { value: 19, words: ['تسعتاشر', 'تسعطاشر'] },
];

/** Tens, nominative and accusative/genitive (the press uses both), plus Egyptian forms. */
export const TENS: ReadonlyArray<{ value: number; words: string[] }> = [
  { value: 20, words: ['عشرون', 'عشرين'] },
  { value: 30, words: ['ثلاثون', 'ثلاثين', 'تلاتين'] },
  { value: 40, words: ['أربعون', 'أربعين'] },
  { value: 50, words: ['خمسون', 'خمسين'] },
  { value: 60, words: ['ستون', 'ستين'] },
  { value: 70, words: ['سبعون', 'سبعين'] },
  { value: 80, words: ['ثمانون', 'ثمانين', 'تمانين'] },
  { value: 90, words: ['تسعون', 'تسعين'] },
];

/** The word for a hundred in its spellings: مئة (modern), مائة (classical), مية (Egyptian). */
export const HUNDRED_SPELLINGS: readonly string[] = ['مئة', 'مائة', 'مية', 'ماية'];

/** Two hundred: dual in both cases, construct forms (مئتا ألف), Egyptian متين. */
export const TWO_HUNDRED: readonly string[] = [
  'مئتان',
  'مئتين',
  'مائتان',
  'مائتين',
  'مئتا',
  'مئتي',
  'مائتا',
  'مائتي',
  'متين',
  'ميتين',
];

/** Stems that join a hundred spelling into one word: ثلاثمائة، خمسمئة، تلتمية، ربعمية. */
export const HUNDRED_STEMS: ReadonlyArray<{ value: number; stems: string[] }> = [
  { value: 3, stems: ['ثلاث', 'تلت', 'تلات'] },
  { value: 4, stems: ['أربع', 'ربع'] },
  { value: 5, stems: ['خمس'] },
  { value: 6, stems: ['ست'] },
  { value: 7, stems: ['سبع'] },
  { value: 8, stems: ['ثمان', 'ثماني', 'تمن', 'تمان'] },
  { value: 9, stems: ['تسع'] },
];

/** The decimal point spelt out: واحد فاصلة خمسة. */
export const DECIMAL_POINT: readonly string[] = ['فاصلة', 'فاصل'];
