// What inside (or around) a story is not the story: navigation, asides, "اقرأ أيضاً" / "مقالات
// مشابهة" / "أخبار ذات صلة" boxes, tag lists, share bars, comment threads, ads. Readability drops
// much of this, but news sites often put a related box in the middle of the article body, where a
// reader view keeps it; these rules catch it by markup, by name, by the words that open it, and by
// being made of links.

import { CLOSING_MARKERS, RELATED_MARKERS } from '../extract/body-markers';
import { normaliseString } from '../text/normalise';
import { FURNITURE_PAIRS, FURNITURE_TOKENS } from './furniture-words';

const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG', 'BUTTON']);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|toolbar|tablist)$/i;
/** Inline elements: named `tag-link` or `share-count` they still sit inside the story's sentences. */
const INLINE = new Set([
  'A',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'SMALL',
  'MARK',
  'ABBR',
  'CITE',
  'Q',
  'SUB',
  'SUP',
  'TIME',
  'FONT',
  'LABEL',
  'BDI',
  'BDO',
  'S',
  'INS',
  'DEL',
]);
/** Containers that may hold a related box or a list of links (inline elements never do alone). */
const CONTAINERS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'P', 'TABLE', 'HEADER', 'H2', 'H3', 'H4', 'H5', 'H6']);

const TOKENS = new Set<string>(FURNITURE_TOKENS);
const MARKERS = [...RELATED_MARKERS, ...CLOSING_MARKERS].map((m) => normaliseString(m));

/** Class and id split into lower-case words: `relatedPosts read-also` → related, posts, read, also. */
export function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (raw.length < 3) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether the element's class or id names it as furniture. */
export function hasFurnitureName(el: Element): boolean {
  const tokens = nameTokens(el);
  for (let i = 0; i < tokens.length; i++) {
    if (TOKENS.has(tokens[i] as string)) return true;
    for (const [a, b] of FURNITURE_PAIRS) if (tokens[i] === a && tokens[i + 1] === b) return true;
  }
  return false;
}

/** The first `max` characters of visible-ish text under `el` (cheap: stops early). */
export function leadingText(el: Element, max = 60): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      out += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
    // Elements may follow each other with no space in minified markup: <h4>اقرأ أيضاً</h4><ul>…
    out += ' ';
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.slice(0, max);
}

/** Whether text opens with a related-stories or closing marker (`اقرأ أيضاً:`, `الوسوم`). */
export function opensWithMarker(text: string): boolean {
  const lead = normaliseString(text)
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .replace(/\s+/g, ' ');
  for (const m of MARKERS) {
    if (!lead.startsWith(m)) continue;
    const next = lead.charCodeAt(m.length);
    // The marker must end at a word boundary: `وسوم` but not `وسومها في` … (any letter continues it).
    if (Number.isNaN(next) || !/[\p{L}\p{N}]/u.test(lead[m.length] as string)) return true;
  }
  return false;
}

export interface LinkShare {
  links: number;
  linkChars: number;
  otherChars: number;
}

/**
 * Link text against other text under `el`, counted until `limit` characters of other text are
 * seen (beyond that the block is prose, whatever its links).
 */
export function linkShare(el: Element, limit = 400): LinkShare {
  const share: LinkShare = { links: 0, linkChars: 0, otherChars: 0 };
  const stack: Array<[Node, boolean]> = [[el, false]];
  while (stack.length > 0 && share.otherChars <= limit) {
    const [node, inLink] = stack.pop() as [Node, boolean];
    if (node.nodeType === 3) {
      const n = (node as Text).data.replace(/\s+/g, '').length;
      if (inLink) share.linkChars += n;
      else share.otherChars += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
    const link = inLink || tag === 'A';
    if (tag === 'A') share.links++;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, link]);
  }
  return share;
}

/** Structural furniture: by tag or ARIA role, whatever its size. */
export function isStructuralFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  // A page header is furniture; an article's own header holds its headline and stays.
  if (tag === 'HEADER' && !el.querySelector('h1')) return true;
  const role = el.getAttribute('role');
  return role !== null && FURNITURE_ROLES.test(role);
}

/**
 * A judge for elements inside a story of about `storyChars` characters. Elements holding at least
 * half the story are never furniture, whatever their names say (`content has-sidebar`).
 */
export function furnitureJudge(storyChars: number): (el: Element) => boolean {
  const big = (el: Element) => (el.textContent ?? '').length >= storyChars * 0.5;
  return (el) => {
    if (isStructuralFurniture(el)) return !big(el);
    const tag = el.tagName.toUpperCase();
    if (INLINE.has(tag)) return false;
    if (hasFurnitureName(el)) return !big(el);
    if (!CONTAINERS.has(tag)) return false;
    const share = linkShare(el);
    const text = share.linkChars + share.otherChars;
    if (text === 0) return false;
    if (opensWithMarker(leadingText(el)) && (text < 250 || share.linkChars >= text * 0.5)) return true;
    // A block made of links: a list of other stories, a tag cloud, a menu.
    const minLinks = tag === 'P' ? 1 : 2;
    return share.otherChars <= 400 && share.links >= minLinks && share.linkChars >= text * 0.7;
  };
}
