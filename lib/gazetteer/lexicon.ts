// The lookup table of every phrase the matcher knows — leader names, venue names, titles,
// counterparts, venue descriptors, and look-alikes to refuse — keyed by the (possibly prefixed)
// first word, so that each token of a text costs one lookup (by token id, see `optionsOf`). Built
// once, on first use.

import { normaliseString } from '../text/normalise';
import { type Token, tokenize } from '../text/tokens';
import { WordMemo, wordFlag, wordId, words } from '../text/vocabulary';
import { COUNTERPART_HEADS, GUEST_HEADS, NATIONALITY_ADJECTIVES } from './data/countries';
import { LEADERS } from './data/leaders';
import { NOT_ENTITIES } from './data/lookalikes';
import { SURNAME_FIRST_COUNTRIES } from './data/name-order';
import { OFFICES } from './data/offices';
import { TITLE_HEADS } from './data/title-names';
import { VENUES } from './data/venues';
import { isLatinPhrase, latinNames } from './latin-names';
import { prefixedForms } from './proclitics';

export type EntryKind =
  | 'block'
  | 'leader'
  | 'venue'
  | 'title'
  | 'counterpart'
  | 'guest'
  | 'descriptor'
  | 'head'
  | 'family';

export interface Entry {
  kind: EntryKind;
  /** Leader or venue id; office id for a title; country code for a counterpart; '' for a block. */
  id: string;
  /** Normalised tokens of the phrase. */
  tokens: string[];
  /**
   * For an ambiguous name: what support it needs in the text. For a venue's `inCityOnly` name,
   * `named` means its city is named in the text; `city` marks an `asCityOnly` name, which needs
   * the context of a city (`city-context.ts`); `beside` marks a `besideCityOnly` name, which
   * needs its city right after it. `speaker` marks a surname alone that is also an everyday word
   * (`لي`): it counts only where a speaker stands (`وقال لي إن`, see find-entities).
   */
  needs?: 'named' | 'title' | 'city' | 'beside' | 'speaker';
  /** A name in Latin letters (`latin-names.ts`): it counts only where the original capitalises it. */
  latin?: true;
}

export interface LexiconOption {
  entry: Entry;
  prefix: number;
  rank: number;
  clitics: string;
  /** Token id of the phrase's second word, 0 for a one-word phrase: most options fail on it. */
  second: number;
  /**
   * Token ids of the phrase's words (the first as written in the phrase, unprefixed): the scan
   * compares ids, read from the token list's typed column, instead of the tokens' texts.
   */
  ids: readonly number[];
}

export interface Lexicon {
  byFirstWord: Map<string, LexiconOption[]>;
  /** Phrases that two different entities claim (data errors); empty when the data is sound. */
  conflicts: string[];
}

/** Entities a phrase may belong to, in order of precedence when two claim the same words. */
const PRECEDENCE: EntryKind[] = [
  'block',
  'leader',
  'venue',
  'title',
  'counterpart',
  'guest',
  'descriptor',
  'head',
  'family',
];

let lexicon: Lexicon | null = null;

/**
 * The phrases a word may start, and the same phrases grouped by their second word: `رئيس`
 * starts ninety, and the next token leaves a handful to try.
 */
export interface FirstWordOptions {
  all: OptionList;
  /** Second word id → the phrases with that second word and the one-word phrases, in order. */
  byNext: Map<number, OptionList>;
  /** The one-word phrases, in order. */
  single: OptionList;
}

/**
 * Phrases to try in order, with their words' ids packed in one typed array (per phrase: its
 * length, then its ids): the scan compares a page's ids with this array and reads an option
 * object only for the phrase that matches. In a long page the lexicon's objects are out of the
 * cache, and reading each tried option and its id list cost more than the comparisons.
 */
export interface OptionList {
  options: LexiconOption[];
  words: Int32Array;
}

function optionList(options: LexiconOption[]): OptionList {
  let size = 0;
  for (const o of options) size += 1 + o.ids.length;
  const words = new Int32Array(size);
  let at = 0;
  for (const o of options) {
    words[at++] = o.ids.length;
    for (const id of o.ids) words[at++] = id;
  }
  return { options, words };
}

function indexOptions(all: LexiconOption[]): FirstWordOptions {
  const byNext = new Map<number, LexiconOption[]>();
  for (const o of all) if (o.second !== 0) byNext.set(o.second, []);
  for (const o of all) {
    if (o.second !== 0) (byNext.get(o.second) as LexiconOption[]).push(o);
    else for (const list of byNext.values()) list.push(o);
  }
  const packed = new Map<number, OptionList>();
  for (const [second, list] of byNext) packed.set(second, optionList(list));
  return { all: optionList(all), byNext: packed, single: optionList(all.filter((o) => o.second === 0)) };
}

/** The bundled lexicon's options by token id (other lexicons, built by tests, use their Map). */
const bundledOptions = new WordMemo((w) => {
  const all = getLexicon().byFirstWord.get(w);
  return all ? indexOptions(all) : null;
});

/** The phrases a word token may start: one array read per word for the bundled lexicon. */
export function optionsOf(lex: Lexicon, t: Token): FirstWordOptions | null {
  if (lex === lexicon) return bundledOptions.get(t.id, t.text);
  const all = lex.byFirstWord.get(t.text);
  return all ? indexOptions(all) : null;
}

/** `optionsOf` the bundled lexicon for an interned word (id ≠ 0), with no token object to read. */
export function bundledOptionsOf(id: number): FirstWordOptions | null {
  return bundledOptions.get(id, words[id] as string);
}

/** Bit of `tokenBits`: the word may start a phrase of the bundled lexicon. */
export const LEXICON_FIRST = wordFlag((w) => getLexicon().byFirstWord.has(w));

/** Whether `lex` is the bundled lexicon (whose first words are known to `tokenBits`). */
export function isBundled(lex: Lexicon): boolean {
  return lex === lexicon;
}

export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon(allEntries());
  return lexicon;
}

function allEntries(): Entry[] {
  const entries: Entry[] = [];
  const add = (kind: EntryKind, id: string, phrase: string, needs?: Entry['needs']) => {
    for (const variant of spellingVariants(phrase)) {
      const tokens = phraseTokens(variant);
      if (tokens.length > 0) entries.push({ kind, id, tokens, ...(needs ? { needs } : {}) });
    }
  };
  for (const phrase of NOT_ENTITIES) add('block', '', phrase);
  for (const leader of LEADERS) {
    for (const s of leader.spellings) {
      if (typeof s !== 'string') add('leader', leader.id, s.text, s.needs);
      else if (leader.country === 'CN') for (const j of syllableJoins(s)) add('leader', leader.id, j);
      else add('leader', leader.id, s);
    }
  }
  for (const venue of VENUES) {
    for (const s of venue.spellings) add('venue', venue.id, s);
    // For a venue, `named` means: its city is named in the text.
    for (const s of venue.inCityOnly ?? []) add('venue', venue.id, s, 'named');
    for (const s of venue.asCityOnly ?? []) add('venue', venue.id, s, 'city');
    for (const s of venue.besideCityOnly ?? []) add('venue', venue.id, s, 'beside');
    for (const d of venue.descriptors ?? []) add('descriptor', venue.id, d);
  }
  // Names in Latin letters, from the data's English names (`Li Qiang`, `(Mikhail Mishustin)`).
  for (const n of latinNames(LEADERS, VENUES)) {
    const tokens = phraseTokens(n.phrase);
    if (tokens.length > 0)
      entries.push({ kind: n.kind, id: n.id, tokens, latin: true, ...(n.needs ? { needs: n.needs } : {}) });
  }
  for (const office of OFFICES) for (const t of office.titles ?? []) add('title', office.id, t);
  for (const [country, adjectives] of Object.entries(NATIONALITY_ADJECTIVES)) {
    for (const h of COUNTERPART_HEADS) for (const a of adjectives) add('counterpart', country, `${h} ${a}`);
    for (const h of GUEST_HEADS) for (const a of adjectives) add('guest', country, `${h} ${a}`);
  }
  // Heads of titles the data does not list (`وزير النفط الكيني`): a person may be named after them.
  for (const h of TITLE_HEADS) add('head', '', h);
  // Surnames alone, last, and only where no other entry has the same words.
  const taken = new Set(entries.map((e) => e.tokens.join(' ')));
  for (const family of familyMembers().keys()) {
    if (!taken.has(family))
      add('family', family, family, SPEAKER_ONLY_FAMILY_NAMES.has(family) ? 'speaker' : undefined);
  }
  return entries;
}

let families: Map<string, string[]> | null = null;

/** Surnames the press may use alone (normalised), each with the ids of the people who bear it. */
export function familyMembers(): Map<string, string[]> {
  if (!families) {
    families = new Map();
    for (const leader of LEADERS) {
      const family = familyName(leader);
      if (!family) continue;
      const key = phraseTokens(family).join(' ');
      families.set(key, [...(families.get(key) ?? []), leader.id]);
    }
  }
  return families;
}

/**
 * A Chinese, Korean or Vietnamese name's surname alone (`وانغ` for `وانغ يي`), which the press uses
 * once the person has been named in full. Entries of kind `family` (id: the surname) are resolved
 * by find-entities to the nearest person of that surname named in full before them, or dropped.
 * Surnames that are everyday Arabic words (`هو` "he", `بان` "appeared") are left out; `لي` ("for
 * me") is kept for a speaker's place only.
 */
function familyName(leader: (typeof LEADERS)[number]): string | null {
  if (!SURNAME_FIRST.has(leader.country)) return null;
  const first = leader.name.ar.split(' ')[0] ?? '';
  const folded = normaliseString(first);
  if ((folded.length < 3 && !SPEAKER_ONLY_FAMILY_NAMES.has(folded)) || FAMILY_NAMES_THAT_ARE_WORDS.has(folded))
    return null;
  if (leader.spellings.some((s) => normaliseString(typeof s === 'string' ? s : s.text) === folded)) return null;
  return first;
}

const SURNAME_FIRST = new Set(SURNAME_FIRST_COUNTRIES);
/**
 * `لي` ("for me") is also the surname agency copy uses alone for Li Qiang or Li Keqiang once named
 * (`وقال لي إن الصين مستعدة …`): it counts only where a speaker stands (`needs: 'speaker'`).
 */
const SPEAKER_ONLY_FAMILY_NAMES = new Set(['لي'].map(normaliseString));
const FAMILY_NAMES_THAT_ARE_WORDS = new Set(
  ['لين', 'هان', 'بان', 'سون', 'مين', 'يين', 'فان', 'تان'].map(normaliseString),
);

/**
 * A Chinese name of three syllables, as the press runs them together or splits them: one word a
 * syllable (`شي جين بينغ`), the given name joined (`شي جينبينغ`), the surname joined to the first
 * syllable (`شيجين بينغ`), or all in one (`شيجينبينغ`) — each of these is seen in agency copy. The
 * data lists a spelling in one form; the others come from here. Only for three Arabic words (a
 * two-word `وانغ يي` joined is no press spelling), never for hyphenated or Latin ones.
 */
function syllableJoins(phrase: string): string[] {
  const parts = phrase.split(' ');
  if (parts.length !== 3 || !parts.every((p) => /^[\u0621-\u064a]+$/.test(p))) return [phrase];
  const [a, b, c] = parts as [string, string, string];
  return [phrase, `${a} ${b}${c}`, `${a}${b} ${c}`, `${a}${b}${c}`];
}

/**
 * The Egyptian press writes the foreign G as ج where the Levant and the Gulf write غ
 * (`شي جين بينج` / `شي جين بينغ`, `سيرجي` / `سيرغي`): every phrase with غ also gets its ج form.
 */
function spellingVariants(phrase: string): string[] {
  return phrase.includes('غ') ? [phrase, phrase.replaceAll('غ', 'ج')] : [phrase];
}

function phraseTokens(phrase: string): string[] {
  return tokenize(normaliseString(phrase)).map((t) => t.text);
}

export function buildLexicon(entries: Entry[]): Lexicon {
  // One entry per token sequence; when two entities claim the same words, precedence decides
  // and the clash is reported (a data test keeps the list of clashes empty).
  const unique = new Map<string, Entry>();
  const conflicts: string[] = [];
  for (const e of entries) {
    const key = e.tokens.join(' ');
    const seen = unique.get(key);
    if (!seen) unique.set(key, e);
    else if (seen.kind !== e.kind || seen.id !== e.id) {
      if (seen.kind !== 'block' && e.kind !== 'block')
        conflicts.push(`${key}: ${seen.kind}:${seen.id} / ${e.kind}:${e.id}`);
      if (PRECEDENCE.indexOf(e.kind) < PRECEDENCE.indexOf(seen.kind)) unique.set(key, e);
    }
  }
  const byFirstWord = new Map<string, LexiconOption[]>();
  for (const entry of unique.values()) {
    const ids = entry.tokens.map((w) => wordId(w));
    const second = entry.tokens.length > 1 ? (ids[1] as number) : 0;
    // Arabic proclitics attach to Arabic words only.
    const first = entry.tokens[0] as string;
    const forms = isLatinPhrase(first) ? [{ form: first, prefix: 0, rank: 0, clitics: '' }] : prefixedForms(first);
    for (const f of forms) {
      let options = byFirstWord.get(f.form);
      if (!options) {
        options = [];
        byFirstWord.set(f.form, options);
      }
      options.push({ entry, prefix: f.prefix, rank: f.rank, clitics: f.clitics, second, ids });
    }
  }
  // Bare words before prefixed readings; within a reading, the longest phrase first. A title's
  // head comes after every other reading (`ولي العهد` must not hide `و` + `لي تشيانغ`).
  const isHead = (o: LexiconOption) => (o.entry.kind === 'head' ? 1 : 0);
  for (const options of byFirstWord.values()) {
    options.sort((a, b) => isHead(a) - isHead(b) || a.rank - b.rank || b.entry.tokens.length - a.entry.tokens.length);
  }
  return { byFirstWord, conflicts };
}
