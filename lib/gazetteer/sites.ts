// A place named after a city the gazetteer knows, where the place itself is not in the data:
// `جامعة موسكو الحكومية`, `مطار بكين الدولي`, `معهد موسكو للعلاقات الدولية`. The mention is the
// whole name (the reader sees the venue, not the city inside it); its id stays the city's, so
// cross-references and the meeting's city hold. Read from the city's match: a site noun right
// before it, then adjectives (`الدولي`, `الحكومية`) and one complement with لل after it.

import { normaliseString } from '../text/normalise';
import { type Token, tokenTable, WORD_BIT } from '../text/tokens';
import { WordMemo, words } from '../text/vocabulary';
import { SITE_NOUNS, SITE_NOUNS_NEEDING_COMPLEMENT } from './data/context-words';
import { prefixedForms } from './proclitics';

interface SiteNoun {
  /** Proclitic letters before the noun (`بجامعة` → 1). */
  prefix: number;
  needsComplement: boolean;
}

let nouns: Map<string, SiteNoun> | null = null;

function build(): Map<string, SiteNoun> {
  const map = new Map<string, SiteNoun>();
  const add = (words: string[], needsComplement: boolean) => {
    for (const w of words) {
      for (const f of prefixedForms(normaliseString(w))) {
        if (!map.has(f.form)) map.set(f.form, { prefix: f.prefix, needsComplement });
      }
    }
  };
  add(SITE_NOUNS, false);
  add(SITE_NOUNS_NEEDING_COMPLEMENT, true);
  nouns = map;
  return map;
}

function siteNoun(word: string): SiteNoun | null {
  return (nouns ?? build()).get(word) ?? null;
}

const siteNounById = new WordMemo(siteNoun);

/** `الدولي`, `الحكومية`, `العسكرية`, `الكبرى`: an adjective of relation (nisba) with the article. */
const isNisba = (w: string): boolean => w.startsWith('ال') && w.length > 4 && /(ي|يه|يي)$/.test(w);

/** `للتكنولوجيا`, `للعلاقات`, `للمعارض`: a complement with لل. */
const isComplement = (w: string): boolean => w.startsWith('لل') && w.length > 4;

/**
 * The span of a site named after the city matched at tokens `[first, last]` (no proclitic on the
 * city), or null when no site noun stands right before it. `taken(k)`: token k starts another
 * entity (the name stops there).
 */
export function siteAroundCity(
  tokens: readonly Token[],
  first: number,
  last: number,
  taken: (k: number) => boolean,
): { nStart: number; nEnd: number } | null {
  // Most cities have no site noun before them: that is asked of the typed columns (word bit, id),
  // so the token object is read only when there is one (a cache miss in a long page).
  if (first === 0) return null;
  const { bits, ids } = tokenTable(tokens);
  if (((bits[first - 1] as number) & WORD_BIT) === 0) return null;
  const id = ids[first - 1] as number;
  const noun = id !== 0 ? siteNounById.get(id, words[id] as string) : siteNoun((tokens[first - 1] as Token).text);
  if (!noun) return null;
  const before = tokens[first - 1] as Token;
  let end = last;
  let complement = false;
  for (let k = last + 1; k <= last + 4; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || taken(k)) break;
    if (isNisba(t.text)) end = k;
    else if (!complement && isComplement(t.text)) {
      complement = true;
      end = k;
    } else break;
  }
  if (noun.needsComplement && !complement) return null;
  return { nStart: before.start + noun.prefix, nEnd: (tokens[end] as Token).end };
}
