// For other recognisers: whether a city's name ends at a token (`موسكو` in `من موسكو 2013`,
// `بطرسبرغ` in `سانت بطرسبرغ 2019`, `وبكين`), so that a bare year after it is a year (`بكين 2022`
// names the Games). A Set of the last words of every city spelling (single words under every
// proclitic form; not a last word with the article, `الجزائر العاصمة`), built on first use.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { VENUES } from './data/venues';
import { prefixedForms } from './proclitics';

let lastWords: Set<string> | null = null;

function build(): Set<string> {
  const set = new Set<string>();
  for (const venue of VENUES) {
    if (venue.kind !== 'city') continue;
    for (const spelling of venue.spellings) {
      const words = normaliseString(spelling).split(/\s+/);
      const last = words[words.length - 1];
      if (!last) continue;
      if (words.length > 1) {
        if (!last.startsWith('ال')) set.add(last);
      } else for (const f of prefixedForms(last)) set.add(f.form);
    }
  }
  lastWords = set;
  return set;
}

export function endsVenueName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.kind === 'word' && (lastWords ?? build()).has(t.text);
}
