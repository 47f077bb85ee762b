// What the grammar found at each token where one scan ran it, for a later scan of the same text.
// `extract` reads every page's dates twice: the dateline reader scans the top of the page (no
// reference day yet), then the story's scan, with the day found, reads the story's tokens, which
// are often the same lines. The grammar's reading of a token depends on its line and on the few
// tokens after it only, not on the reference: where both lists hold the same line, the story's
// scan takes the dateline reader's reading instead of parsing again (values are still placed
// against its own reference).

import { firstTokenAt, type Token, tokenTable } from '../text/tokens';
import type { Match } from './spec';

/**
 * How far past the end of its line the grammar may look in the raw token list: a number reading
 * (`readNumberAt`, `countsSomething`: at most a few groups of a number and the unit after it),
 * a phrase of the date vocabulary. Results are cut to the line, but whether a longer reading ran
 * past it may decide them, so those tokens must be the same too. Far more than any reading takes.
 */
const LOOKAHEAD = 64;

export class ParseLog {
  /** `parseAt`'s result by index in `tokens`, where the scan ran it. */
  private readonly found = new Map<number, Match | null>();

  /**
   * `tokens`: the list the scan ran on, the first tokens of a text's list; `whole`: it is all of
   * that list (the tokens after its end are no others than the text's).
   */
  constructor(
    readonly tokens: readonly Token[],
    private readonly whole: boolean,
  ) {}

  record(i: number, m: Match | null): void {
    this.found.set(i, m);
  }

  /** The result at index `i` of the logged list: a match, null, or undefined when not run. */
  at(i: number): Match | null | undefined {
    return this.found.get(i);
  }

  /**
   * For the line `[a, e)` of another list of the same text's tokens: the index shift into the
   * logged list (`j = i + shift`) when the logged list has this very line and the same
   * `LOOKAHEAD` tokens after it (or ends with it, as the other list does), else −1.
   */
  shiftFor(tokens: readonly Token[], a: number, e: number): number {
    const mine = this.tokens;
    const { start, line } = tokenTable(mine);
    const first = tokens[a] as Token;
    const j = firstTokenAt(start, first.start);
    if (mine[j] !== first) return -1;
    // Both lists keep their tokens in text order: the same first and last token, the same tokens;
    // and they are the whole line in the logged list too.
    const end = j + (e - a);
    if (end > mine.length || mine[end - 1] !== tokens[e - 1]) return -1;
    if ((j > 0 && line[j - 1] === line[j]) || (end < mine.length && line[end] === line[end - 1])) return -1;
    const after = Math.min(LOOKAHEAD, mine.length - end);
    if (after < LOOKAHEAD && (!this.whole || tokens.length - e !== after)) return -1;
    if (tokens.length - e < after) return -1;
    if (after > 0 && mine[end + after - 1] !== tokens[e + after - 1]) return -1;
    return j - a;
  }
}
