// Settling what the recognisers propose. Each recogniser sees the whole text on its own, so their
// candidates overlap: `عام 2023` is a date and `2023` a figure, `الرئيس الروسي فلاديمير بوتين`
// holds a title reference and a name. One mention per stretch of text survives:
// - a date beats any figure it overlaps (`15-16 سبتمبر` is not the numbers 15 and 16);
// - otherwise the longer span wins; on a tie a name beats a title reference, then the earlier one;
// - a title reference never survives inside a name, nor right before the name it introduces
//   (`الرئيس الروسي، فلاديمير بوتين`, `العاصمة الروسية موسكو`): the gold leaves titles out of spans
//   and does not count them separately.

import type { Candidate } from './document';

const TYPE_ORDER = { leader: 0, venue: 1, date: 2, figure: 3 } as const;

/** Returns non-overlapping candidates in text order. Linear in the total length of the spans. */
export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const valid = candidates.filter((c) => c.nStart >= 0 && c.nEnd > c.nStart && c.nEnd <= text.length);
  const dates = valid.filter((c) => c.type === 'date');
  const dateCover = cover(text.length, dates);
  const pool = valid.filter((c) => c.type !== 'figure' || !overlapsCover(dateCover, c));

  pool.sort(
    (a, b) =>
      b.nEnd - b.nStart - (a.nEnd - a.nStart) ||
      Number(!!a.byTitle) - Number(!!b.byTitle) ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      a.nStart - b.nStart,
  );
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of pool) {
    if (overlapsCover(taken, c)) continue;
    taken.fill(1, c.nStart, c.nEnd);
    kept.push(c);
  }
  kept.sort((a, b) => a.nStart - b.nStart);
  return dropTitlesBeforeNames(text, kept);
}

function cover(length: number, spans: readonly Candidate[]): Uint8Array {
  const c = new Uint8Array(length);
  for (const s of spans) c.fill(1, s.nStart, s.nEnd);
  return c;
}

function overlapsCover(c: Uint8Array, s: Candidate): boolean {
  for (let i = s.nStart; i < s.nEnd; i++) if (c[i] === 1) return true;
  return false;
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
