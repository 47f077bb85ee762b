// The reader's own highlight colours (Settings.colours), added to the document as a constructed
// stylesheet: no element is added to the page, and the page's CSP does not apply to it.

import type { MentionType } from '../../lib/extract/types';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlights';

const COLOUR = /^#[0-9a-f]{3,8}$|^[a-z]{3,20}$/i;

export function applyColours(doc: Document, colours: Partial<Record<MentionType, string>>): void {
  const rules: string[] = [];
  for (const [kind, colour] of Object.entries(colours) as Array<[MentionType, string]>) {
    if (!COLOUR.test(colour)) continue;
    const name = HIGHLIGHT_NAMES[kind];
    rules.push(
      `::highlight(${name}) { background-color: color-mix(in srgb, ${colour} 35%, transparent); text-decoration-color: ${colour}; }`,
    );
  }
  if (rules.length === 0) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch (error) {
    console.warn('[qimma] custom colours not applied:', error);
  }
}
