// Reading a live page in slices: where the story is (Readability on a clone, mapped back), then its
// text laid out with a map back to the page's text nodes. Each slice is short, so even a 5 MB page
// never holds the main thread for long; the page keeps scrolling and responding while it is read.

import { articleTextOptions, type FoundArticle, pageFacts } from './find-article';
import { type ArticleLocation, locateArticleSteps } from './locate-article';
import { afterNextFrame, runSliced, runSteps } from './schedule';
import { type TextMap, TextMapBuilder } from './text-map';
import { isHiddenOnPage } from './visibility';

export interface PageReading {
  where: ArticleLocation;
  map: TextMap;
  facts: Omit<FoundArticle, 'text'>;
}

export async function readPage(doc: Document, url: string): Promise<PageReading> {
  const win = doc.defaultView;
  let framed = false;
  win?.requestAnimationFrame(() => {
    framed = true;
  });
  const where = await runSliced('locate', locateArticleSteps(doc));
  performance.mark('qimma:located');
  // Laying out the text asks for layout (what is hidden): a page still laying itself out after
  // load does that in its own frame first (if none came while the story was located), not inside
  // the extension's slices.
  if (win && !framed) await afterNextFrame(win);
  const builder = new TextMapBuilder(where.roots, articleTextOptions(where, { hidden: isHiddenOnPage }));
  await runSteps('text', (expired) => builder.step(expired));
  return { where, map: builder.finish(), facts: pageFacts(doc, where, url) };
}

/**
 * Whether a page is worth reading at all: Arabic by its declared language, its title, or the
 * first few thousand characters of its text. Cheap, so pages in other languages cost nothing.
 */
export function looksArabic(doc: Document): boolean {
  if (/^ar\b/i.test(doc.documentElement.lang)) return true;
  const arabic = /[\u0600-\u06ff]/g;
  if ((doc.title.match(arabic)?.length ?? 0) >= 5) return true;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let seen = 0;
  let letters = 0;
  for (let n = walker.nextNode(); n && seen < 4_000; n = walker.nextNode()) {
    const data = (n as Text).data;
    seen += data.length;
    letters += data.match(arabic)?.length ?? 0;
    if (letters >= 40) return true;
  }
  return false;
}
