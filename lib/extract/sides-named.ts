// Whether a story speaks of both countries as parties: a leader of each anywhere, or a city or a
// country word of the other side at its top (`بوتين يصل إلى بكين`, `زيارة إلى الصين`). A story
// that names one side only (`الرئيس الروسي يستقبل نظيره في الكرملين`, where the guest is
// Algeria's `رئيس الجمهورية`) covers no meeting of the two, however its visit reads; a country
// named in passing further down (`مثمنا دعم روسيا والصين لملف الجزائر`) makes it no party.

import { type Token, tokenTable } from '../text/tokens';
import { COUNTRY_WORD, countryOfWord } from './country-words';
import type { Directory } from './directory';
import type { Candidate } from './document';

export function namesBothSides(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  dir: Directory,
  /** Where the story's top (headline and lead) ends, in the normalised text. */
  topEnd: number,
): boolean {
  let ru = false;
  let cn = false;
  const seen = (country: string | null) => {
    if (country === 'RU') ru = true;
    else if (country === 'CN') cn = true;
  };
  for (const c of candidates) {
    if (!c.id) continue;
    if (c.type === 'leader') seen(dir.leaderCountry(c.id));
    else if (c.type === 'venue' && c.nStart < topEnd) seen(dir.countryOf(c.id));
    if (ru && cn) return true;
  }
  const { bits, start } = tokenTable(tokens);
  for (let i = 0; i < bits.length && (start[i] as number) < topEnd; i++) {
    if (((bits[i] as number) & COUNTRY_WORD) === 0) continue;
    seen(countryOfWord((tokens[i] as Token).text));
    if (ru && cn) return true;
  }
  return false;
}
