// People the gazetteer does not know, end to end: the engine reports them with an id made from the
// surname (`ghaluzin`) that `leaderById` cannot resolve. On the page the card shows the words as
// written; in the popup and the dashboard they are named as their articles wrote them. Nowhere an
// `undefined`, a `null` or the Latin slug, and no error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord, MentionRecord } from '../../lib/db/schema';
import { leaderById } from '../../lib/gazetteer';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { readHighlights, readTabStatus } from './harness/page-report';
import { type FixtureServer, serveDirectory } from './harness/server';
import { collectErrors, highlightPoint, readShadow, waitForFirstPaint } from './page-harness';
import { readStore, seedThroughBackground, UNKNOWN_PERSON, unknownPersonPage } from './popup-seed';

const CASES = new URL('./page-cases/', import.meta.url).pathname;
/** What must never reach the reader for this person. */
const LEAKS = /undefined|null|ghaluzin/;

describe('a person the gazetteer does not know', () => {
  let browser: ExtensionBrowser;
  let cases: FixtureServer;

  beforeAll(async () => {
    expect(leaderById(UNKNOWN_PERSON.id)).toBeUndefined();
    cases = await serveDirectory(CASES);
    browser = await launchWithExtension({ viewport: { width: 1100, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await cases?.close();
  });

  it('is highlighted on the page, and its card shows the words as written', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const url = cases.url('unknown_official_beijing_2024.html');
    await page.goto(url);
    await waitForFirstPaint(page);
    // The engine reports the official with an id of its own making (the report follows the paint).
    await expect
      .poll(async () => {
        const status = await readTabStatus(browser, url);
        return status?.result.mentions.filter((m) => m.type === 'leader').map((m) => `${m.id}:${m.text}`);
      })
      .toContain(`${UNKNOWN_PERSON.id}:${UNKNOWN_PERSON.name}`);
    await expect.poll(async () => (await readHighlights(page)).leader).toContain(UNKNOWN_PERSON.name);

    const leaders = (await readHighlights(page)).leader;
    const point = await highlightPoint(page, 'leader', leaders.indexOf(UNKNOWN_PERSON.name));
    if (!point) throw new Error('the official is not highlighted on screen');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(1);
    const [text] = await readShadow(page, '.page-text');
    expect(text?.text).toBe(UNKNOWN_PERSON.name);
    const [card] = await readShadow(page, '[data-testid="card"]');
    expect(card?.text).not.toMatch(LEAKS);
    // Saved automatically with the rest of the article.
    await expect
      .poll(async () =>
        (await readStore<MentionRecord>(browser, 'mentions')).some((m) => m.key === `leader:${UNKNOWN_PERSON.id}`),
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is named as written in the popup timeline and its filter, and in the dashboard', async () => {
    await seedThroughBackground(browser, [unknownPersonPage()]);
    const popup = await browser.openExtensionPage('popup.html');
    const errors = collectErrors(popup);
    const entry = popup.locator('[data-testid="meeting"][data-start="2024-06-20"]');
    await expect.poll(() => entry.locator('.meeting-who').innerText()).toContain(UNKNOWN_PERSON.name);
    expect(await entry.innerText()).not.toMatch(LEAKS);
    await expect
      .poll(() => popup.getByTestId('filter-participant').locator(`option[value="${UNKNOWN_PERSON.id}"]`).innerText())
      .toMatch(new RegExp(`${UNKNOWN_PERSON.surname}$`));
    await popup.close();

    expect(errors).toEqual([]);

    const dash = await browser.openExtensionPage('dashboard.html');
    const dashErrors = collectErrors(dash);
    const base = dash.url().replace(/#.*$/, '');
    await dash.goto(`${base}#/entities`);
    const chip = dash.locator(`a[href="#/entity/${encodeURIComponent(`leader:${UNKNOWN_PERSON.id}`)}"]`);
    await expect.poll(() => chip.innerText()).toMatch(new RegExp(`${UNKNOWN_PERSON.surname}$`));
    await chip.click();
    const entity = dash.getByTestId('entity-page');
    await expect.poll(() => entity.locator('h1').innerText()).toContain(UNKNOWN_PERSON.surname);
    await expect.poll(() => entity.innerText()).toContain(UNKNOWN_PERSON.name);
    expect(await entity.innerText()).not.toMatch(LEAKS);

    // The page of the meeting he took part in lists him among the participants, by name.
    const [held] = (await readStore<MeetingRecord>(browser, 'meetings')).filter((m) => m.start === '2024-06-20');
    await entity.locator(`a[href="#/meeting/${encodeURIComponent(held!.id)}"]`).click();
    const meeting = dash.getByTestId('meeting-page');
    await expect.poll(() => meeting.locator('.facts').innerText()).toMatch(new RegExp(UNKNOWN_PERSON.surname));
    expect(await meeting.innerText()).not.toMatch(LEAKS);
    expect(dashErrors).toEqual([]);
    await dash.close();
  });
});
