// For other recognisers: whether the number at a token counts something written right after it
// (`2000 جندي`, `1500 دولار`, `30%`), so that it is an amount and not, say, a year.

import type { Token } from '../text/tokens';
import { readNumberAt } from './read-number';
import { readUnitAfter } from './read-unit';

export function countsSomething(tokens: Token[], i: number): boolean {
  const r = readNumberAt(tokens, i);
  return r !== null && readUnitAfter(tokens, r) !== null;
}
