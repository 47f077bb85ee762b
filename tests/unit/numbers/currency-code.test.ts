import { describe, expect, it } from 'vitest';
import { isCurrencyCode } from '../../../lib/numbers/currency-code';

describe('isCurrencyCode', () => {
  it('is true for ISO 4217 codes only', () => {
    for (const code of ['USD', 'CNY', 'RUB', 'EUR']) expect(isCurrencyCode(code)).toBe(true);
    for (const unit of ['%', 'fraction', 'time', 'agreement', 'usd', 'US', 'USDT', '', null, undefined])
      expect(isCurrencyCode(unit)).toBe(false);
  });
});
