// Amounts of money as whole phrases: `227 مليار دولار`, `$10`, `20 دولار و43 سنت`, intervals
// (`من 10 الى 20 دولار`, `10-20 $`, `ما بين عشرة وعشرون دولار`) and bounds (`اقل من 7 يورو`,
// `3.42$ على الاقل`). Units are ISO 4217 codes; cents stay `cent` (see data/currencies.ts).

import { normaliseString } from '../../text/normalise';
import type { Token } from '../../text/tokens';
import { analyseToken } from '../lexicon';
import { readNumberAt } from '../read-number';
import { currencyAt } from '../read-unit';
import { phraseTokens } from './whole';

export type Money = { value: number; unit: string } | { from?: number; to?: number; unit: string };

const words = (list: string[]) => list.map((w) => normaliseString(w).split(' '));
/** Hedges that do not change the amount. */
const APPROX = words(['حوالي', 'حوالى', 'بحدود', 'نحو', 'قرابة', 'تقريبا']);
const UPPER = words(['أقل من', 'تحت', 'أدنى من', 'دون', 'لا يزيد عن', 'لا يتجاوز', 'بحد أقصى']);
const LOWER = words(['أكثر من', 'فوق', 'أعلى من', 'ما يزيد عن', 'ما يزيد على', 'يزيد عن', 'بحد أدنى']);
const AT_LEAST = words(['على الأقل', 'كحد أدنى', 'أو أكثر']);
const AT_MOST = words(['على الأكثر', 'كحد أقصى', 'أو أقل']);
const RANGE_OPEN = words(['من', 'ما بين', 'بين']);
const RANGE_JOIN = words(['إلى', 'الى', 'حتى', 'و']);
const CENT_LETTERS = new Set(['c', '¢']);

/** Length of the first of `options` found at token k, or 0. */
function match(tokens: Token[], k: number, options: string[][]): number {
  for (const o of options) if (o.every((w, j) => tokens[k + j]?.text === w)) return o.length;
  return 0;
}

interface Amount {
  value: number;
  unit: string | null;
  end: number;
}

/** Cents after a main amount: `و43 سنت`, `43c`, `و 43c`, or bare two digits after `$20`. */
function cents(tokens: Token[], k: number, bareAllowed: boolean): { value: number; end: number } | null {
  let at = k;
  if (tokens[at]?.text === 'و') at++;
  const n = readNumberAt(tokens, at);
  if (!n || n.ordinal || !Number.isInteger(n.value) || n.value >= 100) return null;
  const unit = currencyAt(tokens, n.end);
  if (unit?.code === 'cent') return { value: n.value / 100, end: unit.end };
  const letter = tokens[n.end];
  if (letter && CENT_LETTERS.has(letter.text)) return { value: n.value / 100, end: n.end + 1 };
  return bareAllowed && at === k && n.end === tokens.length ? { value: n.value / 100, end: n.end } : null;
}

/** One amount: [sign] number [sign | currency word | ISO code | c] [cents]. */
function amountAt(tokens: Token[], k: number): Amount | null {
  let unit: string | null = null;
  let at = k;
  const before = currencyAt(tokens, k);
  if (before && tokens[k]?.kind === 'punct') {
    unit = before.code;
    at = before.end;
  }
  const r = readNumberAt(tokens, at);
  if (!r || r.ordinal) return null;
  let value = r.value;
  let end = r.end;
  const after = currencyAt(tokens, end);
  if (after && !unit) {
    unit = after.code;
    end = after.end;
  } else if (!unit && tokens[end] && CENT_LETTERS.has((tokens[end] as Token).text)) {
    return { value, unit: 'cent', end: end + 1 };
  }
  if (unit && unit !== 'cent') {
    const c = cents(tokens, end, before !== null && after === null);
    if (c) {
      value += c.value;
      end = c.end;
    }
  }
  return { value, unit, end };
}

/** A second amount after a range joiner: `- 20`, `الى 20`, `و20`, `وعشرون`, `لعشرين`. */
function secondAmount(tokens: Token[], k: number): Amount | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.text === '-') return amountAt(tokens, k + 1);
  const join = match(tokens, k, RANGE_JOIN);
  if (join) return amountAt(tokens, k + join);
  // و or ل written against the number: وعشرون، لعشرين.
  const a = t.kind === 'word' ? analyseToken(t)[0] : undefined;
  if (a && a.prefix.skip === 1 && (a.prefix.text === 'و' || a.prefix.text === 'ل')) return amountAt(tokens, k);
  return null;
}

/** A whole phrase read as an amount of money or an interval of amounts, or null. */
export function parseMoneyPhrase(s: string): Money | null {
  const tokens = phraseTokens(s);
  let k = match(tokens, 0, APPROX);
  let bound: 'from' | 'to' | null = null;
  const upper = match(tokens, k, UPPER);
  const lower = upper ? 0 : match(tokens, k, LOWER);
  if (upper) bound = 'to';
  if (lower) bound = 'from';
  k += upper + lower;
  const opened = bound ? 0 : match(tokens, k, RANGE_OPEN);
  k += opened;
  const first = amountAt(tokens, k);
  if (!first) return null;
  let end = first.end;
  if (!bound) {
    const second = secondAmount(tokens, end);
    if (second && (opened || tokens[end]?.text === '-')) {
      const unit = second.unit ?? first.unit;
      if (!unit || (first.unit && second.unit && first.unit !== second.unit)) return null;
      if (second.end !== tokens.length) return null;
      return { from: first.value, to: second.value, unit };
    }
    if (opened) return null;
    const least = match(tokens, end, AT_LEAST);
    const most = least ? 0 : match(tokens, end, AT_MOST);
    if (least) bound = 'from';
    if (most) bound = 'to';
    end += least + most;
  }
  if (end !== tokens.length || !first.unit) return null;
  if (bound === 'from') return { from: first.value, unit: first.unit };
  if (bound === 'to') return { to: first.value, unit: first.unit };
  return { value: first.value, unit: first.unit };
}
