// Parses one phrase as a whole date (the `qimma parse date` command and Duckling's test phrases):
// the phrase must be one date expression, apart from a leading preposition or hedge (`في`,
// `قرابة`) and trailing punctuation. Weak forms that running text would not accept alone
// (`غد`, `من أسبوع`, a bare ambiguous month, `2023`) are dates here.

import { makeDoc } from '../extract/document';
import { normaliseString } from '../text/normalise';
import { parseIsoDay } from './calendar';
import { scanDates } from './find-dates';
import { wordSet } from './phrase-table';
import type { DateValue } from './spec';

const OPENER = normaliseString('من');
const LEADING_FILLERS = wordSet([
  'في',
  'وفي',
  'قرابة',
  'حوالي',
  'حوالى',
  'نحو',
  'تقريبا',
  'بتاريخ',
  'تاريخ',
  'منذ',
  'خلال',
]);

export function parseDatePhrase(phrase: string, ref: string | null): DateValue | null {
  const doc = makeDoc(phrase.trim());
  const tokens = doc.tokens;
  let first = 0;
  while (first < tokens.length && tokens[first]?.kind === 'word' && LEADING_FILLERS.has(tokens[first]?.text ?? ''))
    first++;
  let last = tokens.length - 1;
  while (last >= first && tokens[last]?.kind === 'punct') last--;
  if (last < first) return null;
  const found = scanDates(tokens.slice(first, last + 1), doc.norm.text, parseIsoDay(ref), true);
  if (found.length !== 1) return null;
  const f = found[0];
  if (!f || f.match.to !== last - first + 1) return null;
  // `من 1-8 شهر أيلول`: a range opener the mention's span leaves out may lead the phrase.
  if (f.match.from > 1 || (f.match.from === 1 && tokens[first]?.text !== OPENER)) return null;
  return f.value;
}
