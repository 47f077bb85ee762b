// Fraction words. `weak` words are also ordinary words (خمس "five", نص "text", عشر "ten",
// ثمن "price", سبع "seven", تسع "nine"): they count as fractions only where the grammar says so
// (a definite noun follows: خمس السكان "a fifth of the population").

export const FRACTIONS: ReadonlyArray<{
  value: number;
  single: string[];
  dual?: string[];
  /** Plural used after a count: ثلاثة أرباع (3/4), ثلاثة أخماس (3/5). */
  plural?: string[];
  weak?: boolean;
}> = [
  { value: 1 / 2, single: ['نصف'] },
  { value: 1 / 2, single: ['نص'], weak: true },
  { value: 1 / 3, single: ['ثلث'], dual: ['ثلثي', 'ثلثا', 'ثلثان', 'ثلثين'], plural: ['أثلاث'] },
  { value: 1 / 4, single: ['ربع'], plural: ['أرباع'] },
  { value: 1 / 5, single: ['خمس'], plural: ['أخماس'], weak: true },
  { value: 1 / 6, single: ['سدس'], plural: ['أسداس'] },
  { value: 1 / 8, single: ['ثمن'], plural: ['أثمان'], weak: true },
  { value: 1 / 10, single: ['عشر'], plural: ['أعشار'], weak: true },
];
