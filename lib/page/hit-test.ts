// Which highlight is under the pointer. The Custom Highlight API paints ranges but gives them no
// events, so hit-testing is ours. The browser says which text node and offset a point falls on
// (`caretPositionFromPoint`); a map from text nodes to the mentions painted over them turns that
// into at most a few candidates; their rectangles (cached per range until the next scroll, resize
// or DOM change) decide. Cost per pointer move: one caret lookup and a Map get, whatever the
// number of highlights.

import type { Painted } from './highlights';
import { runsBetween, type TextMap } from './text-map';

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under a point (null over no text). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** A little slack around glyph boxes, so the pointer on a letter's edge still counts. */
const SLACK = 1;

export class HitTester {
  private readonly byNode = new Map<Node, Painted[]>();
  private rects = new Map<Painted, DOMRect[]>();

  constructor(map: TextMap, painted: readonly Painted[]) {
    for (const p of painted) {
      const runs = runsBetween(map, p.mention.start, p.mention.end);
      if (!runs) continue;
      for (let i = runs[0]; i <= runs[1]; i++) {
        const node = map.runNode[i] as Text;
        const list = this.byNode.get(node);
        if (!list) this.byNode.set(node, [p]);
        else if (list[list.length - 1] !== p) list.push(p);
      }
    }
  }

  /** Forget cached rectangles (the layout moved: scroll, resize, DOM change, fonts). */
  invalidate(): void {
    this.rects = new Map();
  }

  forget(p: Painted): void {
    this.rects.delete(p);
    for (const [node, list] of this.byNode) {
      const i = list.indexOf(p);
      if (i < 0) continue;
      list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
  }

  /** Painted mentions over a text node (for dropping those whose text changed). */
  over(node: Node): readonly Painted[] {
    return this.byNode.get(node) ?? [];
  }

  /** Viewport rectangles of a painted mention, one per line box it spans. */
  rectsOf(p: Painted): DOMRect[] {
    let rects = this.rects.get(p);
    if (!rects) {
      rects = [...p.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      this.rects.set(p, rects);
    }
    return rects;
  }

  /** The painted mention under viewport point (x, y) among those `eligible`, or null. */
  at(doc: Document, x: number, y: number, eligible: (p: Painted) => boolean = () => true): Painted | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    for (const node of this.nodesAround(doc, caret.node, caret.offset)) {
      for (const p of this.byNode.get(node) ?? []) {
        if (!eligible(p)) continue;
        for (const r of this.rectsOf(p)) {
          if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return p;
        }
      }
    }
    return null;
  }

  /**
   * The caret's text node, and its neighbour when the caret sits on the node's edge: a caret at the
   * end of "استقبل " may stand for the first letter of the <a>بوتين</a> that follows.
   */
  private nodesAround(doc: Document, node: Node, offset: number): Node[] {
    if (node.nodeType !== 3) return [];
    const out: Node[] = [node];
    const length = (node as Text).data.length;
    if (offset > 0 && offset < length) return out;
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
    walker.currentNode = node;
    const neighbour = offset === 0 ? walker.previousNode() : walker.nextNode();
    if (neighbour) out.push(neighbour);
    return out;
  }
}
