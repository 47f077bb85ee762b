// The grammar's answer at a token, remembered for the next scan of the same page. A page's top is
// scanned for its dateline before the publication day is known (`published-date.ts`), then its
// story is scanned with that day (`find-dates.ts`): on most pages the top is most of the story, and
// the grammar would run twice on the same tokens. What the grammar finds at a token depends only
// on the tokens of its line (a date never runs across lines, `Ctx`) and on the first tokens after
// it (a number or a phrase read on and then refused because it ends past the line), never on the
// reference day, so the same token, in the same line, followed by the same tokens, gives the same
// match in any token list made from the page (the top is a prefix of the page's tokens, the story
// a subset of them: the token objects are shared).

import type { Token } from '../text/tokens';
import type { Ctx } from './grammar/context';
import { parseAt } from './grammar/parse-at';
import type { Match } from './spec';

interface Known {
  /** The line's first token and its length in tokens, in the list the match was read from. */
  first: Token;
  length: number;
  /** The two tokens after the line (the grammar may look at them before refusing a match). */
  next: Token | undefined;
  afterNext: Token | undefined;
  loose: boolean;
  /** The match, its token indices counted from the line's first token. */
  match: Match | null;
}

function shifted(m: Match, by: number): Match {
  const out: Match = { from: m.from + by, to: m.to + by, skip: m.skip, spec: m.spec };
  if (m.trim !== undefined) out.trim = m.trim;
  return out;
}

/** The matches read on one page, by the token they start at. */
export class RememberedParses {
  private readonly known = new Map<Token, Known>();

  /** `parseAt(ctx, i)`, read from an earlier scan of the same line when there was one. */
  parseAt(ctx: Ctx, i: number): Match | null {
    const { tokens, lineStart, limit } = ctx;
    const t = tokens[i] as Token;
    const k = this.known.get(t);
    if (
      k !== undefined &&
      k.first === tokens[lineStart] &&
      k.length === limit - lineStart &&
      k.next === tokens[limit] &&
      k.afterNext === tokens[limit + 1] &&
      k.loose === ctx.loose
    )
      return k.match && shifted(k.match, lineStart);
    const m = parseAt(ctx, i);
    this.known.set(t, {
      first: tokens[lineStart] as Token,
      length: limit - lineStart,
      next: tokens[limit],
      afterNext: tokens[limit + 1],
      loose: ctx.loose,
      match: m && shifted(m, -lineStart),
    });
    return m;
  }
}

const REMEMBERED = Symbol('remembered parses');

/**
 * The remembered matches of a page, kept on its normalised text (which every token list made from
 * the page shares, and which dies with it).
 */
export function rememberedParses(page: object): RememberedParses {
  const owner = page as { [REMEMBERED]?: RememberedParses };
  let r = owner[REMEMBERED];
  if (!r) {
    r = new RememberedParses();
    owner[REMEMBERED] = r;
  }
  return r;
}
