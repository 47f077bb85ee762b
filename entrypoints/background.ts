// The background service worker owns the database (extension origin) and answers the content
// script and the extension pages through the one message layer.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setTabBadge } from '../adapters/badge';
import { listen } from '../adapters/messaging';
import { installPageActions } from '../adapters/page-actions';
import { deleteArticle } from '../lib/db/articles';
import { mergeMeetings, moveArticle, splitMeeting } from '../lib/db/meetings';
import { addNote, deleteNote, notesForPage, updateNote } from '../lib/db/notes';
import { savePage } from '../lib/db/save-page';
import { QimmaDB } from '../lib/db/schema';
import { getSettings, setSettings } from '../lib/db/settings';
import { crossReferences } from '../lib/db/xref';
import { extract } from '../lib/extract/extract';
import type { TabStatus } from '../lib/messages';
import { entityLabels } from '../lib/page/entity-labels';

export default defineBackground(() => {
  const db = new QimmaDB();
  // What each tab's content script found, for the popup. Kept in session storage because the
  // service worker may be stopped between the page's report and the popup's question.
  const statusKey = (tabId: number) => `tab:${tabId}`;
  const LAST_TAB = 'lastTab';

  listen({
    'page:extracted': async (message, sender) => {
      const outcome = await savePage(db, message.page, message.result, { mode: message.save ?? 'auto' });
      if (sender.tabId !== null) {
        const status: TabStatus = {
          url: message.page.url,
          location: sender.url,
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
    'text:extract': async (m) => {
      const result = extract(m.text, { published: m.published, title: m.title });
      return { result, labels: entityLabels(result) };
    },
    'tab:status': async (message) => {
      const tabId = message.tabId ?? ((await browser.storage.session.get(LAST_TAB))[LAST_TAB] as number | undefined);
      if (tabId === undefined) return null;
      const key = statusKey(tabId);
      const stored = await browser.storage.session.get(key);
      return (stored[key] as TabStatus | undefined) ?? null;
    },
    'xref:query': (m) => crossReferences(db, m.keys, { excludeUrl: m.excludeUrl, limit: m.limit }),
    'note:add': (m) => addNote(db, { page: m.page, selector: m.selector, comment: m.comment, tags: m.tags }),
    'note:update': async (m) => {
      await updateNote(db, m.noteId, { comment: m.comment, tags: m.tags });
      return { noteId: m.noteId };
    },
    'note:delete': async (m) => ({ deleted: await deleteNote(db, m.noteId) }),
    'notes:for-page': (m) => notesForPage(db, m.url),
    'settings:get': () => getSettings(db),
    'settings:set': (m) => setSettings(db, m.patch),
    'meetings:merge': async (m) => ({ meetingId: await mergeMeetings(db, m.targetId, m.sourceIds) }),
    'meetings:split': async (m) => ({ meetingId: await splitMeeting(db, m.meetingId, m.articleIds) }),
    'article:move': async (m) => {
      await moveArticle(db, m.articleId, m.meetingId);
      return { articleId: m.articleId, meetingId: m.meetingId };
    },
    'article:delete': async (m) => ({ deleted: await deleteArticle(db, m.articleId) }),
  });
  installPageActions();

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(statusKey(tabId));
  });
});
