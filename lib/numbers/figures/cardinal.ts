// A number read from digits or words, and what it counts: `227 مليار دولار`, `15%`, `$10`,
// `ثلاثة أيام`, a range (`من 38 إلى 44 مليار متر مكعب`), a scaled number left implicit (`82 ألفا`).

import { normaliseString } from '../../text/normalise';
import { NUMBER_BIT, type Token, type TokenTable, WORD_BIT } from '../../text/tokens';
import { wordId } from '../../text/vocabulary';
import { isRangeJoiner, isRangeOpener } from '../context';
import { analyseToken } from '../lexicon';
import { procliticOf } from '../proclitics';
import { type NumberReading, readNumberAt } from '../read-number';
import { currencyAt, readUnitAfter, type UnitReading } from '../read-unit';
import { type Found, figure } from './found';

/** Marks by id: interned here, so a token of either text has its id. */
const SLASH = wordId('/');
const COLON = wordId(':');
const DASH = wordId('-');

/**
 * Words a missing space glues to an amount (`نحو240 مليار دولار`, `بلغ حوالي30%`): a preposition or
 * an approximation, never the letters of a name or a model (`إف16`, `سو35`).
 */
const GLUED_BEFORE_AMOUNT = new Set(
  ['نحو', 'بنحو', 'حوالي', 'بحوالي', 'قرابة', 'زهاء', 'في', 'من', 'إلى', 'الى', 'منذ', 'عن', 'مع'].map(normaliseString),
);

/**
 * Digits that are part of something else: a name or model (`G20`, `كوفيد-19`, `إس-400`), a date or
 * clock time (`22/03/2023`, `10:30`). Asked of every number that may be a figure: read from the
 * list's typed columns (`table`), the token object only for a word written against the digits.
 */
export function digitsInsideSomething(tokens: Token[], table: TokenTable, i: number): boolean {
  const { start, end, ids } = table;
  const bits = table.bits;
  if (i > 0 && end[i - 1] === start[i]) {
    const prev = bits[i - 1] as number;
    if (prev & WORD_BIT) {
      const word = tokens[i - 1] as Token;
      if (!procliticOf(word) && !GLUED_BEFORE_AMOUNT.has(word.text)) return true;
    } else if (!(prev & NUMBER_BIT)) {
      const id = ids[i - 1] as number;
      if (id === SLASH || id === COLON) return true;
      if (id === DASH && i > 1 && (bits[i - 2] as number) & WORD_BIT && end[i - 2] === start[i - 1]) return true;
    }
  }
  if (i + 1 >= ids.length || start[i + 1] !== end[i]) return false;
  const next = ids[i + 1] as number;
  return (next === SLASH || next === COLON) && ((bits[i + 1] as number) & (WORD_BIT | NUMBER_BIT)) === 0;
}

/**
 * A second amount closing a range: `10-20 دولار`, `بين 10 و20 مليار دولار`, `من 5 إلى 7 أيام`, or
 * an alternative (`6 أو 7 ساعات`, `5 أو 6 مليارات دولار`), whose first amount shares the unit too.
 */
function rangeEnd(tokens: Token[], r: NumberReading): { r2: NumberReading; u: UnitReading } | null {
  const k = r.end;
  const t = tokens[k];
  if (!t) return null;
  let at = -1;
  // `أو` between digits only: the press's spelt-out alternatives (`أربع أو خمس ساعات`) are one phrase,
  // which the corpus annotates whole, and the figure with the unit stands for it.
  if (t.text === '-' || (t.text === OR && r.digits === true)) at = k + 1;
  else if (isRangeOpener(tokens[r.start - 1])) {
    if (isRangeJoiner(t) || (t.kind === 'word' && (t.text === 'و' || t.text === 'ل'))) at = k + 1;
    else if (t.kind === 'word' && analyseToken(t)[0]?.prefix.skip === 1) at = k; // وعشرين، لعشرين
  }
  if (at < 0) return null;
  const r2 = readNumberAt(tokens, at);
  if (!r2 || r2.ordinal || r2.value <= r.value || (t.text === OR && r2.digits !== true)) return null;
  const u = readUnitAfter(tokens, r2);
  return u ? { r2, u } : null;
}

/** `أو`, normalised. */
const OR = normaliseString('أو');

/** A cardinal reading and what it counts, or null when it counts nothing. */
export function cardinalFigure(tokens: Token[], r: NumberReading): Found | null {
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
