// The shared input of every recogniser: the original text, its normalised form with the offset
// map, and the word tokens of the normalised form. Built once per extraction.

import { type NormalisedText, normalise, toOriginal } from '../text/normalise';
import { type Token, tokenize } from '../text/tokens';
import type { Mention } from './types';

export interface Doc {
  readonly original: string;
  readonly norm: NormalisedText;
  readonly tokens: Token[];
}

export function makeDoc(original: string): Doc {
  const norm = normalise(original);
  return { original, norm, tokens: tokenize(norm.text) };
}

/**
 * What a recogniser proposes: a mention located in the *normalised* text (`nStart`, `nEnd`).
 * The orchestrator settles overlaps between recognisers and maps survivors back to the original.
 */
export interface Candidate extends Omit<Mention, 'start' | 'end' | 'text'> {
  nStart: number;
  nEnd: number;
}

/** Maps a candidate to a mention on the original text. */
export function toMention(doc: Doc, c: Candidate): Mention {
  const [start, end] = toOriginal(doc.norm, c.nStart, c.nEnd);
  const { nStart: _s, nEnd: _e, ...rest } = c;
  return { ...rest, start, end, text: doc.original.slice(start, end) };
}
