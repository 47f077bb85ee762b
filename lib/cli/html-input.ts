// Whole pages on the command line: bytes → DOM (jsdom, scripts off) → the article finder used by
// the extension. jsdom is loaded only when a page is read, so plain-text runs stay fast. jsdom 31
// needs Node 22; on older Node the lighter linkedom builds the DOM instead (Readability and the
// article finder use only standard DOM calls, which both provide).

import { type FoundArticle, findArticle } from '../page/find-article';
import { decodeUtf8, InputError } from './io';

/**
 * Decodes a page as a browser would: UTF-8, unless the page declares another charset in its
 * first bytes (`<meta charset="windows-1256">`, common on older Arabic sites).
 */
export function decodePage(bytes: Uint8Array, path: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf-8' || declared === 'utf8') return decodeUtf8(bytes, path);
  try {
    return new TextDecoder(declared, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid ${declared} as its <meta charset> declares`);
  }
}

export async function readPage(html: string, url?: string): Promise<FoundArticle> {
  let jsdom: typeof import('jsdom') | null = null;
  try {
    jsdom = await import('jsdom');
  } catch {
    jsdom = null;
  }
  if (!jsdom) {
    const { parseHTML } = await import('linkedom');
    return findArticle(parseHTML(html).document as unknown as Document, url);
  }
  // A silent console: pages are full of CSS jsdom cannot parse, which is no concern of ours.
  const dom = new jsdom.JSDOM(html, { virtualConsole: new jsdom.VirtualConsole(), ...(url ? { url } : {}) });
  try {
    return findArticle(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}
