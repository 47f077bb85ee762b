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
/**
 * Above this many characters in the article container Readability is not run: it cannot be sliced,
 * and past about this size it would hold the page's main thread for more than ~40 ms (measured in
 * Chromium on bench/page.ts's pages). A story that long is read from the page's markup.
 */
const MAX_READER_TEXT = 150_000;

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

/** Longest line under a headline that is still a date, dateline or byline rather than story text. */
const MAX_HEADER_LINE = 200;
/** A paragraph this long after the headline is the story's first, not a date or byline line. */
const MIN_PARAGRAPH = 60;
/** Siblings looked at after the headline, and levels climbed to find them. */
const MAX_HEADER_SIBLINGS = 6;
const MAX_HEADER_LEVELS = 2;

/**
 * Short lines right after the headline and before the story's first paragraph — `21.01.2025 | 15:02
 * GMT`, `الثلاثاء 22 أكتوبر 2024`, `موسكو - خاص` — which Readability takes for bylines and drops.
 */
function headerLines(
  headline: Element,
  bodyRoots: Element[],
  kept: Set<Element> | null,
  furniture: (el: Element) => boolean,
): Element[] {
  const lines: Element[] = [];
  // The story starts at a body root, or at the first paragraph of text (kept by the reader view).
  const startsStory = (el: Element) =>
    bodyRoots.some((r) => r === el || el.contains(r)) ||
    ((kept === null || kept.has(el)) &&
      (el.tagName.toUpperCase() === 'P' || el.querySelector('p') !== null) &&
      (el.textContent ?? '').trim().length >= MIN_PARAGRAPH);
  let from: Element = headline;
  for (let level = 0; level <= MAX_HEADER_LEVELS; level++) {
    let seen = 0;
    for (let el = from.nextElementSibling; el && seen < MAX_HEADER_SIBLINGS; el = el.nextElementSibling, seen++) {
      if (startsStory(el)) return lines;
      const text = (el.textContent ?? '').trim();
      if (text.length > 0 && text.length <= MAX_HEADER_LINE && !isStructuralFurniture(el) && !furniture(el))
        lines.push(el);
    }
    const parent = from.parentElement;
    // Past the <body>, or around the story without reaching it: these lines are not the story's.
    if (!parent || parent === headline.ownerDocument.body || bodyRoots.some((r) => parent.contains(r))) return [];
    from = parent;
  }
  return [];
}

function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The location in phases (each `yield` is a point where the caller may give the page its thread back). */
export function* locateArticleSteps(doc: Document): Generator<void, ArticleLocation> {
  // Readability reads the page's own article container when it has one (much less to read on a
  // heavy page), the whole page when it has none or when the container held no article after all.
  const container = findArticleRoot(doc);
  yield;
  const enough = (c: ReaderChoice | null): c is ReaderChoice =>
    c !== null && c.roots.length > 0 && textLength(c.roots) >= MIN_READER_TEXT;
  // Readability runs in one piece; on a story too long for that to stay short, the page's own
  // markup and the furniture rules decide alone.
  const affordable = (container.textContent ?? '').length <= MAX_READER_TEXT;
  let choice = affordable ? yield* readerChoiceSteps(doc, container) : null;
  if (affordable && !enough(choice) && container !== doc.body) {
    yield;
    choice = yield* readerChoiceSteps(doc, null);
  }
  const reader = enough(choice) ? choice : null;
  const bodyRoots = reader ? reader.roots : [container];
  const title =
    cleanTitle(choice?.title) ??
    cleanTitle(metaContent(doc, 'og:title', 'twitter:title')) ??
    cleanTitle(doc.querySelector('h1')?.textContent) ??
    cleanTitle(doc.title);
  // The headline that matches the title; failing that, an <h1> inside the story itself.
  const headline = findHeadline(doc, title) ?? firstHeading(bodyRoots);
  const furniture = furnitureJudge(textLength(bodyRoots));
  const kept = reader ? reader.kept : null;
  // The headline and the lines under it (date, dateline, byline) belong to the story even where a
  // reader view leaves them out.
  const heading = headline ? [headline, ...headerLines(headline, bodyRoots, kept, furniture)] : [];
  const outside = heading.filter((el) => !bodyRoots.some((r) => r.contains(el)));
  const roots = outside.length > 0 ? inDocumentOrder([...outside, ...bodyRoots]) : bodyRoots;
  const rootSet = new Set(roots);
  const skip = (el: Element): boolean => {
    if (rootSet.has(el)) return false;
    if (heading.some((h) => h.contains(el))) return false;
    if (kept && !kept.has(el)) return true;
    return furniture(el);
  };
  return {
    roots,
    skip,
    headline,
    title: title ?? cleanTitle(headline?.textContent),
    method: reader ? 'reader' : 'markup',
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
