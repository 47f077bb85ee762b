import { describe, expect, it } from 'vitest';
import { tokenize, tokenTable, WORD_BIT } from '../../../lib/text/tokens';
import { flagsOf, wordFlag } from '../../../lib/text/vocabulary';

describe('token bits', () => {
  it('are filled by tokenize for words seen before, and equal the facts of each token', () => {
    tokenTable(tokenize('قال الرئيس 12 .')).bits;
    const tokens = tokenize('قال الرئيس 12 . كلمة_جديدة');
    const bits = tokenTable(tokens).bits;
    expect([...bits]).toEqual(tokens.map((t) => flagsOf(t)));
    expect((bits[0] as number) & WORD_BIT).toBe(WORD_BIT);
  });

  it('are computed again when a word fact is registered after the text was tokenized', () => {
    tokenTable(tokenize('زار الرئيس بكين')).bits;
    const tokens = tokenize('زار الرئيس بكين');
    const table = tokenTable(tokens);
    expect(table.hasBits).toBe(true);
    const LATE = wordFlag((w) => w === 'بكين');
    expect(table.hasBits).toBe(false);
    expect([...table.bits].map((b) => (b & LATE) !== 0)).toEqual([false, false, true]);
  });
});
