// Approximate substring search: where does a pattern occur in a text with at most k edits
// (insertions, deletions, substitutions)? Sellers' dynamic programme, column by column, with
// Ukkonen's cut-off so only rows that can still stay within k are computed — about O(k·n) in
// practice. Written by hand: the one library for this (approx-string-match) is not a dependency.

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Every end offset where the pattern matches with ≤ maxErrors edits, with the best start for it. */
export function approximateSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const k = Math.min(maxErrors, m);
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let lastActive = Math.min(k, m);
  const ends: Array<{ end: number; errors: number }> = [];
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const top = Math.min(lastActive + 1, m);
    let diagonal = 0; // column[i-1] of the previous text position (row 0 is always 0: free start)
    let above = 0; // column[i-1] of this text position
    for (let i = 1; i <= top; i++) {
      // Rows beyond the last active one are known to exceed k; any value > k acts the same.
      const left = i > lastActive ? k + 1 : (column[i] as number);
      const cost = pattern.charCodeAt(i - 1) === c ? diagonal : Math.min(diagonal, left, above) + 1;
      diagonal = left;
      column[i] = cost;
      above = cost;
    }
    lastActive = top;
    while (lastActive > 0 && (column[lastActive] as number) > k) lastActive--;
    if (lastActive === m) ends.push({ end: j + 1, errors: column[m] as number });
  }
  return localMinima(ends).map(({ end, errors }) => ({ start: bestStart(text, pattern, end, errors), end, errors }));
}

/** Of a run of neighbouring ends, only the one with fewest errors (the alignment, not its slop). */
function localMinima(ends: Array<{ end: number; errors: number }>): Array<{ end: number; errors: number }> {
  const out: Array<{ end: number; errors: number }> = [];
  for (const e of ends) {
    const prev = out.at(-1);
    if (prev && e.end - prev.end <= prev.errors + 1) {
      if (e.errors < prev.errors) out[out.length - 1] = e;
    } else out.push(e);
  }
  return out;
}

/** The start of the best alignment of the whole pattern ending exactly at `end`. */
function bestStart(text: string, pattern: string, end: number, errors: number): number {
  const m = pattern.length;
  const from = Math.max(0, end - m - errors);
  const width = end - from;
  // D over (pattern suffix length i, text suffix length j), anchored at `end`, read right to left.
  let prev = new Int32Array(width + 1);
  let cur = new Int32Array(width + 1);
  // Row 0: the alignment must end at `end`, so text after the pattern costs one edit per unit.
  for (let j = 0; j <= width; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const tc = text.charCodeAt(end - j);
      const sub = (prev[j - 1] as number) + (pc === tc ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let bestJ = m <= width ? m : width;
  for (let j = 0; j <= width; j++) {
    const d = prev[j] as number;
    const bd = prev[bestJ] as number;
    if (d < bd || (d === bd && Math.abs(j - m) < Math.abs(bestJ - m))) bestJ = j;
  }
  return end - bestJ;
}
