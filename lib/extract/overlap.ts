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
  const sorted = sortByPosition(validOnly(text, candidates));
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

const isValid = (c: Candidate, text: string) => c.nStart >= 0 && c.nEnd > c.nStart && c.nEnd <= text.length;

/** The candidates with a span inside the text, as a new list (a copy when all are: nearly always). */
function validOnly(text: string, candidates: readonly Candidate[]): Candidate[] {
  for (const c of candidates) if (!isValid(c, text)) return candidates.filter((x) => isValid(x, text));
  return candidates.slice();
}

const byPosition = (a: Candidate, b: Candidate) => a.nStart - b.nStart || b.nEnd - a.nEnd;

/** Beyond this many ascending runs, a general sort. */
const MAX_RUNS = 8;

/**
 * `list` sorted by position, stably (ties keep their order). Each recogniser's candidates come in
 * text order, so the list is a few ascending runs: merging them (the earlier run first on a tie,
 * as a stable sort does) is much cheaper than a general sort with its comparator calls. Sorts in
 * place or returns a new list.
 */
function sortByPosition(list: Candidate[]): Candidate[] {
  let runs = 1;
  for (let i = 1; i < list.length && runs <= MAX_RUNS; i++)
    if (byPosition(list[i - 1] as Candidate, list[i] as Candidate) > 0) runs++;
  if (runs === 1) return list;
  if (runs > MAX_RUNS) return list.sort(byPosition);
  let merged: Candidate[] = [];
  let start = 0;
  for (let i = 1; i <= list.length; i++) {
    if (i < list.length && byPosition(list[i - 1] as Candidate, list[i] as Candidate) <= 0) continue;
    merged = start === 0 ? list.slice(0, i) : mergeRun(merged, list, start, i);
    start = i;
  }
  return merged;
}

/** `left` (sorted) merged with `list[from, to)` (sorted); on a tie, `left`'s element first. */
function mergeRun(left: Candidate[], list: Candidate[], from: number, to: number): Candidate[] {
  const out: Candidate[] = new Array(left.length + to - from);
  let a = 0;
  let b = from;
  let k = 0;
  while (a < left.length && b < to) {
    if (byPosition(left[a] as Candidate, list[b] as Candidate) <= 0) out[k++] = left[a++] as Candidate;
    else out[k++] = list[b++] as Candidate;
  }
  while (a < left.length) out[k++] = left[a++] as Candidate;
  while (b < to) out[k++] = list[b++] as Candidate;
  return out;
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
