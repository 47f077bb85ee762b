// Public API of the numbers module: the shared number reader, figures in running text, and the
// whole-phrase parsers behind `npx qimma parse number|ordinal|money|duration`.

export { findFigures } from './find-figures';
export { procliticLength } from './lexicon';
export { type Duration, parseDurationPhrase } from './phrases/duration';
export { type Money, parseMoneyPhrase } from './phrases/money';
export { parseNumberPhrase } from './phrases/number';
export { parseOrdinalPhrase } from './phrases/ordinal';
export { type NumberReading, readNumberAt } from './read-number';
