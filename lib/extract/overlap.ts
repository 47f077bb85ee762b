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
  // One cluster list, emptied after each cluster: most clusters are one candidate.
  const cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of sorted) {
    if (c.nStart >= clusterEnd && cluster.length > 0) {
      settle(cluster, kept);
      cluster.length = 0;
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.nEnd);
  }
  if (cluster.length > 0) settle(cluster, kept);
  return dropTitlesBeforeNames(text, kept);
}

const overlap = (a: Candidate, b: Candidate) => a.nStart < b.nEnd && b.nStart < a.nEnd;

/**
 * Settles one cluster of transitively overlapping candidates; appends survivors in text order.
 * (The cluster list is reused by the caller: nothing here may keep it.)
 */
function settle(cluster: Candidate[], out: Candidate[]): void {
  if (cluster.length === 1) {
    out.push(cluster[0] as Candidate);
    return;
  }
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
