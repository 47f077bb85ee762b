// Whose event the headline reports. A news headline names the story's own event; the lead then
// tells it, and a leaders' meeting the lead only recalls or comments on belongs to that event's
// background. So the headline is read for its subject before any meeting further down counts:
// - `leaders`: it reports the leaders' meeting (both of them and a meeting word), names both,
//   has one of them meet or travel to the other's country (`بوتين في بكين`);
// - `other`: it reports someone else's event — an envoy received (`بوتين يستقبل وانغ يي`), one of
//   the two travelling to a country of neither (`بوتين يزور كوريا الشمالية وفيتنام`), or
//   another party named with no meeting of the two (`لافروف ووانغ يي يتفقان …`, `هل يضحي بوتين
//   بالشراكة مع بكين لمصلحة ترمب؟`, `هل يجمع مثلث بوتين وشي وترامب …؟`), or a seminar of experts
//   about the meeting (`ندوة رقمية تقارب مخرجات قمة بريكس`);
// - `none`: it names no one (`صداقة بلا حدود`); relevance then reads the opening paragraph so.

import { normaliseString } from '../text/normalise';
import { destinationCountries } from './destination-country';
import { SEMINAR_WORDS } from './meeting-words';
import type { SentenceRoles } from './sentence-roles';

/** The two leaders' countries: a visit to either may be the meeting. */
const PARTIES = new Set(['RU', 'CN']);

/**
 * One leader travels to a country of neither (`بوتين يزور كوريا الشمالية وفيتنام هذا الأسبوع`):
 * someone else's event, whatever the lead recalls of the two.
 */
export function visitsThirdCountry(r: SentenceRoles): boolean {
  if (!r.meeting || r.both) return false;
  const s = r.sentence;
  const to = destinationCountries(s.text, s.start, s.end);
  return to.length > 0 && to.every((code) => !PARTIES.has(code));
}

const SEMINARS = new Set(SEMINAR_WORDS.map(normaliseString));
/** A letter a seminar word may carry before it (`بندوة`, `وورشة`, `لندوة`). */
const PROCLITIC = /^[وفبل]/;

/**
 * The text names a gathering of experts (see SEMINAR_WORDS): a word of the list, or a pair of
 * words, with a proclitic letter at most before it.
 */
export function namesSeminar(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    for (const w of [words[i] as string, (words[i] as string).replace(PROCLITIC, '')]) {
      if (SEMINARS.has(w) || SEMINARS.has(`${w} ${words[i + 1] ?? ''}`)) return true;
    }
  }
  return false;
}

export type Subject = 'leaders' | 'other' | 'none';

export function headlineSubject(headline: readonly SentenceRoles[]): Subject {
  if (headline.some((r) => r.envoy || namesSeminar(r.sentence.text, r.sentence.start, r.sentence.end))) return 'other';
  if (headline.some((r) => r.event)) return 'leaders';
  if (headline.some((r) => r.others.length > 0 || visitsThirdCountry(r))) return 'other';
  if (headline.some((r) => r.both || r.abroad || (r.meeting && r.ru.length + r.cn.length > 0))) return 'leaders';
  return 'none';
}
