// Keyboard only: every control of the popup and the dashboard is reached with Tab, shows a visible
// focus ring, and works from the keyboard (filter, search, open a meeting, edit a note, settings).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord, NoteRecord } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { corpusPages, readStore, seedThroughBackground, waitUntil } from './popup-seed';

interface Focused {
  tag: string;
  testid: string | null;
  text: string;
  outline: string;
  outlineWidth: number;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      testid: el.getAttribute('data-testid'),
      text: (el.innerText || el.getAttribute('aria-label') || '').slice(0, 40),
      outline: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

/** Presses Tab until `done` says so (or `max` presses), returning every element focused on the way. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, max = 80): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    if (done(f)) return seen;
  }
  throw new Error(`not reached by Tab in ${max} presses: ${seen.map((f) => f.testid ?? f.tag).join(' → ')}`);
}

describe('keyboard only', () => {
  let browser: ExtensionBrowser;
  let meetings: MeetingRecord[];

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 400, height: 600 } });
    await seedThroughBackground(browser, corpusPages());
    meetings = await readStore<MeetingRecord>(browser, 'meetings');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches every popup control with Tab, with a visible focus ring, and filters, searches and opens a meeting', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await waitUntil(async () => (await popup.getByTestId('meeting').count()) === meetings.length, 'the timeline');
    await waitUntil(() => popup.getByTestId('filter-venue').isEnabled(), 'the filter menus');

    const path = await tabUntil(popup, (f) => f.testid === 'filter-venue');
    const ids = path.map((f) => f.testid);
    for (const id of ['open-dashboard', 'search', 'filter-year', 'filter-kind', 'filter-participant'])
      expect(ids).toContain(id);
    for (const f of path) {
      expect(f.outline, `${f.testid ?? f.tag} has no focus ring`).not.toBe('none');
      expect(f.outlineWidth).toBeGreaterThanOrEqual(2);
    }

    // A select changes with the arrow keys; the timeline follows.
    await popup.keyboard.press('ArrowDown');
    const venue = await popup.getByTestId('filter-venue').inputValue();
    expect(venue).not.toBe('');
    await expect
      .poll(() => popup.getByTestId('meeting').count())
      .toBe(meetings.filter((m) => m.venue === venue).length);
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => popup.getByTestId('meeting').count()).toBe(meetings.length);

    // Back to the search box (Shift+Tab) and type.
    await tabUntil(popup, (f) => f.testid === 'search');
    await popup.keyboard.type('سمرقند');
    await expect.poll(() => popup.getByTestId('search-status').textContent()).toMatch(/نتيج|نتائج/);
    await popup.keyboard.press('Control+A');
    await popup.keyboard.press('Delete');
    await expect.poll(() => popup.getByTestId('meeting').count()).toBe(meetings.length);

    // Tab on to the first meeting and open it with Enter: the dashboard opens on its page.
    const toMeeting = await tabUntil(popup, (f) => f.tag === 'a' && /\d{4}/.test(f.text));
    expect(toMeeting.at(-1)?.outline).not.toBe('none');
    const opened = browser.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const tab = await opened;
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toMatch(/dashboard\.html#\/meeting\//);
    await expect.poll(() => tab.getByTestId('meeting-page').count()).toBe(1);
    await tab.close();

    // The export button is reached too.
    await tabUntil(popup, (f) => f.testid === 'export', 400);
    await popup.close();
  });

  it('edits a note, and switches the language, from the keyboard in the dashboard', async () => {
    const dash = await browser.openExtensionPage('dashboard.html');
    await dash.setViewportSize({ width: 1100, height: 800 });
    const withNotes = meetings.find((m) => m.venue === 'samarkand')!;
    await dash.goto(`${dash.url().replace(/#.*$/, '')}#/meeting/${withNotes.id}`);
    await waitUntil(async () => (await dash.getByTestId('note').count()) > 0, 'notes');

    await tabUntil(dash, (f) => f.testid === 'note-edit');
    await dash.keyboard.press('Enter');
    // The comment box takes the focus; type, then Tab to Save and press Enter.
    await waitUntil(async () => (await focused(dash)).testid === 'note-comment', 'the comment box');
    await dash.keyboard.type('ملاحظة بلوحة المفاتيح');
    await tabUntil(dash, (f) => f.testid === 'note-save');
    await dash.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await readStore<NoteRecord>(browser, 'notes')).some((n) => n.comment.includes('ملاحظة بلوحة المفاتيح')),
      )
      .toBe(true);

    // Navigation is a list of links: Tab to Settings, Enter; then the language radios.
    await dash.keyboard.press('Escape');
    await dash.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(dash, (f) => f.tag === 'a' && f.text === 'الإعدادات');
    await dash.keyboard.press('Enter');
    await expect.poll(() => dash.url()).toMatch(/#\/settings$/);
    // The new page puts the focus on its heading; tabbing starts from there.
    await waitUntil(async () => {
      const f = await focused(dash);
      return f.tag === 'h1' && f.text === 'الإعدادات';
    }, 'the settings heading focused');
    await tabUntil(dash, (f) => f.testid === 'language-ar' || f.testid === 'language-en');
    // Arrow keys move between radios (Left in RTL is "next"); either way English gets chosen.
    await dash.keyboard.press('ArrowDown');
    await expect.poll(() => dash.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await dash.evaluate(() => document.documentElement.lang)).toBe('en');
    await dash.keyboard.press('ArrowUp');
    await expect.poll(() => dash.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await dash.close();
  });
});
