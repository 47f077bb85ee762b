// What a news page says about itself in its markup: publication date, site name, language,
// canonical address, title. Publishers fill these for search engines and social cards, so they
// are more reliable than anything read from the article text.

import { cleanUrl } from './canonical-url';
import { hasFurnitureName, isStructuralFurniture } from './furniture';

/** `<meta>` content by property or name, first non-empty. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}" i]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return null;
}

/** Every JSON-LD object on the page, `@graph` and arrays flattened. Broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Pages often ship invalid JSON-LD (trailing commas, raw newlines): ignore that block.
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

function typeOf(o: Record<string, unknown>): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
}

/** ISO day from a date-time as publishers write it: `2024-02-08T10:00:00+03:00`, `2024/02/08`, RFC 2822. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (ymd) return validDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (!/[a-z]{3}/i.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Publication day: `article:published_time` > JSON-LD `datePublished` > `<time datetime>` >
 * other Open Graph and common meta dates > null. `scope` (the story's elements) picks, among
 * plain `<time datetime>` elements, the story's own over those of comments and related stories.
 */
export function publishedDay(doc: Document, scope: Element[] = []): string | null {
  const fromMeta = toIsoDay(metaContent(doc, 'article:published_time'));
  if (fromMeta) return fromMeta;
  for (const o of jsonLdObjects(doc)) {
    const day = typeof o.datePublished === 'string' ? toIsoDay(o.datePublished) : null;
    if (day && (ARTICLE_TYPES.test(typeOf(o)) || !o['@type'])) return day;
  }
  for (const o of jsonLdObjects(doc)) {
    const day = typeof o.datePublished === 'string' ? toIsoDay(o.datePublished) : null;
    if (day) return day;
  }
  const day = timeElementDay(doc, scope);
  if (day) return day;
  return toIsoDay(
    metaContent(
      doc,
      'og:article:published_time',
      'og:published_time',
      'og:pubdate',
      'datePublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'publication_date',
      'article.published',
      'sailthru.date',
      'parsely-pub-date',
      'dc.date.issued',
      'dcterms.created',
      'dc.date',
      'date',
    ),
  );
}

/** Whether `el` sits in a comment thread, a related list, navigation or another non-story block. */
function inFurniture(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (isStructuralFurniture(p) || hasFurnitureName(p)) return true;
  }
  return false;
}

/** The publication day of a `<time datetime>`: a declared one first, then the story's own. */
function timeElementDay(doc: Document, scope: Element[]): string | null {
  const declared = doc.querySelectorAll('time[itemprop="datePublished" i][datetime], time[pubdate][datetime]');
  for (const t of declared) {
    const day = toIsoDay(t.getAttribute('datetime'));
    if (day) return day;
  }
  // The story's scope widened to its nearest container: the byline with the <time> often sits
  // beside the body, not inside it.
  const containers = scope.map((el) => el.closest('article, main, [role="main"]') ?? el.parentElement ?? el);
  const plain = [...doc.querySelectorAll('time[datetime]')].filter((t) => !inFurniture(t));
  const inScope = plain.filter((t) => containers.some((c) => c.contains(t)));
  for (const t of [...inScope, ...plain]) {
    const day = toIsoDay(t.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

export function siteName(doc: Document, url: string | null): string | null {
  const meta = metaContent(doc, 'og:site_name', 'application-name', 'twitter:site');
  if (meta) return meta;
  for (const o of jsonLdObjects(doc)) {
    const publisher = o.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher.name === 'string' && publisher.name.trim()) return publisher.name.trim();
  }
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return null;
}

export function pageLang(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang.toLowerCase();
  const meta = metaContent(doc, 'content-language', 'language', 'og:locale');
  if (meta) return meta.replace('_', '-').toLowerCase();
  const httpEquiv = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.trim();
  return httpEquiv ? httpEquiv.toLowerCase() : null;
}

/** `<link rel=canonical>` > `og:url` > the address the page was read from; cleaned. */
export function canonicalUrl(doc: Document, url?: string): string | null {
  const base = url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : undefined);
  const declared = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = metaContent(doc, 'og:url');
  for (const candidate of [declared, og, base]) {
    if (!candidate) continue;
    const clean = cleanUrl(candidate, base);
    if (clean) return clean;
  }
  return null;
}
