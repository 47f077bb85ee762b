// A page may append another story to the main one with no marker at all: a headline, then a new
// dateline (`القاهرة - …`, `(وكالات) -`) or straight into its own lead. The segmentation marks
// these places as seams (see body.ts); a seam ends the story only when the part after it has
// nothing in common with the story before it — precision first: a crosshead in the story's own
// coverage must never cut it.
//
// The part after a seam is another story when:
// - it shares no person, no city and no country with the part before (countries from the people
//   and places recognised, and from words naming Russia or China: `روسيا`, `الصيني`), and
// - it does not point back to a meeting with a definite noun (`القمة`, `المحادثات`, `الزيارة`) or
//   to the two leaders as a pair (`الرئيسان`, `الزعيمان`), and
// - it opens with a new dateline, or names people or places of its own.
// The part before must itself name someone or somewhere, or there is nothing to compare.

import { type Token, tokenTable } from '../text/tokens';
import type { MainStory, Span } from './body';
import { COUNTRY_WORD, countryOfWord } from './country-words';
import type { Directory } from './directory';
import type { Candidate } from './document';
import type { Sentence } from './story-analysis';

const MEETING_NOUNS = new Set(['meet', 'in-person', 'phone', 'call', 'video', 'summit']);

/**
 * The index of the story line where an appended story starts, or null. `tokens` are the story's
 * tokens, `candidates` its mentions and `sentences` its analysis, all in text order.
 */
export function appendedStoryStart(
  story: MainStory,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
  dir: Directory,
): number | null {
  if (story.seams.length === 0) return null;
  const lines = story.lines;
  // Every reference (person, city, country) with the first and last line it appears on, one map
  // per kind keyed by its id (no key string made per mention). People and cities are entities.
  const people: References = new Map();
  const cities: References = new Map();
  const countries: References = new Map();
  forEachOnLine(
    lines,
    candidates,
    (c) => c.nStart,
    (c, line) => {
      if (!c.id || (c.type !== 'leader' && c.type !== 'venue')) return;
      const country = c.type === 'leader' ? dir.leaderCountry(c.id) : dir.countryOf(c.id);
      if (c.type === 'leader') note(people, c.id, line);
      else note(cities, dir.cityOf(c.id) ?? c.id, line);
      if (country) note(countries, country, line);
    },
  );
  // Words naming a country: a bit of the shared word table picks them out.
  const { start, bits } = tokenTable(tokens);
  let l = 0;
  for (let i = 0; i < start.length; i++) {
    if (((bits[i] as number) & COUNTRY_WORD) === 0) continue;
    const at = start[i] as number;
    while (l < lines.length && (lines[l] as Span)[1] <= at) l++;
    const line = lines[l];
    if (!line) break;
    if (at >= line[0]) note(countries, `${countryOfWord((tokens[i] as Token).text)}`, l);
  }
  // The last line with a definite meeting noun (`القمة`, `المحادثات`) or the two leaders named as
  // a pair (`التقى الرئيسان`, `الزعيمان`): a part after a seam that reaches it points back to the
  // story's meeting and its people (an interview's next question: `س: كم مرة التقى الزعيمان؟`).
  let lastBacklink = -1;
  for (const s of sentences) {
    if (s.storyLine === null) continue;
    if (s.cues.some((c) => (c.definite && MEETING_NOUNS.has(c.kind)) || c.kind === 'leaders'))
      lastBacklink = Math.max(lastBacklink, s.storyLine);
  }

  // What each seam asks of the references, read off three summaries made in one pass over them
  // (a long story has thousands of seams and hundreds of references).
  let firstEntity = Number.POSITIVE_INFINITY;
  let lastEntity = Number.NEGATIVE_INFINITY;
  for (const refs of [people, cities]) {
    for (const { first, last } of refs.values()) {
      if (first < firstEntity) firstEntity = first;
      if (last > lastEntity) lastEntity = last;
    }
  }
  const spanned = linesSpanned([...people.values(), ...cities.values(), ...countries.values()], lines.length);
  for (const seam of story.seams) {
    const at = seam.line;
    const before = firstEntity < at;
    const shared = at > 0 && at < lines.length && (spanned[at] as number) > 0;
    const after = lastEntity >= at;
    if (before && !shared && lastBacklink < at && (seam.dateline || after)) return at;
  }
  return null;
}

/** References of one kind (people, cities or countries) by id: the first and last line of each. */
type References = Map<string, { first: number; last: number }>;

/**
 * Notes that a reference appears on `line`. Lines come in order within one pass, but a country is
 * noted by two (its people and cities, then its words): the first line seen is not the first one.
 */
function note(refs: References, key: string, line: number): void {
  const at = refs.get(key);
  if (!at) refs.set(key, { first: line, last: line });
  else if (line < at.first) at.first = line;
  else if (line > at.last) at.last = line;
}

/**
 * For each line `at`, how many references appear both before it and on or after it
 * (`first < at <= last`): a count per line, from the differences at each reference's ends.
 */
function linesSpanned(refs: Iterable<{ first: number; last: number }>, lineCount: number): Int32Array {
  const counts = new Int32Array(lineCount + 1);
  for (const { first, last } of refs) {
    if (last <= first) continue;
    counts[first + 1] = (counts[first + 1] as number) + 1;
    counts[last + 1] = (counts[last + 1] as number) - 1;
  }
  for (let at = 1; at <= lineCount; at++) counts[at] = (counts[at] as number) + (counts[at - 1] as number);
  return counts;
}

/** Calls `visit` with each item and the index of the line it lies on (both lists in text order). */
function forEachOnLine<T>(
  lines: readonly Span[],
  items: readonly T[],
  startOf: (item: T) => number,
  visit: (item: T, line: number) => void,
): void {
  let l = 0;
  for (const item of items) {
    const at = startOf(item);
    while (l < lines.length && (lines[l] as Span)[1] <= at) l++;
    const line = lines[l];
    if (!line) return;
    if (at >= line[0]) visit(item, l);
  }
}
