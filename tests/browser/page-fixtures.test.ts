// The page layer end to end, in Debian's Chromium with the built extension, on every fixture page
// of tests/fixtures/pages: highlights exactly on the article's mentions and nowhere else, the
// page's DOM untouched (the extension's one addition is its shadow host), no console errors, the
// card by mouse and by keyboard, lazily inserted paragraphs picked up, and nothing painted on pages
// that are not about a Russia–China meeting.

import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabStatus } from '../../lib/messages';
import { formatDateValue, formatFigureValue } from '../../lib/page/describe-mention';
import { CHROMIUM, type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { type HighlightTexts, readHighlights } from './harness/page-report';
import { FIXTURES } from './harness/paths';
import { type FixtureServer, serveDirectory } from './harness/server';
import {
  type Comparison,
  compareHighlights,
  fixtureNames,
  KINDS,
  type PageExpectation,
  readExpectation,
  total,
} from './page-expectations';
import {
  collectErrors,
  highlightPoint,
  pageMarkup,
  RECORD_MUTATIONS,
  readShadow,
  recordedMutations,
  visible,
  waitForFirstPaint,
} from './page-harness';

const PAGES = `${FIXTURES}/pages`;
const NAMES = fixtureNames(PAGES);
/** Pages that run scripts of their own (they change their DOM themselves). */
const SCRIPTED = new Set(['lazy_sputnik_tianjin_2025', 'amp_xinhua_beijing_2024']);
const SCREENSHOTS: Record<string, string> = {
  youm7_moscow_2023: 'page-light-youm7',
  inline_markup_samarkand_2022: 'page-light-samarkand',
};
const CARD_SCREENSHOT = 'youm7_moscow_2023';

/** Waits until the painted highlights stop changing (the page's own late changes read too). */
async function settled(page: Page): Promise<void> {
  let last = JSON.stringify(await readHighlights(page));
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    const now = JSON.stringify(await readHighlights(page));
    if (now === last) return;
    last = now;
  }
}

/**
 * The comparison once it holds, or as it stands when the time is up. The time is generous: the
 * page's timed paragraphs must be read, sent to the engine and painted on a machine that may be
 * busy, and nothing changes on the page after them until the test scrolls.
 */
async function settledComparison(page: Page, want: HighlightTexts, optional?: string[]): Promise<Comparison> {
  const until = Date.now() + 20_000;
  let c = compareHighlights(await readHighlights(page), want, optional);
  while (Date.now() < until && (c.missing.length > 0 || c.unexpected.length > 0)) {
    await page.waitForTimeout(100);
    c = compareHighlights(await readHighlights(page), want, optional);
  }
  return c;
}

/**
 * Highlights that are not exactly on the words of a mention the engine reported for the page
 * (`kind: text`): the page layer's own part, checked to the letter, while the comparison with the
 * page's expectations follows the corpus scorer's rule.
 */
async function offEngine(page: Page, browser: ExtensionBrowser): Promise<string[]> {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const painted = await readHighlights(page);
  const left = new Map<string, number>();
  for (const m of (await tabStatus(browser))?.result.mentions ?? []) {
    const key = `${m.type}: ${squash(m.text)}`;
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  const off: string[] = [];
  for (const kind of KINDS)
    for (const text of painted[kind]) {
      const key = `${kind}: ${squash(text)}`;
      const n = left.get(key) ?? 0;
      if (n > 0) left.set(key, n - 1);
      else off.push(key);
    }
  return off;
}

async function tabStatus(browser: ExtensionBrowser): Promise<TabStatus | null> {
  return browser.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string | null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session;
    const last = (await api.get('lastTab')).lastTab as number | undefined;
    if (last === undefined) return null;
    return ((await api.get(`tab:${last}`))[`tab:${last}`] as TabStatus | undefined) ?? null;
  });
}

/** Highlight ranges that touch the smallest elements holding a text that is not the article's. */
async function highlightsOver(page: Page, texts: string[]): Promise<string[]> {
  return page.evaluate((needles) => {
    const ranges = ['leader', 'venue', 'date', 'figure'].flatMap(
      (k) => [...(CSS.highlights.get(`qimma-${k}`) ?? [])] as Range[],
    );
    const hits: string[] = [];
    for (const needle of needles) {
      const holders = [...document.body.querySelectorAll('*')].filter(
        (el) =>
          (el.textContent ?? '').includes(needle) &&
          ![...el.children].some((c) => (c.textContent ?? '').includes(needle)),
      );
      for (const el of holders)
        for (const r of ranges) if (r.intersectsNode(el)) hits.push(`${needle} ← ${r.toString()}`);
    }
    return hits;
  }, texts);
}

/**
 * Loads a page in a browser without the extension, the same way, for the DOM it should have. A
 * page that changes itself (timed and scroll-triggered paragraphs: the lazy page remembers a
 * scroll made before its timer) is given until its markup is the one the extension's page shows,
 * or until the time is up: then the markup as it stands, for the comparison to show the difference.
 */
async function plainMarkup(plain: Browser, url: string, expectation: PageExpectation, want: string): Promise<string> {
  const page = await plain.newPage({ viewport: { width: 1100, height: 800 }, locale: 'ar' });
  await page.goto(url);
  if (expectation.stages) await page.mouse.wheel(0, 2_000);
  let html = await pageMarkup(page);
  const until = Date.now() + 20_000;
  while (html !== want && Date.now() < until) {
    await page.waitForTimeout(100);
    html = await pageMarkup(page);
  }
  await page.close();
  return html;
}

/** The card's value as the page layer formats it for this mention (from the stored extraction). */
function expectedValue(status: TabStatus | null, kind: 'date' | 'figure', text: string): string | null {
  // The engine read the text with its whitespace collapsed (a no-break space is a space there).
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const m = status?.result.mentions.find((x) => x.type === kind && squash(x.text) === squash(text));
  if (!m) return null;
  const v =
    kind === 'date'
      ? formatDateValue(typeof m.value === 'string' ? m.value : null, m.valueEnd)
      : formatFigureValue(m.value, m.unit);
  return v === null ? null : visible(v);
}

describe('page layer on the fixture pages', () => {
  let browser: ExtensionBrowser;
  let plain: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveDirectory(PAGES);
    browser = await launchWithExtension();
    plain = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await server?.close();
  });

  it('has at least 15 fixture pages', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of NAMES) {
    describe(name, () => {
      const expectation = readExpectation(PAGES, name);
      let page: Page;
      let url: string;
      let errors: string[];
      let afterTimer: Comparison | null = null;

      beforeAll(async () => {
        url = server.url(`${name}.html`);
        page = await browser.context.newPage();
        errors = collectErrors(page);
        await page.addInitScript(RECORD_MUTATIONS);
        await page.goto(url);
        await waitForFirstPaint(page);
        // Lazy paragraphs: the timed batch, then the batch that waits for a scroll.
        const stage = expectation.stages?.afterTimer;
        if (stage) {
          afterTimer = await settledComparison(page, stage, expectation.optionalHighlights);
          await page.mouse.wheel(0, 2_000);
          // The scroll batch: until the whole story is painted (or the time is up), then quiet.
          await settledComparison(page, expectation.highlights, expectation.optionalHighlights);
        }
        await settled(page);
      });
      afterAll(async () => {
        await page?.close();
      });

      if (expectation.stages?.afterTimer) {
        it('picks up the paragraphs the page adds after a timer', () => {
          expect(afterTimer).toEqual({ missing: [], unexpected: [] });
        });
      }

      it(expectation.relevant ? 'highlights exactly the article’s mentions' : 'highlights nothing', async () => {
        if (SCREENSHOTS[name]) console.log(`screenshot: ${await screenshot(page, SCREENSHOTS[name])}`);
        const painted = await readHighlights(page);
        if (!expectation.relevant) expect(total(painted)).toBe(0);
        expect(compareHighlights(painted, expectation.highlights, expectation.optionalHighlights)).toEqual({
          missing: [],
          unexpected: [],
        });
        // The engine's report of the page follows its painting: wait for it to catch up.
        await expect.poll(() => offEngine(page, browser), { timeout: 15_000 }).toEqual([]);
      });

      it('paints nothing in navigation, asides, related lists, comments or hidden text', async () => {
        expect(await highlightsOver(page, expectation.notInArticle ?? [])).toEqual([]);
      });

      it('leaves the page’s DOM as it was (its only addition is the shadow host)', async () => {
        if (!SCRIPTED.has(name)) {
          const mutations = await recordedMutations(page);
          expect(mutations.filter((m) => !/qimma-ui/.test(m))).toEqual([]);
        }
        const markup = await pageMarkup(page);
        expect(markup).toBe(await plainMarkup(plain, url, expectation, markup));
      });

      if (expectation.relevant) {
        it('opens the card by mouse, with the value of a date or figure', async () => {
          await page.evaluate(() => window.scrollTo(0, 0));
          const status = await tabStatus(browser);
          expect(status?.relevant).toBe(true);
          const painted = await readHighlights(page);
          const kind = painted.figure.length > 0 ? 'figure' : 'date';
          const point = await highlightPoint(page, kind, 0);
          if (!point) throw new Error(`no ${kind} highlight on screen`);
          await page.mouse.move(point.x, point.y);
          await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(1);
          const [card] = await readShadow(page, '[data-testid="card"]');
          expect(card?.attributes['data-kind']).toBe(kind);
          const [value] = await readShadow(page, '[data-testid="value"]');
          const want = expectedValue(status, kind, point.text);
          expect(want).not.toBeNull();
          expect(visible(value?.text ?? '')).toBe(want);
          const [meeting] = await readShadow(page, '[data-testid="meeting"]');
          expect(meeting?.text ?? '').not.toBe('');
          if (name === CARD_SCREENSHOT) console.log(`screenshot: ${await screenshot(page, `page-card-${name}`)}`);
          await page.mouse.move(2, 2);
          await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(0);
        });

        it('opens the card from the keyboard (Alt+Shift+J) and closes it with Escape', async () => {
          await page.keyboard.press('Alt+Shift+KeyJ');
          await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(1);
          const focused = await page.evaluate(() =>
            [...(CSS.highlights.get('qimma-focus') ?? [])].map((r) => r.toString()),
          );
          expect(focused).toHaveLength(1);
          const [text] = await readShadow(page, '.page-text');
          expect(text?.text).toBe(focused[0]);
          const [card] = await readShadow(page, '[data-testid="card"]');
          expect(card?.text).toMatch(/القيمة|—/);
          await page.keyboard.press('Escape');
          await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(0);
          expect(await page.evaluate(() => CSS.highlights.get('qimma-focus')?.size ?? 0)).toBe(0);
        });
      }

      it('logs no errors', () => {
        expect(errors).toEqual([]);
      });
    });
  }
});
