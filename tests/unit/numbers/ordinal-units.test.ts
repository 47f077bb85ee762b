import { describe, expect, it } from 'vitest';
import { ordinalUnits } from '../../../lib/numbers/ordinal-units';
import { ORDINAL_UNITS_DATA } from '../../../lib/numbers/ordinal-units-data';

describe('the ordinal units the pages read', () => {
  it('are those of the counted nouns (run `npm run gen:directory` after changing them)', () => {
    expect(ORDINAL_UNITS_DATA).toEqual(ordinalUnits());
    expect(ORDINAL_UNITS_DATA).toContain('anniversary');
    expect(ORDINAL_UNITS_DATA).not.toContain('agreement');
  });
});
