// Reading text out of an element the way a reader sees it: whitespace collapsed inside a block,
// one line per block (paragraph, heading, list item, caption, <br>). The engine's main-story
// segmentation works line by line, so a page must not arrive as one run-on line nor with the
// HTML source's own line wrapping inside paragraphs. The text map lays text out this way and also
// keeps where each character came from; this is its text alone.

import { buildTextMap } from './text-map';

/**
 * The visible text under `root`, one line per block. `skip` leaves out whole subtrees (page
 * furniture when no reader view could be built).
 */
export function blockText(root: Node, skip: (el: Element) => boolean = () => false): string {
  return buildTextMap(root, { skip }).text;
}
