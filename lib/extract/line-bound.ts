// A mention lies on one line. A page printed with hard line breaks inside sentences (a print or
// AMP view, a newspaper column copied one printed line per line) splits names, dates and figures
// across lines (`فلاديمير` / `بوتين`, `العضو` / `العاشر`, `أكتوبر/تشرين` / `الأول المقبل`), and
// the recognisers, reading the story's tokens as one stream, match across the break. A match that
// spans a line break is replaced by what the recognisers find on each of its lines read alone,
// within its span: the surname on the next line, the month on this one, or nothing.

import { firstTokenAt, tokenRuns, tokenTable } from '../text/tokens';
import type { Candidate, Doc } from './document';

/**
 * `found`: the candidates of `story` (the story's tokens); `find`: the recognisers, run again on
 * the tokens of one line only where some candidate spans a line break. Texts without such a
 * candidate (nearly all) cost one scan of the candidates.
 */
export function boundToLines(story: Doc, found: Candidate[], find: (doc: Doc) => Candidate[]): Candidate[] {
  const text = story.norm.text;
  const spanning = found.filter((c) => crossesLine(text, c));
  if (spanning.length === 0) return found;
  const kept = found.filter((c) => !crossesLine(text, c));
  const { start } = tokenTable(story.tokens);
  const read = new Set<number>();
  for (const c of spanning) {
    let from = text.lastIndexOf('\n', c.nStart - 1) + 1;
    while (from < c.nEnd) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      if (!read.has(from)) {
        read.add(from);
        const a = firstTokenAt(start, from);
        const b = firstTokenAt(start, to);
        if (b > a) {
          const line: Doc = { original: story.original, norm: story.norm, tokens: tokenRuns(story.tokens, [[a, b]]) };
          for (const l of find(line)) if (within(l, spanning)) kept.push(l);
        }
      }
      from = to + 1;
    }
  }
  return kept.sort((x, y) => x.nStart - y.nStart || y.nEnd - x.nEnd);
}

/** Reads the candidate's own characters only: `indexOf` would run on to the next line break, far off on a page of one long line. */
function crossesLine(text: string, c: Candidate): boolean {
  for (let k = c.nStart; k < c.nEnd; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The line's candidate lies inside the span of one that crossed a line break. */
function within(c: Candidate, spanning: readonly Candidate[]): boolean {
  return spanning.some((s) => c.nStart >= s.nStart && c.nEnd <= s.nEnd);
}
