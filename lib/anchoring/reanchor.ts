// Re-anchoring every note of an article when it is opened again: each is found (and how) or listed
// as an orphan, so the reader sees what could not be placed instead of losing it without a word.

import { anchor } from './anchor';
import type { Anchor, Selectors } from './types';

export interface Anchored<T> {
  note: T;
  anchor: Anchor;
}

export interface Reanchored<T> {
  anchored: Array<Anchored<T>>;
  orphans: T[];
}

export function reanchorAll<T extends { selector: Selectors }>(text: string, notes: readonly T[]): Reanchored<T> {
  const anchored: Array<Anchored<T>> = [];
  const orphans: T[] = [];
  for (const note of notes) {
    const found = anchor(text, note.selector);
    if (found) anchored.push({ note, anchor: found });
    else orphans.push(note);
  }
  return { anchored, orphans };
}
