// Export → wipe → import → export in the real browser, through the dashboard's controls: the two
// exports are the same bytes (apart from the time of export). Then broken files are refused there
// and the store stays exactly as it was.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/describe-quote';
import {
  ANNOUNCEMENT_TEXT,
  announcement,
  PHONE_CALL_TEXT,
  phoneCall,
  SAMARKAND_TEXT,
  samarkand,
} from '../unit/db/fixtures';
import { seed } from '../unit/db/helpers';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { sendFrom } from './store-helpers';

const browsers: ExtensionBrowser[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
});

async function backupPage(browser: ExtensionBrowser): Promise<Page> {
  const dash = await browser.openExtensionPage('dashboard.html');
  await dash.goto(`${dash.url().replace(/#.*$/, '')}#/backup`);
  return dash;
}

async function exported(page: Page): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByTestId('export').first().click();
  const path = await (await pending).path();
  if (!path) throw new Error('no download');
  return readFileSync(path, 'utf8');
}

/** The time of export is the one field that must differ between two exports of one store. */
const content = (file: string) => file.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"…"');

describe('backup in the browser', () => {
  it('export, then import into an empty profile, then export: the same bytes; broken files change nothing', async () => {
    const source = await launchWithExtension();
    browsers.push(source);
    const tab = await source.openExtensionPage('popup.html');
    const { text, result } = seed('003');
    const pages = [
      { url: 'https://www.example-news.com/summit', text, result },
      { url: 'https://b.example/announce', text: ANNOUNCEMENT_TEXT, result: announcement },
      { url: 'https://e.example/call', text: PHONE_CALL_TEXT, result: phoneCall },
      { url: 'https://f.example/sam', text: SAMARKAND_TEXT, result: samarkand },
    ];
    for (const [i, p] of pages.entries()) {
      await sendFrom(tab, {
        type: 'page:extracted',
        page: { url: p.url, title: `خبر ${i}`, siteName: null, lang: 'ar', text: p.text },
        result: p.result,
      });
      await sendFrom(tab, {
        type: 'note:add',
        page: { url: p.url, title: `خبر ${i}` },
        selector: { quote: describeQuote(p.text, 10, 40), position: { start: 10, end: 40 } },
        comment: `ملاحظة ${i}: "اقتباس" و<وسم>`,
        tags: ['قمة', `t${i}`],
      });
    }
    await sendFrom(tab, { type: 'settings:set', patch: { sites: { 'e.example': { autoSave: false } } } });
    const first = await exported(await backupPage(source));
    expect(JSON.parse(first).counts).toMatchObject({ articles: 4, notes: expect.any(Number) });

    const target = await launchWithExtension();
    browsers.push(target);
    const dash = await backupPage(target);
    const file = { name: 'qimma.json', mimeType: 'application/json', buffer: Buffer.from(first) };
    await dash.getByTestId('import').setInputFiles(file);
    // The dashboard says when the import is done ("استُورد السجل…").
    await expect.poll(() => dash.getByTestId('import-status').textContent(), { timeout: 20_000 }).toMatch(/استُورد/);
    const second = content(await exported(dash));
    if (second !== content(first)) {
      const a = content(first).split('\n');
      const b = second.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      console.log(`first difference at line ${i}:\n${a[i]}\n${b[i]}`);
    }
    expect(second).toBe(content(first));

    // Each broken file, and why the (Arabic) dashboard says it was refused.
    const broken: Array<[string, Buffer, RegExp]> = [
      ['truncated', Buffer.from(first.slice(0, first.length / 2)), /ليس JSON سليمًا/],
      ['newer version', Buffer.from(first.replace('"version":1', '"version":2')), /بإصدار أحدث من «قمة»/],
      [
        'hostile address',
        Buffer.from(first.replace('https://b.example/announce', 'javascript:alert(1)')),
        /مشكلة واحدة تخالف صيغة التصدير[\s\S]*must be an http\(s\) address/,
      ],
      [
        '50 MB',
        Buffer.concat([Buffer.from(first), Buffer.alloc(50 * 1024 * 1024, 0x20)]),
        /حجم الملف 50(\.\d)? ميغابايت/,
      ],
    ];
    // Files on disk (Playwright passes buffers only up to 50 MB).
    const dir = mkdtempSync(join(tmpdir(), 'qimma-broken-'));
    for (const [name, buffer, reason] of broken) {
      const path = join(dir, `${name.replaceAll(' ', '-')}.json`);
      writeFileSync(path, buffer);
      const page = await backupPage(target);
      await page.getByTestId('import').setInputFiles(path);
      await expect.poll(() => page.getByTestId('import-error').count(), { timeout: 20_000 }).toBe(1);
      const said = await page.getByTestId('import-error').innerText();
      expect(said, name).toMatch(reason);
      expect(said, name).toMatch(/لم يتغيّر شيء في سجلك/);
      expect(content(await exported(page)), name).toBe(content(first));
      await page.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
