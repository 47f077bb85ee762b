// Pages that change under the extension, and the reader's switches: text edited under a highlight
// (dropped before the next paint, re-read after), paragraphs added later, single-page navigation to
// another story, a page that clears the highlight registry, the badge's per-kind toggles and the
// shortcut that hides everything. Plus the night-mode page of our own, for the dark screenshot.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabStatus } from '../../lib/messages';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { readHighlights } from './harness/page-report';
import { FIXTURES } from './harness/paths';
import { type FixtureServer, serveDirectory } from './harness/server';
import { compareHighlights, readExpectation, total } from './page-expectations';
import { clickShadow, collectErrors, highlightPoint, readShadow, waitForFirstPaint } from './page-harness';

const PAGES = `${FIXTURES}/pages`;
const CASES = new URL('./page-cases/', import.meta.url).pathname;

async function open(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForFirstPaint(page);
  await expect.poll(async () => total(await readHighlights(page))).toBeGreaterThan(0);
  return page;
}

/** The background's record of the tab that reported last (this test's page). */
async function lastTabStatus(browser: ExtensionBrowser): Promise<TabStatus | null> {
  return browser.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session;
    const last = (await api.get('lastTab')).lastTab as number | undefined;
    if (last === undefined) return null;
    return ((await api.get(`tab:${last}`))[`tab:${last}`] as TabStatus | undefined) ?? null;
  });
}

describe('pages that change, and the reader’s switches', () => {
  let browser: ExtensionBrowser;
  let pages: FixtureServer;
  let cases: FixtureServer;

  beforeAll(async () => {
    pages = await serveDirectory(PAGES);
    cases = await serveDirectory(CASES);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await cases?.close();
  });

  it('drops a highlight at once when its words change, and reads the page again', async () => {
    const page = await open(browser, pages.url('sana_phone_2022.html'));
    const errors = collectErrors(page);
    const before = await readHighlights(page);
    const [firstLeader] = before.leader;
    // The engine's report of the page, as the background keeps it, counts that name this often.
    const reportedTimes = async (word: string | undefined) =>
      (await lastTabStatus(browser))?.result.mentions.filter((m) => m.type === 'leader' && m.text === word).length;
    const painted = before.leader.filter((t) => t === firstLeader).length;
    await expect.poll(() => reportedTimes(firstLeader)).toBe(painted);
    // Inside one task: edit the words under the first leader highlight, let the mutation
    // observers run, then look at the registry before anything is painted.
    const seen = await page.evaluate(async () => {
      const ranges = () => [...(CSS.highlights.get('qimma-leader') ?? [])].map((r) => r as Range);
      const first = ranges().sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range;
      const node = first.startContainer as Text;
      const word = first.toString();
      node.replaceData(first.startOffset, word.length, 'فلان الفلاني');
      await Promise.resolve();
      return { word, now: ranges().map((r) => r.toString()) };
    });
    expect(seen.now).toHaveLength(before.leader.length - 1);
    expect(seen.now.every((t) => t.length > 0 && !t.includes('فلان'))).toBe(true);
    // Once the change settles the page is read again (the engine's report has one mention of the
    // name fewer): the highlights are the engine's reading of the new text (each range on exactly
    // the words of a mention the background returned), and the old name is gone from the edited
    // sentence.
    expect(seen.word).toBe(firstLeader);
    await expect.poll(() => reportedTimes(seen.word)).toBe(painted - 1);
    const after = await page.evaluate((word) => {
      const edited = [...document.querySelectorAll('article p')].find((p) =>
        p.textContent?.includes('فلان'),
      ) as Element;
      const ranges = ['leader', 'venue', 'date', 'figure'].flatMap(
        (k) => [...(CSS.highlights.get(`qimma-${k}`) ?? [])] as Range[],
      );
      return {
        texts: ranges.map((r) => r.toString().replace(/\s+/g, ' ')),
        oldWord: ranges.filter((r) => r.intersectsNode(edited) && r.toString() === word).length,
      };
    }, seen.word);
    expect(after.oldWord).toBe(0);
    const status = await lastTabStatus(browser);
    const mentioned = new Set(status?.result.mentions.map((m) => m.text.replace(/\s+/g, ' ')));
    expect(after.texts.length).toBeGreaterThan(0);
    expect(after.texts.filter((t) => !mentioned.has(t))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('picks up a paragraph added to the story later', async () => {
    const page = await open(browser, pages.url('sana_phone_2022.html'));
    const before = await readHighlights(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وأعلن الكرملين أن بوتين سيزور بكين في أيار المقبل لإجراء محادثات مع شي جين بينغ.';
      document.querySelector('article')?.append(p);
    });
    await expect
      .poll(async () => (await readHighlights(page)).leader.length)
      .toBeGreaterThanOrEqual(before.leader.length + 2);
    const inNew = await page.evaluate(() => {
      const p = document.querySelector('article p:last-of-type') as Element;
      return [...(CSS.highlights.get('qimma-leader') ?? [])]
        .filter((r) => (r as Range).intersectsNode(p))
        .map((r) => r.toString());
    });
    expect(inNew).toEqual(['بوتين', 'شي جين بينغ']);
    await page.close();
  });

  it('follows single-page navigation to another story, leaving nothing of the old one painted', async () => {
    const page = await open(browser, pages.url('sana_phone_2022.html'));
    const next = readExpectation(PAGES, 'csp_strict_aljazeera_phone_2025');
    // The page's own router: new address, new article in place of the old one.
    const html = await (await fetch(pages.url('csp_strict_aljazeera_phone_2025.html'))).text();
    await page.evaluate((source) => {
      const incoming = new DOMParser().parseFromString(source, 'text/html').querySelector('article') as Element;
      history.pushState({}, '', '/news/2025/02/24/putin-xi-call');
      document.title = incoming.querySelector('h1')?.textContent ?? '';
      (document.querySelector('article') as Element).replaceWith(document.importNode(incoming, true));
    }, html);
    await expect
      .poll(async () => compareHighlights(await readHighlights(page), next.highlights, next.optionalHighlights))
      .toEqual({ missing: [], unexpected: [] });
    const outside = await page.evaluate(() => {
      const article = document.querySelector('article') as Element;
      return ['leader', 'venue', 'date', 'figure']
        .flatMap((k) => [...(CSS.highlights.get(`qimma-${k}`) ?? [])] as Range[])
        .filter((r) => !article.contains(r.commonAncestorContainer)).length;
    });
    expect(outside).toBe(0);
    await page.close();
  });

  it('puts its highlights back when the page clears the registry', async () => {
    const page = await open(browser, pages.url('sana_phone_2022.html'));
    const before = await readHighlights(page);
    await page.evaluate(() => CSS.highlights.clear());
    expect(total(await readHighlights(page))).toBe(0);
    await expect.poll(async () => readHighlights(page)).toEqual(before);
    await page.close();
  });

  it('switches a kind off and on from the badge, and everything with Alt+Shift+H', async () => {
    const page = await open(browser, pages.url('sana_phone_2022.html'));
    const before = await readHighlights(page);
    const [badge] = await readShadow(page, '[data-testid="badge"]');
    expect(badge?.text).toContain('قمة روسية صينية');
    await clickShadow(page, '[data-testid="toggle-venue"]');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('qimma-venue'))).toBe(false);
    const [toggle] = await readShadow(page, '[data-testid="toggle-venue"]');
    expect(toggle?.attributes['aria-pressed']).toBe('false');
    // A switched-off kind has no card either.
    expect((await readHighlights(page)).leader).toEqual(before.leader);
    await clickShadow(page, '[data-testid="toggle-venue"]');
    await expect.poll(async () => readHighlights(page)).toEqual(before);

    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(async () => total(await readHighlights(page))).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(async () => readHighlights(page)).toEqual(before);
    await page.close();
  });

  it('paints nothing on a site the reader switched highlights off for', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const host = new URL(pages.origin).hostname;
    const send = (patch: object) =>
      popup.evaluate(
        (p) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({
            type: 'settings:set',
            patch: p,
          }),
        patch,
      );
    await send({ sites: { [host]: { highlights: false } } });
    const page = await browser.context.newPage();
    await page.goto(pages.url('sana_phone_2022.html'));
    await waitForFirstPaint(page);
    await page.waitForTimeout(500);
    expect(total(await readHighlights(page))).toBe(0);
    await send({ sites: { [host]: null } });
    await page.close();
    await popup.close();
  });

  it('paints a dark page legibly and shows the card on its dark surface', async () => {
    const dark = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const expectation = readExpectation(CASES, 'night_mode_beijing_2024');
      const page = await open(dark, cases.url('night_mode_beijing_2024.html'));
      await expect
        .poll(async () =>
          compareHighlights(await readHighlights(page), expectation.highlights, expectation.optionalHighlights),
        )
        .toEqual({ missing: [], unexpected: [] });
      console.log(`screenshot: ${await screenshot(page, 'page-dark-night-mode')}`);
      const point = await highlightPoint(page, 'leader', 1);
      if (!point) throw new Error('no leader highlight on screen');
      await page.mouse.move(point.x, point.y);
      await expect.poll(async () => (await readShadow(page, '[data-testid="card"]')).length).toBe(1);
      const [surface] = await readShadow(page, '.qimma');
      expect(surface?.attributes['data-surface']).toBe('dark');
      const [identity] = await readShadow(page, '[data-testid="identity"]');
      expect(identity?.text).toMatch(/^فلاديمير بوتين — /);
      console.log(`screenshot: ${await screenshot(page, 'page-dark-card')}`);
    } finally {
      await dark.close();
    }
  });
});
