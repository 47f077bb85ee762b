// Which tab the popup is about. Normally the active tab of its window. When the popup page is
// opened in a tab of its own (keyboard users, tests), that tab is itself the active one: then the
// answer is "the page that reported most recently" (null here, resolved by the background).
// Tab ids only: no `tabs` permission needed.

import { browser } from 'wxt/browser';

export async function popupTargetTabId(): Promise<number | null> {
  const self = await browser.tabs.getCurrent();
  if (self) return null;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
