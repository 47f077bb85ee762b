// Finds every date expression of a token list. Linear: one pass marks the tokens where a date may
// start (`triggers.ts`); a second pass runs the grammar only there, line by line, and jumps over
// each match.

import type { Token } from '../text/tokens';
import type { Ymd } from './calendar';
import { leanBefore } from './cues';
import { Ctx } from './grammar/context';
import { parseAt } from './grammar/parse-at';
import { readDay } from './grammar/parts';
import { LAST_WORDS } from './lexicon';
import { resolve, resolveAgainstPartial } from './resolve';
import type { DateValue, Lean, Match } from './spec';
import { LineBreaks } from './token-utils';
import { markStarts, PROBE } from './triggers';

/** A word shortly before a month or weekday starts a date only as an ordinal day (or `آخر`). */
function mayOpenDay(ctx: Ctx, i: number): boolean {
  return readDay(ctx, i) !== null || ctx.isIn(LAST_WORDS, i) >= 0 || ctx.number(i)?.ordinal === true;
}

export interface FoundDate {
  match: Match;
  value: DateValue;
  nStart: number;
  nEnd: number;
}

/**
 * Every date expression of a normalised text, resolved against `ref`, or without one against a
 * year-less dateline's month and day (`partial`).
 */
export function scanDates(
  tokens: Token[],
  text: string,
  ref: Ymd | null,
  loose = false,
  partial: { m: number; d: number } | null = null,
): FoundDate[] {
  const found: FoundDate[] = [];
  const starts = markStarts(tokens);
  const ctx = new Ctx(tokens, text, loose);
  ctx.lineStart = 0;
  ctx.limit = 0;
  const lines = new LineBreaks(text);
  let i = 0;
  while (i < tokens.length) {
    if (!starts[i]) {
      i++;
      continue;
    }
    if (i >= ctx.limit) {
      // The line of token i: from the first token after the last break before it to the last
      // token before the next break. Breaks are searched once each, left to right.
      const start = (tokens[i] as Token).start;
      let a = i;
      while (a > ctx.limit && !lines.between((tokens[a - 1] as Token).end, (tokens[a] as Token).start)) a--;
      const next = lines.nextAfter(start);
      let e = i + 1;
      while (e < tokens.length && (tokens[e] as Token).start < next) e++;
      ctx.lineStart = a;
      ctx.limit = e;
    }
    const m = starts[i] === PROBE && !mayOpenDay(ctx, i) ? null : parseAt(ctx, i);
    if (!m) {
      i++;
      continue;
    }
    const from = m.from;
    let lean: Lean | undefined;
    const cue = () => {
      if (lean === undefined) lean = leanBefore(tokens, text, from);
      return lean;
    };
    const value = !ref && partial ? resolveAgainstPartial(m.spec, partial, cue) : resolve(m.spec, ref, cue);
    found.push({
      match: m,
      value,
      nStart: (tokens[m.from] as Token).start + m.skip,
      nEnd: (tokens[m.to - 1] as Token).end,
    });
    i = m.to;
  }
  return found;
}
