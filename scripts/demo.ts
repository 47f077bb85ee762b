// `npm run demo`: builds the extension, serves the bundled sample Arabic news pages on localhost
// and opens Chromium with Qimma loaded on them. With a display, the browser stays open for you to
// explore; without one, it runs headless, saves screenshots and prints what Qimma found.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, screenshot } from '../tests/browser/harness/browser';
import { buildExtension } from '../tests/browser/harness/build';
import { readHighlights, readTabStatus } from '../tests/browser/harness/page-report';
import { ARTIFACTS, FIXTURES } from '../tests/browser/harness/paths';
import { serveDirectory } from '../tests/browser/harness/server';

async function main(): Promise<void> {
  console.log('Qimma demo: building the extension…');
  buildExtension();
  const server = await serveDirectory(FIXTURES);
  const pages = listPages();
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  console.log(`Serving ${pages.length} sample pages on ${server.origin}`);
  const browser = await launchWithExtension({ headless });

  for (const path of pages) {
    const page = await browser.context.newPage();
    const url = server.url(path);
    await page.goto(url);
    if (!headless) continue;
    const status = await waitFor(() => readTabStatus(browser, url), 8_000);
    const highlights = await readHighlights(page);
    const shot = await screenshot(page, `demo-${path.replace(/[/.]/g, '_')}`);
    printPage(path, status, highlights, shot);
    await page.close();
  }

  if (headless) {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForTimeout(500);
    console.log(`\nPopup (timeline of saved meetings): ${await screenshot(popup, 'demo-popup')}`);
    console.log(`Screenshots are in ${join(ARTIFACTS, 'screenshots')}`);
    await browser.close();
    await server.close();
    return;
  }
  const popup = await browser.openExtensionPage('popup.html');
  await popup.bringToFront();
  console.log('Chromium is open with Qimma loaded; close the browser window (or press Ctrl-C) to end the demo.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
}

function listPages(): string[] {
  const out: string[] = [];
  for (const dir of ['pages', 'smoke']) {
    try {
      for (const f of readdirSync(join(FIXTURES, dir)).sort()) if (f.endsWith('.html')) out.push(`${dir}/${f}`);
    } catch {
      // a fixture folder may not exist yet
    }
  }
  return out;
}

async function waitFor<T>(read: () => Promise<T | null>, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== null || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
}

function printPage(
  path: string,
  status: Awaited<ReturnType<typeof readTabStatus>>,
  highlights: Awaited<ReturnType<typeof readHighlights>>,
  shot: string,
): void {
  console.log(`\n■ ${path}`);
  if (!status) {
    console.log('  (the extension did not report on this page)');
    return;
  }
  const m = status.result.meeting;
  console.log(`  ${status.title}`);
  console.log(`  relevant: ${status.relevant ? 'yes' : 'no'} (score ${status.result.score.toFixed(2)})`);
  if (m) {
    const when = m.end ? `${m.start} → ${m.end}` : (m.start ?? '?');
    console.log(`  meeting: ${when} · ${m.venue ?? '?'} · ${m.kind ?? '?'} · ${m.participants.join(', ')}`);
    if (m.title) console.log(`  catalogue: ${m.title.en}`);
  }
  if (status.outcome) console.log(`  saved: ${status.outcome.saved ? 'yes' : `no (${status.outcome.reason})`}`);
  for (const [kind, texts] of Object.entries(highlights)) {
    if (texts.length) console.log(`  ${kind.padEnd(6)} ${texts.join(' · ')}`);
  }
  console.log(`  screenshot: ${shot}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
