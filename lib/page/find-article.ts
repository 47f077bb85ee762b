// The article on a whole page: its text (headline first, then one line per paragraph), title,
// canonical address, site name, publication day and language. Pure: a DOM in, plain data out, and
// the caller's document is never modified (Readability works on a clone).
//
// Used by the command line on saved pages (with jsdom) and, later, by the content script on the
// live page. Main-text detection is Mozilla Readability (the reader view of Firefox); when it
// finds nothing (short pages, unusual markup) the semantic article root is read instead, without
// navigation, asides and footers.

import { Readability } from '@mozilla/readability';
import { findArticleRoot } from './article-root';
import { blockText } from './block-text';
import { canonicalUrl, metaContent, pageLang, publishedDay, siteName } from './page-meta';

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

/** Below this many characters a reader view is not an article; read the page's own root instead. */
const MIN_READER_TEXT = 140;

const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'MENU', 'DIALOG']);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog)$/i;

export function findArticle(document: Document, url?: string): FoundArticle {
  const reader = readerView(document);
  const title = cleanTitle(reader?.title) ?? pageTitle(document);
  let body = reader ? blockText(reader.content) : '';
  if (body.length < MIN_READER_TEXT) body = blockText(findArticleRoot(document), isFurniture);
  const canonical = canonicalUrl(document, url);
  return {
    text: withHeadline(title, body),
    title,
    url: canonical,
    siteName: siteName(document, canonical) ?? reader?.siteName ?? null,
    published: publishedDay(document),
    lang: pageLang(document) ?? reader?.lang ?? null,
  };
}

function readerView(
  document: Document,
): { title: string | null; content: Node; siteName: string | null; lang: string | null } | null {
  try {
    const clone = document.cloneNode(true) as Document;
    const parsed = new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 200 }).parse();
    if (!parsed?.content) return null;
    return {
      title: parsed.title ?? null,
      content: parsed.content,
      siteName: parsed.siteName ?? null,
      lang: parsed.lang ?? null,
    };
  } catch {
    // Readability throws on some malformed documents; the fallback reads the page root.
    return null;
  }
}

function isFurniture(el: Element): boolean {
  return FURNITURE.has(el.tagName.toUpperCase()) || FURNITURE_ROLES.test(el.getAttribute('role') ?? '');
}

function pageTitle(document: Document): string | null {
  const h1 = document.querySelector('article h1, main h1, h1')?.textContent;
  return cleanTitle(metaContent(document, 'og:title', 'twitter:title')) ?? cleanTitle(h1) ?? cleanTitle(document.title);
}

function cleanTitle(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Puts the headline on the first line unless the reader view already starts with it. */
function withHeadline(title: string | null, body: string): string {
  if (!title) return body;
  const newline = body.indexOf('\n');
  const firstLine = (newline < 0 ? body : body.slice(0, newline)).trim();
  if (firstLine === title || body.startsWith(title)) return body;
  return body ? `${title}\n${body}` : title;
}
