// Export and import through the UI: the popup's and the dashboard's export buttons download a file
// that validates against the documented JSON Schema (docs/qimma-export.schema.json), and importing
// that file into a fresh profile restores the same timeline.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../unit/export/json-schema-lite';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { ROOT } from './harness/paths';
import { corpusPages, readStore, seedThroughBackground, waitUntil } from './popup-seed';

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs/qimma-export.schema.json'), 'utf8'));

/** The timeline as the reader sees it: every entry's fields and counts, in order. */
async function timelineOf(browser: ExtensionBrowser): Promise<string[]> {
  const popup = await browser.openExtensionPage('popup.html');
  const meetings = (await readStore(browser, 'meetings')).length;
  await waitUntil(
    async () =>
      (await popup.getByTestId('meeting').count()) === meetings &&
      (await popup.locator('.meeting-counts .placeholder').count()) === 0,
    'the timeline',
  );
  const entries = await popup
    .getByTestId('meeting')
    .evaluateAll((els) =>
      els.map((el) =>
        [
          el.getAttribute('data-start'),
          el.getAttribute('data-venue'),
          el.getAttribute('data-kind'),
          el.querySelector('[data-testid="article-count"]')?.textContent,
          el.querySelector('[data-testid="note-count"]')?.textContent,
        ].join('|'),
      ),
    );
  await popup.close();
  return entries;
}

async function download(page: Page, testId: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/^qimma-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  if (!path) throw new Error('download not saved');
  return path;
}

describe('export and import', () => {
  const browsers: ExtensionBrowser[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close();
  });

  it('exports a valid file from the popup and the dashboard, and an import restores the same timeline', async () => {
    const source = await launchWithExtension();
    browsers.push(source);
    await seedThroughBackground(source, corpusPages());
    const before = await timelineOf(source);
    expect(before.length).toBeGreaterThan(20);

    const popup = await source.openExtensionPage('popup.html');
    const fromPopup = JSON.parse(readFileSync(await download(popup, 'export'), 'utf8'));
    expect(validate(SCHEMA, fromPopup)).toEqual([]);

    const dash = await source.openExtensionPage('dashboard.html');
    await dash.goto(`${dash.url().replace(/#.*$/, '')}#/backup`);
    const path = await download(dash, 'export');
    const document = JSON.parse(readFileSync(path, 'utf8'));
    expect(validate(SCHEMA, document)).toEqual([]);
    expect(document.meetings).toHaveLength(before.length);
    expect(document.notes.length).toBe((await readStore(source, 'notes')).length);

    const target = await launchWithExtension();
    browsers.push(target);
    const empty = await target.openExtensionPage('dashboard.html');
    await empty.goto(`${empty.url().replace(/#.*$/, '')}#/backup`);
    await empty.getByTestId('import').setInputFiles(path);
    await expect
      .poll(() => empty.getByTestId('import-status').textContent(), { timeout: 20_000 })
      .toMatch(/استُورد السجل/);
    console.log(`screenshot: ${await screenshot(empty, 'dashboard-import-ar-light')}`);

    expect(await timelineOf(target)).toEqual(before);
  });

  it('refuses a file that is not an export, says why, and changes nothing', async () => {
    const b = await launchWithExtension();
    browsers.push(b);
    const dash = await b.openExtensionPage('dashboard.html');
    await dash.goto(`${dash.url().replace(/#.*$/, '')}#/backup`);
    await dash
      .getByTestId('import')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect.poll(() => dash.getByTestId('import-error').count()).toBe(1);
    // Said in Arabic: what the file is not, and that nothing changed.
    expect(await dash.getByTestId('import-error').innerText()).toMatch(
      /تعذّر الاستيراد: هذا ليس تصديرًا من «قمة»\. لم يتغيّر شيء في سجلك\./,
    );
    console.log(`screenshot: ${await screenshot(dash, 'dashboard-import-refused-ar-light')}`);
    expect(await readStore(b, 'meetings')).toHaveLength(0);
  });
});
