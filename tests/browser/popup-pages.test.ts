// The popup after reading real pages: fixture news pages served locally, read by the real content
// script, saved by the background; the popup (about that tab: `popup.html?tab=N`) tells the page's
// status, lists the meetings, and "save now" saves a page that auto-save left alone.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { FIXTURES } from './harness/paths';
import { type FixtureServer, serveDirectory } from './harness/server';
import { waitUntil } from './popup-seed';

const PAGES = join(FIXTURES, 'pages');

interface Expect {
  relevant: boolean;
  meeting: { start: string; venue: string; kind: string } | null;
}
const expectOf = (name: string) => JSON.parse(readFileSync(join(PAGES, `${name}.expect.json`), 'utf8')) as Expect;

/** The tab that reported to the background most recently (pages give their canonical URL, not the served one). */
async function lastReportingTab(browser: ExtensionBrowser): Promise<number | null> {
  return browser.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const value = (await api.storage.session.get('lastTab')).lastTab;
    return typeof value === 'number' ? value : null;
  });
}

describe('popup over pages read by the content script', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  const visit = async (name: string): Promise<{ page: Page; tabId: number }> => {
    const before = await lastReportingTab(browser);
    const page = await browser.context.newPage();
    await page.goto(server.url(`${name}.html`));
    let tabId: number | null = null;
    await waitUntil(
      async () => {
        tabId = await lastReportingTab(browser);
        return tabId !== null && tabId !== before;
      },
      `${name} to be read`,
      20_000,
    );
    return { page, tabId: tabId as unknown as number };
  };
  const popupFor = async (tabId: number) => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    return popup;
  };

  beforeAll(async () => {
    server = await serveDirectory(PAGES);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says a page covering a meeting is saved, and lists the meetings of the pages read', async () => {
    const names = ['alkhaleej_astana_2024', 'sana_phone_2022', 'youm7_moscow_2023'];
    let last = 0;
    for (const name of names) last = (await visit(name)).tabId;

    const popup = await popupFor(last);
    await expect.poll(() => popup.getByTestId('saved-state').textContent(), { timeout: 15_000 }).toBe('حُفظت في سجلك.');
    const entries = popup.getByTestId('meeting');
    await expect.poll(() => entries.count()).toBe(names.length);
    const shown = await entries.evaluateAll((els) =>
      els.map(
        (el) => `${el.getAttribute('data-start')}|${el.getAttribute('data-venue')}|${el.getAttribute('data-kind')}`,
      ),
    );
    const expected = names
      .map((n) => expectOf(n).meeting!)
      .sort((a, b) => (a.start < b.start ? 1 : -1))
      .map((m) => `${m.start}|${m.venue}|${m.kind}`);
    expect(shown).toEqual(expected);
    console.log(`screenshot: ${await screenshot(popup, 'popup-pages-ar-light')}`);
  });

  it('says a page about something else is not about a meeting', async () => {
    const { tabId } = await visit('unrelated_football_ahram');
    const popup = await popupFor(tabId);
    await expect.poll(() => popup.getByTestId('page-status').innerText()).toContain('لا تغطي هذه الصفحة');
    expect(await popup.getByTestId('save-now').count()).toBe(0);
  });

  it('saves a page on "save now" when auto-save is off', async () => {
    const control = await browser.openExtensionPage('dashboard.html#/settings');
    await control.getByTestId('auto-save').uncheck();
    await expect.poll(() => control.getByTestId('auto-save').isChecked()).toBe(false);

    const { tabId } = await visit('rt_video_2025');
    const popup = await popupFor(tabId);
    await expect.poll(() => popup.getByTestId('saved-state').textContent(), { timeout: 15_000 }).toBe('غير محفوظة.');
    const before = await popup.getByTestId('meeting').count();
    await popup.getByTestId('save-now').click();
    await expect.poll(() => popup.getByTestId('saved-state').textContent(), { timeout: 15_000 }).toBe('حُفظت في سجلك.');
    await expect.poll(() => popup.getByTestId('meeting').count()).toBe(before + 1);
    // The new entry is the page's meeting (its date is the extractor's business, not the popup's).
    const meeting = expectOf('rt_video_2025').meeting!;
    const added = popup.locator(`[data-testid="meeting"][data-venue="${meeting.venue}"][data-kind="${meeting.kind}"]`);
    expect(await added.count()).toBe(1);
    const open = popup.getByRole('link', { name: 'افتح اللقاء' });
    expect(await open.getAttribute('href')).toMatch(/dashboard\.html#\/meeting\//);

    await control.getByTestId('auto-save').check();
  });
});
