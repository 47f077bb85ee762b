export { anchor } from './anchor';
export { CONTEXT_LENGTH, describeQuote } from './describe-quote';
export { type Anchored, type Reanchored, reanchorAll } from './reanchor';
export type { Anchor, AnchorMethod, Selectors, TextPosition, TextQuote } from './types';
