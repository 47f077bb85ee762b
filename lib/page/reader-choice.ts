// Mozilla Readability (Firefox's reader view) decides where the story is; this maps its decision
// back onto the page's own elements. Readability works on a clone and returns *new* HTML, while
// highlights need the page's own text nodes: before parsing, every element of the clone is numbered
// in document order (the clone is an exact copy, so number n is also the page's n-th element);
// the numbers that survive in Readability's output name the page elements it kept.

import { Readability } from '@mozilla/readability';

const INDEX_ATTR = 'data-qimma-n';

export interface ReaderChoice {
  /** The page's elements at the top of what Readability kept, in document order. */
  roots: Element[];
  /** Every page element Readability kept, and the ancestors (below the roots) of those. */
  kept: Set<Element>;
  title: string | null;
  siteName: string | null;
  lang: string | null;
}

/** Phases of the reader choice, so a caller can give the page its main thread back between them. */
export function* readerChoiceSteps(doc: Document): Generator<void, ReaderChoice | null> {
  // The page's elements as they were when cloned: the numbers refer to this list even if the page
  // changes while the generator is paused.
  const live = Array.from(doc.getElementsByTagName('*'));
  const count = live.length;
  const clone = doc.cloneNode(true) as Document;
  yield;
  const copies = clone.getElementsByTagName('*');
  if (copies.length !== count) return null;
  for (let i = 0; i < count; i++) (copies[i] as Element).setAttribute(INDEX_ATTR, String(i));
  yield;
  let parsed: { title?: string | null; content?: Node | null; siteName?: string | null; lang?: string | null } | null;
  try {
    parsed = new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 200 }).parse();
  } catch {
    // Readability throws on some malformed documents; the caller falls back to the page's markup.
    return null;
  }
  if (!parsed?.content) return null;
  yield;
  const content = parsed.content as Element;
  const kept = new Set<Element>();
  const roots: Element[] = [];
  for (const copy of content.querySelectorAll(`[${INDEX_ATTR}]`)) {
    const el = live[Number(copy.getAttribute(INDEX_ATTR))];
    // An element the page removed while Readability ran is no longer the story.
    if (!el?.isConnected) continue;
    kept.add(el);
    const parent = copy.parentElement?.closest(`[${INDEX_ATTR}]`);
    if (!parent) roots.push(el);
  }
  // Ancestors of kept elements up to the roots: a wrapper Readability unwrapped still holds the text.
  const rootSet = new Set(roots);
  for (const el of [...kept]) {
    for (let p = el.parentElement; p && !rootSet.has(p) && !kept.has(p); p = p.parentElement) kept.add(p);
  }
  return {
    roots: topmost(roots),
    kept,
    title: parsed.title?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang: parsed.lang?.trim() || null,
  };
}

/** Roots that are not inside another root, in document order. */
function topmost(roots: Element[]): Element[] {
  const set = new Set(roots);
  return roots.filter((r) => {
    for (let p = r.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** The reader choice in one go (command line, tests). */
export function readerChoice(doc: Document): ReaderChoice | null {
  const steps = readerChoiceSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
