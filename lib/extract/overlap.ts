// Settling what the recognisers propose. Each recogniser sees the whole text on its own, so their
// candidates overlap: `عام 2023` is a date and `2023` a figure, `الرئيس الروسي فلاديمير بوتين`
// holds a title reference and a name. One mention per stretch of text survives:
// - a date beats any figure it overlaps (`15-16 سبتمبر` is not the numbers 15 and 16);
// - otherwise the longer span wins; on a tie a name beats a title reference, then the earlier one;
// - a title reference never survives inside a name, nor right before the name it introduces
//   (`الرئيس الروسي، فلاديمير بوتين`, `العاصمة الروسية موسكو`): the gold leaves titles out of spans
//   and does not count them separately.
// Candidates are swept in text order and only clusters of overlapping ones are settled, so the
// work stays proportional to the number of candidates.

import type { Candidate } from './document';

const TYPE_ORDER = { leader: 0, venue: 1, date: 2, figure: 3 } as const;

/** Returns non-overlapping candidates in text order. */
export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates
    .filter((c) => c.nStart >= 0 && c.nEnd > c.nStart && c.nEnd <= text.length)
    .sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
  const kept: Candidate[] = [];
  // A cluster is a run of the sorted list, `[from, i)`: most clusters are one candidate.
  let from = 0;
  let clusterEnd = -1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (c.nStart >= clusterEnd && i > from) {
      settle(sorted, from, i, kept);
      from = i;
    }
    clusterEnd = Math.max(clusterEnd, c.nEnd);
  }
  if (sorted.length > from) settle(sorted, from, sorted.length, kept);
  return dropTitlesBeforeNames(text, kept);
}

const overlap = (a: Candidate, b: Candidate) => a.nStart < b.nEnd && b.nStart < a.nEnd;

/**
 * Settles one cluster of transitively overlapping candidates, `sorted[from, to)`; appends
 * survivors in text order.
 */
function settle(sorted: Candidate[], from: number, to: number, out: Candidate[]): void {
  if (to - from === 1) {
    out.push(sorted[from] as Candidate);
    return;
  }
  const cluster = sorted.slice(from, to);
  const dates = cluster.filter((c) => c.type === 'date');
  const pool = cluster.filter((c) => c.type !== 'figure' || !dates.some((d) => overlap(c, d)));
  pool.sort(
    (a, b) =>
      b.nEnd - b.nStart - (a.nEnd - a.nStart) ||
      Number(!!a.byTitle) - Number(!!b.byTitle) ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      a.nStart - b.nStart,
  );
  const chosen: Candidate[] = [];
  for (const c of pool) if (!chosen.some((k) => overlap(k, c))) chosen.push(c);
  chosen.sort((a, b) => a.nStart - b.nStart);
  out.push(...chosen);
}

/** Characters allowed between a title and the name it introduces: spaces, commas, quotes, dashes. */
const BETWEEN_TITLE_AND_NAME = /^[\s,،"'«»()\-:]*$/;

function dropTitlesBeforeNames(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    const next = sorted[i + 1];
    if (
      c.byTitle &&
      next &&
      !next.byTitle &&
      next.type === c.type &&
      next.id === c.id &&
      next.nStart - c.nEnd <= 4 &&
      BETWEEN_TITLE_AND_NAME.test(text.slice(c.nEnd, next.nStart))
    ) {
      continue;
    }
    out.push(c);
  }
  return out;
}
