// Which entities and figures a passage mentions: the keys of the mentions that overlap it.

import { isReferable } from './ids';

export function keysWithin(
  mentions: ReadonlyArray<{ key: string; start: number; end: number }>,
  start: number,
  end: number,
): string[] {
  const keys = new Set<string>();
  for (const m of mentions) if (m.start < end && m.end > start && isReferable(m.key)) keys.add(m.key);
  return [...keys].sort();
}
