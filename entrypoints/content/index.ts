// Content script: on an http(s) page, read the article, run the engine, paint the highlights with
// the CSS Custom Highlight API (the page's DOM is never changed) and hand the result to the
// background, which owns the database.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../adapters/messaging';
import { extract } from '../../lib/extract/extract';
import { findArticleRoot } from '../../lib/page/article-root';
import { paintHighlights } from '../../lib/page/highlights';
import { buildTextMap, rangeFor } from '../../lib/page/text-map';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    void run().catch((error: unknown) => console.warn('[qimma] page not read:', error));
  },
});

async function run(): Promise<void> {
  const root = findArticleRoot(document);
  const map = buildTextMap(root);
  if (map.text.trim().length === 0) return;
  const published = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const result = extract(map.text, { title: document.title, published: published?.slice(0, 10) ?? null });
  if (result.relevant) {
    paintHighlights(result.mentions, (m) => rangeFor(map, m.start, m.end, document));
  }
  await send<'page:extracted'>({
    type: 'page:extracted',
    page: {
      url: location.href,
      title: document.title,
      siteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
      lang: document.documentElement.lang || null,
      text: map.text,
    },
    result,
  });
}
