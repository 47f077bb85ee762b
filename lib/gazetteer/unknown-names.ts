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

import { MONTH_PARTS } from '../dates/words';
import { analyseWord } from '../numbers/lexicon';
import { nounAnalysis } from '../numbers/unit-lexicon';
import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { NUMBER_BIT, type Token, tokenTable, WORD_BIT } from '../text/tokens';
import { WordFlags, wordId, words } from '../text/vocabulary';
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
  /** First words of `countryPairs`. */
  pairStarts: Set<string>;
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
    pairStarts: new Set(countries.filter((c) => c.includes(' ')).map((c) => c.split(' ')[0] as string)),
    // A part of a month opens a date after a title (`قادت رئيس الجمهورية منتصف جوان الماضي`), no name.
    notName: set([...NOT_NAME_WORDS, ...MONTH_PARTS.map(([w]) => w)]),
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

/**
 * What the grammar asks of a word, computed once per distinct word (`WordFlags`) and read by token
 * id from the list's typed columns: the checks never depend on the position, and a name's words
 * pass through several of them (`commonWord` alone cuts up to 24 slices of the word).
 */
const IS_WORD = 1;
/** `chainWord`. */
const CHAIN = 2;
/** In `AFTER_TITLE`. */
const AFTER_TITLE_WORD = 4;
/** A nationality (`isNisba`) or a country: ends a title. */
const ENDS_TITLE = 8;
/** A title word of a country that writes the surname first. */
const SURNAME_FIRST_WORD = 16;
/** The first word of a two-word country name. */
const PAIR_START = 32;
/** `nameWord` as the first word of a name, the entity test aside. */
const NAME_FIRST = 64;
/** `nameWord` inside a name, the entity test aside. */
const NAME_INNER = 128;
/** `endsName` for a word, the entity test aside. */
const ENDS_NAME = 256;
/** A surname with the article: the last word of a name. */
const CLOSES_NAME = 512;

function grammarFlags(w: string): number {
  const { countries, surnameFirst, pairStarts } = t();
  let f = IS_WORD;
  if (chainWord(w)) f |= CHAIN;
  if (AFTER_TITLE.has(w)) f |= AFTER_TITLE_WORD;
  if (isNisba(w) || countries.has(w)) f |= ENDS_TITLE;
  if (surnameFirst.has(w)) f |= SURNAME_FIRST_WORD;
  if (pairStarts.has(w)) f |= PAIR_START;
  if (nameWordText(w, false)) f |= NAME_FIRST;
  if (nameWordText(w, true)) f |= NAME_INNER;
  if (isDefinite(w) || (w.length > 3 && w[0] === 'و') || commonWord(w)) f |= ENDS_NAME;
  if (isDefinite(w) && !THEOPHORIC.has(w)) f |= CLOSES_NAME;
  return f;
}

const grammarById = new WordFlags(grammarFlags);

/** A token list as the grammar reads it: the objects (for the rare text) and the typed columns. */
interface Words {
  tokens: readonly Token[];
  ids: Int32Array;
  bits: Int32Array;
}

function wordsOf(tokens: readonly Token[]): Words {
  const table = tokenTable(tokens);
  return { tokens, ids: table.ids, bits: table.bits };
}

/** The grammar flags of token k; 0 when it is no word (or out of the list). */
function flagsAt(w: Words, k: number): number {
  if (k < 0 || k >= w.ids.length || ((w.bits[k] as number) & WORD_BIT) === 0) return 0;
  const id = w.ids[k] as number;
  return id !== 0 ? grammarById.get(id, words[id] as string) : grammarFlags((w.tokens[k] as Token).text);
}

const COMMA = wordId(',');
const ARABIC_COMMA = wordId('،');

function isComma(w: Words, k: number): boolean {
  if (k >= w.ids.length) return false;
  const id = w.ids[k] as number;
  if (id !== 0) return id === COMMA || id === ARABIC_COMMA;
  const tok = w.tokens[k] as Token;
  return tok.kind === 'punct' && (tok.text === ',' || tok.text === '،');
}

/**
 * A word of a title's chain (not its end): definite, a title word, a country name, or a definite
 * portfolio joined by و (`وزير الخارجية والتعاون الإفريقي`, `وزير الطاقة والمناجم`).
 */
function chainWord(w: string): boolean {
  const { chain, countries } = t();
  return isDefinite(w) || isJoinedDefinite(w) || chain.has(w) || countries.has(w);
}

/** `والتعاون`, `والمناجم`: و and a definite word, a title's joined portfolio, never a name's word. */
const isJoinedDefinite = (w: string): boolean => w.length > 5 && w.startsWith('وال');

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
  const w = wordsOf(tokens);
  const next = flagsAt(w, head + 1);
  if (next === 0 || !(next & CHAIN || entityAt(head + 1))) return null;
  const { countryPairs } = t();
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
    const f = flagsAt(w, j);
    if (f === 0) break;
    if (f & PAIR_START) {
      const pair = word(tokens[j + 1]);
      if (pair !== null && countryPairs.has(`${word(tokens[j])} ${pair}`)) {
        j += 2;
        endsTitle = true;
        continue;
      }
    }
    if (!(f & CHAIN)) break;
    // `السابق`, `الجديد` after the title's end leave it ended.
    if (!(f & AFTER_TITLE_WORD)) endsTitle = (f & ENDS_TITLE) !== 0;
    j++;
  }
  if (!endsTitle) return null;
  // Any word of the title, inside a known title too (`نائب وزير التجارة الصيني`).
  for (let k = head + 1; k < j && !eastAsian; k++) eastAsian = (flagsAt(w, k) & SURNAME_FIRST_WORD) !== 0;
  return nameAt(w, j, entityAt, eastAsian);
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
  const w = wordsOf(tokens);
  let j = last + 1;
  // `رئيس الوزراء البريطاني الأسبق بوريس جونسون`, `وزير الخارجية الروسي، سيرغي …`
  while (flagsAt(w, j) & AFTER_TITLE_WORD) j++;
  if (isComma(w, j)) j++;
  return nameAt(w, j, entityAt, surnameFirst);
}

/** Whether token k can be part of a personal name; `inner`: not its first word. */
function nameWord(w: Words, k: number, inner: boolean, entityAt: (k: number) => EntityAt | null): boolean {
  return (flagsAt(w, k) & (inner ? NAME_INNER : NAME_FIRST)) !== 0 && !entityAt(k);
}

/**
 * `ويحمله`, `وتمنحها`, `ونبلغهم`: و + the prefix of an imperfect verb (ي ت ن) + a stem + an object
 * pronoun (ها هم هما after two letters or more; ه after three, since ة is written ه once
 * normalised and `ونيسة` is a name) — a verb joined to the sentence, not a name. Names that begin
 * with و (`وانغ`, `وليد`, `ويليام`, `وين`, `وو`, `ويصا`, `ويلهم`) do not have this shape.
 */
const CONJOINED_VERB_WITH_OBJECT = /^و[يتن](?:[\u0621-\u064a]{3,}ه|[\u0621-\u064a]{2,}(?:ها|هم|هما))$/;

/** `nameWord` of a word, but for the entity test. */
function nameWordText(w: string, inner: boolean): boolean {
  if (w.length < 2 || !ARABIC_WORD.test(w) || isJoinedDefinite(w)) return false;
  if (CONJOINED_VERB_WITH_OBJECT.test(w)) return false;
  const { heads, chain, countries, nationalities } = t();
  if (heads.has(w) || chain.has(w) || countries.has(w) || commonWord(w)) return false;
  // `لروسيا`, `بمصر`, `للصين`: a country behind a preposition or `و` is no one's name.
  if (withoutProclitic(w).some((x) => countries.has(x))) return false;
  if (!isDefinite(w)) return !nationalities.has(`ال${w}`);
  if (inner && THEOPHORIC.has(w)) return true;
  // An Arab surname with the article closes a name: أيمن الصفدي، جاسم البديوي.
  return inner && w.startsWith('ال') && /ي$/.test(w) && !nationalities.has(w);
}

/**
 * The word with a proclitic taken off, each way it may be read (`للصين` → `الصين`, `بالهند` →
 * `الهند`, `لجنوب` → `جنوب`); empty when it has none. Only a letter or two before the word, so a
 * name's own first letters (`لبنان` is no `ل` + `بنان`) stay only when the rest is a country too.
 */
function withoutProclitic(w: string): string[] {
  const out: string[] = [];
  for (const p of ['وبال', 'وال', 'بال', 'فال', 'كال'])
    if (w.startsWith(p) && w.length > p.length + 1) out.push(`ال${w.slice(p.length)}`);
  if (w.startsWith('لل') && w.length > 4) out.push(`ال${w.slice(2)}`);
  for (const p of ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'])
    if (w.startsWith(p) && w.length > p.length + 2) out.push(w.slice(p.length));
  return out;
}

const JOINED_PARTICLES = withConjunctions(['لم', 'لن', 'لا', 'قد', 'ما']);

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
  // A particle behind `و` or `ف` (`فلم`, `ولن`, `فقد`), too short for the loop above. (Not any
  // listed word: `فان` is a name, not ف + `إن`.)
  if (JOINED_PARTICLES.has(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 2 && w.endsWith(s) && listed(w.slice(0, -s.length))) return true;
  return false;
}

/** `الإيراني`, `الماليزية`, `الخارجية`: a definite adjective of relation, the usual end of a title. */
const isNisba = (w: string): boolean => w.startsWith('ال') && w.length > 4 && /(ي|يه|يي)$/.test(w);

/** Whether token k ends a name: the end, punctuation, an ending word, a definite word, `و…`, an entity. */
function endsName(w: Words, k: number, entityAt: (k: number) => EntityAt | null): boolean {
  if (k >= w.ids.length) return true;
  const f = flagsAt(w, k);
  if (f === 0) return ((w.bits[k] as number) & NUMBER_BIT) === 0; // punctuation, not a number
  return (f & ENDS_NAME) !== 0 || entityAt(k) !== null;
}

/** A personal name of two or three words at token j, closed by a clear end. */
function nameAt(
  w: Words,
  j: number,
  entityAt: (k: number) => EntityAt | null,
  surnameFirst: boolean,
): UnknownName | null {
  // `الرئيس الصيني لجنوب إفريقيا`: a two-word country behind a preposition, not a name.
  const first = word(w.tokens[j]);
  const second = word(w.tokens[j + 1]);
  if (first !== null && second !== null) {
    const { countryPairs } = t();
    if (withoutProclitic(first).some((x) => countryPairs.has(`${x} ${second}`))) return null;
  }
  let n = 0;
  while (n < 4 && nameWord(w, j + n, n > 0, entityAt)) {
    const closes = flagsAt(w, j + n) & CLOSES_NAME;
    n++;
    if (closes) break; // the surname with ال is the last word
  }
  for (let len = n; len >= 2; len--) {
    if (endsName(w, j + len, entityAt)) {
      const last = j + len - 1;
      const names: string[] = [];
      for (let k = j; k <= last; k++) names.push(word(w.tokens[k]) as string);
      return { first: j, last, id: nameSlug(names, surnameFirst) };
    }
  }
  return null;
}
