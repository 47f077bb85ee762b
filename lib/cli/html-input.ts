// Whole pages on the command line: bytes → DOM (jsdom, scripts off) → the article finder used by
// the extension. jsdom is loaded only when a page is read, so plain-text runs stay fast. jsdom 31
// needs Node 22; on Node 20 the package `jsdom-node20` (jsdom 27, an npm alias) builds the DOM.

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
  const { JSDOM, VirtualConsole } = await loadJsdom();
  // A silent console: pages are full of CSS jsdom cannot parse, which is no concern of ours.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
  try {
    return findArticle(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

type Jsdom = typeof import('jsdom');

/** jsdom 31 on Node 22 and later; on Node 20 it cannot load, and jsdom 27 (same API) does. */
async function loadJsdom(): Promise<Jsdom> {
  try {
    return await import('jsdom');
  } catch {
    return (await import('jsdom-node20' as string)) as Jsdom;
  }
}
