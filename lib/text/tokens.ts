// Word tokens over normalised text. Arabic has no usable `\b` in JavaScript regular expressions,
// so every recogniser shares this one definition of where words start and end. Every token's text
// is interned (`vocabulary.ts`): a word seen before costs no new string, and its `id` lets each
// recogniser look the word up in an array instead of hashing it again.

import {
  flagGeneration,
  flagsOf,
  HASH_SEED,
  hashStep,
  internSlice,
  knownFlags,
  unitsOf,
  wordFlag,
  words,
} from './vocabulary';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Interned id of `text` (`vocabulary.ts`): equal texts, equal ids; 0 when not interned. */
  id: number;
}

/**
 * The tokens `tokenize` makes. Their text is looked up in the interning table when read rather
 * than when the token is made: the table is large and read at random, so the lookup is a cache
 * miss, and most tokens' text is never read (scans go by ids and word bits). Only a token that was
 * not interned (id 0) carries its own text. The fields are set in one order by one constructor,
 * so every token has one shape.
 */
class WordToken implements Token {
  constructor(
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    readonly id: number,
    private readonly own: string | null,
  ) {}

  get text(): string {
    return this.own ?? (words[this.id] as string);
  }
}

const LETTER = 1;
const DIGIT = 2;
let classes: Uint8Array | null = null;

function buildClasses(): Uint8Array {
  const c = new Uint8Array(0x10000);
  for (let x = 0x61; x <= 0x7a; x++) c[x] = LETTER; // a-z (capitals are folded by normalise)
  for (let x = 0x41; x <= 0x5a; x++) c[x] = LETTER;
  for (let x = 0x0621; x <= 0x064a; x++) c[x] = LETTER;
  for (let x = 0x066e; x <= 0x06d3; x++) c[x] = LETTER;
  for (let x = 0x00c0; x <= 0x024f; x++) c[x] = LETTER; // Latin with accents
  for (let x = 0x0400; x <= 0x04ff; x++) c[x] = LETTER; // Cyrillic (names in agency copy)
  for (let x = 0x30; x <= 0x39; x++) c[x] = DIGIT;
  c[0xd7] = 0; // ×
  c[0xf7] = 0; // ÷
  classes = c;
  return c;
}

/** True for a letter of a word (Arabic, Latin, Cyrillic), on normalised text. */
export function isLetter(code: number): boolean {
  return (classes ?? buildClasses())[code] === LETTER;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** What `\s` matches (ECMAScript white space and line terminators), without a RegExp. */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Splits normalised text into words (runs of letters), numbers (digit runs with inner `.` or `,`
 * between digits: `227`, `1.5`, `10,000`) and single punctuation marks. Spaces are skipped.
 * `units`, when given, holds `text`'s UTF-16 units (at least `text.length` of them): the letters
 * are read from it, faster than through the string (`makeDoc` has them from `normalise`).
 */
export function tokenize(text: string, units: Uint16Array = unitsOf(text)): Token[] {
  const cls = classes ?? buildClasses();
  const tokens: Token[] = [];
  const n = text.length;
  // The typed columns (see `TokenTable`) are filled as the tokens are made, the word facts too
  // for words whose facts are known (all but a text's new words): no second pass over the ids.
  let stride = (n >> 2) + 16;
  let columns = tableInts(COLUMNS * stride);
  let count = 0;
  let breaks = 0;
  let unknownFacts = 0;
  let i = 0;
  while (i < n) {
    const code = units[i] as number;
    const k = cls[code];
    let j: number;
    let h: number;
    let kind: TokenKind;
    if (k === LETTER) {
      h = hashStep(HASH_SEED, code);
      j = i + 1;
      for (; j < n; j++) {
        const c = units[j] as number;
        if (cls[c] !== LETTER) break;
        h = hashStep(h, c);
      }
      kind = 'word';
    } else if (k === DIGIT) {
      j = i + 1;
      for (;;) {
        while (j < n && cls[units[j] as number] === DIGIT) j++;
        if (j + 1 >= n) break;
        const sep = units[j];
        if ((sep === 0x2e || sep === 0x2c) && cls[units[j + 1] as number] === DIGIT) j += 2;
        else break;
      }
      h = HASH_SEED;
      for (let p = i; p < j; p++) h = hashStep(h, units[p] as number);
      kind = 'number';
    } else if (code === 0x20) {
      i++;
      continue;
    } else if (code === 0x0a || code === 0x0d) {
      breaks++;
      i++;
      continue;
    } else {
      j = i + 1;
      h = hashStep(HASH_SEED, code);
      kind = 'punct';
    }
    const id = j === i + 1 ? singleId(units, text, i, code, h) : internSlice(units, text, i, j, h);
    if (count === stride) {
      const grown = tableInts(2 * COLUMNS * stride);
      for (let c = 0; c < COLUMNS; c++) grown.set(columns.subarray(c * stride, (c + 1) * stride), c * 2 * stride);
      columns = grown;
      stride *= 2;
    }
    columns[count] = i;
    columns[stride + count] = j;
    columns[2 * stride + count] = id;
    const facts = knownFlags(id);
    if (facts === 0) unknownFacts++;
    columns[3 * stride + count] = facts;
    columns[4 * stride + count] = breaks;
    count++;
    // A fresh list grown by `push`: a list kept from text to text would be old-generation
    // memory, and each young token stored in it a write the garbage collector must record.
    tokens.push(new WordToken(kind, i, j, id, id === 0 ? text.slice(i, j) : null));
    i = j;
  }
  tables.set(tokens, new TokenTable(tokens, columns, stride, 0, unknownFacts === 0 ? flagGeneration() : NO_BITS));
  return tokens;
}

/**
 * Ids of one-character tokens (punctuation, a digit) by character code, 0 until first met: most
 * marks need no hash probe.
 */
const singles = new Int32Array(0x10000);

function singleId(units: Uint16Array, text: string, i: number, code: number, h: number): number {
  const known = singles[code] as number;
  if (known !== 0) return known;
  const id = internSlice(units, text, i, i + 1, h);
  singles[code] = id;
  return id;
}

/** Bits of `tokenBits` telling the kind of a token (text decides it, so it is a word fact too). */
export const WORD_BIT = wordFlag((w) => isLetter(w.charCodeAt(0)));
export const NUMBER_BIT = wordFlag((w) => isDigit(w.charCodeAt(0)));

/**
 * Ints per block that `tableInts` cuts buffers from (64 kB: the tables of a few pages). Small
 * enough for the allocator to hand out recycled, warm memory rather than fresh pages.
 */
const BLOCK_INTS = 1 << 14;
let block = new Int32Array(BLOCK_INTS);
let blockUsed = 0;

/**
 * A zeroed buffer of `size` ints for a token table, cut from a larger block rather than made on its
 * own: a typed array of more than a few ints gets its memory outside the JavaScript heap, and one
 * made per text (`new Int32Array`) cost ≈ a tenth of `tokenize`. A window on a block is an
 * ordinary small object. Windows never overlap and a block is never reused: a new one is made
 * when it is full, and the old one lives on while a table still points into it.
 */
function tableInts(size: number): Int32Array {
  if (size > BLOCK_INTS >> 2) return new Int32Array(size);
  if (blockUsed + size > BLOCK_INTS) {
    block = new Int32Array(BLOCK_INTS);
    blockUsed = 0;
  }
  const out = block.subarray(blockUsed, blockUsed + size);
  blockUsed += size;
  return out;
}

/** Columns of a `TokenTable`: start, end, id, bits, line. */
const COLUMNS = 5;
/** `TokenTable.bitsFor` when the bits column is not filled. */
const NO_BITS = -1;

/**
 * The tokens of a list as parallel typed arrays: offsets, ids, line numbers, and every registered
 * word fact (`wordFlag`) as bits. Scans run over these arrays and look at a token object only
 * where their bit is set. Made by `tokenize` as it reads, and copied for a list made of a
 * document's tokens (`tokenRuns`). The columns share one buffer: typed arrays are costly to
 * allocate, one per list is enough.
 */
export class TokenTable {
  // The columns are windows on the shared buffer, each made on first use: a typed array is costly
  // to make, and a list cut for one phrase (`tokenRuns`) is often read through one or two of them.
  private startColumn: Int32Array | null = null;
  private endColumn: Int32Array | null = null;
  private idsColumn: Int32Array | null = null;
  private bitsColumn: Int32Array | null = null;
  private lineColumn: Int32Array | null = null;

  /**
   * `columns`: `COLUMNS` columns of `stride` ints; this list's tokens are `tokens.length` of them
   * from `offset` on (a list that is a run of another shares its buffer). `bitsFor`: the number of
   * word facts registered when the bits column was filled (`flagGeneration`), or `NO_BITS`.
   */
  constructor(
    readonly tokens: readonly Token[],
    readonly columns: Int32Array,
    readonly stride: number,
    readonly offset: number,
    private bitsFor: number,
  ) {}

  private column(c: number): Int32Array {
    const from = c * this.stride + this.offset;
    return this.columns.subarray(from, from + this.tokens.length);
  }

  get start(): Int32Array {
    if (this.startColumn === null) this.startColumn = this.column(0);
    return this.startColumn;
  }

  get end(): Int32Array {
    if (this.endColumn === null) this.endColumn = this.column(1);
    return this.endColumn;
  }

  get ids(): Int32Array {
    if (this.idsColumn === null) this.idsColumn = this.column(2);
    return this.idsColumn;
  }

  /**
   * Line breaks in the text before each token: two tokens are on one line when their numbers are
   * equal, in any list made of the same text's tokens.
   */
  get line(): Int32Array {
    if (this.lineColumn === null) this.lineColumn = this.column(4);
    return this.lineColumn;
  }

  get length(): number {
    return this.tokens.length;
  }

  /**
   * Word facts per token (see `wordFlag`), computed on first use unless `tokenize` could fill
   * them; again if a fact was registered since (only while modules load).
   */
  get bits(): Int32Array {
    if (this.bitsColumn === null) this.bitsColumn = this.column(3);
    const bitsColumn = this.bitsColumn;
    if (!this.hasBits) {
      const ids = this.ids;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        // Known words (nearly all of them) are one read; no object is made for the lookup.
        bitsColumn[i] =
          id === 0 ? flagsOf(this.tokens[i] as Token) : knownFlags(id) || flagsOf({ id, text: words[id] as string });
      }
      this.bitsFor = flagGeneration();
    }
    return this.bitsColumn;
  }

  /** Whether a line break lies between tokens `a` and `b` of the list. */
  breakBetween(a: number, b: number): boolean {
    return this.line[a] !== this.line[b];
  }

  /** Whether the word facts are computed (a copy of the list can take them over). */
  get hasBits(): boolean {
    return this.bitsFor === flagGeneration();
  }
}

/**
 * A list's table is kept on the list itself, under a symbol: a WeakMap would do, but young
 * entries of a WeakMap outlive the young-generation collections of V8 and each document's
 * tables would be promoted to the old generation before dying.
 */
const TABLE = Symbol('tokenTable');
type WithTable = { [TABLE]?: TokenTable };
const tables = {
  get: (tokens: readonly Token[]) => (tokens as WithTable)[TABLE],
  set: (tokens: readonly Token[], table: TokenTable) => {
    (tokens as WithTable)[TABLE] = table;
  },
};

/**
 * The typed view of a token list. Lists come from `tokenize` or `tokenRuns`; any other list of
 * tokens of `text` (a test's, a slice) is described once from its objects and the text.
 */
/**
 * Index of the first token in `[from, to)` whose start is at `offset` or later (`to` if none), by
 * halving over a table's sorted `start` column: the document's tokens include the page around the
 * story, often most of them, so the scans that begin at a line or a story find their first token so.
 */
export function firstTokenAt(start: Int32Array, offset: number, from = 0, to = start.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tokenTable(tokens: readonly Token[], text?: string): TokenTable {
  const known = tables.get(tokens);
  if (known) return known;
  const n = tokens.length;
  const columns = tableInts(COLUMNS * n);
  let breaks = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (text !== undefined) {
      for (; at < t.start; at++) {
        const c = text.charCodeAt(at);
        if (c === 0x0a || c === 0x0d) breaks++;
      }
    }
    columns[i] = t.start;
    columns[n + i] = t.end;
    columns[2 * n + i] = t.id;
    columns[4 * n + i] = breaks;
  }
  const table = new TokenTable(tokens, columns, n, 0, NO_BITS);
  tables.set(tokens, table);
  return table;
}

/** Shorthand: the word-fact bits of a token list. */
export function tokenBits(tokens: readonly Token[]): Int32Array {
  return tokenTable(tokens).bits;
}

/**
 * The tokens of `runs` (`[from, to)` index ranges of `tokens`, in order), as a new list whose
 * typed view is copied from the old one's rather than rebuilt.
 */
export function tokenRuns(tokens: readonly Token[], runs: ReadonlyArray<readonly [number, number]>): Token[] {
  const src = tokenTable(tokens);
  const only = runs.length === 1 ? (runs[0] as readonly [number, number]) : null;
  if (only) {
    // One run: its typed view is a window on the same buffer (typed arrays are costly to make).
    const out = tokens.slice(only[0], only[1]);
    const table = new TokenTable(
      out,
      src.columns,
      src.stride,
      src.offset + only[0],
      src.hasBits ? flagGeneration() : NO_BITS,
    );
    tables.set(out, table);
    return out;
  }
  let n = 0;
  for (const [a, b] of runs) n += b - a;
  const out: Token[] = [];
  const columns = tableInts(COLUMNS * n);
  const withBits = src.hasBits;
  // Copied index by index from the source's buffer: a `subarray` per run and column to `set` from
  // would be five typed arrays made per run.
  const from = src.columns;
  const { stride, offset } = src;
  let k = 0;
  for (const [a, b] of runs) {
    for (let i = a; i < b; i++, k++) {
      out.push(tokens[i] as Token);
      const at = offset + i;
      columns[k] = from[at] as number;
      columns[n + k] = from[stride + at] as number;
      columns[2 * n + k] = from[2 * stride + at] as number;
      if (withBits) columns[3 * n + k] = from[3 * stride + at] as number;
      columns[4 * n + k] = from[4 * stride + at] as number;
    }
  }
  tables.set(out, new TokenTable(out, columns, n, 0, withBits ? flagGeneration() : NO_BITS));
  return out;
}
