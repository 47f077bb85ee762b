// From the engine's mentions (offsets into the text) to ranges over the page's own words. Every
// range is checked against the mention's text before it is painted: a highlight is never put on
// words other than the ones the engine read.

import type { Mention } from '../extract/types';
import type { Painted } from './highlights';
import { rangeFor, type TextMap } from './text-map';

/** Text compared with whitespace collapsed, as the text map lays it out. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Whether the range still covers exactly the words of the mention. */
export function stillCovers(p: Painted): boolean {
  return squash(p.range.toString()) === squash(p.mention.text);
}

/**
 * Ranges for the mentions, in slices (`yield` between them) so thousands of them never block the
 * page. `verify` checks each range's words against the mention's (needed when the page may have
 * changed since the text was read; a page that did not change cannot disagree with its map).
 */
export function* paintableSteps(
  map: TextMap,
  mentions: readonly Mention[],
  doc: Document,
  verify = true,
): Generator<void, Painted[]> {
  const out: Painted[] = [];
  for (let i = 0; i < mentions.length; i++) {
    if (i % 50 === 49) yield;
    const mention = mentions[i] as Mention;
    const range = rangeFor(map, mention.start, mention.end, doc);
    if (!range) continue;
    const painted = { mention, range };
    if (!verify || stillCovers(painted)) out.push(painted);
  }
  return out;
}

export function paintable(map: TextMap, mentions: readonly Mention[], doc: Document): Painted[] {
  const steps = paintableSteps(map, mentions, doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
