// Switching to English flips everything at once, without a reload: the root's direction and
// language, the strings, the dates and figures, and the layout itself (what was on the right
// moves to the left). The popup follows, because the language is a stored setting.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { corpusPages, readStore, seedThroughBackground, waitUntil } from './popup-seed';

/** Which half of the window the *content* of an element sits in (a range over it, not its box). */
async function sideOf(page: Page, selector: string): Promise<'left' | 'right'> {
  const centre = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return r.left + r.width / 2;
    });
  return centre < (page.viewportSize()?.width ?? 0) / 2 ? 'left' : 'right';
}

describe('language switch', () => {
  let browser: ExtensionBrowser;
  let samarkand: MeetingRecord;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await seedThroughBackground(browser, corpusPages());
    samarkand = (await readStore<MeetingRecord>(browser, 'meetings')).find((m) => m.venue === 'samarkand')!;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('flips the dashboard to English, left to right, and back', async () => {
    const dash = await browser.openExtensionPage('dashboard.html');
    const base = dash.url().replace(/#.*$/, '');
    await dash.goto(`${base}#/settings`);
    await waitUntil(async () => (await dash.getByTestId('language-en').count()) === 1, 'settings');
    expect(await dash.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      'rtl',
      'ar',
    ]);
    expect(await sideOf(dash, '.brand')).toBe('right');
    expect(await dash.locator('h1').innerText()).toBe('الإعدادات');

    await dash.getByTestId('language-en').check();
    await expect.poll(() => dash.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await dash.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await dash.locator('h1').innerText()).toBe('Settings');
    expect(await sideOf(dash, '.brand')).toBe('left');
    expect(await sideOf(dash, 'nav')).toBe('right');

    // A meeting page in English: dates with English month names, names from the gazetteer.
    await dash.goto(`${base}#/meeting/${samarkand.id}`);
    await waitUntil(async () => (await dash.getByTestId('meeting-page').count()) === 1, 'the meeting page');
    const text = await dash.getByTestId('meeting-page').innerText();
    expect(text).toContain('September 2022');
    expect(text).toContain('Samarkand');
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Xi Jinping');
    // The page's own words are English; only what the articles say (titles, quotes) stays Arabic.
    expect(await dash.locator('.facts').innerText()).not.toMatch(/[\u0600-\u06FF]/);
    expect(await dash.locator('.facts').innerText()).toContain('2022-09-15 – 2022-09-16');
    expect(await sideOf(dash, 'h1')).toBe('left');
    console.log(`screenshot: ${await screenshot(dash, 'dashboard-meeting-en-light')}`);

    // The popup, opened now, is in English too.
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await waitUntil(async () => (await popup.getByTestId('meeting').count()) > 0, 'the timeline');
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await popup.locator('h2#timeline-heading').innerText()).toBe('Saved meetings');
    const entry = await popup.locator(`[data-testid="meeting"][data-venue="samarkand"]`).innerText();
    expect(entry).toMatch(/15.{0,3}16 September 2022|15 September 2022/);
    expect(entry).toContain('In person');
    expect(await sideOf(popup, 'h1')).toBe('left');
    await popup.close();

    await dash.goto(`${base}#/settings`);
    await dash.getByTestId('language-ar').check();
    await expect.poll(() => dash.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await sideOf(dash, '.brand')).toBe('right');
    await dash.close();
  });

  it('keeps the chosen theme over the system one, in the dashboard and the popup', async () => {
    const background = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dash = await browser.openExtensionPage('dashboard.html#/settings');
    await waitUntil(async () => (await dash.getByTestId('theme-dark').count()) === 1, 'settings');
    const light = await background(dash);
    await dash.getByTestId('theme-dark').check();
    await expect.poll(() => background(dash)).not.toBe(light);
    expect(await dash.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(popup)).toBe(await background(dash));
    await dash.getByTestId('theme-system').check();
    await expect.poll(() => background(dash)).toBe(light);
    await popup.close();
    await dash.close();
  });
});
