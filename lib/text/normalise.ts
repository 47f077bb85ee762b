// Arabic normalisation with an offset map, written by hand: no library normalises Arabic news text
// for matching *and* keeps a map back to the original offsets, which highlighting needs.
//
// Every recogniser matches on the normalised text; every match is mapped back with `toOriginal`,
// so that `original.slice(start, end)` is exactly the words the reader sees.
//
// What is folded (one rule per line in `buildTable`): alef forms, ى/ی → ي, ة → ه, Persian and
// Urdu letters, diacritics and tatweel (dropped; a tatweel after a space is a dash), invisible and direction marks (dropped),
// Arabic-Indic and Persian digits → ASCII, ٫ ٬ ٪ → . , %, dashes, exotic spaces, typographic quotes,
// Latin capitals → lower case, the underscores of hashtags → spaces, and presentation forms /
// full-width forms through NFKC.

/** Normalised text plus, for each of its UTF-16 units, the original span it came from. */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  /** `starts[i]`: offset in `original` of the unit that produced `text[i]`. */
  readonly starts: Int32Array;
  /** `ends[i]`: end offset in `original` of that unit, stretched over diacritics that follow it. */
  readonly ends: Int32Array;
}

const DROP = 0; // removed from the normalised text, not part of the previous letter (format marks)
const MARK = 1; // removed, but belongs to the previous letter (diacritics, tatweel)
const TATWEEL = 0x0640;
const EXPAND = 2; // replaced by its NFKC form, normalised again (may be several units)

let table: Uint16Array | null = null;
const expansions = new Map<number, string>();

function set(from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) (table as Uint16Array)[c] = value;
}

function buildTable(): Uint16Array {
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  // Reserve codes 0..2 as the markers above: map NUL, SOH, STX to a plain space.
  set(0, 2, 0x20);
  // Latin capitals → lower case (English datelines: "8th, February 2024").
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  table[0x09] = 0x20; // tab → space
  // Underscore → space: hashtags join a name's words with it (`#شي_جين_بينغ`, `#قمة_شنغهاي`).
  table[0x5f] = 0x20;
  table[0x0b] = 0x20;
  table[0x0c] = 0x20;
  // Diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel.
  set(0x0610, 0x061a, MARK);
  set(0x064b, 0x065f, MARK);
  table[0x0670] = MARK;
  set(0x06d6, 0x06dc, MARK);
  set(0x06df, 0x06e4, MARK);
  set(0x06e7, 0x06e8, MARK);
  set(0x06ea, 0x06ed, MARK);
  table[TATWEEL] = MARK;
  // Invisible and direction marks: zero-width space/joiners, LRM/RLM/ALM, embeddings, isolates,
  // word joiner, BOM, soft hyphen, Mongolian vowel separator.
  set(0x200b, 0x200f, DROP);
  set(0x202a, 0x202e, DROP);
  set(0x2060, 0x2064, DROP);
  set(0x2066, 0x2069, DROP);
  table[0xfeff] = DROP;
  table[0x00ad] = DROP;
  table[0x061c] = DROP;
  table[0x180e] = DROP;
  // Alef forms → bare alef.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) table[c] = 0x0627;
  // Yeh forms: alef maqsura, Persian yeh, yeh barree → ي.
  for (const c of [0x0649, 0x06cc, 0x06d2, 0x06d3, 0x06d0]) table[c] = 0x064a;
  // Teh marbuta and heh variants → ه.
  for (const c of [0x0629, 0x06c0, 0x06c1, 0x06c2, 0x06be, 0x06d5]) table[c] = 0x0647;
  // Persian/Urdu/Maghrebi letters used for foreign sounds → their Arabic base letter.
  table[0x06a9] = 0x0643; // ک keheh → ك
  table[0x06aa] = 0x0643; // ڪ swash kaf → ك
  table[0x06af] = 0x0643; // گ gaf → ك
  table[0x06a4] = 0x0641; // ڤ veh → ف (Maghrebi V: ڤلاديمير)
  table[0x06a5] = 0x0641;
  table[0x06a8] = 0x0642; // ڨ qaf with three dots → ق (Algerian G)
  table[0x067e] = 0x0628; // پ peh → ب
  table[0x0686] = 0x062c; // چ tcheh → ج
  table[0x0698] = 0x0632; // ژ jeh → ز
  // Digits: Arabic-Indic and Persian → ASCII; Arabic decimal/thousands separators and percent.
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 0x30 + d;
    table[0x06f0 + d] = 0x30 + d;
  }
  table[0x066b] = 0x2e; // ٫ → .
  table[0x066c] = 0x2c; // ٬ → ,
  table[0x066a] = 0x25; // ٪ → %
  // Dashes and minus → hyphen-minus.
  set(0x2010, 0x2015, 0x2d);
  table[0x2212] = 0x2d;
  // Exotic spaces → space.
  for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) table[c] = 0x20;
  set(0x2000, 0x200a, 0x20);
  // Typographic quotes → ASCII quotes.
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033]) table[c] = 0x22;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) table[c] = 0x27;
  // Presentation forms (Arabic A and B, full-width and half-width forms): NFKC, then again.
  set(0xfb50, 0xfdff, EXPAND);
  set(0xfe70, 0xfefc, EXPAND);
  set(0xff01, 0xffef, EXPAND);
  set(0xfe10, 0xfe6f, EXPAND); // vertical/small forms, e.g. ﹐ ﹑
  return table;
}

function expansionOf(code: number): string {
  let e = expansions.get(code);
  if (e === undefined) {
    const nfkc = String.fromCharCode(code).normalize('NFKC');
    e = nfkc.length === 1 && nfkc.charCodeAt(0) === code ? String.fromCharCode(code) : normaliseString(nfkc);
    expansions.set(code, e);
  }
  return e;
}

/**
 * Normalised units are written to this buffer, reused from text to text: `decode` copies them into
 * the string, so only the offset map needs memory of its own (typed arrays are costly to make).
 */
let units = new Uint16Array(1 << 14);

/**
 * Where the units come from is not stored unit by unit: nearly every character gives one unit, so
 * a unit's start in the original is its own index plus a shift that changes only after a dropped
 * mark or an expansion. `shifts` lists the changes as pairs (first unit, new shift); `starts` and
 * `ends` are built from them on first use (`toOriginal` needs a few units per text only).
 */
class Normalised implements NormalisedText {
  private startsMap: Int32Array | null = null;
  private endsMap: Int32Array | null = null;

  constructor(
    readonly original: string,
    readonly text: string,
    readonly shifts: Int32Array,
  ) {}

  get starts(): Int32Array {
    if (this.startsMap === null) {
      const starts = new Int32Array(this.text.length + 1);
      for (let u = 0; u < starts.length; u++) starts[u] = startOf(this, u);
      this.startsMap = starts;
    }
    return this.startsMap;
  }

  get ends(): Int32Array {
    if (this.endsMap === null) {
      const ends = new Int32Array(this.text.length + 1);
      for (let u = 0; u < ends.length; u++) ends[u] = endOf(this, u);
      this.endsMap = ends;
    }
    return this.endsMap;
  }
}

/** Offset in the original of the character that gave unit `u` (the original's length past the end). */
function startOf(n: NormalisedText, u: number): number {
  if (!(n instanceof Normalised)) return n.starts[u] ?? n.original.length;
  if (u >= n.text.length) return n.original.length;
  const shifts = n.shifts;
  if (shifts.length === 0 || u < (shifts[0] as number)) return u;
  // The last change at or before `u`.
  let lo = 0;
  let hi = (shifts.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((shifts[2 * mid] as number) <= u) lo = mid;
    else hi = mid - 1;
  }
  return u + (shifts[2 * lo + 1] as number);
}

/**
 * End offset in the original of normalised unit `u`: past its character and the diacritics right
 * after it, for the last unit a character gave (the others of an expansion end with the character).
 */
function endOf(n: NormalisedText, u: number): number {
  const { original } = n;
  if (u >= n.text.length) return original.length;
  const s = startOf(n, u);
  if (startOf(n, u + 1) === s) return s + 1;
  const t = table ?? buildTable();
  let e = s + 1;
  while (e < original.length && t[original.charCodeAt(e)] === MARK) e++;
  return e;
}

/** Shift changes of the text being normalised, copied out at their exact number. */
let shiftBuffer = new Int32Array(1 << 10);
const NO_SHIFTS = new Int32Array(0);

/** Normalises a text and keeps the map back to the original offsets. Never throws. */
/**
 * The table's value for the unit `c` at `i` of `text`, but for a tatweel after a space: it stretches
 * no letter there, and Egyptian print uses it as a dash (`موسكو ـ د. سامي عمارة`).
 */
function mappedAt(t: Uint16Array, text: string, i: number, c: number): number {
  const m = t[c] as number;
  return m === MARK && c === TATWEEL && (i === 0 || text.charCodeAt(i - 1) === 0x20) ? 0x2d : m;
}

export function normalise(original: string): NormalisedText {
  const t = table ?? buildTable();
  const n = original.length;
  if (units.length < n + 16) units = new Uint16Array(Math.max(n + 16, 2 * units.length));
  let out = units;
  let k = 0;
  let shifts = shiftBuffer;
  let changes = 0;
  let shift = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const m = mappedAt(t, original, i, c);
    if (m > EXPAND) {
      if (i - k !== shift) {
        shift = i - k;
        if (changes + 2 > shifts.length) shifts = shiftBuffer = grownInts(shifts);
        shifts[changes++] = k;
        shifts[changes++] = shift;
      }
      if (k + (n - i) > out.length) out = units = grownUnits(out, k + (n - i));
      // The run of characters that give one unit each, at this shift (nearly all of a text): only
      // the copy, no bookkeeping. `out` has room for one unit per character left.
      out[k] = m;
      i++;
      while (i < n) {
        const r = t[original.charCodeAt(i)] as number;
        if (r <= EXPAND) break;
        out[i - shift] = r;
        i++;
      }
      k = i - shift;
      continue;
    }
    if (m === EXPAND) {
      const e = expansionOf(c);
      if (k + e.length > out.length) out = units = grownUnits(out, k + e.length);
      for (let j = 0; j < e.length; j++) {
        if (i - k !== shift) {
          shift = i - k;
          if (changes + 2 > shifts.length) shifts = shiftBuffer = grownInts(shifts);
          shifts[changes++] = k;
          shifts[changes++] = shift;
        }
        out[k++] = e.charCodeAt(j);
      }
    }
    // MARK, DROP: nothing (the next unit's shift tells; a mark's place is found again by `endOf`).
    i++;
  }
  return new Normalised(original, decode(out, k), changes === 0 ? NO_SHIFTS : shifts.slice(0, changes));
}

function grownUnits(a: Uint16Array, need: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(Math.max(2 * a.length, need + 16));
  b.set(a);
  return b;
}

function grownInts(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/**
 * The UTF-16 units of the text the last `normalise` call returned, in the buffer the next call
 * reuses: `makeDoc` hands them to the tokenizer, which reads them faster than the string.
 */
export function lastNormalisedUnits(): Uint16Array {
  return units;
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

function decode(units: Uint16Array, length: number): string {
  const view = units.subarray(0, length);
  if (utf16 && isLittleEndian) return utf16.decode(view);
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...view.subarray(i, Math.min(length, i + 8192)));
  return s;
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Normalises a string without keeping the map: for gazetteer keys, word lists and lookups. */
export function normaliseString(s: string): string {
  const t = table ?? buildTable();
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = mappedAt(t, s, i, c);
    if (m > EXPAND) r += String.fromCharCode(m);
    else if (m === EXPAND) r += expansionOf(c);
  }
  return r;
}

/**
 * Maps a span `[from, to)` of the normalised text back to the original: from the first unit's
 * start to the last unit's end (diacritics on the last letter included).
 */
export function toOriginal(n: NormalisedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = startOf(n, from);
    return [at, at];
  }
  return [startOf(n, from), endOf(n, to - 1)];
}
