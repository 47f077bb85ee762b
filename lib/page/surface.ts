// Whether the page around the story is dark (a site's night mode, or a dark theme of its own),
// judged from the computed background behind the article: the card and badge then use their dark
// colours whatever the system setting says.

function parseRgb(colour: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(colour);
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour given as 0–255 channels. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function isDarkBehind(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const rgba = parseRgb(view.getComputedStyle(e).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba[0], rgba[1], rgba[2]) < 0.2;
  }
  // Nothing painted a background: the canvas, white unless the page asks for a dark scheme.
  return (
    view.getComputedStyle(el.ownerDocument.documentElement).colorScheme === 'dark' &&
    view.matchMedia?.('(prefers-color-scheme: dark)').matches === true
  );
}
