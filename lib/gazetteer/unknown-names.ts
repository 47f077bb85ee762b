// People the gazetteer does not know, read from the title of office right before their name:
// `وزير الطاقة الكازاخستاني ألماسادام ساتكالييف إن`, `رئيس وزراء كمبوديا هون مانيت خلال`,
// `نائب وزير الخارجية الروسي ميخائيل غالوزين`. Written by hand for news copy; precision first:
//
//   title := head chain          head: وزير، رئيس، المتحدث، سفير، نظيره… (a lexicon entry)
//   chain := (definite word | title word | country | known title, venue) {0..7}, ending on a
//            nationality or other definite adjective of relation (`الإيراني`, `الماليزية`),
//            a country, or a known title or place (`وزير X`, `الرئيس X` alone are no title)
//   name  := 2–4 words that are not definite (an Arab surname with ال may close it: `أيمن
//            الصفدي`; `الله`, `الدين` may stand inside: `ذبيح الله مجاهد`), not function words,
//            not the verbs and nouns that follow titles, not a known entity; and it must be
//            followed by a clear end (punctuation, a function word, verb or noun of the lists, a
//            definite word, `و…`, a known entity, the end of the line).
//
// The id is a slug of the surname in Latin letters (`satkalif`), or of the whole name when the
// title is Chinese, Korean or Vietnamese (surname first: `wang-wen-taw`): unknown to the
// gazetteer, but stable within a text and across texts that spell the name alike.

import { analyseWord } from '../numbers/lexicon';
import { nounAnalysis } from '../numbers/unit-lexicon';
import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { NATIONALITY_ADJECTIVES } from './data/countries';
import { SURNAME_FIRST_TITLE_WORDS } from './data/name-order';
import { COUNTRY_NAMES, NAME_ENDS, NOT_NAME_WORDS, TITLE_CHAIN_WORDS, TITLE_HEADS } from './data/title-names';
import { nameSlug } from './latin-slug';

export { TITLE_HEADS };

/** What the gazetteer matched at a token, as the chain needs it. */
export interface EntityAt {
  kind: string;
  last: number;
}

export interface UnknownName {
  first: number;
  last: number;
  id: string;
}

interface Tables {
  chain: Set<string>;
  countries: Set<string>;
  countryPairs: Set<string>;
  notName: Set<string>;
  ends: Set<string>;
  nationalities: Set<string>;
  heads: Set<string>;
  surnameFirst: Set<string>;
}

let tables: Tables | null = null;

function t(): Tables {
  if (tables) return tables;
  const set = (words: readonly string[]) => new Set(words.map(normaliseString));
  const countries = COUNTRY_NAMES.map(normaliseString);
  tables = {
    chain: set(TITLE_CHAIN_WORDS),
    countries: new Set(countries.filter((c) => !c.includes(' '))),
    countryPairs: new Set(countries.filter((c) => c.includes(' '))),
    notName: set(NOT_NAME_WORDS),
    ends: set(NAME_ENDS),
    nationalities: new Set(Object.values(NATIONALITY_ADJECTIVES).flat().map(normaliseString)),
    heads: set(TITLE_HEADS),
    surnameFirst: set(SURNAME_FIRST_TITLE_WORDS),
  };
  return tables;
}

const MAX_CHAIN = 7;

/** Adjectives that may follow a title's nationality: `وزير الخارجية البريطاني الأسبق …`. */
const AFTER_TITLE = new Set(
  [
    'السابق',
    'السابقة',
    'الأسبق',
    'الراحل',
    'الراحلة',
    'المؤقت',
    'المؤقتة',
    'الجديد',
    'الجديدة',
    'الحالي',
    'الحالية',
  ].map(normaliseString),
);

/** Names of God that make up Arab names (`ذبيح الله`, `عبد الرحمن`, `نصر الدين`): inside a name. */
const THEOPHORIC = new Set(
  ['الله', 'الدين', 'الرحمن', 'الرحيم', 'العزيز', 'الكريم', 'الحميد', 'المجيد'].map(normaliseString),
);
const ARABIC_WORD = /^[\u0621-\u064a]+$/;

const word = (tok: Token | undefined): string | null => (tok?.kind === 'word' ? tok.text : null);
const isDefinite = (w: string): boolean =>
  w.length > 3 && (w.startsWith('ال') || w.startsWith('لل') || w.startsWith('بال'));
const isComma = (tok: Token | undefined): boolean => tok?.kind === 'punct' && (tok.text === ',' || tok.text === '،');

/** A word of a title's chain (not its end): definite, a title word, a country name. */
function chainWord(w: string): boolean {
  const { chain, countries } = t();
  return isDefinite(w) || chain.has(w) || countries.has(w);
}

/**
 * A name after the head of a title at token `head` (its last token): the title's chain, then the
 * name. Null when the words after the head do not read as title and name.
 */
export function nameAfterHead(
  tokens: readonly Token[],
  head: number,
  entityAt: (k: number) => EntityAt | null,
): UnknownName | null {
  // Most heads are followed by a verb, a name the data knows or punctuation: no title chain.
  const next = word(tokens[head + 1]);
  if (next === null || !(chainWord(next) || entityAt(head + 1))) return null;
  const { countries, countryPairs, surnameFirst } = t();
  let j = head + 1;
  let eastAsian = false;
  // The title must end on a nationality (`الإيراني`), a country or a known title or place:
  // `الرئيس التنفيذي لشركة …` and a bare `الرئيس` are no lead to a name.
  let endsTitle = false;
  for (let steps = 0; steps < MAX_CHAIN; steps++) {
    const e = entityAt(j);
    if (e) {
      if (e.kind === 'leader' || e.kind === 'block') return null;
      j = e.last + 1;
      endsTitle = true;
      continue;
    }
    const w = word(tokens[j]);
    if (w === null) break;
    const pair = word(tokens[j + 1]);
    if (pair !== null && countryPairs.has(`${w} ${pair}`)) {
      j += 2;
      endsTitle = true;
      continue;
    }
    if (!chainWord(w)) break;
    // `السابق`, `الجديد` after the title's end leave it ended.
    if (!AFTER_TITLE.has(w)) endsTitle = isNisba(w) || countries.has(w);
    j++;
  }
  if (!endsTitle) return null;
  // Any word of the title, inside a known title too (`نائب وزير التجارة الصيني`).
  for (let k = head + 1; k < j && !eastAsian; k++) eastAsian = surnameFirst.has(word(tokens[k]) ?? '');
  return nameAt(tokens, j, entityAt, eastAsian);
}

/**
 * A name right after a known title (`…` ending at token `last`), past one comma. `surnameFirst`:
 * the title's country writes the surname first (China, Korea, Vietnam).
 */
export function nameAfterTitle(
  tokens: readonly Token[],
  last: number,
  entityAt: (k: number) => EntityAt | null,
  surnameFirst = false,
): UnknownName | null {
  let j = last + 1;
  // `رئيس الوزراء البريطاني الأسبق بوريس جونسون`, `وزير الخارجية الروسي، سيرغي …`
  while (AFTER_TITLE.has(word(tokens[j]) ?? '')) j++;
  if (isComma(tokens[j])) j++;
  return nameAt(tokens, j, entityAt, surnameFirst);
}

/** Whether token k can be part of a personal name; `inner`: not its first word. */
function nameWord(
  tokens: readonly Token[],
  k: number,
  inner: boolean,
  entityAt: (k: number) => EntityAt | null,
): boolean {
  const w = word(tokens[k]);
  if (w === null || w.length < 2 || !ARABIC_WORD.test(w) || entityAt(k)) return false;
  const { heads, chain, countries, nationalities } = t();
  if (heads.has(w) || chain.has(w) || countries.has(w) || commonWord(w)) return false;
  if (!isDefinite(w)) return !nationalities.has(`ال${w}`);
  if (inner && THEOPHORIC.has(w)) return true;
  // An Arab surname with the article closes a name: أيمن الصفدي، جاسم البديوي.
  return inner && w.startsWith('ال') && /ي$/.test(w) && !nationalities.has(w);
}

const PROCLITICS = ['وبال', 'وال', 'بال', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const SUFFIXES = ['هما', 'هم', 'ها', 'ه', 'وا', 'ا', 'ت', 'ون', 'ين', 'ان'];

/**
 * A word of the language rather than a name: a listed function word, verb or noun, a counted noun
 * or a number word — bare, or with proclitics (`بوفد`, `لشركة`) or an ending (`خلاله`, `بحثا`,
 * `قالت`) taken off.
 */
function commonWord(w: string): boolean {
  const { notName, ends, heads, chain } = t();
  const listed = (x: string) => notName.has(x) || ends.has(x) || heads.has(x) || chain.has(x);
  if (listed(w)) return true;
  // The figures' nouns and number words are looked up with their proclitics already.
  if (nounAnalysis(w) !== undefined || analyseWord(w).length > 0) return true;
  for (const p of PROCLITICS) if (w.length > p.length + 2 && w.startsWith(p) && listed(w.slice(p.length))) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 2 && w.endsWith(s) && listed(w.slice(0, -s.length))) return true;
  return false;
}

/** `الإيراني`, `الماليزية`, `الخارجية`: a definite adjective of relation, the usual end of a title. */
const isNisba = (w: string): boolean => w.startsWith('ال') && w.length > 4 && /(ي|يه|يي)$/.test(w);

/** Whether token k ends a name: the end, punctuation, an ending word, a definite word, `و…`, an entity. */
function endsName(tokens: readonly Token[], k: number, entityAt: (k: number) => EntityAt | null): boolean {
  const tok = tokens[k];
  if (!tok || tok.kind === 'punct') return true;
  if (tok.kind !== 'word') return false;
  const w = tok.text;
  return isDefinite(w) || (w.length > 3 && w[0] === 'و') || entityAt(k) !== null || commonWord(w);
}

/** A personal name of two or three words at token j, closed by a clear end. */
function nameAt(
  tokens: readonly Token[],
  j: number,
  entityAt: (k: number) => EntityAt | null,
  surnameFirst: boolean,
): UnknownName | null {
  let n = 0;
  while (n < 4 && nameWord(tokens, j + n, n > 0, entityAt)) {
    const w = word(tokens[j + n]) as string;
    n++;
    if (isDefinite(w) && !THEOPHORIC.has(w)) break; // the surname with ال is the last word
  }
  for (let len = n; len >= 2; len--) {
    if (endsName(tokens, j + len, entityAt)) {
      const last = j + len - 1;
      const words: string[] = [];
      for (let k = j; k <= last; k++) words.push(word(tokens[k]) as string);
      return { first: j, last, id: nameSlug(words, surnameFirst) };
    }
  }
  return null;
}
