// Reading text out of an element the way a reader sees it: whitespace collapsed inside a block,
// one line per block (paragraph, heading, list item, caption, <br>). The engine's main-story
// segmentation works line by line, so a page must not arrive as one run-on line nor with the
// HTML source's own line wrapping inside paragraphs.

import { isHiddenElement } from './text-map';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * The visible text under `root`, one line per block. `skip` leaves out whole subtrees (page
 * furniture when no reader view could be built).
 */
export function blockText(root: Node, skip: (el: Element) => boolean = () => false): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isHiddenElement(el) || skip(el)) return;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') return flush();
      const block = BLOCKS.has(tag);
      if (block) flush();
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      if (block) flush();
      return;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}
