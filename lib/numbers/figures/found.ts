// What a figure reader returns: the candidate (on the normalised text) and where the scan resumes.

import type { Candidate } from '../../extract/document';
import type { Token } from '../../text/tokens';

export interface Found {
  candidate: Candidate;
  /** A second figure read with the first: the closing end of a range. */
  also?: Candidate;
  /** Token index where the scan resumes. */
  next: number;
  /** Set on an ordinal with its noun (الزيارة الثالثة): the noun's gender. */
  ordinal?: { feminine: boolean };
}

/** Rounds float noise away (0.1 × 3 → 0.3) without touching real precision. */
export const tidy = (v: number): number => (Number.isInteger(v) ? v : Number(v.toPrecision(12)));

export function figure(
  tokens: Token[],
  start: number,
  skip: number,
  end: number,
  value: number,
  unit: string | null,
): Found {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  return {
    candidate: { type: 'figure', id: null, value: tidy(value), unit, nStart: first.start + skip, nEnd: last.end },
    next: end,
  };
}

export const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);
