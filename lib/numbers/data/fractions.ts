// Fraction words. `weak` words are also ordinary words: خمس "five" is a fraction only before a
// definite noun (خمس السكان "a fifth of the population", but خمس دول "five countries").
// `measureOnly` words are far more often something else (نص "text", ثمن "price", عشر "ten"):
// a fraction only before a measure or a scale (نص ساعة، عشر دقائق is "ten minutes" anyway).

export const FRACTIONS: ReadonlyArray<{
  value: number;
  single: string[];
  dual?: string[];
  /** Plural used after a count: ثلاثة أرباع (3/4), ثلاثة أخماس (3/5). */
  plural?: string[];
  weak?: boolean;
  measureOnly?: boolean;
}> = [
  { value: 1 / 2, single: ['نصف'] },
  { value: 1 / 2, single: ['نص'], weak: true, measureOnly: true },
  { value: 1 / 3, single: ['ثلث'], dual: ['ثلثي', 'ثلثا', 'ثلثان', 'ثلثين'], plural: ['أثلاث'] },
  { value: 1 / 4, single: ['ربع'], plural: ['أرباع'] },
  { value: 1 / 5, single: ['خمس'], plural: ['أخماس'], weak: true },
  { value: 1 / 6, single: ['سدس'], plural: ['أسداس'] },
  { value: 1 / 8, single: ['ثمن'], plural: ['أثمان'], weak: true, measureOnly: true },
  { value: 1 / 10, single: ['عشر'], plural: ['أعشار'], weak: true, measureOnly: true },
];
