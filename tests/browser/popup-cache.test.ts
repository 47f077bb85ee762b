// The popup paints the last timeline it showed at once (localStorage of the extension origin) and
// then the live one: a meeting deleted since must not stay on screen, and a record emptied since
// must end on the empty state.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { corpusPages, readStore, seedThroughBackground, waitUntil } from './popup-seed';
import { sendFrom } from './store-helpers';

describe('the popup remembers its timeline, and the store has the last word', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await seedThroughBackground(browser, corpusPages().slice(0, 3));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('paints the remembered meetings, then drops one deleted since', async () => {
    const first = await browser.openExtensionPage('popup.html');
    await waitUntil(async () => (await first.getByTestId('meeting').count()) === 3, 'three meetings');
    const kept = () => first.evaluate(() => JSON.parse(localStorage.getItem('qimma:timeline:v1') ?? '[]').length);
    // Kept once the first details are painted (half a second), or when the popup closes.
    await waitUntil(async () => (await kept()) === 3, 'the timeline kept');

    const articles = await readStore<ArticleRecord>(browser, 'articles');
    const gone = articles[0] as ArticleRecord;
    await sendFrom(first, { type: 'article:delete', articleId: gone.id });
    await first.close();

    const second = await browser.openExtensionPage('popup.html');
    await waitUntil(async () => (await second.getByTestId('meeting').count()) === 2, 'two meetings, live');
    await second.close();
    // Closing the popup keeps what it showed at once.
    const third = await browser.openExtensionPage('popup.html');
    const left = await third.evaluate(() => JSON.parse(localStorage.getItem('qimma:timeline:v1') ?? '[]').length);
    expect(left).toBe(2);
    await third.close();
  });

  it('ends on the empty state when every article is gone, and forgets the timeline', async () => {
    const page = await browser.openExtensionPage('popup.html');
    for (const a of await readStore<ArticleRecord>(browser, 'articles'))
      await sendFrom(page, { type: 'article:delete', articleId: a.id });
    await page.close();
    const again = await browser.openExtensionPage('popup.html');
    await waitUntil(async () => (await again.getByTestId('empty').count()) === 1, 'the empty state');
    expect(await again.getByTestId('meeting').count()).toBe(0);
    await waitUntil(
      async () => (await again.evaluate(() => localStorage.getItem('qimma:timeline:v1'))) === null,
      'the timeline forgotten',
    );
  });
});
