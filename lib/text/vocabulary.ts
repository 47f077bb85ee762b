// Interned token texts: every distinct word, number or mark the tokenizer meets gets a small
// integer id, once per process, from one hash lookup done while the word's letters are read. The
// token then carries the interned string (no new string for a word seen before) and its id, and a
// recogniser keeps what it knows about a word in an array indexed by id (`WordMemo`) instead of
// hashing the string again in a Map of its own. News vocabulary repeats: a page of a few thousand
// words has a few hundred distinct ones, and the next page shares most of them.
//
// The table is bounded: past `MAX_WORDS` distinct texts, new ones get id 0 ("not interned") and
// memos compute their answer each time. Answers never depend on the id, only on the text.

/** FNV-1a over UTF-16 units: the tokenizer computes it as it reads a word. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, code: number) => Math.imul(h ^ code, 0x01000193);

/**
 * Open addressing over one int per slot: the word's id and, above it, the top bits of its
 * hash (0: empty). Each word's hash, length and letters are kept by id in `records`. Every token is
 * looked up, mostly after the other stages have filled the caches with their own data: a table of
 * one int per slot is small enough to stay near, and the common words, interned first, have their
 * records next to each other. A probe compares letters only where the tag matches.
 */
const ID_BITS = 20;
const ID_MASK = (1 << ID_BITS) - 1;
let slots = new Int32Array(1 << 13);
let mask = slots.length - 1;
/**
 * Per id, `RECORD` ints: the hash, the length, the word's facts (`flagsOf`: read by the tokenizer
 * right after the letters, from the same cache line), then the letters two to an int when the word
 * has at most `INLINE_LETTERS` of them (nearly all words), else where they start in `pool`.
 */
const RECORD = 8;
const FACTS = 2;
const LETTERS = 3;
const INLINE_LETTERS = 2 * (RECORD - LETTERS);
let records = new Int32Array(RECORD << 12);
let pool = new Uint16Array(1 << 12);
let poolEnd = 0;
/** Interned texts by id; index 0 is the "not interned" id and holds no word. */
export const words: string[] = [''];

/** Distinct texts interned at most (a long-running page session must not grow without end). */
const MAX_WORDS = 1 << ID_BITS;

const slotOf = (h: number) => (h ^ (h >>> 15)) & mask;
/** The hash's top bits, stored beside the id in its slot. */
const tagOf = (h: number) => h >>> ID_BITS;

/**
 * Id of `text.slice(start, end)` whose hash is `h`, interning it if new (0 when the table is
 * full). `units` holds the text's UTF-16 units (read faster than through the string); the caller
 * then reads the string from `words[id]`.
 */
export function internSlice(units: Uint16Array, text: string, start: number, end: number, h: number): number {
  const tag = tagOf(h);
  let s = slotOf(h);
  for (;;) {
    const entry = slots[s] as number;
    if (entry === 0) break;
    if (entry >>> ID_BITS === tag && sameLetters(entry & ID_MASK, units, start, end)) return entry & ID_MASK;
    s = (s + 1) & mask;
  }
  if (words.length >= MAX_WORDS) return 0;
  const id = words.length;
  words.push(text.slice(start, end));
  record(id, h, units, start, end);
  slots[s] = id | (tag << ID_BITS);
  if (id * 2 > slots.length) rehash();
  return id;
}

/** Whether word `id` is the text of `units[start, end)`. */
function sameLetters(id: number, units: Uint16Array, start: number, end: number): boolean {
  const len = end - start;
  const r = id * RECORD;
  if (records[r + 1] !== len) return false;
  if (len > INLINE_LETTERS) {
    const from = records[r + LETTERS] as number;
    for (let k = 0; k < len; k++) if (pool[from + k] !== units[start + k]) return false;
    return true;
  }
  let at = r + LETTERS;
  let k = start;
  for (; k + 1 < end; k += 2)
    if (records[at++] !== ((units[k] as number) | ((units[k + 1] as number) << 16))) return false;
  return k === end || records[at] === units[k];
}

/** Writes word `id`'s record: its hash, length and letters. */
function record(id: number, h: number, units: Uint16Array, start: number, end: number): void {
  const len = end - start;
  if ((id + 1) * RECORD > records.length) records = grow(records, records.length * 2);
  const r = id * RECORD;
  records[r] = h;
  records[r + 1] = len;
  if (len > INLINE_LETTERS) {
    if (poolEnd + len > pool.length) {
      const bigger = new Uint16Array(Math.max(pool.length * 2, poolEnd + len));
      bigger.set(pool);
      pool = bigger;
    }
    for (let k = 0; k < len; k++) pool[poolEnd + k] = units[start + k] as number;
    records[r + LETTERS] = poolEnd;
    poolEnd += len;
    return;
  }
  for (let k = 0; k < len; k += 2) {
    const low = units[start + k] as number;
    records[r + LETTERS + (k >> 1)] = k + 1 < len ? low | ((units[start + k + 1] as number) << 16) : low;
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Id of a whole string (for building tables from word lists); 0 when the table is full. */
export function wordId(word: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return internSlice(unitsOf(word), word, 0, word.length, h);
}

let scratchUnits = new Uint16Array(256);

/**
 * The UTF-16 units of `text`, in a buffer reused by the next call (for a caller that has the
 * string only).
 */
export function unitsOf(text: string): Uint16Array {
  if (scratchUnits.length < text.length) scratchUnits = new Uint16Array(2 * text.length);
  for (let k = 0; k < text.length; k++) scratchUnits[k] = text.charCodeAt(k);
  return scratchUnits;
}

function rehash(): void {
  slots = new Int32Array(slots.length * 2);
  mask = slots.length - 1;
  for (let id = 1; id < words.length; id++) {
    const h = records[id * RECORD] as number;
    let s = slotOf(h);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id | (tagOf(h) << ID_BITS);
  }
}

/**
 * What a recogniser knows about a word, computed once per distinct word: `get(id, word)` returns
 * `compute(word)`, remembered by id. `compute` must depend on the word only.
 */
export class WordMemo<T> {
  private values: Array<T | undefined> = [];

  constructor(private readonly compute: (word: string) => T) {}

  get(id: number, word: string): T {
    if (id === 0) return this.compute(word);
    const known = this.values[id];
    if (known !== undefined) return known;
    const value = this.compute(word);
    while (this.values.length <= id) this.values.push(undefined);
    this.values[id] = value;
    return value;
  }
}

/**
 * A small integer per word (flags, a count, an index), computed once per distinct word; −1 is
 * reserved as "not computed yet", so `compute` must return values ≥ 0 that fit 31 bits.
 */
export class WordFlags {
  private values = new Int32Array(0);

  constructor(private readonly compute: (word: string) => number) {}

  get(id: number, word: string): number {
    const values = this.values;
    if (id < values.length) {
      const v = values[id] as number;
      if (v >= 0) return v;
    } else if (id !== 0) this.grow(id);
    const v = this.compute(word);
    if (id !== 0) this.values[id] = v;
    return v;
  }

  private grow(id: number): void {
    const grown = new Int32Array(Math.max(1024, words.length, id + 1) * 2).fill(-1);
    grown.set(this.values);
    this.values = grown;
  }
}

/**
 * One set of yes/no facts per interned word, shared by every recogniser: "may start a date", "is
 * a number word", "may start a gazetteer phrase", "may start a meeting word"… kept in the word's
 * record (`FACTS`). The tokenizer copies them into each token list's bits, where a scan tests its
 * bit with one read instead of one table (or Map) per recogniser. A word's facts are all computed
 * the first time any is asked.
 */
const flagTests: Array<(word: string) => boolean> = [];
/** Set in a word's facts once they are computed. */
const KNOWN = 1 << 30;

/**
 * Registers a fact about words and returns its bit for `flagsOf`. Called at module load; a fact
 * registered after words were looked at clears the table (their facts are computed again).
 */
export function wordFlag(test: (word: string) => boolean): number {
  if (flagTests.length >= 30) throw new Error('wordFlag: no bit left');
  flagTests.push(test);
  for (let id = 1; id < words.length; id++) records[id * RECORD + FACTS] = 0;
  return 1 << (flagTests.length - 1);
}

/**
 * How many facts are registered: bits computed for one count are stale once it has grown (a fact
 * registered after a text was tokenized, see `TokenTable.bits`).
 */
export function flagGeneration(): number {
  return flagTests.length;
}

/**
 * The facts of interned word `id` when they are computed already, else 0: one array read, for a
 * loop over a text's ids that calls `flagsOf` only on a word it meets for the first time.
 */
export function knownFlags(id: number): number {
  // Id 0 has no record written: its facts read 0.
  return records[id * RECORD + FACTS] as number;
}

/** Every registered fact about a token's text, as bits (see `wordFlag`). */
export function flagsOf(t: { id: number; text: string }): number {
  const id = t.id;
  if (id !== 0) {
    const v = records[id * RECORD + FACTS] as number;
    if (v !== 0) return v;
  }
  let v = KNOWN;
  for (let k = 0; k < flagTests.length; k++) if ((flagTests[k] as (w: string) => boolean)(t.text)) v |= 1 << k;
  if (id !== 0) records[id * RECORD + FACTS] = v;
  return v;
}

/** A number per word (a digit token's value), computed once per distinct word; NaN is allowed. */
export class WordNumbers {
  private values = new Float64Array(0);
  private known = new Uint8Array(0);

  constructor(private readonly compute: (word: string) => number) {}

  get(id: number, word: string): number {
    if (id < this.known.length) {
      if (this.known[id] === 1) return this.values[id] as number;
    } else if (id !== 0) this.grow(id);
    const v = this.compute(word);
    if (id !== 0) {
      this.values[id] = v;
      this.known[id] = 1;
    }
    return v;
  }

  private grow(id: number): void {
    const size = Math.max(1024, words.length, id + 1) * 2;
    const values = new Float64Array(size);
    values.set(this.values);
    const known = new Uint8Array(size);
    known.set(this.known);
    this.values = values;
    this.known = known;
  }
}
