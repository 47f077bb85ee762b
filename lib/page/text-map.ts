// DOM text ↔ plain-text offsets. The engine works on one string; highlights need Ranges over the
// page's own text nodes. This builds the string from the text nodes under a root (with line
// breaks where blocks and <br> break the text) and maps any [start, end) back to a DOM Range.

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
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
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BODY',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
]);

export interface TextMap {
  /** The text the engine reads. */
  text: string;
  /** Text nodes in document order… */
  nodes: Text[];
  /** …and the offset in `text` where each begins. */
  starts: number[];
}

/** True for elements whose text a reader does not see (by markup; layout is not consulted). */
export function isHiddenElement(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function buildTextMap(root: Node, accept: (el: Element) => boolean = () => true): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const lineBreak = () => {
    if (length > 0) pendingBreak = true;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (pendingBreak) {
        push('\n');
        pendingBreak = false;
      }
      nodes.push(node as Text);
      starts.push(length);
      push(data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isHiddenElement(el) || !accept(el)) return;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        lineBreak();
        return;
      }
      const block = BLOCK.has(tag);
      if (block) lineBreak();
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      if (block) lineBreak();
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return { text: parts.join(''), nodes, starts };
}

/** Index of the text node containing offset `at` (the last node starting at or before it). */
function nodeIndexAt(map: TextMap, at: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A Range over exactly `map.text.slice(start, end)`, or null if the nodes changed since. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  if (map.nodes.length === 0 || end <= start) return null;
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const startNode = map.nodes[a] as Text;
  const endNode = map.nodes[b] as Text;
  const startOffset = start - (map.starts[a] as number);
  const endOffset = end - (map.starts[b] as number);
  if (!startNode.isConnected || !endNode.isConnected) return null;
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
