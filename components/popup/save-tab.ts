// "Save now": the content script of the tab holds the article text, so the popup asks it to send
// the page again as a manual save (`page:save`, validated by the content script). Tab messages need
// no `tabs` permission. The content script acts on its own time: the caller then watches the tab's
// status until the background reports the page saved.

import { browser } from 'wxt/browser';

export async function requestSave(tabId: number | null): Promise<void> {
  if (tabId === null) throw new Error('no tab');
  try {
    await browser.tabs.sendMessage(tabId, { type: 'page:save' });
  } catch (error) {
    // The content script does not answer (it saves, then reports to the background): Chrome may
    // call that a closed port. Any other failure (no content script in the tab) is real.
    if (!/message port closed/i.test(error instanceof Error ? error.message : String(error))) throw error;
  }
}
