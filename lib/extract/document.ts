// The shared input of every recogniser: the original text, its normalised form with the offset
// map, and the word tokens of the normalised form. Built once per extraction.

import { lastNormalisedUnits, type NormalisedText, normalise, toOriginal } from '../text/normalise';
import { type Token, tokenize } from '../text/tokens';
import type { Mention } from './types';

export interface Doc {
  readonly original: string;
  readonly norm: NormalisedText;
  readonly tokens: Token[];
}

export function makeDoc(original: string): Doc {
  const norm = normalise(original);
  return { original, norm, tokens: tokenize(norm.text, lastNormalisedUnits()) };
}

/**
 * What a recogniser proposes: a mention located in the *normalised* text (`nStart`, `nEnd`).
 * The orchestrator settles overlaps between recognisers and maps survivors back to the original.
 */
export interface Candidate extends Omit<Mention, 'start' | 'end' | 'text'> {
  nStart: number;
  nEnd: number;
}

/**
 * Maps a candidate to a mention on the original text. Fields are copied one by one: an object
 * rest/spread over candidates of several shapes (one per recogniser) is many times slower, and
 * this runs for every mention.
 */
export function toMention(doc: Doc, c: Candidate): Mention {
  const [start, end] = toOriginal(doc.norm, c.nStart, c.nEnd);
  const m: Mention = {
    type: c.type,
    start,
    end,
    text: doc.original.slice(start, end),
    id: c.id,
    value: c.value,
    unit: c.unit,
  };
  if (c.valueEnd !== undefined) m.valueEnd = c.valueEnd;
  if (c.grain !== undefined) m.grain = c.grain;
  if (c.byTitle !== undefined) m.byTitle = c.byTitle;
  return m;
}
