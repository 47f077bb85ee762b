// Where the story is on a live page: the elements whose text the engine reads and whose text nodes
// get highlighted. Readability's choice mapped back to the page when it finds an article; the
// page's own markup (articleBody, <article>, <main>) otherwise. Either way, furniture inside the
// story (related boxes, share bars, tag lists) is left out, and the headline is read first.

import { findArticleRoot } from './article-root';
import { furnitureJudge, isStructuralFurniture } from './furniture';
import { findHeadline } from './headline';
import { metaContent } from './page-meta';
import { type ReaderChoice, readerChoiceSteps } from './reader-choice';

/** Below this many characters a reader view is not an article; the page's markup is read instead. */
const MIN_READER_TEXT = 140;

export interface ArticleLocation {
  /** Elements whose text is the story, in document order (the headline first when outside the body). */
  roots: Element[];
  /** Elements under the roots that are not the story. Never true for a root. */
  skip: (el: Element) => boolean;
  headline: Element | null;
  /** The story's title: Readability's, the page's metadata, or the headline's text. */
  title: string | null;
  method: 'reader' | 'markup';
  reader: Pick<ReaderChoice, 'siteName' | 'lang'> | null;
}

function textLength(roots: Element[]): number {
  let n = 0;
  for (const r of roots) n += (r.textContent ?? '').trim().length;
  return n;
}

function cleanTitle(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

function firstHeading(roots: Element[]): Element | null {
  for (const r of roots) {
    const h1 = r.tagName.toUpperCase() === 'H1' ? r : r.querySelector('h1');
    if (h1 && (h1.textContent ?? '').trim()) return h1;
  }
  return null;
}

function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The location in phases (each `yield` is a point where the caller may give the page its thread back). */
export function* locateArticleSteps(doc: Document): Generator<void, ArticleLocation> {
  const choice = yield* readerChoiceSteps(doc);
  const useReader = choice !== null && choice.roots.length > 0 && textLength(choice.roots) >= MIN_READER_TEXT;
  const bodyRoots = useReader ? choice.roots : [findArticleRoot(doc)];
  const title =
    cleanTitle(choice?.title) ??
    cleanTitle(metaContent(doc, 'og:title', 'twitter:title')) ??
    cleanTitle(doc.querySelector('h1')?.textContent) ??
    cleanTitle(doc.title);
  // The headline that matches the title; failing that, an <h1> inside the story itself.
  const headline = findHeadline(doc, title) ?? firstHeading(bodyRoots);
  const headlineInside = headline !== null && bodyRoots.some((r) => r.contains(headline));
  const roots = headline && !headlineInside ? inDocumentOrder([headline, ...bodyRoots]) : bodyRoots;
  const rootSet = new Set(roots);
  const furniture = furnitureJudge(textLength(bodyRoots));
  const kept = useReader ? choice.kept : null;
  const skip = (el: Element): boolean => {
    if (rootSet.has(el)) return false;
    if (headline?.contains(el)) return false;
    if (kept && !kept.has(el)) return true;
    return furniture(el);
  };
  return {
    roots,
    skip,
    headline,
    title: title ?? cleanTitle(headline?.textContent),
    method: useReader ? 'reader' : 'markup',
    reader: choice ? { siteName: choice.siteName, lang: choice.lang } : null,
  };
}

export function locateArticle(doc: Document): ArticleLocation {
  const steps = locateArticleSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export { isStructuralFurniture };
