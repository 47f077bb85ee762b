// Ordinal adjectives 1st–10th, masculine and feminine. Teens and compounds are built by the reader:
// الحادي عشر، الثالثة عشرة، الحادي والعشرين، الخامس والعشرون. Tens have no ordinal form of their
// own: العشرين، التسعون (a definite ten) are ordinals.

export const ORDINALS: ReadonlyArray<{ value: number; masculine: string[]; feminine: string[] }> = [
  { value: 1, masculine: ['أول'], feminine: ['أولى'] },
  { value: 2, masculine: ['ثاني', 'ثان'], feminine: ['ثانية'] },
  { value: 3, masculine: ['ثالث'], feminine: ['ثالثة'] },
  { value: 4, masculine: ['رابع'], feminine: ['رابعة'] },
  { value: 5, masculine: ['خامس'], feminine: ['خامسة'] },
  { value: 6, masculine: ['سادس'], feminine: ['سادسة'] },
  { value: 7, masculine: ['سابع'], feminine: ['سابعة'] },
  { value: 8, masculine: ['ثامن'], feminine: ['ثامنة'] },
  { value: 9, masculine: ['تاسع'], feminine: ['تاسعة'] },
  { value: 10, masculine: ['عاشر'], feminine: ['عاشرة'] },
];

/** "First" inside compounds only: الحادي عشر، الحادية والعشرون. */
export const COMPOUND_FIRST: { masculine: string[]; feminine: string[] } = {
  masculine: ['حادي'],
  feminine: ['حادية'],
};
