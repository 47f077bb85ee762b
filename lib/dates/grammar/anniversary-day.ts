// `في مثل هذا اليوم من عام 1949`, `مثل هذا اليوم قبل 75 عاما`, `في مثل هذا التاريخ من سنة 2001`:
// the reference's day and month in another year — the anniversary formula of news copy ("on this
// day in 1949"). One mention from `مثل` to the year, valued at that day (`1949-10-02` in a story
// of 2 October). Hand-written; `في` before `مثل` is a preposition the span leaves out.

import { AGO_WORDS, DEMONSTRATIVES, LIKE_WORDS, WORD } from '../lexicon';
import type { Match, YearRef } from '../spec';
import type { Ctx } from './context';
import { parseYear } from './relative';

/** `عاما`, `سنة`, `أعوام`…: what `قبل N` counts in years. */
const YEAR_UNITS = new Set(['عاما', 'عام', 'اعوام', 'سنه', 'سنوات', 'سنين', 'عامين', 'سنتين']);

export function parseAnniversaryDay(ctx: Ctx, i: number): Match | null {
  const like = ctx.isIn(LIKE_WORDS, i);
  if (like < 0) return null;
  // `مثل هذا اليوم`, `مثل هذا التاريخ`
  if (ctx.isIn(DEMONSTRATIVES, i + 1, false) < 0) return null;
  const day = ctx.word(i + 2);
  if (day !== WORD.alyawm && day !== WORD.altarikh) return null;
  const year = yearAfter(ctx, i + 3);
  return year ? { from: i, to: year.to, skip: like, spec: { kind: 'anniversaryDay', year: year.year } } : null;
}

/** `من عام 1949`, `في 1949`, `عام 1949`, `قبل 75 عاما`, `قبل عامين` at `k`. */
function yearAfter(ctx: Ctx, k: number): { year: YearRef; to: number } | null {
  const w = ctx.word(k);
  if (w === WORD.min || w === WORD.fi) {
    const y = parseYear(ctx, k + 1) ?? (ctx.digitCount(k + 1) === 4 ? bare(ctx, k + 1) : null);
    return y?.spec.kind === 'year' && y.skip === 0 && !y.spec.end ? { year: y.spec.year, to: y.to } : null;
  }
  const y = parseYear(ctx, k);
  if (y?.spec.kind === 'year' && y.skip === 0 && !y.spec.end) return { year: y.spec.year, to: y.to };
  if (ctx.isIn(AGO_WORDS, k, false) < 0) return null;
  // `قبل عامين`
  const dual = ctx.word(k + 1);
  if (dual === 'عامين' || dual === 'سنتين') return { year: { kind: 'relative', offset: -2 }, to: k + 2 };
  const n = ctx.number(k + 1);
  const unit = n ? ctx.word(n.end) : null;
  if (!n || n.ordinal || !Number.isInteger(n.value) || n.value < 1 || n.value > 200) return null;
  if (unit === null || !YEAR_UNITS.has(unit)) return null;
  return { year: { kind: 'relative', offset: -n.value }, to: n.end + 1 };
}

function bare(ctx: Ctx, k: number): Match {
  return {
    from: k,
    to: k + 1,
    skip: 0,
    spec: { kind: 'year', year: { kind: 'absolute', y: ctx.digits(k) }, end: null },
  };
}
