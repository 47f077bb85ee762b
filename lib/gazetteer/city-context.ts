// Whether a name that is also a country's or an everyday word (`الكويت`, `تونس`, `عمان`, `مشهد`)
// is the city here. Written by hand for the Arabic press: the country and the city share one
// spelling, and only the context tells them apart — a city noun before it (`مدينة الكويت`,
// `العاصمة تونس`), its own descriptor (`العاصمة الأردنية عمان`), or a dateline (`الكويت - 5 - 5
// (كونا)`, `تونس (وات)`), which the agencies open with the city they file from. Elsewhere
// (`زيارة إلى الكويت`, `سلطنة عمان`) it is left alone: a country is not a venue, and a missed
// city costs less than a country taken for one.

import type { Token } from '../text/tokens';
import { DATELINE_MARKS } from './data/context-words';
import type { RawMatch } from './scan';
import { betweenTitleAndName, cityNouns } from './word-sets';

const datelineMarks = new Set(DATELINE_MARKS);

export function readsAsCity(
  tokens: readonly Token[],
  text: string,
  r: RawMatch,
  before: RawMatch | undefined,
): boolean {
  if (r.clitics !== '') return false;
  const prev = tokens[r.first - 1];
  if (prev && cityNouns.has(prev.text)) return true;
  if (before?.entry.kind === 'descriptor' && before.entry.id === r.entry.id && onlyMarksBetween(before.last, r.first))
    return true;
  return opensLine(tokens, text, r.first) && datelineFollows(tokens, r.last);

  function onlyMarksBetween(last: number, first: number): boolean {
    for (let i = last + 1; i < first; i++) if (!betweenTitleAndName.has((tokens[i] as Token).text)) return false;
    return first - last <= 2;
  }
}

/** No word or number before token `i` on its line (punctuation such as a bullet may be). */
function opensLine(tokens: readonly Token[], text: string, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', (tokens[i] as Token).start - 1) + 1;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.end <= lineStart) return true;
    if (t.kind !== 'punct') return false;
  }
  return true;
}

/** A dash, parenthesis or slash after the name, or a comma before a day (`تونس، 5 مايو`). */
function datelineFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next?.kind !== 'punct') return false;
  if (datelineMarks.has(next.text)) return true;
  return (next.text === '،' || next.text === ',') && tokens[last + 2]?.kind === 'number';
}
