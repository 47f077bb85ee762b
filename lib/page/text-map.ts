// DOM text ↔ plain-text offsets. The engine reads one string; highlights need Ranges over the
// page's own text nodes. The string is the text a reader sees, laid out like `blockText()`: one line
// per block (paragraph, heading, list item, <br>), whitespace collapsed to single spaces, lines
// trimmed — so the extension and the command line hand the engine the same text for the same page.
//
// Written by hand because no library maps collapsed, block-broken text back to DOM positions. The
// map is a list of *runs*: stretches of the output copied character for character from one text
// node. Characters the layout adds (line breaks between blocks, the one space standing for a
// collapsed whitespace run) belong to no run, so a Range never starts or ends inside invisible
// whitespace. Building is incremental (`TextMapBuilder.step(deadline)`) so a 5 MB page can be read
// in slices that leave the main thread to the page.

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
  'INPUT',
  'BUTTON',
  'VIDEO',
  'AUDIO',
  'MATH',
]);

/** Elements that start and end a line of text. */
export const BLOCK_TAGS = new Set([
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

/** True for elements whose text a reader does not see, judged by markup alone (works without layout). */
export function isHiddenElement(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export interface TextMap {
  /** The text the engine reads. */
  text: string;
  /** Run i copies `text[runOut[i] … runOut[i] + runLength[i])` from `runNode[i].data` at `runNodeStart[i]`. */
  runNode: Text[];
  runOut: number[];
  runNodeStart: number[];
  runLength: number[];
}

export interface TextMapOptions {
  /** A line read before the roots that is not on the page (a title known only from metadata). */
  prefix?: string;
  /** Leave out an element and everything under it (page furniture, the extension's own UI). */
  skip?: (el: Element) => boolean;
  /** Whether an element is hidden; defaults to the markup test. The content script adds layout. */
  hidden?: (el: Element) => boolean;
}

/**
 * Whitespace that collapses: what HTML collapses, plus the no-break and other Unicode spaces, which
 * CMS editors scatter as padding (`<p>&nbsp;</p>`) and which the engine folds to a space anyway.
 */
const COLLAPSIBLE = /\s/;
/** Whitespace that does not survive collapsing as-is: any run but a lone ' '. */
const IRREGULAR_SPACE = /[^\S ]\s*| \s+/g;

interface Frame {
  node: Node;
  /** Whether leaving this element ends a line. */
  block: boolean;
  entered: boolean;
  /** One of the roots: a block of its own, never skipped. */
  root?: boolean;
}

/** Builds a text map a slice at a time; `step()` returns true once the whole tree is read. */
export class TextMapBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly map: Omit<TextMap, 'text'> = { runNode: [], runOut: [], runNodeStart: [], runLength: [] };
  /** Text has been written on the current line. */
  private lineHasText = false;
  /** A line break is owed before the next character (a block ended after some text). */
  private pendingBreak = false;
  /** A collapsed space is owed before the next character on this line. */
  private pendingSpace = false;
  private readonly stack: Frame[];
  private readonly skip: (el: Element) => boolean;
  private readonly hidden: (el: Element) => boolean;

  constructor(roots: Node | Node[], options: TextMapOptions = {}) {
    this.skip = options.skip ?? (() => false);
    this.hidden = options.hidden ?? isHiddenElement;
    const list = Array.isArray(roots) ? roots : [roots];
    this.stack = list.map((node) => ({ node, block: true, entered: false, root: true })).reverse();
    const prefix = options.prefix?.replace(/\s+/g, ' ').trim();
    if (prefix) {
      this.write(prefix);
      this.pendingBreak = true;
    }
  }

  /** Reads until done or until `deadline()` says to stop (checked every 64 nodes). */
  step(deadline: () => boolean = () => false): boolean {
    let budget = 0;
    const stack = this.stack;
    while (stack.length > 0) {
      if (++budget >= 64) {
        budget = 0;
        if (deadline()) return false;
      }
      const frame = stack[stack.length - 1] as Frame;
      if (frame.entered) {
        stack.pop();
        if (frame.block) this.endLine();
        continue;
      }
      frame.entered = true;
      const node = frame.node;
      const type = node.nodeType;
      if (type === 3) {
        stack.pop();
        this.addText(node as Text);
        continue;
      }
      if (type === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        // A line break ends the line whoever judges it: a reader view drops <br> runs it rewrote.
        if (tag === 'BR') {
          stack.pop();
          this.endLine();
          continue;
        }
        if (this.hidden(el) || (!frame.root && this.skip(el))) {
          stack.pop();
          continue;
        }
        frame.block = frame.root === true || BLOCK_TAGS.has(tag);
        if (frame.block) this.endLine();
      } else if (type !== 9 && type !== 11) {
        stack.pop();
        continue;
      }
      // Children pushed last-first so they are visited in document order.
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, block: false, entered: false });
    }
    return true;
  }

  finish(): TextMap {
    while (!this.step()) {
      // step() with no deadline always completes; the loop only satisfies the type of the contract.
    }
    return { text: this.parts.join(''), ...this.map };
  }

  private endLine(): void {
    if (this.lineHasText) this.pendingBreak = true;
    this.lineHasText = false;
    this.pendingSpace = false;
  }

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Writes what is owed before new text: a line break, or a collapsed space inside a line. */
  private separate(): void {
    if (this.pendingBreak) {
      this.write('\n');
      this.pendingBreak = false;
    } else if (this.pendingSpace && this.lineHasText) {
      this.write(' ');
    }
    this.pendingSpace = false;
  }

  private copy(node: Text, from: number, to: number): void {
    if (to <= from) return;
    const { runNode, runOut, runNodeStart, runLength } = this.map;
    runNode.push(node);
    runOut.push(this.length);
    runNodeStart.push(from);
    runLength.push(to - from);
    this.write(node.data.slice(from, to));
    this.lineHasText = true;
  }

  private addText(node: Text): void {
    const data = node.data;
    let first = 0;
    while (first < data.length && COLLAPSIBLE.test(data[first] as string)) first++;
    if (first === data.length) {
      if (data.length > 0) this.pendingSpace = true;
      return;
    }
    let last = data.length;
    while (COLLAPSIBLE.test(data[last - 1] as string)) last--;
    if (first > 0) this.pendingSpace = true;
    this.separate();
    IRREGULAR_SPACE.lastIndex = first;
    let cursor = first;
    for (let m = IRREGULAR_SPACE.exec(data); m && m.index < last; m = IRREGULAR_SPACE.exec(data)) {
      this.copy(node, cursor, m.index);
      this.write(' ');
      cursor = m.index + m[0].length;
    }
    this.copy(node, cursor, last);
    if (last < data.length) this.pendingSpace = true;
  }
}

export function buildTextMap(root: Node | Node[], options: TextMapOptions = {}): TextMap {
  return new TextMapBuilder(root, options).finish();
}

/** Index of the last run starting at or before `at` (-1 if none). */
function runAtOrBefore(map: TextMap, at: number): number {
  let lo = 0;
  let hi = map.runOut.length - 1;
  if (hi < 0 || (map.runOut[0] as number) > at) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.runOut[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first run with a character at or after `at` (runs.length if none). */
function firstRunFrom(map: TextMap, at: number): number {
  const i = runAtOrBefore(map, at);
  if (i < 0) return 0;
  return at < (map.runOut[i] as number) + (map.runLength[i] as number) ? i : i + 1;
}

/** Indices `[first, last]` of the runs holding page text of `[start, end)`, or null when none does. */
export function runsBetween(map: TextMap, start: number, end: number): [number, number] | null {
  if (end <= start) return null;
  const a = firstRunFrom(map, start);
  const b = runAtOrBefore(map, end - 1);
  return a < map.runOut.length && b >= a ? [a, b] : null;
}

/**
 * A Range over exactly the page text behind `map.text.slice(start, end)`, or null when no page
 * text lies there (a line the map added, like a title from metadata) or the page changed under
 * the map (a node left the document or lost the characters the map copied).
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const runs = runsBetween(map, start, end);
  if (!runs) return null;
  const [a, b] = runs;
  const startNode = map.runNode[a] as Text;
  const endNode = map.runNode[b] as Text;
  const startOffset = (map.runNodeStart[a] as number) + Math.max(0, start - (map.runOut[a] as number));
  const endOffset =
    (map.runNodeStart[b] as number) + Math.min(map.runLength[b] as number, end - (map.runOut[b] as number));
  if (!startNode.isConnected || !endNode.isConnected) return null;
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range.collapsed ? null : range;
}

/**
 * The offset in `map.text` of a DOM position (an edge of a selection). A start snaps forward to the
 * next copied character, an end back to just after the previous one, so a selection that begins or
 * ends in skipped or collapsed text still covers exactly the visible characters. Null when no
 * mapped text lies on that side.
 */
export function offsetAt(map: TextMap, node: Node, offset: number, edge: 'start' | 'end' = 'start'): number | null {
  const doc = node.nodeType === 9 ? (node as Document) : (node.ownerDocument as Document);
  const probe = doc.createRange();
  probe.setStart(node, offset);
  const n = map.runNode.length;
  if (edge === 'start') {
    // First run whose end lies after the position (runs are in document order).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const runEnd = (map.runNodeStart[mid] as number) + (map.runLength[mid] as number);
      if (probe.comparePoint(map.runNode[mid] as Text, runEnd) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= n) return null;
    const runStart = map.runNodeStart[lo] as number;
    if (map.runNode[lo] === node && offset >= runStart) return (map.runOut[lo] as number) + (offset - runStart);
    return map.runOut[lo] as number;
  }
  // Last run whose start lies before the position.
  let lo = -1;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (probe.comparePoint(map.runNode[mid] as Text, map.runNodeStart[mid] as number) < 0) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 0) return null;
  const runStart = map.runNodeStart[lo] as number;
  const runLength = map.runLength[lo] as number;
  if (map.runNode[lo] === node && offset - runStart < runLength)
    return (map.runOut[lo] as number) + (offset - runStart);
  return (map.runOut[lo] as number) + runLength;
}
