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

/**
 * Readability's input: a clone of the whole document, or — cheaper on a heavy page — of the
 * page's own article container only (into a fresh document with the page's title and language),
 * so the mega-menu, comment thread and inline data around it are not read at all. Returns the
 * page's elements and their copies, in the same (document) order.
 */
function cloneForReader(doc: Document, scope: Element | null): { live: Element[]; copies: Element[]; clone: Document } {
  if (!scope || scope === doc.body || scope === doc.documentElement) {
    const clone = doc.cloneNode(true) as Document;
    return {
      live: Array.from(doc.getElementsByTagName('*')),
      copies: Array.from(clone.getElementsByTagName('*')),
      clone,
    };
  }
  const clone = doc.implementation.createHTMLDocument(doc.title);
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) clone.documentElement.setAttribute('lang', lang);
  const copy = clone.importNode(scope, true) as Element;
  clone.body.append(copy);
  return {
    live: [scope, ...Array.from(scope.getElementsByTagName('*'))],
    copies: [copy, ...Array.from(copy.getElementsByTagName('*'))],
    clone,
  };
}

/**
 * Phases of the reader choice, so a caller can give the page its main thread back between them.
 * `scope` limits the reading to one container of the page (null: the whole document).
 */
export function* readerChoiceSteps(doc: Document, scope: Element | null = null): Generator<void, ReaderChoice | null> {
  // The page's elements as they were when cloned: the numbers refer to this list even if the page
  // changes while the generator is paused.
  const { live, copies, clone } = cloneForReader(doc, scope);
  const count = live.length;
  yield;
  if (copies.length !== count) return null;
  for (let i = 0; i < count; i++) {
    (copies[i] as Element).setAttribute(INDEX_ATTR, String(i));
    if (i % 2_000 === 1_999) yield;
  }
  yield;
  let parsed: { title?: string | null; content?: Node | null; siteName?: string | null; lang?: string | null } | null;
  try {
    parsed = new Readability<Node>(clone, {
      serializer: (node) => node,
      charThreshold: 200,
      // Its output is never shown: class clean-up and its JSON-LD reading (page-meta reads that)
      // would be work for nothing.
      keepClasses: true,
      disableJSONLD: true,
    }).parse();
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
export function readerChoice(doc: Document, scope: Element | null = null): ReaderChoice | null {
  const steps = readerChoiceSteps(doc, scope);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
