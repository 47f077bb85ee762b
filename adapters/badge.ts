// The toolbar badge: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build.

import { browser } from 'wxt/browser';

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

function api(): BadgeApi | null {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction ?? null;
}

/** Shows a mark on the toolbar icon for a tab whose page covers a Russia–China meeting. */
export async function setTabBadge(tabId: number, relevant: boolean): Promise<void> {
  const badge = api();
  if (!badge) return;
  await badge.setBadgeText({ tabId, text: relevant ? '✓' : '' });
  if (relevant) await badge.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' });
}
