// Screenshots for a person to check by eye — Arabic and English, light and dark, popup (400 × 600,
// popup size) and dashboard, empty and with 40 meetings — plus the checks a machine can make on
// the same pages: direction and language of the root, nothing wider than the window, Arabic text
// present (or absent, in English), dark backgrounds in dark mode.

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { corpusPages, readStore, seedThroughBackground, syntheticPages, waitUntil } from './popup-seed';

const POPUP = { width: 400, height: 600 };
const DASHBOARD = { width: 1100, height: 800 };
const MEETINGS = 40;

async function setLanguage(page: Page, language: 'ar' | 'en'): Promise<void> {
  await page.evaluate(async (lang) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    await api.runtime.sendMessage({ type: 'settings:set', patch: { language: lang } });
  }, language);
}

interface PageFacts {
  dir: string;
  lang: string;
  overflow: number;
  background: string;
  arabicChars: number;
}

async function facts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    background: getComputedStyle(document.body).backgroundColor,
    arabicChars: (document.body.innerText.match(/[\u0600-\u06FF]/g) ?? []).length,
  }));
}

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => Number(x) / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

async function shoot(
  browser: ExtensionBrowser,
  path: 'popup.html' | 'dashboard.html',
  name: string,
  language: 'ar' | 'en',
  scheme: 'light' | 'dark',
  ready: (page: Page) => Promise<boolean>,
): Promise<void> {
  const page = await browser.openExtensionPage(path);
  await page.setViewportSize(path === 'popup.html' ? POPUP : DASHBOARD);
  await waitUntil(
    async () => (await page.evaluate(() => document.documentElement.lang)) === language && (await ready(page)),
    name,
  );
  await page.evaluate(() => document.fonts.ready);
  const f = await facts(page);
  expect(f.dir, name).toBe(language === 'ar' ? 'rtl' : 'ltr');
  expect(f.overflow, `${name}: wider than the window`).toBeLessThanOrEqual(0);
  if (language === 'ar') expect(f.arabicChars, name).toBeGreaterThan(50);
  if (scheme === 'dark') expect(luminance(f.background), name).toBeLessThan(0.2);
  else expect(luminance(f.background), name).toBeGreaterThan(0.8);
  console.log(`screenshot: ${await screenshot(page, name)}`);
  await page.close();
}

const hasEmptyState = async (p: Page) => (await p.getByTestId('empty').count()) === 1;
const hasMeetings = async (p: Page) =>
  (await p.getByTestId('meeting').count()) > 0 && (await p.locator('.meeting-counts .placeholder').count()) === 0;

describe.each(['light', 'dark'] as const)('screens in %s mode', (scheme) => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
  });

  it('empty record, then 40 meetings, in Arabic and in English', async () => {
    browser = await launchWithExtension({ colorScheme: scheme });
    const control = await browser.openExtensionPage('popup.html');

    for (const language of ['ar', 'en'] as const) {
      await setLanguage(control, language);
      await shoot(browser, 'popup.html', `popup-empty-${language}-${scheme}`, language, scheme, hasEmptyState);
      await shoot(browser, 'dashboard.html', `dashboard-empty-${language}-${scheme}`, language, scheme, hasEmptyState);
    }

    await seedThroughBackground(browser, corpusPages(), control);
    const fromCorpus = (await readStore(browser, 'meetings')).length;
    await seedThroughBackground(browser, syntheticPages(MEETINGS - fromCorpus), control);
    expect(await readStore(browser, 'meetings')).toHaveLength(MEETINGS);

    for (const language of ['ar', 'en'] as const) {
      await setLanguage(control, language);
      await shoot(browser, 'popup.html', `popup-40-${language}-${scheme}`, language, scheme, hasMeetings);
      await shoot(browser, 'dashboard.html', `dashboard-40-${language}-${scheme}`, language, scheme, hasMeetings);
    }
    await setLanguage(control, 'ar');
  });
});
