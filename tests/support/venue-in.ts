// A venue candidate over `place` inside `sentence`, both normalised, for the pure tests of the
// meeting-venue rules (isLocative, speaksAsVoice), which read the words around a venue.

import type { Candidate } from '../../lib/extract/document';
import { normaliseString } from '../../lib/text/normalise';

/** The normalised sentence and the venue at the first (or, with `last`, the last) occurrence of `place`. */
export function venueIn(sentence: string, place: string, last = false): { text: string; v: Candidate } {
  const text = normaliseString(sentence);
  const folded = normaliseString(place);
  const at = last ? text.lastIndexOf(folded) : text.indexOf(folded);
  return { text, v: { type: 'venue', id: 'x', value: null, unit: null, nStart: at, nEnd: at + folded.length } };
}
