// What the page-layer tests need beyond the shared harness: reading the extension's closed shadow
// root (through the DevTools protocol, which pierces it — a page's own scripts cannot), recording
// every DOM mutation a page sees, collecting console errors, and locating highlights on screen.

import type { CDPSession, Page } from 'playwright-core';

/** The tag of the extension's one host element (components/page/page-ui.tsx). */
export const HOST_TAG = 'qimma-ui';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface ShadowElement {
  text: string;
  attributes: Record<string, string>;
}

function findHost(node: CdpNode): CdpNode | null {
  if (node.nodeName === HOST_TAG.toUpperCase()) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** Reads elements matching `selector` inside the extension's (closed) shadow root. */
export async function readShadow(page: Page, selector: string): Promise<ShadowElement[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findHost(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return [];
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as {
      nodeIds: number[];
    };
    const out: ShadowElement[] = [];
    for (const nodeId of nodeIds) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const a = {}; for (const x of this.attributes) a[x.name] = x.value; return JSON.stringify({ text: this.textContent, attributes: a }); }',
        returnByValue: true,
      })) as { result: { value: string } };
      out.push(JSON.parse(result.value) as ShadowElement);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Clicks the first element matching `selector` in the extension's shadow root (by its box). */
export async function clickShadow(page: Page, selector: string): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) throw new Error('no shadow root');
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`nothing matches ${selector}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** Text as a reader sees it: without the invisible direction isolates around dates and numbers. */
export function visible(s: string): string {
  return s.replace(/[\u2066-\u2069]/g, '');
}

/**
 * Installed before the page's scripts: from DOMContentLoaded on (the parser is done; the content
 * script starts later, at document_idle), every mutation is recorded as a line of text.
 */
export const RECORD_MUTATIONS = `
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    const describe = (n) => n.nodeType === 1 ? n.tagName.toLowerCase() : n.nodeType === 3 ? '#text' : '#' + n.nodeType;
    new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].map(describe).join(',');
        const removed = [...r.removedNodes].map(describe).join(',');
        window.__mutations.push(r.type + ' on ' + describe(r.target) + (r.attributeName ? ' @' + r.attributeName : '') +
          (added ? ' +' + added : '') + (removed ? ' -' + removed : ''));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

export async function recordedMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations ?? []);
}

/** The page's DOM as markup, without the extension's host element. */
export async function pageMarkup(page: Page): Promise<string> {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  return html.replace(new RegExp(`<${HOST_TAG}[^>]*></${HOST_TAG}>`, 'g'), '');
}

/** Console errors and uncaught exceptions of a page (missing favicon requests aside). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    if (m.type() === 'warning' && /\[qimma\]/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Waits until the content script has read the page and painted (or decided not to). */
export async function waitForFirstPaint(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('qimma:highlights').length > 0, null, { timeout });
}

/** Centre of the first line box of the `index`-th highlight of a kind, in viewport coordinates. */
export async function highlightPoint(
  page: Page,
  kind: string,
  index: number,
): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(
    ([name, i]) => {
      const h = CSS.highlights.get(name as string);
      if (!h) return null;
      const ranges = [...h].map((r) => r as Range).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[i as number];
      const rect = range?.getClientRects()[0];
      if (!range || !rect) return null;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    },
    [`qimma-${kind}`, index] as const,
  );
}

/** Brings a highlight into view (scrolling the page itself, as a reader would). */
export async function scrollToHighlight(page: Page, kind: string, index: number): Promise<void> {
  await page.evaluate(
    ([name, i]) => {
      const h = CSS.highlights.get(name as string);
      const ranges = h
        ? [...h].map((r) => r as Range).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        : [];
      ranges[i as number]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    [`qimma-${kind}`, index] as const,
  );
}
