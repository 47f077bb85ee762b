// Names in Latin letters inside Arabic copy: a bilingual page gives the English form after the
// Arabic (`ميخائيل ميشوستين (Mikhail Mishustin)`), a headline keeps an agency's Latin spelling
// (`رئيس الوزراء الصيني Li Qiang`), a quoted English paragraph names people and cities. The data
// holds every leader's and venue's English name (`name.en`); this derives the Latin spellings
// from it, with no list of its own:
// - a full name of two words or more (`Xi Jinping`, `Red Square`, `Theresa May`) is a name
//   wherever it stands (no bracket or comma in it: `Palace of Independence, Astana` is a label);
// - one word alone needs support, as the ambiguous Arabic short names do (`needs: 'named'`: the
//   person, or for a venue its city, is named elsewhere in the text): a leader's surname only when
//   the data lets the press use the Arabic surname alone (`بوتين` → `Putin`, `شي` → `Xi`), a
//   venue's one-word name (`Beijing`, `Sofia`, `Victoria`, `Mecca`, which are also a given name, a
//   queen and a figure of speech); never an English month or weekday (`May`), and never a word two
//   entities share (`Li`: Li Qiang, Li Keqiang, Li Peng; `Kim`; `Wang`).
// Find-entities also wants the first and last letters of such a match capitalised in the original
// (normalisation lowercases Latin): `nice`, `perm`, `a mecca for` stay words.
// Accented names get their plain form too (`Erdoğan` / `Erdogan`, `Brasília` / `Brasilia`).

import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../dates/words';
import { normaliseString } from '../text/normalise';
import { SURNAME_FIRST_COUNTRIES } from './data/name-order';
import type { Leader, Venue } from './types';

export interface LatinName {
  kind: 'leader' | 'venue';
  id: string;
  phrase: string;
  needs?: 'named';
}

const CALENDAR_WORDS = new Set([...ENGLISH_MONTHS, ...ENGLISH_WEEKDAYS].map(([w]) => w));
const SURNAME_FIRST = new Set(SURNAME_FIRST_COUNTRIES);
const LATIN_WORD = /^[A-Za-zÀ-ɏ'ʻ-]+$/;

/** The name with its accents taken off (`Erdoğan` → `Erdogan`, `İbrahim Kalın` → `Ibrahim Kalin`). */
export function plainLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'));
}

function fullName(en: string): boolean {
  const words = en.split(' ');
  return words.length >= 2 && words.every((w) => LATIN_WORD.test(w));
}

/** The leader's surname in English, when the data lets the press use the Arabic surname alone. */
function leaderSurname(leader: Leader): string | null {
  const ar = leader.name.ar.split(' ');
  const en = leader.name.en.split(' ');
  if (ar.length < 2 || en.length < 2) return null;
  const alone = new Set(
    leader.spellings.map((s) => normaliseString(typeof s === 'string' ? s : s.text)).filter((s) => !s.includes(' ')),
  );
  if (alone.has(normaliseString(ar[ar.length - 1] as string))) return en[en.length - 1] as string;
  // The surname first: Chinese, Korean, Vietnamese names only (`الملك` opens other names).
  if (SURNAME_FIRST.has(leader.country) && alone.has(normaliseString(ar[0] as string))) return en[0] as string;
  return null;
}

export function latinNames(leaders: readonly Leader[], venues: readonly Venue[]): LatinName[] {
  const out: LatinName[] = [];
  const singles = new Map<string, LatinName[]>();
  const single = (n: LatinName) => {
    if (!LATIN_WORD.test(n.phrase) || n.phrase.replace(/['ʻ-]/g, '').length < 2) return;
    const key = normaliseString(plainLatin(n.phrase));
    if (CALENDAR_WORDS.has(key)) return;
    singles.set(key, [...(singles.get(key) ?? []), n]);
  };
  for (const l of leaders) {
    if (fullName(l.name.en)) out.push({ kind: 'leader', id: l.id, phrase: l.name.en });
    const surname = leaderSurname(l);
    if (surname) single({ kind: 'leader', id: l.id, phrase: surname, needs: 'named' });
  }
  for (const v of venues) {
    if (fullName(v.name.en)) out.push({ kind: 'venue', id: v.id, phrase: v.name.en });
    else if (!v.name.en.includes(' ')) single({ kind: 'venue', id: v.id, phrase: v.name.en, needs: 'named' });
  }
  // A word two entities claim is no one's (`Li`, `Kim`, `Wang`).
  for (const claims of singles.values()) {
    const owners = new Set(claims.map((c) => `${c.kind}:${c.id}`));
    if (owners.size === 1) out.push(claims[0] as LatinName);
  }
  return out.flatMap((n) => {
    const plain = plainLatin(n.phrase);
    return plain === n.phrase ? [n] : [n, { ...n, phrase: plain }];
  });
}

/** The phrase is written in Latin letters (its first normalised word). */
export function isLatinPhrase(firstToken: string): boolean {
  return /^[a-zÀ-ɏ]/.test(firstToken);
}
