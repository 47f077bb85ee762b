// Where the article is on a page: the element whose text the engine reads. Semantic markup first
// (schema.org articleBody, <article>, <main>), then the body.

const CANDIDATES = ['[itemprop="articleBody"]', 'article', '[role="main"] article', 'main', '[role="main"]'];

export function findArticleRoot(doc: Document): Element {
  for (const selector of CANDIDATES) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim().length > 80) return el;
  }
  return doc.body ?? doc.documentElement;
}
