import { describe, expect, it } from 'vitest';
import { tokenize, tokenTable, WORD_BIT } from '../../../lib/text/tokens';
import { flagsOf, wordFlag, wordId, words } from '../../../lib/text/vocabulary';

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

describe('interning', () => {
  it('gives equal texts one id and different texts different ids, short or long, across growth', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const texts: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let w = '';
      for (let k = 0, x = n * 7919 + 13; k < 1 + (n % 17); k++, x = (x * 31 + 7) % 100003)
        w += letters[x % letters.length];
      texts.push(w);
    }
    const ids = texts.map((w) => wordId(w));
    for (let n = 0; n < texts.length; n++) {
      expect(words[ids[n] as number]).toBe(texts[n]);
      const inText = `« ${texts[n]} »`;
      expect(tokenize(inText)[1]?.id).toBe(ids[n]);
    }
    expect(new Set(ids).size).toBe(new Set(texts).size);
  });
});
