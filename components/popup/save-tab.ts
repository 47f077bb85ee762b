// "Save now": the content script of the tab holds the article text, so the popup asks it to send
// the page again as a manual save (`page:save`, validated by the content script). Tab messages need
// no `tabs` permission.

import { browser } from 'wxt/browser';

export async function requestSave(tabId: number | null): Promise<void> {
  if (tabId === null) throw new Error('no tab');
  await browser.tabs.sendMessage(tabId, { type: 'page:save' });
}
