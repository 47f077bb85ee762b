// Painting mentions with the CSS Custom Highlight API: one registry entry per kind. No DOM
// mutation, so the page's own scripts and layout are untouched.

import type { Mention, MentionType } from '../extract/types';

export const HIGHLIGHT_NAMES: Record<MentionType, string> = {
  leader: 'qimma-leader',
  venue: 'qimma-venue',
  date: 'qimma-date',
  figure: 'qimma-figure',
};

/** Registers one Highlight per kind over the ranges of the mentions; returns how many were painted. */
export function paintHighlights(mentions: Mention[], toRange: (m: Mention) => Range | null): number {
  const byKind = new Map<MentionType, Range[]>();
  for (const m of mentions) {
    const range = toRange(m);
    if (!range) continue;
    const list = byKind.get(m.type) ?? [];
    list.push(range);
    byKind.set(m.type, list);
  }
  let painted = 0;
  for (const [type, name] of Object.entries(HIGHLIGHT_NAMES) as Array<[MentionType, string]>) {
    const ranges = byKind.get(type) ?? [];
    if (ranges.length === 0) {
      CSS.highlights.delete(name);
      continue;
    }
    CSS.highlights.set(name, new Highlight(...ranges));
    painted += ranges.length;
  }
  return painted;
}
