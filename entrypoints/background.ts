// The background service worker owns the database (extension origin) and answers the content
// script and the extension pages through the one message layer.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setTabBadge } from '../adapters/badge';
import { listen } from '../adapters/messaging';
import { savePage } from '../lib/db/save-page';
import { QimmaDB } from '../lib/db/schema';
import type { TabStatus } from '../lib/messages';

export default defineBackground(() => {
  const db = new QimmaDB();
  // What each tab's content script found, for the popup. Kept in session storage because the
  // service worker may be stopped between the page's report and the popup's question.
  const statusKey = (tabId: number) => `tab:${tabId}`;
  const LAST_TAB = 'lastTab';

  listen({
    'page:extracted': async (message, sender) => {
      const outcome = await savePage(db, message.page, message.result);
      if (sender.tabId !== null) {
        const status: TabStatus = {
          url: message.page.url,
          title: message.page.title,
          relevant: message.result.relevant,
          result: { ...message.result, mentions: message.result.mentions.slice(0, 500) },
          outcome,
        };
        await browser.storage.session.set({ [statusKey(sender.tabId)]: status, [LAST_TAB]: sender.tabId });
        await setTabBadge(sender.tabId, message.result.relevant);
      }
      return outcome;
    },
    'tab:status': async (message) => {
      const tabId = message.tabId ?? ((await browser.storage.session.get(LAST_TAB))[LAST_TAB] as number | undefined);
      if (tabId === undefined) return null;
      const key = statusKey(tabId);
      const stored = await browser.storage.session.get(key);
      return (stored[key] as TabStatus | undefined) ?? null;
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(statusKey(tabId));
  });
});
