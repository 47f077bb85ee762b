// Finds every date expression of a document. Linear: one pass marks the tokens where a date may
// start (numbers, words of the date vocabulary, and the few words before a month or weekday name,
// where an ordinal day may stand: `الخامس والعشرين من مارس`); a second pass runs the grammar only
// there, line by line, and jumps over each match.

import type { Candidate, Doc } from '../extract/document';
import type { Token } from '../text/tokens';
import { parseIsoDay, type Ymd } from './calendar';
import { leanBefore } from './cues';
import { Ctx } from './grammar/context';
import { parseAt } from './grammar/parse-at';
import { ANCHOR_WORDS, OPENING_WORDS } from './lexicon';
import { cliticForms, mayHaveClitic } from './phrase-table';
import { resolve } from './resolve';
import type { DateValue, Lean, Match } from './spec';
import { hasLineBreak } from './token-utils';

/** How far before a month or weekday word an ordinal day may start, in tokens. */
const ORDINAL_REACH = 5;

function inSet(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true;
  if (!mayHaveClitic(w)) return false;
  const forms = cliticForms(w);
  for (let f = 1; f < forms.length; f++) if (set.has((forms[f] as [string, number])[0])) return true;
  return false;
}

function markStarts(tokens: readonly Token[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') starts[i] = 1;
    else if (t.kind === 'word') {
      if (inSet(OPENING_WORDS, t.text)) starts[i] = 1;
      if (inSet(ANCHOR_WORDS, t.text)) {
        for (let k = Math.max(0, i - ORDINAL_REACH); k < i; k++)
          if ((tokens[k] as Token).kind === 'word') starts[k] = 1;
      }
    }
  }
  return starts;
}

export interface FoundDate {
  match: Match;
  value: DateValue;
  nStart: number;
  nEnd: number;
}

/** Every date expression of a normalised text, resolved against `ref`. */
export function scanDates(tokens: Token[], text: string, ref: Ymd | null, loose = false): FoundDate[] {
  const found: FoundDate[] = [];
  const starts = markStarts(tokens);
  const ctx = new Ctx(tokens, text, loose);
  ctx.lineStart = 0;
  ctx.limit = 0;
  let i = 0;
  while (i < tokens.length) {
    while (i >= ctx.limit) {
      ctx.lineStart = ctx.limit;
      let e = ctx.lineStart + 1;
      while (e < tokens.length && !hasLineBreak(text, (tokens[e - 1] as Token).end, (tokens[e] as Token).start)) e++;
      ctx.limit = e;
    }
    if (!starts[i]) {
      i++;
      continue;
    }
    const m = parseAt(ctx, i);
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
    const value = resolve(m.spec, ref, cue);
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

export function findDates(doc: Doc, ref: string | null): Candidate[] {
  const refDay = parseIsoDay(ref);
  return scanDates(doc.tokens, doc.norm.text, refDay).map((f) => ({
    type: 'date',
    id: null,
    value: f.value.value,
    unit: null,
    valueEnd: f.value.valueEnd,
    grain: f.value.grain,
    nStart: f.nStart,
    nEnd: f.nEnd,
  }));
}
