import { describe, expect, it } from 'vitest';
import { arabicCountedNoun, arabicCurrency, arabicFraction } from '../../../lib/i18n/unit-words';
import { UNIT_WORDS } from '../../../lib/i18n/unit-words-data';
import { buildUnitWords } from '../../../lib/i18n/unit-words-source';

describe('the unit words the pages read', () => {
  it('are those of the numbers lexicon (run `npm run gen:directory` after changing it)', () => {
    expect(UNIT_WORDS).toEqual(JSON.parse(JSON.stringify(buildUnitWords())));
  });

  it('name currencies, counted nouns and fractions, and nothing inherited', () => {
    expect(arabicCurrency('USD')?.singular).toBe('دولار');
    expect(arabicCountedNoun('agreement')?.singular).toBe('اتفاقية');
    expect(arabicFraction(0.25)).toBe('ربع');
    expect(arabicCurrency('constructor')).toBeNull();
    expect(arabicCountedNoun('toString')).toBeNull();
  });
});
