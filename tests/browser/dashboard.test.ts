// The dashboard over the saved corpus: a meeting's page (articles, figures side by side, catalogue,
// notes quoted with their sources), an entity's page, editing and deleting notes with undo, merge
// and split by hand.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, MeetingRecord, MentionRecord, NoteRecord } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './harness/browser';
import { corpusPages, readStore, seedThroughBackground, waitUntil } from './popup-seed';

describe('dashboard over the saved corpus', () => {
  let browser: ExtensionBrowser;
  let dash: Page;
  let moscow: MeetingRecord;
  let base: string;

  const notesOf = async (meetingId: string) =>
    (await readStore<NoteRecord>(browser, 'notes')).filter((n) => n.meetingId === meetingId);
  const open = async (hash: string) => {
    await dash.goto(`${base}${hash}`);
    await dash.waitForLoadState('domcontentloaded');
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    await seedThroughBackground(browser, corpusPages());
    const meetings = await readStore<MeetingRecord>(browser, 'meetings');
    moscow = meetings.find((m) => m.venue === 'moscow' && m.start?.startsWith('2023-03'))!;
    dash = await browser.openExtensionPage('dashboard.html');
    base = dash.url().replace(/#.*$/, '');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a meeting: its articles, figures side by side, catalogue facts and every note with its source', async () => {
    const articles = (await readStore<ArticleRecord>(browser, 'articles')).filter((a) => a.meetingId === moscow.id);
    const notes = await notesOf(moscow.id);
    expect(articles.length).toBeGreaterThan(1);
    expect(notes.length).toBeGreaterThan(0);

    await open(`#/meeting/${moscow.id}`);
    const page = dash.getByTestId('meeting-page');
    await expect.poll(() => page.getByTestId('meeting-article').count()).toBe(articles.length);
    expect(await page.locator('h1').innerText()).toContain('موسكو');
    expect(await page.locator('.facts').innerText()).toContain('2023-03-20');
    const titles = await page.getByTestId('meeting-article').locator('a').allInnerTexts();
    expect(titles.sort()).toEqual(articles.map((a) => a.title).sort());

    // Every note, its quote and a link back to its article.
    await expect.poll(() => page.getByTestId('note').count()).toBe(notes.length);
    for (const note of notes.slice(0, 5)) {
      const item = page.locator(`[data-note-id="${note.id}"]`);
      expect(await item.locator('blockquote').innerText()).toBe(note.quote.trim());
      const article = articles.find((a) => a.id === note.articleId)!;
      expect(await item.locator('.note-source a').getAttribute('href')).toContain(article.url);
    }

    // Figures: one row per value, one column per article stating any; a value written differently
    // in two articles stays one row.
    const figures = (await readStore<MentionRecord>(browser, 'mentions')).filter(
      (m) => m.meetingId === moscow.id && m.type === 'figure',
    );
    const distinct = new Set(figures.map((f) => f.key)).size;
    const rows = page.getByTestId('figures-table').locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(distinct, 40));
    expect(await page.getByTestId('figures-table').locator('thead th').count()).toBe(
      1 + new Set(figures.map((f) => f.articleId)).size,
    );

    // The public record knows this state visit.
    expect(await page.getByTestId('catalogue').innerText()).toMatch(/زيارة|قمة/);
    console.log(`screenshot: ${await screenshot(dash, 'dashboard-meeting-ar-light')}`);
  });

  it('shows an entity across articles: every article mentioning Putin, every article giving a figure', async () => {
    const mentions = await readStore<MentionRecord>(browser, 'mentions');
    const putinArticles = new Set(mentions.filter((m) => m.key === 'leader:putin').map((m) => m.articleId));
    await open('#/entity/leader%3Aputin');
    const page = dash.getByTestId('entity-page');
    await expect.poll(() => page.getByTestId('entity-article').count()).toBe(putinArticles.size);
    expect(await page.locator('h1').innerText()).toContain('فلاديمير بوتين');

    // The figure stated by most articles: its page lists each of them.
    const byFigure = new Map<string, Set<string>>();
    for (const m of mentions.filter((x) => x.type === 'figure')) {
      byFigure.set(m.key, (byFigure.get(m.key) ?? new Set()).add(m.articleId));
    }
    const [key, ids] = [...byFigure].sort((a, b) => b[1].size - a[1].size)[0]!;
    await open(`#/entity/${encodeURIComponent(key)}`);
    await expect.poll(() => dash.getByTestId('entity-article').count()).toBe(ids.size);
    console.log(`screenshot: ${await screenshot(dash, 'dashboard-entity-ar-light')}`);
  });

  it('edits a note and undoes the edit', async () => {
    await open(`#/meeting/${moscow.id}`);
    const first = dash.getByTestId('note').first();
    const id = (await first.getAttribute('data-note-id'))!;
    const before = (await notesOf(moscow.id)).find((n) => n.id === id)!;
    await first.getByTestId('note-edit').click();
    await first.getByTestId('note-comment').fill('تعليق للاختبار: الرقم يختلف بين المصادر');
    await first.getByTestId('note-save').click();
    await expect
      .poll(async () => (await notesOf(moscow.id)).find((n) => n.id === id)?.comment)
      .toBe('تعليق للاختبار: الرقم يختلف بين المصادر');
    await expect
      .poll(() => dash.locator(`[data-note-id="${id}"] .note-comment`).innerText())
      .toContain('تعليق للاختبار');
    await dash.getByTestId('undo').click();
    await expect.poll(async () => (await notesOf(moscow.id)).find((n) => n.id === id)?.comment).toBe(before.comment);
  });

  it('deletes a note only when the undo offer ends, and undo brings it back', async () => {
    await open(`#/meeting/${moscow.id}`);
    const count = (await notesOf(moscow.id)).length;
    const ids = await dash.getByTestId('note').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id')!));
    const [a, b] = ids;

    await dash.locator(`[data-note-id="${a}"]`).getByTestId('note-delete').click();
    await expect.poll(() => dash.locator(`[data-note-id="${a}"]`).count()).toBe(0);
    expect((await notesOf(moscow.id)).length).toBe(count); // held back, not sent
    await dash.getByTestId('undo').click();
    await expect.poll(() => dash.locator(`[data-note-id="${a}"]`).count()).toBe(1);

    // Deleting a second note ends the first offer: the first deletion is then made for good.
    await dash.locator(`[data-note-id="${a}"]`).getByTestId('note-delete').click();
    await dash.locator(`[data-note-id="${b}"]`).getByTestId('note-delete').click();
    await expect.poll(async () => (await notesOf(moscow.id)).map((n) => n.id)).not.toContain(a);
    expect((await notesOf(moscow.id)).map((n) => n.id)).toContain(b);
    await dash.getByTestId('undo').click();
    await expect.poll(() => dash.locator(`[data-note-id="${b}"]`).count()).toBe(1);
    expect((await notesOf(moscow.id)).length).toBe(count - 1);
  });

  it('splits articles off into a new meeting and merges them back', async () => {
    const meetingsBefore = (await readStore<MeetingRecord>(browser, 'meetings')).length;
    await open(`#/meeting/${moscow.id}`);
    const boxes = dash.locator('.split input[type="checkbox"]');
    await waitUntil(async () => (await boxes.count()) > 1, 'the split form');
    await boxes.first().check();
    await dash.getByTestId('split').click();
    await expect
      .poll(async () => (await readStore<MeetingRecord>(browser, 'meetings')).length)
      .toBe(meetingsBefore + 1);

    // The new meeting is offered in the merge list; merging it back restores one meeting.
    const meetings = await readStore<MeetingRecord>(browser, 'meetings');
    const articles = await readStore<ArticleRecord>(browser, 'articles');
    const split = meetings.find(
      (m) =>
        m.id !== moscow.id &&
        articles.some((a) => a.meetingId === m.id) &&
        m.venue === 'moscow' &&
        m.start?.startsWith('2023-03'),
    );
    expect(split).toBeDefined();
    await dash.getByTestId('merge-select').selectOption(split!.id);
    await dash.getByTestId('merge').click();
    await expect.poll(async () => (await readStore<MeetingRecord>(browser, 'meetings')).length).toBe(meetingsBefore);
  });
});
