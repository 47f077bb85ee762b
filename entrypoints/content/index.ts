// Content script: on an Arabic page, find the story, run the engine, paint highlights with the CSS
// Custom Highlight API (the page's DOM is never changed), explain each one in a card, and hand the
// result to the background, which owns the database. The work itself is in ./session.ts.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseContentRequest } from '../../lib/messages';
import { looksArabic } from '../../lib/page/read-page';
import { PageSession } from './session';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Pages in other languages cost one cheap look and nothing more.
    if (!looksArabic(document)) return;
    const session = new PageSession(document);
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseContentRequest(raw);
      if (!parsed.ok) {
        console.warn(`[qimma] ${parsed.reason}`);
        return undefined;
      }
      void session.command(parsed.message.type).catch((error: unknown) => console.warn('[qimma]', error));
      return undefined;
    });
    void session.start().catch((error: unknown) => console.warn('[qimma] page not read:', error));
  },
});
