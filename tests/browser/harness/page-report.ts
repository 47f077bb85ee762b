// What the extension did on a page, read from the outside: the highlight registry (main world) and
// the background's record of the tab. Used by the demo and by tests.

import type { Page } from 'playwright-core';
import type { TabStatus } from '../../../lib/messages';
import type { ExtensionBrowser } from './browser';

export type HighlightTexts = Record<'leader' | 'venue' | 'date' | 'figure', string[]>;

export async function readHighlights(page: Page): Promise<HighlightTexts> {
  // No named helpers inside the evaluated function: under tsx (the demo) esbuild would wrap them
  // in a `__name` call that does not exist in the page.
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const kind of ['leader', 'venue', 'date', 'figure']) {
      const h = CSS.highlights.get(`qimma-${kind}`);
      out[kind] = h
        ? [...h]
            .map((r) => r as Range)
            .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
            .map((r) => r.toString())
        : [];
    }
    return out as HighlightTexts;
  });
}

/** The background's status for the tab showing `url` (null until the content script reported). */
export async function readTabStatus(browser: ExtensionBrowser, url: string): Promise<TabStatus | null> {
  return browser.worker.evaluate(async (pageUrl) => {
    // Runs inside the service worker, where the extension API is the global `chrome`.
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } })
      .chrome;
    const all = (await api.storage.session.get(null)) as Record<string, TabStatus>;
    return (
      Object.values(all).find((s) => typeof s === 'object' && (s?.location === pageUrl || s?.url === pageUrl)) ?? null
    );
  }, url);
}
