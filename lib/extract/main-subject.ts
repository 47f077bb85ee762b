// Whose event the headline reports. A news headline names the story's own event; the lead then
// tells it, and a leaders' meeting the lead only recalls or comments on belongs to that event's
// background. So the headline is read for its subject before any meeting further down counts:
// - `leaders`: it reports the leaders' meeting (both of them and a meeting word), names both,
//   has one of them meet or travel to the other's country (`بوتين في بكين`);
// - `other`: it reports someone else's event — an envoy received (`بوتين يستقبل وانغ يي`), one of
//   the two travelling to a country of neither (`بوتين يزور كوريا الشمالية وفيتنام`), or
//   another party named with no meeting of the two (`لافروف ووانغ يي يتفقان …`, `هل يضحي بوتين
//   بالشراكة مع بكين لمصلحة ترمب؟`, `هل يجمع مثلث بوتين وشي وترامب …؟`);
// - `none`: it names no one (`صداقة بلا حدود`); relevance then reads the opening paragraph so.

import { destinationCountries } from './destination-country';
import type { SentenceRoles } from './sentence-roles';

/** The two leaders' countries: a visit to either may be the meeting. */
const PARTIES = new Set(['RU', 'CN']);

/**
 * One leader travels to a country of neither (`بوتين يزور كوريا الشمالية وفيتنام هذا الأسبوع`):
 * someone else's event, whatever the lead recalls of the two.
 */
function visitsThirdCountry(r: SentenceRoles): boolean {
  if (!r.meeting || r.both) return false;
  const s = r.sentence;
  const to = destinationCountries(s.text, s.start, s.end);
  return to.length > 0 && to.every((code) => !PARTIES.has(code));
}

export type Subject = 'leaders' | 'other' | 'none';

export function headlineSubject(headline: readonly SentenceRoles[]): Subject {
  if (headline.some((r) => r.envoy)) return 'other';
  if (headline.some((r) => r.event)) return 'leaders';
  if (headline.some((r) => r.others.length > 0 || visitsThirdCountry(r))) return 'other';
  if (headline.some((r) => r.both || r.abroad || (r.meeting && r.ru.length + r.cn.length > 0))) return 'leaders';
  return 'none';
}
