// The reader's notes on a page: written on a selected passage (Alt+Shift+N) or from a highlight's
// card, saved through the background, painted as `qimma-note`, found again on the next visit, and
// reported as orphans when the passage is gone from the article.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { FIXTURES } from './harness/paths';
import { type FixtureServer, serveDirectory } from './harness/server';
import { clickShadow, collectErrors, highlightPoint, readShadow, waitForFirstPaint } from './page-harness';

const PAGES = `${FIXTURES}/pages`;
const PASSAGE = 'الصين تدعم روسيا وأوكرانيا في حل المشكلة عبر المفاوضات';

async function open(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForFirstPaint(page);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('qimma-leader'))).toBe(true);
  return page;
}

const noteTexts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('qimma-note') ?? [])].map((r) => r.toString()));

describe('reader notes on the page', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let url: string;

  beforeAll(async () => {
    server = await serveDirectory(PAGES);
    browser = await launchWithExtension();
    url = server.url('sana_phone_2022.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes a note on a selected passage and paints it', async () => {
    const page = await open(browser, url);
    const errors = collectErrors(page);
    await page.evaluate((passage) => {
      const p = [...document.querySelectorAll('article p')].find((x) => x.textContent?.includes(passage)) as Element;
      const text = p.firstChild as Text;
      const at = text.data.indexOf(passage);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + passage.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, PASSAGE);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => (await readShadow(page, '[data-testid="note-draft"]')).length).toBe(1);
    const [quote] = await readShadow(page, '.quote');
    expect(quote?.text).toBe(PASSAGE);
    await page.keyboard.type('موقف صيني متوازن');
    await clickShadow(page, '[data-testid="draft-save"]');
    await expect.poll(() => noteTexts(page)).toEqual([PASSAGE]);
    expect((await readShadow(page, '[data-testid="note-draft"]')).length).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds a note from a highlight’s card', async () => {
    const page = await open(browser, url);
    const point = await highlightPoint(page, 'venue', 0);
    if (!point) throw new Error('no venue highlight on screen');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(1);
    await clickShadow(page, '[data-testid="add-note"]');
    await page.keyboard.type('مكان الاتصال');
    await clickShadow(page, '[data-testid="note-save"]');
    await expect.poll(() => noteTexts(page)).toContain(point.text);
    const [status] = await readShadow(page, '[data-testid="card"] [role="status"]');
    expect(status?.text).toBe('حُفظت الملاحظة.');
    await page.close();
  });

  it('finds the notes again on the next visit', async () => {
    const page = await open(browser, url);
    await expect.poll(async () => (await noteTexts(page)).length).toBe(2);
    expect(await noteTexts(page)).toContain(PASSAGE);
    const [notes] = await readShadow(page, '[data-testid="badge-notes"]');
    expect(notes?.text).toContain('2');
    await page.close();
  });

  it('reports a note whose passage is gone as an orphan', async () => {
    const original = await (await fetch(url)).text();
    const page = await browser.context.newPage();
    // The same article, edited since: the noted sentence was rewritten by the site.
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: original.replace(PASSAGE, 'بكين تشجع الحوار بين الطرفين للتوصل إلى تسوية سياسية شاملة ودائمة'),
      }),
    );
    await page.goto(url);
    await waitForFirstPaint(page);
    await expect
      .poll(async () => (await readShadow(page, '[data-testid="badge-notes"]'))[0]?.text ?? '')
      .toContain('لم يُعثر على موضعها');
    expect(await noteTexts(page)).not.toContain(PASSAGE);
    await page.close();
  });
});
