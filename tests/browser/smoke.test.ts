// The foundation's end-to-end check: on an Arabic RTL page, the content script runs and paints a
// `qimma-leader` highlight over بوتين, the background stores the article and its meeting in the
// extension's IndexedDB, and the popup shows the saved meeting.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { FIXTURES } from './harness/paths';
import { type FixtureServer, serveDirectory } from './harness/server';

describe('smoke: page → highlights → store → popup', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveDirectory(`${FIXTURES}/smoke`);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights the leader, saves the meeting and lists it in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('summit.html'));

    await page.waitForFunction(() => CSS.highlights.has('qimma-leader'), null, { timeout: 15_000 });
    const leaderTexts = await page.evaluate(() =>
      [...(CSS.highlights.get('qimma-leader') as Highlight)].map((r) => r.toString()),
    );
    expect(leaderTexts).toContain('بوتين');
    expect(leaderTexts.some((t) => t.includes('شي جين بينغ'))).toBe(true);
    console.log(`screenshot: ${await screenshot(page, 'smoke-page')}`);

    // The background owns the database: read it from the service worker's origin.
    await expect
      .poll(
        () =>
          browser.worker.evaluate(async () => {
            const open = indexedDB.open('qimma');
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            const count = (store: string) =>
              new Promise<number>((resolve) => {
                const req = db.transaction(store).objectStore(store).count();
                req.onsuccess = () => resolve(req.result);
              });
            const result = { articles: await count('articles'), meetings: await count('meetings') };
            db.close();
            return result;
          }),
        { timeout: 15_000 },
      )
      .toEqual({ articles: 1, meetings: 1 });

    const popup = await browser.openExtensionPage('popup.html');
    const entry = popup.getByTestId('meeting');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.getAttribute('data-start')).toBe('2019-06-05');
    expect(await entry.getAttribute('data-kind')).toBe('in-person');
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => popup.getByTestId('page-status').textContent()).toContain('حُفظت');
    console.log(`screenshot: ${await screenshot(popup, 'smoke-popup')}`);
  });
});
