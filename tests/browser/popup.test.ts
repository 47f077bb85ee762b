// The popup over a real store: the gold-annotated corpus saved through the background's own code,
// then the timeline, its fields, filters and search read from the rendered popup (400 × 600).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, MeetingRecord } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import {
  type CorpusPage,
  corpusPages,
  readStore,
  seedThroughBackground,
  syntheticPages,
  waitUntil,
} from './popup-seed';

const DAY = 86_400_000;
/** Meetings the timeline shows before "show more" (components/timeline/timeline.tsx). */
const PAGE_SIZE = 40;
const near = (a: string, b: string, days: number) => Math.abs(Date.parse(a) - Date.parse(b)) <= days * DAY;

interface Entry {
  start: string;
  venue: string;
  kind: string;
  text: string;
}

async function entries(popup: Page): Promise<Entry[]> {
  return popup.getByTestId('meeting').evaluateAll((els) =>
    els.map((el) => ({
      start: el.getAttribute('data-start') ?? '',
      venue: el.getAttribute('data-venue') ?? '',
      kind: el.getAttribute('data-kind') ?? '',
      text: (el as HTMLElement).innerText,
    })),
  );
}

/** Store order: dated meetings newest first (ISO strings compare as dates), undated last. */
function isNewestFirst(starts: string[]): boolean {
  const dated = starts.filter((s) => /^\d{4}/.test(s));
  const firstUndated = starts.findIndex((s) => !/^\d{4}/.test(s));
  const datedAfterUndated = firstUndated >= 0 && starts.slice(firstUndated).some((s) => /^\d{4}/.test(s));
  return !datedAfterUndated && dated.every((s, i) => i === 0 || (dated[i - 1] as string) >= s);
}

describe('popup: timeline of the saved corpus', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  let corpus: CorpusPage[];
  let meetings: MeetingRecord[];
  let articles: ArticleRecord[];

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 400, height: 600 } });
    corpus = corpusPages();
    await seedThroughBackground(browser, corpus);
    meetings = await readStore<MeetingRecord>(browser, 'meetings');
    articles = await readStore<ArticleRecord>(browser, 'articles');
    popup = await browser.openExtensionPage('popup.html');
    await waitUntil(async () => (await popup.getByTestId('meeting').count()) === meetings.length, 'the timeline');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every stored meeting once, newest first, with its date, venue and kind', async () => {
    const shown = await entries(popup);
    expect(shown).toHaveLength(meetings.length);
    expect(isNewestFirst(shown.map((e) => e.start))).toBe(true);
    const key = (m: { start: string | null; venue: string | null; kind: string | null }) =>
      `${m.start ?? ''}|${m.venue ?? ''}|${m.kind ?? ''}`;
    expect(shown.map(key).sort()).toEqual(meetings.map(key).sort());

    // Every meeting of the gold corpus is on the timeline, at its venue, of its kind, on its day.
    // An article that cannot name the venue (an announced trip "to Russia") joins the meeting of its
    // day wherever that was held.
    for (const page of corpus) {
      const gold = page.gold.meeting!;
      const match = shown.find(
        (e) =>
          (gold.venue === null || e.venue === gold.venue) &&
          e.kind === gold.kind &&
          /^\d{4}-\d{2}-\d{2}$/.test(e.start) &&
          near(e.start, gold.known!, 3),
      );
      expect(match, `${page.file}: ${gold.known} ${gold.venue} ${gold.kind}`).toBeDefined();
    }
  });

  it('shows an entry in Arabic: date in words and in ISO, venue, kind, participants, counts, figures', async () => {
    const samarkand = meetings.find((m) => m.venue === 'samarkand')!;
    const entry = popup.locator(`[data-testid="meeting"][data-start="${samarkand.start}"][data-venue="samarkand"]`);
    const text = await entry.innerText();
    // A two-day summit reads as one span: `15–16 سبتمبر 2022`.
    expect(text).toMatch(samarkand.end ? /15–16 سبتمبر 2022/ : /15 سبتمبر 2022/);
    expect(text).toContain('2022-09-15');
    expect(text).toContain('سمرقند');
    expect(text).toContain('لقاء مباشر');
    expect(text).toContain('فلاديمير بوتين');
    expect(text).toContain('شي جين بينغ');

    // Counts agree with the store (the Moscow 2023 state visit has several articles).
    const moscow = meetings.find((m) => m.venue === 'moscow' && m.start?.startsWith('2023-03'))!;
    const moscowArticles = articles.filter((a) => a.meetingId === moscow.id).length;
    expect(moscowArticles).toBeGreaterThan(1);
    const moscowEntry = popup.locator(`[data-testid="meeting"][data-start="${moscow.start}"][data-venue="moscow"]`);
    await expect
      .poll(() => moscowEntry.getByTestId('article-count').innerText())
      .toMatch(moscowArticles === 2 ? /مقالتان/ : new RegExp(`${moscowArticles} مقال`));
    const notes = await moscowEntry.getByTestId('note-count').innerText();
    expect(notes).toMatch(/ملاحظ/);
    // Headline figures are written for the reader: Arabic scale words, no raw units.
    const figures = await popup.locator('.figure-chip').allInnerTexts();
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((f) => /مليار (دولار|يوان|متر مكعب)/.test(f))).toBe(true);
    expect(figures.every((f) => !/USD|CNY|cubic/.test(f))).toBe(true);

    // Grouped by year, the groups newest first.
    const years = await popup.locator('.year').allInnerTexts();
    expect(years[0]).toMatch(/سنة \d{4}/);
    const numbers = years.map((y) => Number(/\d{4}/.exec(y)?.[0])).filter((n) => n > 0);
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
    console.log(`screenshot: ${await screenshot(popup, 'popup-corpus-ar-light')}`);
  });

  it('narrows the timeline by year, kind, participant and venue', async () => {
    await popup.getByTestId('filter-year').selectOption('2022');
    await expect
      .poll(async () => (await entries(popup)).map((e) => e.start.slice(0, 4)))
      .toEqual(meetings.filter((m) => m.year === 2022).map(() => '2022'));

    await popup.getByTestId('filter-kind').selectOption('phone-call');
    const calls2022 = meetings.filter((m) => m.year === 2022 && m.kind === 'phone-call').length;
    expect(calls2022).toBeGreaterThan(0);
    await expect.poll(async () => (await entries(popup)).length).toBe(calls2022);
    expect((await entries(popup)).every((e) => e.kind === 'phone-call' && e.start.startsWith('2022'))).toBe(true);

    await popup.getByRole('button', { name: 'أزل التصفية' }).click();
    await expect.poll(async () => (await entries(popup)).length).toBe(meetings.length);

    await popup.getByTestId('filter-venue').selectOption('samarkand');
    await expect
      .poll(async () => (await entries(popup)).map((e) => e.venue))
      .toEqual(meetings.filter((m) => m.venue === 'samarkand').map(() => 'samarkand'));
    await popup.getByTestId('filter-venue').selectOption('');

    await popup.getByTestId('filter-participant').selectOption('xi');
    await expect
      .poll(async () => (await entries(popup)).length)
      .toBe(meetings.filter((m) => m.participants.includes('xi')).length);
    await popup.getByTestId('filter-participant').selectOption('');
    await expect.poll(async () => (await entries(popup)).length).toBe(meetings.length);
  });

  it('searches notes, articles and names, narrows the timeline and announces the count', async () => {
    const search = popup.getByTestId('search');
    await search.fill('سمرقند');
    await expect.poll(() => popup.getByTestId('search-status').textContent()).toMatch(/نتيج|نتائج/);
    await expect.poll(async () => (await entries(popup)).length).toBeLessThan(meetings.length);
    const found = await entries(popup);
    expect(found.some((e) => e.venue === 'samarkand')).toBe(true);
    // The venue itself is offered as a name leading to its entity page.
    const chips = popup.locator('.search-results .chip-venue');
    expect(await chips.allInnerTexts()).toContain('سمرقند');
    expect(await chips.first().getAttribute('href')).toMatch(/dashboard\.html#\/entity\/venue%3Asamarkand$/);
    console.log(`screenshot: ${await screenshot(popup, 'popup-search-ar-light')}`);

    // A figure found through the notes that state it (automatic notes quote figure sentences).
    await search.fill('مليار دولار');
    await expect.poll(() => popup.getByTestId('note-hit').count()).toBeGreaterThan(0);

    await search.fill('كلمةلاوجودلها');
    await expect.poll(() => popup.getByTestId('search-status').textContent()).toBe('لا نتائج');
    await expect.poll(async () => (await entries(popup)).length).toBe(0);

    await search.fill('');
    await expect.poll(async () => (await entries(popup)).length).toBe(meetings.length);
  });

  it('follows the store live: a meeting saved while the popup is open appears without reload', async () => {
    const before = await popup.getByTestId('meeting').count();
    const [extra] = corpusPages().slice(0, 1);
    const moved = {
      ...extra!,
      page: { ...extra!.page, url: 'https://live.example/new-article', text: `${extra!.page.text}\nنص إضافي.` },
      result: {
        ...extra!.result,
        published: '2012-06-05',
        meeting: { ...extra!.result.meeting!, start: '2012-06-05', knownStart: null, venue: 'beijing' },
      },
    };
    await seedThroughBackground(browser, [moved]);
    await expect.poll(() => popup.getByTestId('meeting').count()).toBe(before + 1);
    await expect.poll(() => popup.locator('[data-testid="meeting"][data-start="2012-06-05"]').count()).toBe(1);
  });

  it('shows 40 meetings at a time, and the rest on demand', async () => {
    // Enough pages for a second screen of meetings. How many meetings the store makes of them is
    // its own business (pages about one meeting are merged): the total is read back, not assumed.
    const stored = async () => (await readStore<MeetingRecord>(browser, 'meetings')).length;
    await seedThroughBackground(browser, syntheticPages(Math.max(0, 50 - (await stored()))));
    const total = await stored();
    expect(total).toBeGreaterThan(PAGE_SIZE);
    await expect.poll(() => popup.getByTestId('meeting').count()).toBe(PAGE_SIZE);
    await expect.poll(() => popup.locator('.more').innerText()).toContain(`يظهر ${PAGE_SIZE} من ${total}`);
    await popup.getByRole('button', { name: 'اعرض المزيد' }).click();
    await expect.poll(() => popup.getByTestId('meeting').count()).toBe(total);
    expect(isNewestFirst((await entries(popup)).map((e) => e.start))).toBe(true);
  });
});
