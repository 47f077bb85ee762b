// The number-word lexicon: every number word of `data/` in normalised spelling, under every
// proclitic spelling (`ثلاثة`, `وثلاثة`, `بثلاثة`, `والعشرين`, `للعشرين`), so recognising a
// number word costs one Map lookup per token. Built lazily, once.

import { normaliseString } from '../text/normalise';
import { THIRD_PERSON_POSSESSIVES } from '../text/possessive-suffixes';
import type { Token } from '../text/tokens';
import { WordMemo } from '../text/vocabulary';
import {
  COLLOQUIAL_TEENS,
  DECIMAL_POINT,
  HUNDRED_SPELLINGS,
  HUNDRED_STEMS,
  TEEN_ONLY_UNITS,
  TEEN_TAILS,
  TENS,
  TWO_HUNDRED,
  UNITS,
} from './data/cardinals';
import { FRACTIONS } from './data/fractions';
import { COMPOUND_FIRST, ORDINALS } from './data/ordinals';
import { SCALES, type ScaleForm } from './data/scales';
import { PREFIXES, type Prefix } from './proclitics';

export type NumberSense =
  /** 0–10; `teenOnly` for أحد/إحدى/اثنا/اثني, which only open a teen. */
  | { kind: 'unit'; value: number; fem: boolean; teenOnly: boolean }
  /** عشر/عشرة after a unit: ثلاثة عشر. */
  | { kind: 'teen-tail' }
  /** One-word teen (Egyptian حداشر). */
  | { kind: 'teen'; value: number }
  | { kind: 'ten'; value: number }
  /** 100–900; `bare` for the plain word مئة, which a unit before it can multiply (ثلاث مئة). */
  | { kind: 'hundred'; value: number; bare: boolean }
  | { kind: 'scale'; value: number; form: ScaleForm }
  /** 1st–10th; `compoundOnly` for الحادي, which needs عشر or و + ten after it. */
  | { kind: 'ordinal'; value: number; fem: boolean; compoundOnly: boolean }
  /** `possessive`: with a pronoun suffix (`نصفه`, `ثلثها`: half of it, a third of it). */
  | {
      kind: 'fraction';
      value: number;
      form: 'single' | 'dual' | 'plural';
      weak: boolean;
      measureOnly: boolean;
      possessive?: boolean;
    }
  | { kind: 'point' };

export interface WordAnalysis {
  readonly sense: NumberSense;
  readonly prefix: Prefix;
}

const NONE: readonly WordAnalysis[] = [];
let lexicon: Map<string, WordAnalysis[]> | null = null;

/** Base words that must not take the article: الاثنين/الاثنان is Monday, not "the two". */
const NO_ARTICLE = new Set(['اثنين', 'اثنان', 'اتنين'].map(normaliseString));

function baseEntries(): Array<[string, NumberSense]> {
  const out: Array<[string, NumberSense]> = [];
  const add = (words: readonly string[], sense: NumberSense) => {
    for (const w of words) out.push([normaliseString(w), sense]);
  };
  for (const u of UNITS) add(u.words, { kind: 'unit', value: u.value, fem: !!u.fem, teenOnly: false });
  for (const u of TEEN_ONLY_UNITS) add(u.words, { kind: 'unit', value: u.value, fem: !!u.fem, teenOnly: true });
  add(TEEN_TAILS, { kind: 'teen-tail' });
  for (const t of COLLOQUIAL_TEENS) add(t.words, { kind: 'teen', value: t.value });
  for (const t of TENS) add(t.words, { kind: 'ten', value: t.value });
  add(HUNDRED_SPELLINGS, { kind: 'hundred', value: 100, bare: true });
  add(TWO_HUNDRED, { kind: 'hundred', value: 200, bare: false });
  for (const h of HUNDRED_STEMS) {
    const words = h.stems.flatMap((s) => HUNDRED_SPELLINGS.map((m) => s + m));
    add(words, { kind: 'hundred', value: h.value * 100, bare: false });
  }
  for (const s of SCALES) {
    add(s.single, { kind: 'scale', value: s.value, form: 'single' });
    add(s.accusative, { kind: 'scale', value: s.value, form: 'accusative' });
    add(s.dual, { kind: 'scale', value: s.value, form: 'dual' });
    add(s.dualConstruct, { kind: 'scale', value: s.value, form: 'dual-construct' });
    add(s.plural, { kind: 'scale', value: s.value, form: 'plural' });
  }
  for (const o of ORDINALS) {
    add(o.masculine, { kind: 'ordinal', value: o.value, fem: false, compoundOnly: false });
    add(o.feminine, { kind: 'ordinal', value: o.value, fem: true, compoundOnly: false });
  }
  add(COMPOUND_FIRST.masculine, { kind: 'ordinal', value: 1, fem: false, compoundOnly: true });
  add(COMPOUND_FIRST.feminine, { kind: 'ordinal', value: 1, fem: true, compoundOnly: true });
  for (const f of FRACTIONS) {
    const weak = !!f.weak;
    const measureOnly = !!f.measureOnly;
    add(f.single, { kind: 'fraction', value: f.value, form: 'single', weak, measureOnly });
    if (f.dual) add(f.dual, { kind: 'fraction', value: 2 * f.value, form: 'dual', weak, measureOnly });
    if (f.plural) add(f.plural, { kind: 'fraction', value: f.value, form: 'plural', weak, measureOnly });
    // `قرابة نصفه`, `نحو ثلثها`, `ثلثيها`: a share of what the sentence has named. Only the
    // unambiguous words (خمسه is also "his five", عشرها "its ten").
    if (weak || measureOnly) continue;
    const owned = (words: readonly string[]) => words.flatMap((w) => THIRD_PERSON_POSSESSIVES.map((p) => w + p));
    add(owned(f.single), { kind: 'fraction', value: f.value, form: 'single', weak, measureOnly, possessive: true });
    if (f.dual) {
      const construct = f.dual.filter((w) => !w.endsWith('ان') && !w.endsWith('ين'));
      add(owned(construct), {
        kind: 'fraction',
        value: 2 * f.value,
        form: 'dual',
        weak,
        measureOnly,
        possessive: true,
      });
    }
  }
  add(DECIMAL_POINT, { kind: 'point' });
  return out;
}

function build(): Map<string, WordAnalysis[]> {
  const map = new Map<string, WordAnalysis[]>();
  const bases = baseEntries();
  // Prefixes in order, the empty one first: the unprefixed reading of a word comes first
  // (واحد is "one", before و + أحد).
  for (const prefix of PREFIXES) {
    for (const [base, sense] of bases) {
      if (prefix.article && NO_ARTICLE.has(base)) continue;
      const key = prefix.text + base;
      const list = map.get(key);
      if (list) list.push({ sense, prefix });
      else map.set(key, [{ sense, prefix }]);
    }
  }
  lexicon = map;
  return map;
}

/** Every reading of a normalised word token as a number word (empty when it is none). */
export function analyseWord(word: string): readonly WordAnalysis[] {
  return (lexicon ?? build()).get(word) ?? NONE;
}

const byToken = new WordMemo(analyseWord);

/** `analyseWord` of a word token's text, remembered by token id (no hashing of the word). */
export function analyseToken(t: Token): readonly WordAnalysis[] {
  return byToken.get(t.id, t.text);
}

/**
 * How many leading letters of a number word are proclitics a mention span leaves out
 * (`وثلاثة` → 1, `بالعشرين` → 1: the span is `العشرين`). 0 for words that are not number words.
 */
export function procliticLength(word: string): number {
  const first = analyseWord(word)[0];
  return first ? first.prefix.skip : 0;
}

/** Every spelling in the lexicon (for building trigger tables). */
export function lexiconWords(): IterableIterator<string> {
  return (lexicon ?? build()).keys();
}
