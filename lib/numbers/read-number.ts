// The shared number reader: digits (`227`, `10,000`, `1.5`), number words (cardinal and ordinal,
// with the conjunction و and scales), digits with a scale (`2 مليون`), definite digit ordinals
// (`الـ 75`, normalised to `ال 75`). Written by hand: no library reads Arabic number words.
//
// Grammar, as the press writes it (one group below a thousand, then scales, largest first):
//   group  := hundreds [و] (unit [و ten] | unit عشر | ten | teen) | digits
//   number := group [scale] (و group [scale])* [و نصف|ربع] | fraction scale (نصف مليون)
// Arabic puts units before tens (خمسة وعشرون = 25); Egyptian copy may drop و after hundreds
// (متين واحد وعشرين = 221). A plural scale with nothing before it (ملايين، آلاف) is vague: no number.

import type { Token } from '../text/tokens';
import { WordFlags } from '../text/vocabulary';
import { tokenDigitValue } from './digits';
import { analyseToken, analyseWord, type NumberSense, type WordAnalysis } from './lexicon';
import { type Prefix, procliticOf } from './proclitics';

export { procliticLength } from './lexicon';

export interface NumberReading {
  value: number;
  /** Token indices: `start` inclusive, `end` exclusive. */
  start: number;
  end: number;
  ordinal: boolean;
  /** The first word carries the feminine form (ثلاثة، الأولى، إحدى). */
  feminine?: boolean;
  /** Leading letters of the first token that are proclitics a span leaves out (`وثلاثة` → 1). */
  skip?: number;
  /** The first word carries the article (`العشرين`, `ال 75`). */
  definite?: boolean;
  /** Read from a digit token (`227`, `1.5`), possibly with a scale word after it. */
  digits?: boolean;
  /** Largest scale word in the reading (1e9 for `227 مليار`), 1 when none. */
  scale?: number;
  /** Read from an ordinal word (الثالث، الأولى), not from a definite cardinal (العشرين، ال 11). */
  ordinalWord?: boolean;
}

/** Word tokens that are only a conjunction before a number (`و 500`, `و500`). */
function isConjunctionToken(t: Token | undefined): boolean {
  const p = t && t.kind === 'word' ? procliticOf(t) : null;
  return !!p && p.conjunction && p.skip === 1 && !p.article;
}

interface GroupState {
  total: number;
  group: number;
  lastScale: number;
  hasHundred: boolean;
  hasUnit: boolean;
  hasTen: boolean;
  hasTeen: boolean;
  hasDigits: boolean;
  hasPoint: boolean;
  /** Anything consumed yet. */
  started: boolean;
  /** Reading the digits after فاصلة: a scale word belongs to the whole number, not to them. */
  noScale: boolean;
}

const fresh = (): GroupState => ({
  total: 0,
  group: 0,
  lastScale: Number.POSITIVE_INFINITY,
  hasHundred: false,
  hasUnit: false,
  hasTen: false,
  hasTeen: false,
  hasDigits: false,
  hasPoint: false,
  started: false,
  noScale: false,
});

function resetGroup(s: GroupState): void {
  s.group = 0;
  s.hasHundred = s.hasUnit = s.hasTen = s.hasTeen = s.hasDigits = s.hasPoint = false;
}

/** A new group may open here: at the start, or after `و` that follows a scale (مليون وخمسمائة). */
function canOpenGroup(s: GroupState, conj: boolean): boolean {
  if (!s.started) return true;
  return conj && s.group === 0 && Number.isFinite(s.lastScale);
}

function isTeenTail(t: Token | undefined): boolean {
  return t?.kind === 'word' && teenTail.get(t.id, t.text) === 1;
}

/** `عشر`, `عشرة` after a unit, by token id: asked of the word after every unit and ordinal word. */
const teenTail = new WordFlags((w) =>
  analyseWord(w).some((a) => a.sense.kind === 'teen-tail' && a.prefix.text === '') ? 1 : 0,
);

/**
 * Applies one number word to the state; returns how many tokens it used (0 = does not fit, and
 * then the state is unchanged).
 * `k` is the token index of the word, `conj` whether و came before it.
 */
function applyWord(tokens: Token[], k: number, sense: NumberSense, conj: boolean, s: GroupState): number {
  switch (sense.kind) {
    case 'unit': {
      if (s.hasDigits || s.hasPoint || s.hasUnit || s.hasTen || s.hasTeen) return 0;
      if (!(s.hasHundred && s.group % 100 === 0) && !canOpenGroup(s, conj)) return 0;
      if (s.hasHundred && !conj && sense.value === 0) return 0;
      const tail = sense.value >= 1 && sense.value <= 9 && isTeenTail(tokens[k + 1]);
      if (tail) {
        s.group += sense.value + 10;
        s.hasTeen = true;
        s.started = true;
        return 2;
      }
      if (sense.teenOnly) return 0;
      s.group += sense.value;
      s.hasUnit = true;
      if (sense.value === 10) s.hasTen = true;
      s.started = true;
      return 1;
    }
    case 'teen': {
      if (s.hasDigits || s.hasPoint || s.hasUnit || s.hasTen || s.hasTeen) return 0;
      if (!(s.hasHundred && s.group % 100 === 0) && !canOpenGroup(s, conj)) return 0;
      s.group += sense.value;
      s.hasTeen = true;
      s.started = true;
      return 1;
    }
    case 'ten': {
      if (s.hasDigits || s.hasPoint || s.hasTen || s.hasTeen) return 0;
      if (s.hasUnit) {
        if (!conj) return 0; // خمسة وعشرون, never خمسة عشرون
      } else if (!s.hasHundred && !canOpenGroup(s, conj)) return 0;
      s.group += sense.value;
      s.hasTen = true;
      s.started = true;
      return 1;
    }
    case 'hundred': {
      if (s.hasDigits || s.hasPoint || s.hasHundred) return 0;
      // ثلاث مئة: a unit 1–9 just before a bare مئة multiplies it.
      if (sense.bare && s.hasUnit && !s.hasTen && !conj && s.group >= 1 && s.group <= 9) {
        s.group *= 100;
        s.hasUnit = false;
        s.hasHundred = true;
        return 1;
      }
      if (s.hasUnit || s.hasTen || s.hasTeen || !canOpenGroup(s, conj)) return 0;
      s.group = sense.value;
      s.hasHundred = true;
      s.started = true;
      return 1;
    }
    case 'scale': {
      if (s.noScale || (conj && s.group > 0)) return 0;
      let multiplier: number;
      if (s.group > 0) {
        if (sense.form === 'dual' || sense.form === 'dual-construct') return 0;
        if (sense.value >= s.lastScale) return 0;
        multiplier = s.group;
      } else if (!s.started || (conj && Number.isFinite(s.lastScale))) {
        if (sense.value >= s.lastScale) return 0;
        if (sense.form === 'plural') return 0; // ملايين alone: vague
        // A bare accusative (مليارا دولار) is the dual in construct.
        multiplier = sense.form === 'single' ? 1 : 2;
      } else if (!conj && sense.value > s.lastScale && (sense.form === 'single' || sense.form === 'accusative')) {
        // ألف مليار: a thousand billion.
        s.total *= sense.value;
        s.lastScale = sense.value;
        return 1;
      } else return 0;
      s.total += multiplier * sense.value;
      resetGroup(s);
      s.lastScale = sense.value;
      s.started = true;
      return 1;
    }
    case 'fraction': {
      // مليون ونصف، ثلاثة ملايين ونصف المليون، ثلاثة ونصف: a half (or quarter) of the last unit.
      if (!conj || !s.started || sense.form !== 'single' || sense.weak) return 0;
      if (sense.value !== 0.5 && sense.value !== 0.25) return 0;
      if (s.group === 0 && Number.isFinite(s.lastScale)) {
        s.total += sense.value * s.lastScale;
        const next = tokens[k + 1];
        const same =
          next?.kind === 'word' &&
          analyseToken(next).some(
            (a) =>
              a.prefix.article && !a.prefix.conjunction && a.sense.kind === 'scale' && a.sense.value === s.lastScale,
          );
        s.lastScale = Number.NEGATIVE_INFINITY; // nothing can follow
        return same ? 2 : 1;
      }
      if (s.group > 0 && !s.hasPoint) {
        s.group += sense.value;
        s.hasPoint = true;
        return 1;
      }
      return 0;
    }
    case 'point': {
      if (conj || s.group === 0 || s.hasPoint || !Number.isInteger(s.group)) return 0;
      const next = tokens[k + 1];
      if (!next) return 0;
      if (next.kind === 'number' && /^\d+$/.test(next.text)) {
        s.group = Number(`${s.group}.${next.text}`);
        s.hasPoint = true;
        return 2;
      }
      const frac = next.kind === 'word' ? readPlainCardinal(tokens, k + 1) : null;
      if (!frac || !Number.isInteger(frac.value)) return 0;
      s.group += frac.value / 10 ** String(frac.value).length;
      s.hasPoint = true;
      return 1 + frac.end - frac.start;
    }
    default:
      return 0;
  }
}

/** Whether a reading fits a non-initial position: unprefixed, or with و (and the article in a definite compound). */
function continues(a: WordAnalysis, definite: boolean): boolean {
  return a.prefix.skip <= 1 && (a.prefix.skip === 0 || a.prefix.conjunction) && (definite || !a.prefix.article);
}

/**
 * Cardinal reading from token i. `first` forces the reading of the first word (several senses
 * may exist: خمس is five or a fifth); null when token i is a digit token.
 */
function readCardinal(tokens: Token[], i: number, first: WordAnalysis | null, noScale = false): NumberReading | null {
  const s = fresh();
  s.noScale = noScale;
  const t0 = tokens[i];
  if (!t0) return null;
  let end = i;
  let scaleMax = 1;
  let definite = false;
  let skip = 0;
  let feminine: boolean | undefined;

  if (t0.kind === 'number') {
    const v = tokenDigitValue(t0);
    if (!Number.isFinite(v)) return null;
    s.group = v;
    s.hasDigits = true;
    s.started = true;
    end = i + 1;
  } else if (first) {
    const sense = first.sense;
    definite = first.prefix.article;
    skip = first.prefix.skip;
    if (sense.kind === 'fraction') {
      // نصف مليون، ربع مليار: a fraction of a scale.
      const next = tokens[i + 1];
      const scale = next?.kind === 'word' ? analyseToken(next).find((a) => a.prefix.text === '') : undefined;
      if (noScale || sense.form !== 'single' || first.prefix.article || scale?.sense.kind !== 'scale') return null;
      if (scale.sense.form !== 'single') return null;
      s.total = sense.value * scale.sense.value;
      s.lastScale = scale.sense.value;
      s.started = true;
      scaleMax = scale.sense.value;
      end = i + 2;
    } else {
      const used = applyWord(tokens, i, sense, false, s);
      if (used === 0) return null;
      if (sense.kind === 'scale') scaleMax = sense.value;
      if (sense.kind === 'unit') feminine = sense.fem;
      end = i + used;
    }
  } else return null;

  // Continue: [و] word-or-digits, as long as each piece fits the grammar.
  for (;;) {
    let k = end;
    let conj = false;
    if (isConjunctionToken(tokens[k])) {
      conj = true;
      k++;
    }
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'number') {
      // Digits open a new group only after a scale: مليون و200 ألف.
      if (!conj || !canOpenGroup(s, conj) || s.total === 0) break;
      const v = tokenDigitValue(t);
      if (!Number.isFinite(v) || v >= s.lastScale) break;
      s.group = v;
      s.hasDigits = true;
      end = k + 1;
      continue;
    }
    if (t.kind !== 'word') break;
    let used = 0;
    for (const a of analyseToken(t)) {
      if (!continues(a, definite) || (conj && a.prefix.conjunction)) continue;
      const c = conj || a.prefix.conjunction;
      // applyWord changes the state only when the word fits.
      used = applyWord(tokens, k, a.sense, c, s);
      if (used > 0) {
        if (a.sense.kind === 'scale') scaleMax = Math.max(scaleMax, a.sense.value);
        break;
      }
    }
    if (used === 0) break;
    end = k + used;
  }

  if (end === i) return null;
  const value = s.total + s.group;
  const reading: NumberReading = { value, start: i, end, ordinal: false, scale: scaleMax };
  if (skip) reading.skip = skip;
  if (feminine !== undefined) reading.feminine = feminine;
  if (t0.kind === 'number') reading.digits = true;
  if (definite) {
    reading.definite = true;
    // العشرين، الحادي والعشرين، الواحد والعشرون، الأحد عشر, المئة: a definite number from 11 up is an ordinal
    // (الذكرى العشرين); الثلاثة "the three" stays a cardinal.
    if (value >= 11) reading.ordinal = true;
  }
  return reading;
}

/** Cardinal number words from token i, without proclitics (the part after فاصلة). */
function readPlainCardinal(tokens: Token[], i: number): NumberReading | null {
  const t = tokens[i] as Token;
  let best: NumberReading | null = null;
  for (const a of analyseToken(t)) {
    if (a.prefix.text !== '' || a.sense.kind === 'ordinal') continue;
    const r = readCardinal(tokens, i, a, true);
    if (r && (!best || r.end > best.end)) best = r;
  }
  return best;
}

/** Ordinal word reading: الثالث، الحادي عشر، الثالثة عشرة، الخامس والعشرين. */
function readOrdinal(tokens: Token[], i: number, first: WordAnalysis): NumberReading | null {
  const sense = first.sense;
  if (sense.kind !== 'ordinal') return null;
  const definite = first.prefix.article;
  let value = sense.value;
  let end = i + 1;
  const next = tokens[i + 1];
  if (isTeenTail(next) && value <= 9) {
    value += 10;
    end = i + 2;
  } else {
    let k = i + 1;
    let conj = false;
    if (isConjunctionToken(tokens[k])) {
      conj = true;
      k++;
    }
    const t = tokens[k];
    if (t?.kind === 'word') {
      const ten = analyseToken(t).find(
        (a) =>
          a.sense.kind === 'ten' &&
          (conj ? a.prefix.skip === 0 : a.prefix.conjunction && a.prefix.skip === 1) &&
          a.prefix.article === definite,
      );
      if (ten && ten.sense.kind === 'ten') {
        value += ten.sense.value;
        end = k + 1;
      }
    }
  }
  if (sense.compoundOnly && end === i + 1) return null;
  const reading: NumberReading = { value, start: i, end, ordinal: true, feminine: sense.fem, ordinalWord: true };
  if (first.prefix.skip) reading.skip = first.prefix.skip;
  if (definite) reading.definite = true;
  return reading;
}

/** `ال 75`, `الـ75`, `بالـ 20`: the article written apart from a digit number is an ordinal. */
function readDigitOrdinal(tokens: Token[], i: number, prefix: Prefix): NumberReading | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!prefix.article || !next || next.kind !== 'number' || next.start - t.end > 1) return null;
  const value = tokenDigitValue(next);
  if (!Number.isInteger(value) || value <= 0) return null;
  const reading: NumberReading = { value, start: i, end: i + 2, ordinal: true, definite: true, digits: true };
  if (prefix.skip) reading.skip = prefix.skip;
  return reading;
}

/**
 * Reads a number starting at token i of normalised text: digits (`227`, `10,000`, `1.5`), number
 * words (cardinal and ordinal, with و and scales), digits with a scale (`2 مليون`), a negative
 * sign written against digits (`-1.2`), a digit ordinal (`ال 75`). A proclitic on the first word
 * (`وثلاثة`, `لعشرين`, `والعشرين`) belongs to the reading; `skip` says how many letters to leave
 * out of a span. Returns null when token i does not start a number. A word token that is only a
 * conjunction (`و` of `و15`) is not a number: read from the digits after it.
 */
export function readNumberAt(tokens: Token[], i: number): NumberReading | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    // Fast path for the common case (dates, years, counts): digits not followed by a number word.
    const next = tokens[i + 1];
    if (next?.kind !== 'word' || (analyseToken(next).length === 0 && !procliticOf(next))) {
      const value = tokenDigitValue(t);
      return Number.isFinite(value) ? { value, start: i, end: i + 1, ordinal: false, scale: 1, digits: true } : null;
    }
    return readCardinal(tokens, i, null);
  }
  if (t.kind === 'punct') {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const attached = next?.kind === 'number' && next.start === t.end;
    const detachedBefore = !prev || prev.end < t.start || prev.kind === 'punct';
    if (t.text !== '-' || !attached || !detachedBefore || prev?.kind === 'number') return null;
    const r = readCardinal(tokens, i + 1, null);
    return r ? { ...r, value: -r.value, start: i } : null;
  }
  const prefix = procliticOf(t);
  if (prefix) return readDigitOrdinal(tokens, i, prefix);
  let best: NumberReading | null = null;
  for (const a of analyseToken(t)) {
    const r = a.sense.kind === 'ordinal' ? readOrdinal(tokens, i, a) : readCardinal(tokens, i, a);
    if (r && (!best || r.end > best.end)) best = r;
  }
  return best ? pastHundred(tokens, best) : null;
}

/**
 * `الخمسين بعد المئة` (150th), `الخامس بعد المئة` (105th): a definite ordinal below a hundred
 * followed by `بعد المئة` ("after the hundred") counts on from a hundred, as the press writes
 * anniversaries and ranks past 100. Read as part of the ordinal, not left as 50.
 */
function pastHundred(tokens: Token[], r: NumberReading): NumberReading {
  if (!r.ordinal || !r.definite || r.digits || r.value >= 100) return r;
  const after = tokens[r.end];
  const hundred = tokens[r.end + 1];
  if (after?.kind !== 'word' || after.text !== AFTER || hundred?.kind !== 'word') return r;
  const isHundred = analyseToken(hundred).some(
    (a) => a.sense.kind === 'hundred' && a.sense.value === 100 && a.prefix.text === 'ال',
  );
  return isHundred ? { ...r, value: r.value + 100, end: r.end + 2 } : r;
}

/** `بعد` "after", normalised (no letter in it changes). */
const AFTER = 'بعد';
