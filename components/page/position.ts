// Where a floating panel goes next to a highlighted word: under it when there is room, else above;
// aligned with the word's right edge (the reading start in Arabic), kept inside the viewport.

import type { ViewRect } from './store';

const GAP = 6;
const MARGIN = 8;

export function placeNear(
  target: ViewRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = target.bottom + GAP;
  const above = target.top - GAP - size.height;
  const top =
    below + size.height <= viewport.height - MARGIN || above < MARGIN
      ? Math.min(below, Math.max(MARGIN, viewport.height - MARGIN - size.height))
      : above;
  const left = Math.min(Math.max(MARGIN, target.right - size.width), viewport.width - MARGIN - size.width);
  return { left: Math.max(MARGIN, left), top: Math.max(MARGIN, top) };
}
