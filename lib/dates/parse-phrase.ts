// Parses one phrase as a whole date (the `qimma parse date` command and Duckling's test phrases):
// the phrase must be one date expression, apart from a leading preposition or hedge (`في`,
// `قرابة`) and trailing punctuation. Weak forms that running text would not accept alone
// (`غد`, `من أسبوع`, `قبل أسبوع`, a bare ambiguous month, `2023`) are dates here. A Hijri date
// and its Gregorian twin (`27 رجب 1445 هـ الموافق 8 فبراير 2024م`), two mentions in running text,
// are one phrase here, valued by the Gregorian date.

import { makeDoc } from '../extract/document';
import { normaliseString } from '../text/normalise';
import { tokenRuns } from '../text/tokens';
import { parseIsoDay } from './calendar';
import { wordSet } from './phrase-table';
import { type FoundDate, scanDates } from './scan';
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
const TWIN_LINKS = wordSet(['الموافق', 'الموافقة', 'والموافق']);

export function parseDatePhrase(phrase: string, ref: string | null): DateValue | null {
  const doc = makeDoc(phrase.trim());
  const tokens = doc.tokens;
  let first = 0;
  while (first < tokens.length && tokens[first]?.kind === 'word' && LEADING_FILLERS.has(tokens[first]?.text ?? ''))
    first++;
  let last = tokens.length - 1;
  while (last >= first && tokens[last]?.kind === 'punct') last--;
  if (last < first) return null;
  const part = tokenRuns(tokens, [[first, last + 1]]);
  const found = scanDates(part, doc.norm.text, parseIsoDay(ref), true);
  const head = found[0];
  const tail = found[found.length - 1];
  if (!head || !tail || tail.match.to !== part.length) return null;
  // `من 1-8 شهر أيلول`: a range opener the mention's span leaves out may lead the phrase.
  if (head.match.from > 1 || (head.match.from === 1 && part[0]?.text !== OPENER)) return null;
  if (found.length === 1) return head.value;
  return twinValue(found, part);
}

/** The Gregorian value of a Hijri date and its Gregorian twin, or null for anything else. */
function twinValue(found: FoundDate[], part: ReturnType<typeof makeDoc>['tokens']): DateValue | null {
  if (found.length !== 2) return null;
  const [a, b] = found as [FoundDate, FoundDate];
  for (let k = a.match.to; k < b.match.from; k++) {
    const t = part[k];
    if (!t || (t.kind === 'word' ? !TWIN_LINKS.has(t.text) : t.kind !== 'punct')) return null;
  }
  const hijri = (f: FoundDate) => f.match.spec.kind === 'fixed' && f.match.spec.hijri === true;
  if (hijri(a) === hijri(b)) return null;
  return hijri(a) ? b.value : a.value;
}
