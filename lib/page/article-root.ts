// Where the article is when no reader view could be built: the page's own markup. Candidates are
// schema.org `articleBody`, <article>, <main> and role=main. The one holding the most paragraph
// text wins (a page with a dozen <article> cards in its rails has one real article), narrowed to
// the innermost candidate that still holds most of it (<main> wraps the <article> and its asides),
// with `articleBody` preferred. The body is the last resort.

const CANDIDATES = '[itemprop="articleBody" i], article, main, [role="main"]';
/** An inner candidate replaces an outer one when it holds this share of its paragraph text. */
const INNER_SHARE = 0.8;

/** Characters of paragraph text under `el`. */
function paragraphChars(el: Element): number {
  let chars = 0;
  for (const p of el.getElementsByTagName('p')) chars += (p.textContent ?? '').trim().length;
  return chars || (el.textContent ?? '').trim().length / 4;
}

export function findArticleRoot(doc: Document): Element {
  const scored = [...doc.querySelectorAll(CANDIDATES)].map((el) => ({ el, chars: paragraphChars(el) }));
  let best = scored.reduce<{ el: Element; chars: number } | null>((a, b) => (a && a.chars >= b.chars ? a : b), null);
  if (!best || best.chars <= 80) return doc.body ?? doc.documentElement;
  for (let narrowed = true; narrowed; ) {
    narrowed = false;
    const outer: { el: Element; chars: number } = best;
    const inner = scored.filter(
      (c) => c.el !== outer.el && outer.el.contains(c.el) && c.chars >= outer.chars * INNER_SHARE,
    );
    const pick = inner.find((c) => c.el.matches('[itemprop="articleBody" i]')) ?? inner[0];
    if (pick) {
      best = pick;
      narrowed = true;
    }
  }
  return best.el;
}
