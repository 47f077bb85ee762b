// The day of the telling is not the day of the thing told. A news lead that announces a visit puts
// the announcement's day in the reporting clause and the visit's day in what is reported:
// «أعلن الكرملين اليوم الثلاثاء أن بوتين يصل إلى بكين الخميس», «قال المتحدث باسم الكرملين
// دميتري بيسكوف الأحد إن الرئيس سيتوجه …», «أكدت الخارجية، في بيان اليوم، أنّ …». A date
// standing after a verb of saying and before the أن/إن that opens its complement dates the
// saying. It is a candidate of last resort for the meeting: when the complement dates nothing,
// the saying's day is often the event's too (`أعلن الكرملين اليوم أن الرئيسين أجريا اتصالا`).

import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import { REPORTING_VERBS } from './meeting-words';

/** Verbs that carry on a report in the next sentence of a lead (`وأضاف … أن`). */
const CARRYING_ON = ['أضاف', 'أضافت', 'أبلغ', 'أبلغت', 'تابع', 'تابعت'];
/** Verbs of saying, as written and with the conjunctions a lead puts before them (`وأعلن`, `فقال`). */
const SAYING = new Set([...REPORTING_VERBS, ...CARRYING_ON].map(normaliseString).flatMap((w) => [w, `و${w}`, `ف${w}`]));
/** The complementiser of reported speech, with `بـ` (`صرح بأن`) and `و` (`وأن`). */
const THAT = new Set(['ان', 'بان', 'وان', 'انه', 'بانه']);

/** Words a reporting clause may run over between its verb and the date (subject, name, `في بيان`). */
const VERB_REACH = 10;
/** Words between the date and the complementiser (`اليوم الثلاثاء، في بيان، أن`). */
const THAT_REACH = 5;

/** The words of `text` between `from` and `to`, as plain letter runs, in order. */
function wordsBetween(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    if (i > s) out.push(text.slice(s, i));
  }
  return out;
}

/**
 * Whether the date at [nStart, nEnd) of `text` stands in a verb of saying's own clause, with the
 * complement (`أن …`) still to come: it dates the announcement. Sentence bounds keep the search
 * inside one sentence.
 */
export function datesTheSaying(
  text: string,
  c: { nStart: number; nEnd: number },
  sentence: { start: number; end: number },
): boolean {
  const before = wordsBetween(text, Math.max(sentence.start, c.nStart - 120), c.nStart);
  let verb = false;
  for (let k = before.length - 1, n = 0; k >= 0 && n < VERB_REACH; k--, n++) {
    const w = before[k] as string;
    // A complementiser before the date puts the date inside what is said.
    if (THAT.has(w)) return false;
    if (SAYING.has(w)) {
      verb = true;
      break;
    }
  }
  if (!verb) return false;
  const after = wordsBetween(text, c.nEnd, Math.min(sentence.end, c.nEnd + 80));
  for (let k = 0; k < after.length && k < THAT_REACH; k++) {
    if (THAT.has(after[k] as string)) return true;
  }
  return false;
}
