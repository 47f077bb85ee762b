// Multi-word lookup over tokens for the date vocabulary: a Map from the first (normalised) word to
// the phrases it starts, longest first, so a scan tests each token with one Map lookup. The first
// word may carry attached proclitics (`وأمس`, `بأيلول`, `لعام`, `للعام`); the match reports how many
// letters they take, because mention spans leave them out.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { WordFlags, WordMemo } from '../text/vocabulary';

interface Entry<T> {
  words: string[];
  value: T;
}

export interface PhraseTable<T> {
  readonly byFirst: Map<string, Entry<T>[]>;
  /** Every form of a first word with proclitics attached → letters to skip and its phrases. */
  readonly byForm: Map<string, { skip: number; list: Entry<T>[] }>;
  /** `byForm` by token id: the grammar asks about the same words again and again. */
  readonly formOf: WordMemo<{ skip: number; list: Entry<T>[] } | null>;
}

export interface PhraseHit<T> {
  value: T;
  /** First token and one past the last token of the phrase. */
  from: number;
  to: number;
  /** Letters of proclitics at the start of the first token, outside the span. */
  skip: number;
}

export function phraseWords(phrase: string): string[] {
  return normaliseString(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

/**
 * A word with every proclitic prefix it may carry, and how many letters the prefix takes:
 * و/ف, then ب/ل/ك; `لل` + word for ل + ال + word (`للعام`: the span starts after `لل`, the article
 * being merged into the preposition). Built once per vocabulary, so lookups allocate nothing.
 */
export function cliticVariants(w: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) out.push([c + p + w, c.length + p.length]);
    if (w.startsWith('ال') && w.length > 2) out.push([`${c}لل${w.slice(2)}`, c.length + 2]);
  }
  return out;
}

/** Adds the variants of `w` to `forms`, keeping the shortest prefix when two words collide. */
function addVariants<V>(forms: Map<string, V>, w: string, make: (skip: number) => V, skipOf: (v: V) => number): void {
  for (const [form, skip] of cliticVariants(w)) {
    const old = forms.get(form);
    if (old === undefined || skipOf(old) > skip) forms.set(form, make(skip));
  }
}

export function buildTable<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const byFirst = new Map<string, Entry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) continue;
    let list = byFirst.get(first);
    if (!list) {
      list = [];
      byFirst.set(first, list);
    }
    const key = words.join(' ');
    if (!list.some((e) => e.words.join(' ') === key)) list.push({ words, value });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const byForm = new Map<string, { skip: number; list: Entry<T>[] }>();
  for (const [first, list] of byFirst)
    addVariants(
      byForm,
      first,
      (skip) => ({ skip, list }),
      (v) => v.skip,
    );
  return { byFirst, byForm, formOf: new WordMemo((w) => byForm.get(w) ?? null) };
}

/** A set of normalised words that also knows their forms with proclitics. */
export class WordSet extends Set<string> {
  /** Form with proclitics → letters they take (0 for the word itself). */
  readonly forms = new Map<string, number>();
  /** `forms` by token id: letters skipped + 1, or 0 for a word not in the set. */
  readonly skipOf = new WordFlags((w) => (this.forms.get(w) ?? -1) + 1);

  constructor(words: Iterable<string>) {
    super();
    for (const w of words) {
      const n = normaliseString(w);
      this.add(n);
      addVariants(
        this.forms,
        n,
        (skip) => skip,
        (v) => v,
      );
    }
  }
}

export function wordSet(words: Iterable<string>): WordSet {
  return new WordSet(words);
}

/**
 * Longest phrase of `table` at token `i`. `clitics` allows proclitics on the first word. Later
 * words must follow as word tokens, exactly.
 */
export function matchAt<T>(
  table: PhraseTable<T>,
  tokens: readonly Token[],
  i: number,
  clitics = true,
): PhraseHit<T> | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const form = table.formOf.get(t.id, t.text);
  if (!form || (form.skip > 0 && !clitics)) return null;
  for (const e of form.list) {
    let ok = true;
    for (let k = 1; k < e.words.length; k++) {
      const u = tokens[i + k];
      if (u?.kind !== 'word' || u.text !== e.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value: e.value, from: i, to: i + e.words.length, skip: form.skip };
  }
  return null;
}

/** Whether token `i` is one of `words`, proclitics allowed; returns letters skipped, or -1. */
export function wordIn(words: WordSet, tokens: readonly Token[], i: number, clitics = true): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return -1;
  const skip = words.skipOf.get(t.id, t.text) - 1;
  if (skip < 0 || (skip > 0 && !clitics)) return -1;
  return skip;
}

/** The word without a leading و/ف (`وكان` → `كان`). */
export function withoutConjunction(w: string): string {
  const c = w.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && w.length > 2 ? w.slice(1) : w;
}
