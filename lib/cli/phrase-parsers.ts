// The phrase grammars behind `qimma parse`, by kind. Each takes one phrase and, for dates, the
// reference day; each returns an object with at least `value`, or null when not understood.

export type PhraseKind = 'number' | 'ordinal' | 'money' | 'duration' | 'date';
export type PhraseParser = (text: string, ref: string | null) => ({ value: unknown } & Record<string, unknown>) | null;

const notYet: PhraseParser = () => null;

export const PHRASE_PARSERS: Record<PhraseKind, PhraseParser> = {
  number: notYet,
  ordinal: notYet,
  money: notYet,
  duration: notYet,
  date: notYet,
};
