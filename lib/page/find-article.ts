// The article on a whole page: its text (headline first, then one line per paragraph), title,
// canonical address, site name, publication day and language. Pure: a DOM in, plain data out, and
// the caller's document is never modified (Readability works on a clone).
//
// The command line (jsdom) and the content script (the live page) read a page the same way: the
// story's elements from `locateArticle` laid out by the text map, so both hand the engine the same
// text for the same page. The content script also keeps the map, to turn offsets into Ranges.

import { type ArticleLocation, locateArticle } from './locate-article';
import { canonicalUrl, pageLang, publishedDay, siteName } from './page-meta';
import { buildTextMap, type TextMapOptions } from './text-map';

export interface FoundArticle {
  /** Headline, then the article's paragraphs, one per line. What the extractor reads. */
  text: string;
  title: string | null;
  /** Canonical address: `<link rel=canonical>`, AMP and tracking parameters removed. */
  url: string | null;
  siteName: string | null;
  /** Publication day (ISO) from the page's metadata; null when the markup does not say. */
  published: string | null;
  /** Language of the page (`ar`, `ar-eg`), lower case; null when not declared. */
  lang: string | null;
}

/** How to lay out the located story as text: its furniture left out, the title first. */
export function articleTextOptions(where: ArticleLocation, extra: TextMapOptions = {}): TextMapOptions {
  // With no headline element on the page, the title from metadata is read as a first line of its own.
  const prefix = where.headline ? undefined : (where.title ?? undefined);
  return { ...extra, skip: where.skip, ...(prefix ? { prefix } : {}) };
}

/** What the page says about itself, given where its story is. */
export function pageFacts(document: Document, where: ArticleLocation, url?: string): Omit<FoundArticle, 'text'> {
  const canonical = canonicalUrl(document, url);
  return {
    title: where.title,
    url: canonical,
    siteName: siteName(document, canonical) ?? where.reader?.siteName ?? null,
    published: publishedDay(document, where.roots),
    lang: pageLang(document) ?? where.reader?.lang ?? null,
  };
}

export function findArticle(document: Document, url?: string): FoundArticle {
  const where = locateArticle(document);
  const text = buildTextMap(where.roots, articleTextOptions(where)).text;
  return { text, ...pageFacts(document, where, url) };
}
