// Figures in running text: a number with what it counts (money, percent, fraction, count,
// ordinal with its noun). Written by hand for Arabic news copy; no library does this.
//
// Trigger-based and linear: only digit tokens, number words (one Map lookup), digit ordinals
// (`ال 75`) and indefinite duals of measures (`يومين`) start a look; each look reads a few
// tokens around the trigger, and the scan resumes after what was taken.
//
// A number with nothing it counts is not a figure: the day and year of a date (`28 يونيو`,
// `عام 2023`, `22/03/2023`, `15-16 سبتمبر`) have no unit and are left to the date recogniser.

import type { Candidate, Doc } from '../extract/document';
import type { Token } from '../text/tokens';
import {
  figureJoinWords,
  hedgeBefore,
  isCopula,
  isNumberedName,
  isPhraseBreak,
  isRangeJoiner,
  isRangeOpener,
  isYearContext,
} from './context';
import { analyseWord, lexiconWords, type WordAnalysis } from './lexicon';
import { PREFIXES, procliticToken } from './proclitics';
import { type NumberReading, readNumberAt } from './read-number';
import {
  afterRepeatedNoun,
  currencyAt,
  isMeasure,
  nounAt,
  readUnitAfter,
  trailingFraction,
  type UnitReading,
} from './read-unit';
import { currencyAnalysis, dualFigureWords, nounAnalysis, unitStartWords } from './unit-lexicon';

interface Found {
  candidate: Candidate;
  /** A second figure read with the first: the closing end of a range. */
  also?: Candidate;
  /** Token index where the scan resumes. */
  next: number;
}

/** Rounds float noise away (0.1 × 3 → 0.3) without touching real precision. */
const tidy = (v: number): number => (Number.isInteger(v) ? v : Number(v.toPrecision(12)));

function figure(tokens: Token[], start: number, skip: number, end: number, value: number, unit: string | null): Found {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  return {
    candidate: { type: 'figure', id: null, value: tidy(value), unit, nStart: first.start + skip, nEnd: last.end },
    next: end,
  };
}

const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);

/**
 * Digits that are part of something else: a name or model (`G20`, `كوفيد-19`, `إس-400`), a date or
 * clock time (`22/03/2023`, `10:30`).
 */
function digitsInsideSomething(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.end === t.start) {
    if (prev.kind === 'word' && !procliticToken(prev.text)) return true;
    if (isPunct(prev, '/:')) return true;
    const before = tokens[i - 2];
    if (prev.text === '-' && before?.kind === 'word' && before.end === prev.start) return true;
  }
  return !!next && next.start === t.end && isPunct(next, '/:');
}

/** A second amount closing a range: `10-20 دولار`, `بين 10 و20 مليار دولار`, `من 5 إلى 7 أيام`. */
function rangeEnd(tokens: Token[], r: NumberReading): { r2: NumberReading; u: UnitReading } | null {
  const k = r.end;
  const t = tokens[k];
  if (!t) return null;
  let at = -1;
  if (t.text === '-') at = k + 1;
  else if (isRangeOpener(tokens[r.start - 1])) {
    if (isRangeJoiner(t) || (t.kind === 'word' && (t.text === 'و' || t.text === 'ل'))) at = k + 1;
    else if (t.kind === 'word' && analyseWord(t.text)[0]?.prefix.skip === 1) at = k; // وعشرين، لعشرين
  }
  if (at < 0) return null;
  const r2 = readNumberAt(tokens, at);
  if (!r2 || r2.ordinal || r2.value <= r.value) return null;
  const u = readUnitAfter(tokens, r2);
  return u ? { r2, u } : null;
}

/** A cardinal reading and what it counts, or null when it counts nothing. */
function cardinalFigure(tokens: Token[], r: NumberReading): Found | null {
  let start = r.start;
  let skip = r.skip ?? 0;
  let value = r.value;
  const first = tokens[r.start] as Token;
  // A minus sign written against the digits, after a space: تراجع بنسبة -1.2%.
  const minus = tokens[r.start - 1];
  if (first.kind === 'number' && minus?.text === '-' && minus.end === first.start) {
    const before = tokens[r.start - 2];
    if (!before || (before.end < minus.start && before.kind !== 'number')) {
      value = -value;
      start--;
    }
  }
  const u = readUnitAfter(tokens, r, value);
  if (!u) {
    // A range (`من 38 إلى 44 مليار متر مكعب`, `10-20 دولار`): two figures, the first sharing the
    // scale and unit written only after the second.
    const range = rangeEnd(tokens, r);
    if (range) {
      const shared = (r.scale ?? 1) === 1 && (range.r2.scale ?? 1) > 1 ? (range.r2.scale ?? 1) : 1;
      const first = figure(tokens, start, skip, r.end, value * shared, range.u.unit);
      const second = figure(tokens, range.r2.start, range.r2.skip ?? 0, range.u.end, range.u.value, range.u.unit);
      return { candidate: first.candidate, also: second.candidate, next: second.next };
    }
    // A sign or percent before the number: $10، € 20، %15 (typed right-to-left).
    const before = tokens[start - 1];
    if (before && first.start - before.end <= 1) {
      const cur = currencyAt(tokens, start - 1);
      if (cur && cur.end === start) return figure(tokens, start - 1, 0, r.end, value, cur.code);
      if (before.text === '%' && !(tokens[start - 2]?.kind === 'number')) {
        return figure(tokens, start - 1, 0, r.end, value, '%');
      }
    }
    // A number with a scale word is a quantity even when what it counts is left implicit:
    // تجاوز عدد الإصابات 82 ألفا. A lone scale word is not enough: ألف is also "he wrote".
    if ((r.scale ?? 1) > 1 && (r.digits || r.end - r.start > 1)) {
      return figure(tokens, start, skip, r.end, value, null);
    }
    return null;
  }
  const sign = tokens[start - 1];
  if (sign && sign.kind === 'punct' && first.start - sign.end <= 1 && currencyAt(tokens, start - 1)?.end === start) {
    start--;
    skip = 0;
  }
  return figure(tokens, start, skip, u.end, u.value, u.unit);
}

/** Whether an ordinal's gender fits a noun's (الأولى needs a feminine noun; الأولي "preliminary" does not). */
function genderFits(r: NumberReading, feminine: boolean): boolean {
  return r.value > 10 || r.digits === true || r.feminine === undefined || r.feminine === feminine;
}

/** A measure with the article right before a definite number: `الأشهر الخمسة`, `الأشهر الـ11`. */
function definitePluralBefore(tokens: Token[], r: NumberReading): Found | null {
  const prev = tokens[r.start - 1];
  const a = prev?.kind === 'word' ? nounAnalysis(prev.text) : undefined;
  if (!a || !r.definite || r.ordinalWord || a.form !== 'plural' || !a.prefix.article) return null;
  // Only spans and measures: الأشهر الخمسة is a duration, الدول الثلاث "the three countries" a reference.
  if (!a.noun.dualIsFigure) return null;
  return figure(tokens, r.start - 1, a.prefix.skip, r.end, r.value, a.noun.unit);
}

/**
 * An ordinal with its noun: `الذكرى الـ 75`, `المركز التاسع`, `زيارته الأولى`, `زيارة ثانية`,
 * `أول زيارة`; or an ordinal closing a longer noun phrase (`منتدى الشرق الاقتصادي الرابع`,
 * `عيد ميلاد الرئيس الصيني التاسع والستين`), or after a copula (`قمة ثنائية هي الأولى`), where
 * the span is the ordinal alone.
 */
function ordinalFigure(tokens: Token[], r: NumberReading): Found | null {
  const prev = tokens[r.start - 1];
  if (isNumberedName(prev)) return null;
  const counted = definitePluralBefore(tokens, r);
  if (counted) return counted;
  const before = prev?.kind === 'word' ? nounAnalysis(prev.text) : undefined;
  if (before) {
    const definite = before.prefix.article || before.possessive;
    if (
      before.noun.ordinal &&
      before.form === 'singular' &&
      definite === !!r.definite &&
      genderFits(r, before.feminine)
    ) {
      const unit = before.noun.ordinalUnit ?? before.noun.unit;
      return figure(tokens, r.start - 1, before.prefix.skip, r.end, r.value, unit);
    }
    // قمة العشرين: a noun that could take an ordinal but does not agree takes the number as a name.
    if (before.noun.ordinal) return null;
  }
  if (!r.definite && !r.digits) {
    // أول زيارة، ثاني قمة: an indefinite ordinal before its noun.
    const next = tokens[r.end];
    const a = next?.kind === 'word' ? nounAnalysis(next.text) : undefined;
    if (a && a.form === 'singular' && a.prefix.text === '' && !a.possessive) {
      return figure(tokens, r.start, r.skip ?? 0, r.end + 1, r.value, a.noun.ordinalUnit ?? a.noun.unit);
    }
  }
  // An ordinal word closing a longer noun phrase: `لولاية رئاسية خامسة`, `معرض «روسيا - الصين» الثامن`.
  if (!r.definite && !r.ordinalWord) return null;
  let copulaAt = -1;
  let passedNoun = false;
  for (let k = r.start - 1; k >= 0 && k >= r.start - 8; k--) {
    const t = tokens[k] as Token;
    if (isCopula(t)) {
      copulaAt = k;
      continue;
    }
    // `استمرت الزيارة يومين، وهي الأولى`: the copula may follow a comma.
    if (k === copulaAt - 1 && isPunct(t, ',،')) continue;
    if (isPhraseBreak(t)) break;
    if (t.kind !== 'word') continue;
    const a = nounAnalysis(t.text);
    if (!a) continue;
    const definite = a.prefix.article || a.possessive;
    // An indefinite ordinal agrees with an indefinite noun; a definite one may close an idafa
    // whose head has no article (دورة الألعاب ... الثانية والعشرين).
    const agrees = r.definite || !definite;
    // Past another noun, only the head of an idafa chain can own the ordinal: عيد ميلاد الرئيس
    // الصيني التاسع والستين, but not خلال الاجتماع قال المسؤول الأول. A copula points back to
    // the subject of its clause, whatever lies between.
    const reachable = copulaAt >= 0 || !passedNoun || !definite;
    if (a.noun.ordinal && a.form === 'singular' && agrees && reachable && genderFits(r, a.feminine)) {
      return figure(tokens, r.start, r.skip ?? 0, r.end, r.value, a.noun.ordinalUnit ?? a.noun.unit);
    }
    passedNoun = true;
  }
  return null;
}

/** Whether a token is an ordinal word or `الأخير` (`الربع الأول`, `النصف الثاني`: a period, not a share). */
function isOrdinalWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  return t.text === 'الاخير' || analyseWord(t.text).some((a) => a.sense.kind === 'ordinal');
}

/** A word with the article or a possessive suffix (ها، هم، هما). */
const DEFINITE = /^(ال|لل)|(ها|هم|هما)$/;

/**
 * A fraction word: `نصف ساعة`, `ربع القرن`, `ثلث الصادرات`, `خمس السكان`, and a bare definite
 * fraction after a hedge (`بنحو الربع` → span `نحو الربع`).
 */
function fractionFigure(tokens: Token[], i: number, a: WordAnalysis): Found | null {
  const f = a.sense;
  if (f.kind !== 'fraction' || f.form === 'plural') return null;
  const next = tokens[i + 1];
  if (a.prefix.text === 'و' && !f.weak && f.form === 'single') {
    // ساعة ونصف (الساعة): one measure and a half.
    const prev = tokens[i - 1];
    const n = prev?.kind === 'word' ? nounAnalysis(prev.text) : undefined;
    if (n?.noun.dualIsFigure && n.form === 'singular' && !n.prefix.article && !n.possessive) {
      return figure(tokens, i - 1, n.prefix.skip, afterRepeatedNoun(tokens, i + 1, n.noun), 1 + f.value, n.noun.unit);
    }
  }
  if (!a.prefix.article) {
    if (isMeasure(tokens, i + 1)) {
      const n = nounAt(tokens, i + 1, f.value, true);
      if (n) return figure(tokens, i, a.prefix.skip, n.end, n.value, n.unit);
    }
    if (f.measureOnly || next?.kind !== 'word') return null;
    // خمس السكان، نحو خمس احتياجاتها: a fraction of something definite (article or possessive).
    if (f.weak && !DEFINITE.test(next.text)) return null;
    const hedge = hedgeBefore(tokens, i);
    return hedge
      ? figure(tokens, hedge.start, hedge.skip, i + 1, f.value, 'fraction')
      : figure(tokens, i, a.prefix.skip, i + 1, f.value, 'fraction');
  }
  if (isOrdinalWord(next)) return null;
  const hedge = hedgeBefore(tokens, i);
  return hedge ? figure(tokens, hedge.start, hedge.skip, i + 1, f.value, 'fraction') : null;
}

/** An indefinite dual of a measure or currency alone: `يومين`, `لمدة عامين`, `مرتين`, `دولارين`. */
function dualFigure(tokens: Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  if (tokens[i - 1]?.kind === 'number') return null;
  const a = nounAnalysis(t.text);
  if (a && a.form === 'dual' && a.noun.dualIsFigure && !a.prefix.article) {
    const half = trailingFraction(tokens[i + 1]);
    const end = half ? afterRepeatedNoun(tokens, i + 2, a.noun) : i + 1;
    return figure(tokens, i, a.prefix.skip, end, 2 + half, a.noun.unit);
  }
  const c = currencyAnalysis(t.text);
  if (c && c.form === 'dual') {
    const cur = currencyAt(tokens, i);
    if (cur) return figure(tokens, i, 0, cur.end, 2, cur.code);
  }
  return null;
}

/** `يوم واحد`, `مرة واحدة`: one, written after its noun. */
function oneAfterNoun(tokens: Token[], r: NumberReading): Found | null {
  const prev = tokens[r.start - 1];
  const a = prev?.kind === 'word' ? nounAnalysis(prev.text) : undefined;
  if (!a || a.prefix.article || a.form !== 'singular' || r.skip) return null;
  return figure(tokens, r.start - 1, a.prefix.skip, r.end, 1, a.noun.unit);
}

let afterNumber: Set<string> | null = null;

/** Every word that can follow digits inside a figure: number words, units, percent, range words. */
function buildAfterNumber(): Set<string> {
  const set = new Set<string>(lexiconWords());
  for (const w of unitStartWords()) set.add(w);
  // Nisba plurals (فلسطينيين) are recognised by their ending, not listed: see read-unit.ts.
  for (const w of figureJoinWords()) set.add(w);
  for (const p of PREFIXES) set.add(p.text);
  afterNumber = set;
  return set;
}

/** Signs and marks that can sit right before or after digits in a figure. */
const FIGURE_PUNCT = '%$€£¢₽-';

/**
 * Most digits in news are dates, years, clock times and references: nothing around them can make
 * a figure. One lookup on the next word dismisses them before any reading.
 */
function cannotBeFigure(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind === 'punct' && FIGURE_PUNCT.includes(prev.text)) return false;
  const next = tokens[i + 1];
  if (!next || next.kind === 'number') return true;
  if (next.kind === 'punct') return !FIGURE_PUNCT.includes(next.text);
  const w = next.text;
  return !(afterNumber ?? buildAfterNumber()).has(w) && !w.endsWith('يين') && !w.endsWith('يون');
}

function numberFigure(tokens: Token[], i: number): Found | null {
  if (cannotBeFigure(tokens, i) || digitsInsideSomething(tokens, i)) return null;
  const r = readNumberAt(tokens, i);
  if (!r) return null;
  const t = tokens[i] as Token;
  const plainYear = r.end === i + 1 && /^\d{4}$/.test(t.text) && r.value >= 1900 && r.value <= 2100;
  if (plainYear && isYearContext(tokens[i - 1])) return null;
  return cardinalFigure(tokens, r);
}

function wordFigure(tokens: Token[], i: number, analyses: readonly WordAnalysis[]): Found | null {
  const r = readNumberAt(tokens, i);
  if (r?.ordinal) return ordinalFigure(tokens, r);
  if (r) {
    const f = cardinalFigure(tokens, r) ?? definitePluralBefore(tokens, r);
    if (f) return f;
    if (r.value === 1 && r.end === i + 1) {
      const one = oneAfterNoun(tokens, r);
      if (one) return one;
    }
  }
  for (const a of analyses) {
    if (a.sense.kind !== 'fraction') continue;
    const f = fractionFigure(tokens, i, a);
    if (f) return f;
  }
  return null;
}

const NUMBER_WORD = 1;
const ARTICLE = 2;
const DUAL = 4;
let triggers: Map<string, number> | null = null;

/** One table of every word that can start a figure: a word that cannot costs one lookup. */
function buildTriggers(): Map<string, number> {
  const table = new Map<string, number>();
  const mark = (w: string, flag: number) => table.set(w, (table.get(w) ?? 0) | flag);
  for (const w of lexiconWords()) mark(w, NUMBER_WORD);
  for (const p of PREFIXES) if (p.article) mark(p.text, ARTICLE);
  for (const w of dualFigureWords()) mark(w, DUAL);
  triggers = table;
  return table;
}

/** A figure starting at word token i, whose trigger kind is `kind`. */
function figureAtWord(tokens: Token[], i: number, kind: number): Found | null {
  const t = tokens[i] as Token;
  if (kind & DUAL) {
    const dual = dualFigure(tokens, i);
    if (dual) return dual;
  }
  const analyses = analyseWord(t.text);
  if (analyses.length > 0) return wordFigure(tokens, i, analyses);
  if (kind & ARTICLE) {
    const r = readNumberAt(tokens, i);
    return r?.ordinal ? ordinalFigure(tokens, r) : null;
  }
  return null;
}

/** Every figure mention in a document, in text order, as candidates on the normalised text. */
export function findFigures(doc: Doc): Candidate[] {
  const tokens = doc.tokens;
  const table = triggers ?? buildTriggers();
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    let found: Found | null = null;
    if (t.kind === 'number') found = numberFigure(tokens, i);
    else if (t.kind === 'word') {
      const kind = table.get(t.text);
      if (kind !== undefined) found = figureAtWord(tokens, i, kind);
    }
    if (found) {
      out.push(found.candidate);
      if (found.also) out.push(found.also);
      i = found.next;
    } else i++;
  }
  return out;
}
