// What a batch of page mutations means for a painted story: which highlights lost their words, and
// whether the story changed enough to be read again. Pure functions of the records and of what is
// painted, so the content script only wires them to its watcher.

import type { Painted } from './highlights';
import type { HitTester } from './hit-test';
import { stillCovers } from './paint';

export interface StaleHighlights {
  /** Highlights whose text the page changed or removed. */
  stale: Painted[];
  /** Whether anything painted may have moved (notes must be checked again). */
  touched: boolean;
}

/**
 * The highlights these mutations broke. Text edits are checked against the highlights over the
 * edited node only; added or removed nodes may shift anything, so then every highlight is checked.
 */
export function staleHighlights(
  records: readonly MutationRecord[],
  hit: HitTester,
  painted: readonly Painted[],
): StaleHighlights {
  let structural = false;
  const suspects = new Set<Painted>();
  for (const r of records) {
    if (r.type === 'characterData') for (const p of hit.over(r.target)) suspects.add(p);
    else if (r.type === 'childList' && (r.removedNodes.length > 0 || r.addedNodes.length > 0)) structural = true;
  }
  const check = structural ? painted : [...suspects];
  const stale = check.filter(
    (p) => !(p.range.startContainer.isConnected && p.range.endContainer.isConnected && stillCovers(p)),
  );
  return { stale, touched: structural || suspects.size > 0 };
}

/** Story text at least this long appearing anywhere counts as a story loaded in place. */
const NEW_STORY_CHARS = 200;

/** Whether these mutations touch the story (or bring a new one): worth reading the page again. */
export function storyChanged(records: readonly MutationRecord[], roots: readonly Node[]): boolean {
  const inStory = (node: Node) => roots.some((root) => root.contains(node));
  for (const r of records) {
    if (r.type === 'characterData') {
      if (inStory(r.target)) return true;
      continue;
    }
    if (roots.some((root) => !root.isConnected)) return true;
    for (const n of r.addedNodes) {
      const text = n.textContent ?? '';
      if (text.trim().length === 0) continue;
      if (inStory(r.target) || text.length >= NEW_STORY_CHARS || roots.length === 0) return true;
    }
    for (const n of r.removedNodes) {
      if (inStory(r.target) && (n.textContent ?? '').trim().length > 0) return true;
    }
  }
  return false;
}
