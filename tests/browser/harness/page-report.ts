// What the extension did on a page, read from the outside: the highlight registry (main world) and
// the background's record of the tab. Used by the demo and by tests.

import type { Page } from 'playwright-core';
import type { TabStatus } from '../../../lib/messages';
import type { ExtensionBrowser } from './browser';

export type HighlightTexts = Record<'leader' | 'venue' | 'date' | 'figure', string[]>;

export async function readHighlights(page: Page): Promise<HighlightTexts> {
  return page.evaluate(() => {
    const read = (name: string) => {
      const h = CSS.highlights.get(name);
      if (!h) return [];
      return [...h]
        .map((r) => r as Range)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString());
    };
    return {
      leader: read('qimma-leader'),
      venue: read('qimma-venue'),
      date: read('qimma-date'),
      figure: read('qimma-figure'),
    };
  });
}

/** The background's status for the tab showing `url` (null until the content script reported). */
export async function readTabStatus(browser: ExtensionBrowser, url: string): Promise<TabStatus | null> {
  return browser.worker.evaluate(async (pageUrl) => {
    // Runs inside the service worker, where the extension API is the global `chrome`.
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } })
      .chrome;
    const all = (await api.storage.session.get(null)) as Record<string, TabStatus>;
    return Object.values(all).find((s) => typeof s === 'object' && s?.url === pageUrl) ?? null;
  }, url);
}
