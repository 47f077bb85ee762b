// Multi-word lookup over tokens for the date vocabulary: a Map from the first (normalised) word to
// the phrases it starts, longest first, so a scan tests each token with one Map lookup. The first
// word may carry attached proclitics (`وأمس`, `بأيلول`, `لعام`, `للعام`); the match reports how many
// letters they take, because mention spans leave them out.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';

interface Entry<T> {
  words: string[];
  value: T;
}

export interface PhraseTable<T> {
  readonly byFirst: Map<string, Entry<T>[]>;
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
  return { byFirst };
}

/** A set of single normalised words. */
export function wordSet(words: Iterable<string>): Set<string> {
  const s = new Set<string>();
  for (const w of words) s.add(normaliseString(w));
  return s;
}

const CONJ = 0x0648; // و
const FA = 0x0641; // ف
const BA = 0x0628; // ب
const LAM = 0x0644; // ل
const KAF = 0x0643; // ك
const ALEF = 0x0627;

/**
 * The forms of a word with its proclitics removed, most complete first: the word itself, then
 * without و/ف, then without ب/ل/ك too; `لل` + word is ل + ال + word (`للعام` → `العام`). Each form
 * comes with the number of letters removed *from the original token text* (for `للعام` → `العام`,
 * the span starts after `لل`, two letters: the article merged into the preposition).
 */
export function cliticForms(w: string): Array<[string, number]> {
  const forms: Array<[string, number]> = [[w, 0]];
  let rest = w;
  let k = 0;
  const c0 = w.charCodeAt(0);
  if ((c0 === CONJ || c0 === FA) && w.length > 2) {
    rest = w.slice(1);
    k = 1;
    forms.push([rest, k]);
  }
  const c1 = rest.charCodeAt(0);
  if ((c1 === BA || c1 === LAM || c1 === KAF) && rest.length > 2) {
    if (c1 === LAM && rest.charCodeAt(1) === LAM && rest.length > 3) {
      forms.push([`${String.fromCharCode(ALEF)}${rest.slice(1)}`, k + 2]);
    }
    forms.push([rest.slice(1), k + 1]);
  }
  return forms;
}

/** True when the first letter of a word could be a proclitic (cheap pre-test before `cliticForms`). */
export function mayHaveClitic(w: string): boolean {
  const c = w.charCodeAt(0);
  return c === CONJ || c === FA || c === BA || c === LAM || c === KAF;
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
  const direct = table.byFirst.get(t.text);
  if (direct) {
    const hit = longest(direct, tokens, i, 0);
    if (hit) return hit;
  }
  if (!clitics || !mayHaveClitic(t.text)) return null;
  const forms = cliticForms(t.text);
  for (let f = 1; f < forms.length; f++) {
    const [form, skip] = forms[f] as [string, number];
    const list = table.byFirst.get(form);
    if (!list) continue;
    const hit = longest(list, tokens, i, skip);
    if (hit) return hit;
  }
  return null;
}

function longest<T>(list: Entry<T>[], tokens: readonly Token[], i: number, skip: number): PhraseHit<T> | null {
  for (const e of list) {
    let ok = true;
    for (let k = 1; k < e.words.length; k++) {
      const u = tokens[i + k];
      if (u?.kind !== 'word' || u.text !== e.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value: e.value, from: i, to: i + e.words.length, skip };
  }
  return null;
}

/** Whether token `i` is one of `words`, proclitics allowed; returns letters skipped, or -1. */
export function wordIn(words: ReadonlySet<string>, tokens: readonly Token[], i: number, clitics = true): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return -1;
  if (words.has(t.text)) return 0;
  if (!clitics || !mayHaveClitic(t.text)) return -1;
  const forms = cliticForms(t.text);
  for (let f = 1; f < forms.length; f++) {
    const [form, skip] = forms[f] as [string, number];
    if (words.has(form)) return skip;
  }
  return -1;
}
