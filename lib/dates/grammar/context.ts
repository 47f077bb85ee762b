// The grammar's view of the tokens: one line at a time (a date never runs across lines), with
// helpers that look words up in the date vocabulary, proclitics allowed where the grammar says so.

import { type NumberReading, readNumberAt } from '../../numbers/read-number';
import { type Token, tokenTable } from '../../text/tokens';
import { matchAt, type PhraseHit, type PhraseTable, type WordSet, wordIn } from '../phrase-table';
import { digitValueOf } from '../token-utils';

export class Ctx {
  /** First token of the current line and one past its last token. */
  lineStart = 0;
  limit = 0;

  /** Word facts of each token (`tokenBits`): which parsers may start there. */
  readonly bits: Int32Array;
  /** Interned id of each token (`TokenTable.ids`). */
  readonly ids: Int32Array;

  constructor(
    readonly tokens: Token[],
    readonly text: string,
    /** Whole-phrase parsing (`parseDatePhrase`): forms too weak for running text are accepted. */
    readonly loose: boolean,
  ) {
    this.limit = tokens.length;
    const table = tokenTable(tokens, text);
    this.bits = table.bits;
    this.ids = table.ids;
  }

  tok(i: number): Token | undefined {
    return i >= this.lineStart && i < this.limit ? this.tokens[i] : undefined;
  }

  word(i: number): string | null {
    const t = this.tok(i);
    return t && t.kind === 'word' ? t.text : null;
  }

  /** Whether token `i` is one of the punctuation marks given (up to four). */
  punct(i: number, a: string, b?: string, c?: string, d?: string): boolean {
    const t = this.tok(i);
    if (t === undefined || t.kind !== 'punct') return false;
    const x = t.text;
    return x === a || x === b || x === c || x === d;
  }

  /** Value of a plain digit token, or −1 (remembered by token id). */
  digits(i: number): number {
    const t = this.tok(i);
    return t?.kind === 'number' ? digitValueOf(t) : -1;
  }

  /** Digit count of a plain digit token (0 when it is not one). */
  digitCount(i: number): number {
    return this.digits(i) >= 0 ? (this.tok(i) as Token).text.length : 0;
  }

  match<T>(table: PhraseTable<T>, i: number, clitics = true): PhraseHit<T> | null {
    if (!this.tok(i)) return null;
    const hit = matchAt(table, this.tokens, i, clitics);
    return hit && hit.to <= this.limit ? hit : null;
  }

  /** Letters of proclitics skipped if token `i` is in `words`, else −1. */
  isIn(words: WordSet, i: number, clitics = true): number {
    return this.tok(i) ? wordIn(words, this.tokens, i, clitics) : -1;
  }

  /** The number reading at `i` (the grammar asks for it several times per position). */
  private numberAt = -1;
  private numberRead: NumberReading | null = null;

  number(i: number): NumberReading | null {
    const t = this.tok(i);
    if (!t || t.kind === 'punct') return null;
    if (i !== this.numberAt) {
      this.numberRead = readNumberAt(this.tokens, i);
      this.numberAt = i;
    }
    const r = this.numberRead;
    return r && r.end <= this.limit ? r : null;
  }
}
