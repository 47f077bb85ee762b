// The reader's ways to act on the page from outside it: keyboard shortcuts (`commands` in the
// manifest) and the context menu. Both end as a validated message to the tab's content script,
// which does the work in the page (it has the selection and the highlights).

import { browser } from 'wxt/browser';
import type { ContentRequest } from '../lib/messages';

/** Manifest command names (wxt.config.ts) → what the content script is asked to do. */
const COMMANDS: Record<string, ContentRequest> = {
  'toggle-highlights': { type: 'highlights:toggle' },
  'add-note': { type: 'note:create-from-selection' },
  'save-page': { type: 'page:save' },
};

const MENU_NOTE = 'qimma-note-selection';
const MENU_SAVE = 'qimma-save-page';

async function tell(tabId: number | undefined, message: ContentRequest): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch (error) {
    // No content script in that tab (a browser page, a PDF, a page opened before install).
    console.warn(`[qimma] ${message.type} not delivered to tab ${tabId}:`, error);
  }
}

export function installPageActions(): void {
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({
        id: MENU_NOTE,
        title: browser.i18n.getMessage('menuNoteSelection') || 'Qimma: note this passage',
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
      browser.contextMenus.create({
        id: MENU_SAVE,
        title: browser.i18n.getMessage('menuSavePage') || 'Qimma: save this page',
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    })();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_NOTE) void tell(tab?.id, { type: 'note:create-from-selection' });
    if (info.menuItemId === MENU_SAVE) void tell(tab?.id, { type: 'page:save' });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const message = COMMANDS[command];
    if (!message) return;
    void (async () => {
      // Without the `tabs` permission the active tab's id is still known (its URL is not needed).
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await tell(id, message);
    })();
  });
}
