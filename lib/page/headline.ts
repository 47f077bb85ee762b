// The page's own headline element: the <h1> (or schema.org `headline`) whose words are the title's.
// A reader view keeps the title apart from the body, and news pages often put the headline outside
// the article body; the extension reads it from the page so its leaders and places are highlighted.

import { normaliseString } from '../text/normalise';
import { isStructuralFurniture } from './furniture';

/** Below this share of shared words an <h1> is a logo or a section name, not the headline. */
const MIN_SIMILARITY = 0.5;

function words(s: string): Set<string> {
  return new Set(
    normaliseString(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/** Jaccard similarity of the word sets of two strings. */
export function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

function inFurniture(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isStructuralFurniture(p)) return true;
  return false;
}

export function findHeadline(doc: Document, title: string | null): Element | null {
  const candidates = [...doc.querySelectorAll('h1, [itemprop="headline" i]')].filter(
    (el) => el.tagName.toUpperCase() !== 'META' && (el.textContent ?? '').trim().length > 0 && !inFurniture(el),
  );
  if (candidates.length === 0) return null;
  if (!title) return candidates.find((el) => words(el.textContent ?? '').size >= 3) ?? null;
  let best: Element | null = null;
  let bestScore = MIN_SIMILARITY;
  for (const el of candidates) {
    const score = titleSimilarity(el.textContent ?? '', title);
    if (score > bestScore || (best === null && score === bestScore)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
