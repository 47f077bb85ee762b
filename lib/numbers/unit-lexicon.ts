// Lookup tables for what a number counts: counted nouns and currencies in every form grammar gives
// them (singular, accusative, dual, plural, possessed), built once from `data/` in normalised
// spelling. Proclitics on a noun are peeled off when it is looked up.

import { normaliseString } from '../text/normalise';
import { THIRD_PERSON_POSSESSIVES } from '../text/possessive-suffixes';
import type { Token } from '../text/tokens';
import { WordMemo } from '../text/vocabulary';
import { COUNTED_NOUNS, type CountedNoun } from './data/counted-nouns';
import { CURRENCIES, CURRENCY_SIGNS, DOTTED_ABBREVIATIONS, ISO_CODES } from './data/currencies';
import { PREFIXES, type Prefix } from './proclitics';

export type NounForm = 'singular' | 'accusative' | 'dual' | 'plural';

export interface NounAnalysis {
  readonly noun: CountedNoun;
  readonly form: NounForm;
  readonly prefix: Prefix;
  readonly feminine: boolean;
  /** Singular with a possessive suffix (زيارته، ولايتها): definite like a noun with ال. */
  readonly possessive: boolean;
  /** Normalised adjective → refined unit. */
  readonly refine: ReadonlyMap<string, string> | null;
}

export interface CurrencyAnalysis {
  readonly code: string;
  readonly form: NounForm;
  /** Normalised adjective (masculine and feminine) → code. */
  readonly adjectives: ReadonlyMap<string, string>;
}

interface Tables {
  /** Every word that can begin a unit after a number (fast rejection of `28 يونيو`). */
  unitStarts: Set<string>;
  nouns: Map<string, NounAnalysis>;
  currencies: Map<string, CurrencyAnalysis>;
  signs: Map<string, string>;
  iso: Map<string, string>;
  dotted: Map<string, string>;
}

let tables: Tables | null = null;

/** Possessive pronoun suffixes: his, her, their (two), their, our. */
const POSSESSIVE_SUFFIXES = [...THIRD_PERSON_POSSESSIVES, 'نا'];

/**
 * The forms grammar derives from a (normalised) singular: accusative (يوما) and dual (يومان، يومين،
 * مرتين). `tied`: the singular ends in ة, which takes no alif and becomes ت before the dual's ending.
 */
function derivedForms(singular: string, tied: boolean): { accusative: string[]; dual: string[] } {
  const accusative = tied || singular.endsWith('ا') ? [] : [`${singular}ا`];
  const stem = tied ? `${singular.slice(0, -1)}ت` : singular;
  return { accusative, dual: [`${stem}ان`, `${stem}ين`] };
}

/** A singular written with ة (the data is written in normal Arabic, before normalising). */
const endsTied = (written: string) => written.endsWith('ة');

/** Every spelling of a noun with its form, and whether it comes from a singular in ة (feminine). */
function formsOf(singular: string[], plural: string[] = [], dual: string[] = []): Array<[string, NounForm, boolean]> {
  const out: Array<[string, NounForm, boolean]> = [];
  // A sound masculine plural (مستثمرين، مرشحين) is spelt as the oblique dual: listed as a plural,
  // it is one, so that `5 مستثمرين` counts.
  const plurals = new Set(plural.map(normaliseString));
  for (const written of singular) {
    // Normalising folds ة into ه: ask the written word, or a جنيه (pound) would lose its
    // accusative جنيها and take a dual جنيتين.
    const s = normaliseString(written);
    const tied = endsTied(written);
    out.push([s, 'singular', tied]);
    const d = derivedForms(s, tied);
    for (const a of d.accusative) out.push([a, 'accusative', tied]);
    for (const x of d.dual) if (!plurals.has(x)) out.push([x, 'dual', tied]);
  }
  const firstTied = endsTied(singular[0] ?? '');
  for (const x of dual.map(normaliseString)) out.push([x, 'dual', firstTied]);
  for (const p of plural.map(normaliseString)) out.push([p, 'plural', false]);
  return out;
}

/**
 * The stems a singular takes before a possessive suffix: ة becomes ت (زيارته), a final ى becomes
 * ا (ذكراها، منتداه), and a final hamza after ا sits on the seat its case gives it, as the press
 * writes it: لقاؤهما (nominative), لقائهما (genitive), لقاءهما (accusative, and many writers'
 * only spelling).
 */
function possessedStems(written: string, s: string): string[] {
  if (s.endsWith('ه')) return [`${s.slice(0, -1)}ت`];
  if (written.endsWith('ى')) return [`${s.slice(0, -1)}ا`];
  if (s.endsWith('اء')) return [s, `${s.slice(0, -1)}ؤ`, `${s.slice(0, -1)}ئ`];
  return [s];
}

function build(): Tables {
  // Nouns are stored once, unprefixed; proclitics are peeled off at lookup time (nounAnalysis),
  // which keeps the table small and quick to build.
  const nouns = new Map<string, NounAnalysis>();
  const none = PREFIXES[0] as Prefix;
  for (const noun of COUNTED_NOUNS) {
    const refine = noun.refine
      ? new Map(Object.entries(noun.refine).map(([adj, unit]) => [normaliseString(adj), unit]))
      : null;
    // Each spelling has its own gender: مكالمة is feminine though the call's first word اتصال is not.
    for (const [form, kind, tied] of formsOf(noun.singular, noun.plural, noun.dual)) {
      const feminine = !!noun.feminine || (kind !== 'plural' && tied);
      // The first noun to claim a spelling keeps it: the data lists the usual sense first.
      if (!nouns.has(form)) nouns.set(form, { noun, form: kind, prefix: none, feminine, possessive: false, refine });
    }
    if (!noun.ordinal) continue;
    // زيارته الأولى، ولايته الخامسة، قمتهما الثانية: an ordinal after a possessed noun.
    for (const written of noun.singular) {
      const s = normaliseString(written);
      const feminine = !!noun.feminine || s.endsWith('ه');
      for (const stem of possessedStems(written, s)) {
        for (const suffix of POSSESSIVE_SUFFIXES) {
          const key = stem + suffix;
          if (!nouns.has(key))
            nouns.set(key, { noun, form: 'singular', prefix: none, feminine, possessive: true, refine });
        }
      }
    }
  }
  const currencies = new Map<string, CurrencyAnalysis>();
  for (const c of CURRENCIES) {
    const adjectives = new Map<string, string>();
    for (const [adj, code] of Object.entries(c.adjectives ?? {})) {
      const a = normaliseString(adj);
      adjectives.set(a, code);
      adjectives.set(`${a}ه`, code);
    }
    for (const [form, kind] of formsOf(c.singular, c.plural)) {
      if (!currencies.has(form)) currencies.set(form, { code: c.code, form: kind, adjectives });
    }
  }
  const signs = new Map(Object.entries(CURRENCY_SIGNS));
  const iso = new Map(ISO_CODES.map((c) => [c.toLowerCase(), c === 'RMB' ? 'CNY' : c]));
  const dotted = new Map(DOTTED_ABBREVIATIONS.map((d) => [normaliseString(d.letters.join('.')), d.code]));
  const unitStarts = new Set<string>([...currencies.keys(), ...iso.keys()]);
  for (const [w, a] of nouns) {
    if (a.possessive) continue;
    unitStarts.add(w);
    unitStarts.add(`ال${w}`);
  }
  for (const d of DOTTED_ABBREVIATIONS) unitStarts.add(normaliseString(d.letters[0]));
  tables = { unitStarts, nouns, currencies, signs, iso, dotted };
  return tables;
}

const t = (): Tables => tables ?? build();

/** Prefixes to try at lookup, longest first (وبال before و). */
const PEELABLE = PREFIXES.filter((p) => p.text !== '').sort((a, b) => b.text.length - a.text.length);

/** Possessive suffixes a plural may carry, longest first (لقاءاتهما before لقاءاته). */
const PLURAL_POSSESSIVES = ['هما', 'كما', 'هم', 'كم', 'ها', 'نا', 'ه'];

/**
 * A counted noun as written, with any proclitics (`الذكرى`, `بالذكرى`, `للمرة`, `لمدة يومين` →
 * `ليومين`, `وزيارته`), or undefined. The unprefixed reading wins (`وثيقة` is a document, not و +).
 */
export function nounAnalysis(word: string): NounAnalysis | undefined {
  const { nouns } = t();
  const direct = nouns.get(word);
  if (direct) return direct;
  for (const p of PEELABLE) {
    if (word.length < p.text.length + 2 || !word.startsWith(p.text)) continue;
    const base = nouns.get(word.slice(p.text.length));
    if (base && !(p.article && base.possessive)) return { ...base, prefix: p };
  }
  return undefined;
}

const nounsByWord = new WordMemo<NounAnalysis | null>((w) => nounAnalysis(w) ?? null);

/**
 * `nounAnalysis` of a word token, remembered by token id: the figure readers ask it of the words
 * around every trigger (an ordinal looks back over nine), and most words need every proclitic
 * peeled off before they are known not to be nouns.
 */
export function nounOf(t: Token): NounAnalysis | undefined {
  return nounsByWord.get(t.id, t.text) ?? undefined;
}

const pluralsByWord = new WordMemo<NounAnalysis | null>((w) => pluralAnalysis(w) ?? null);

/** `pluralAnalysis` of a word token, remembered by token id. */
export function pluralOf(t: Token): NounAnalysis | undefined {
  return pluralsByWord.get(t.id, t.text) ?? undefined;
}

/**
 * `nounAnalysis`, and also a plural with a possessive suffix (`لقاءاتهما`, `وزياراته`): definite,
 * like a noun with ال. Slower (every suffix is tried): only where a plural is expected, before a
 * number that counts it or after a partitive `من`.
 */
export function pluralAnalysis(word: string): NounAnalysis | undefined {
  return nounAnalysis(word) ?? possessedPlural(word);
}

/** `لقاءاتهما`, `وزياراته`: a plural with a possessive suffix (and a conjunction or preposition). */
function possessedPlural(word: string): NounAnalysis | undefined {
  const { nouns } = t();
  for (const suffix of PLURAL_POSSESSIVES) {
    if (word.length < suffix.length + 3 || !word.endsWith(suffix)) continue;
    // أعضاؤها، زعمائهم: the hamza of a plural in اء sits on its case's seat before a suffix.
    const stem = seatedHamza(word.slice(0, -suffix.length));
    let base = nouns.get(stem);
    let prefix = PREFIXES[0] as Prefix;
    if (!base) {
      for (const p of PEELABLE) {
        if (p.article || stem.length < p.text.length + 3 || !stem.startsWith(p.text)) continue;
        base = nouns.get(stem.slice(p.text.length));
        if (base) {
          prefix = p;
          break;
        }
      }
    }
    if (base && base.form === 'plural') return { ...base, prefix, possessive: true };
  }
  return undefined;
}

/** `اعضاؤ`, `زعمائ` → `اعضاء`, `زعماء`: a hamza after ا written on a seat, back on the line. */
const seatedHamza = (stem: string): string =>
  stem.length > 2 && stem[stem.length - 2] === 'ا' && (stem.endsWith('ؤ') || stem.endsWith('ئ'))
    ? `${stem.slice(0, -1)}ء`
    : stem;

/** A currency word, unprefixed (`دولار`, `دولارا`, `دولارين`, `جنيهات`), or undefined. */
export function currencyAnalysis(word: string): CurrencyAnalysis | undefined {
  return t().currencies.get(word);
}

/** Code of a currency sign (`$`, `€`), or undefined. */
export function currencySign(punct: string): string | undefined {
  return t().signs.get(punct);
}

/** Code of a Latin ISO code token (`kwd` after normalisation), or undefined. */
export function isoCode(word: string): string | undefined {
  return t().iso.get(word);
}

/** Code of a dotted abbreviation given its two letters (`ج`, `م`), or undefined. */
export function dottedCode(first: string, second: string): string | undefined {
  return t().dotted.get(`${first}.${second}`);
}

/**
 * Spellings of indefinite duals that are figures by themselves (`يومين`, `لمدة عامين` → `لعامين`,
 * `مرتين`, `دولارين`), for building trigger tables.
 */
export function dualFigureWords(): string[] {
  const { nouns, currencies } = t();
  const out: string[] = [];
  for (const [w, a] of nouns) {
    if (a.form !== 'dual' || !a.noun.dualIsFigure) continue;
    for (const p of PREFIXES) if (!p.article) out.push(p.text + w);
  }
  for (const [w, c] of currencies) if (c.form === 'dual') out.push(w);
  return out;
}

/**
 * Whether a word can begin a currency or counted noun after a number; false for most words, so a
 * number followed by anything else (`28 يونيو`) is dismissed with one lookup.
 */
export function mayStartUnit(word: string): boolean {
  return t().unitStarts.has(word);
}

/** Every word that can begin a currency or counted noun (for building lookup tables). */
/**
 * `م3`, `م²`, `كم2`: a metre or kilometre abbreviation with its power, glued together as the
 * business press writes them (read in read-unit.ts; the bare letters are no unit).
 */
export const POWERED_UNITS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  م: { '3': 'cubic metre', '³': 'cubic metre', '2': 'square metre', '²': 'square metre' },
  كم: { '2': 'square kilometre', '²': 'square kilometre' },
};

export function unitStartWords(): IterableIterator<string> {
  return t().unitStarts.values();
}

/**
 * Spellings of singular and accusative nouns of the given units, with proclitics but no article
 * (`ساعة`, `بيوم`, `لعام`, `يوما`), for building trigger tables.
 */
export function singularNounWords(units: ReadonlySet<string>): string[] {
  const { nouns } = t();
  const out: string[] = [];
  for (const [w, a] of nouns) {
    if (a.possessive || (a.form !== 'singular' && a.form !== 'accusative') || !units.has(a.noun.unit)) continue;
    for (const p of PREFIXES) if (!p.article) out.push(p.text + w);
  }
  return out;
}
