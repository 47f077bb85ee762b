// Filling the extension's database the way the product does: `page:extracted` messages sent from an
// extension page to the real background, which saves them with the store's own code. What is sent:
//  - corpus pages: the gold-annotated Arabic articles of tests/fixtures, their gold meeting and
//    mentions turned into an extraction result (real text, real answers, independent of how good
//    the extractor is today);
//  - synthetic pages: any number of distinct meetings, for the "40 meetings" screenshots and the
//    1,000-meeting bench, built from the gazetteer's names so the UI shows real Arabic names.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtractionResult, MeetingInfo, Mention } from '../../lib/extract/types';
import { leaderById, venueById } from '../../lib/gazetteer';
import { type Gold, resultFromGold } from '../support/gold-result';
import type { ExtensionBrowser } from './harness/browser';
import { FIXTURES } from './harness/paths';

export interface SeedPage {
  page: { url: string; title: string; siteName: string | null; lang: string | null; text: string };
  result: ExtractionResult;
}

export interface CorpusPage extends SeedPage {
  file: string;
  gold: Gold;
}

/** Every gold-annotated article of the corpus and the seeds that covers a meeting. */
export function corpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const dir of ['corpus', 'seeds']) {
    const folder = join(FIXTURES, dir);
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.gold.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Gold;
      if (!gold.relevant || !gold.meeting) continue;
      const file = name.replace(/\.gold\.json$/, '');
      const text = readFileSync(join(folder, `${file}.txt`), 'utf8');
      const site = file.split('_')[1] ?? dir;
      const title =
        text
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/)[0]
          ?.trim()
          .slice(0, 200) || file;
      pages.push({
        file,
        gold,
        page: { url: `https://${site}.example/${dir}/${file}`, title, siteName: site, lang: 'ar', text },
        result: resultFromGold(text, gold),
      });
    }
  }
  return pages;
}

const DAY_MS = 86_400_000;
const arabicDay = new Intl.DateTimeFormat('ar-u-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SYNTHETIC_VENUES = [
  'moscow',
  'beijing',
  'shanghai',
  'saint-petersburg',
  'sochi',
  'vladivostok',
  'astana',
  'tashkent',
  'dushanbe',
  'bishkek',
  'kazan',
  'ufa',
];

/** Builds a text piece by piece, recording mentions at their offsets. */
class TextBuilder {
  text = '';
  mentions: Mention[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  mention(type: Mention['type'], s: string, fields: Partial<Mention> = {}): this {
    this.mentions.push({
      type,
      start: this.text.length,
      end: this.text.length + s.length,
      text: s,
      id: null,
      value: null,
      unit: null,
      ...fields,
    });
    this.text += s;
    return this;
  }
}

export interface SyntheticOptions {
  /** Figure sentences per article (each becomes an automatic note, plus one for the lead). */
  figures?: number;
  /** Day of the first meeting; meetings follow every `spacingDays`. */
  firstDay?: string;
  spacingDays?: number;
  chinese?: string;
}

/**
 * `count` distinct meetings of Putin and a Chinese leader, one article each: venues taken in turn,
 * one in four a phone or video call, dates `spacingDays` apart (far enough for the store to keep
 * them apart), each article stating trade, agreement and percentage figures.
 */
export function syntheticPages(count: number, options: SyntheticOptions = {}): SeedPage[] {
  const figures = options.figures ?? 3;
  const first = Date.parse(`${options.firstDay ?? '2001-01-10'}T00:00:00Z`);
  const spacing = options.spacingDays ?? 40;
  const chineseId = options.chinese ?? 'hu-jintao';
  const putin = leaderById('putin');
  const chinese = leaderById(chineseId);
  if (!putin || !chinese) throw new Error('gazetteer: leaders missing');
  const pages: SeedPage[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(first + i * spacing * DAY_MS);
    const iso = day.toISOString().slice(0, 10);
    const kind: MeetingInfo['kind'] = i % 8 === 3 ? 'phone-call' : i % 8 === 7 ? 'video-call' : 'in-person';
    const venueId = kind === 'in-person' ? (SYNTHETIC_VENUES[i % SYNTHETIC_VENUES.length] as string) : 'virtual';
    const venue = venueById(venueId);
    const b = new TextBuilder();
    const how = kind === 'phone-call' ? 'في اتصال هاتفي' : kind === 'video-call' ? 'عبر الفيديو' : 'في ';
    b.add('بحث الرئيس الروسي ').mention('leader', putin.name.ar, { id: 'putin' });
    b.add(' مع نظيره الصيني ').mention('leader', chinese.name.ar, { id: chineseId }).add(` ${how}`);
    if (venue) b.mention('venue', venue.name.ar, { id: venueId });
    b.add(' يوم ').mention('date', arabicDay.format(day), { value: iso }).add(' سبل تعزيز الشراكة بين البلدين.\n');
    for (let f = 0; f < figures; f++) {
      const n = 10 + ((i * 7 + f * 13) % 190);
      if (f % 3 === 0) {
        b.add('وقال الجانبان إن حجم التبادل التجاري بلغ ').mention('figure', `${n} مليار دولار`, {
          value: n * 1e9,
          unit: 'USD',
        });
        b.add(` في العام ${day.getUTCFullYear() - 1}.\n`);
      } else if (f % 3 === 1) {
        b.add('ووقّع الطرفان ').mention('figure', `${(n % 8) + 3} اتفاقيات`, { value: (n % 8) + 3, unit: 'agreement' });
        b.add(' في مجالات الطاقة والنقل والزراعة.\n');
      } else {
        b.add('وارتفعت صادرات الطاقة بنسبة ').mention('figure', `${n % 60} بالمئة`, { value: n % 60, unit: '%' });
        b.add(' خلال الأشهر الماضية.\n');
      }
    }
    pages.push(
      seedPage(b, {
        url: `https://news${i % 5}.example/synthetic/${iso}-${i}`,
        title: `بوتين و${chinese.name.ar.split(' ')[0]} يبحثان تعزيز الشراكة (${i + 1})`,
        siteName: `news${i % 5}.example`,
        published: iso,
        venue: venueId,
        kind,
        participants: ['putin', chineseId],
      }),
    );
  }
  return pages;
}

/**
 * A relevant page of the text `b` built, reported as the engine reports a meeting on the day of
 * publication (`participants` are sorted here, as the engine sorts them).
 */
function seedPage(
  b: TextBuilder,
  o: {
    url: string;
    title: string;
    siteName: string;
    published: string;
    venue: string;
    kind: MeetingInfo['kind'];
    participants: string[];
  },
): SeedPage {
  return {
    page: { url: o.url, title: o.title, siteName: o.siteName, lang: 'ar', text: b.text },
    result: {
      version: 'synthetic',
      relevant: true,
      score: 0.9,
      published: o.published,
      meeting: {
        start: o.published,
        end: null,
        venue: o.venue,
        kind: o.kind,
        participants: [...o.participants].sort(),
        announced: false,
        catalogueId: null,
        knownStart: null,
        title: null,
      },
      mentions: b.mentions,
      body: [[0, b.text.length]],
    },
  };
}

/** The name of the person in `unknownPersonPage`, as the article writes it. */
export const UNKNOWN_PERSON = { id: 'ghaluzin', name: 'ميخائيل غالوزين', surname: 'غالوزين' };

/**
 * An article on a meeting of Xi with a Russian official the gazetteer does not list, reported as
 * the engine reports such people (id = slug of the surname, named once by title, then by name).
 */
export function unknownPersonPage(): SeedPage {
  const b = new TextBuilder();
  b.add('بكين - التقى الرئيس الصيني ').mention('leader', 'شي جين بينغ', { id: 'xi' }).add(' اليوم في ');
  b.mention('venue', 'بكين', { id: 'beijing' }).add(' ');
  b.mention('leader', 'نائب وزير الخارجية الروسي', { id: UNKNOWN_PERSON.id, byTitle: true }).add(' ');
  b.mention('leader', UNKNOWN_PERSON.name, { id: UNKNOWN_PERSON.id }).add('، وقال ');
  b.mention('leader', UNKNOWN_PERSON.surname, { id: UNKNOWN_PERSON.id }).add(' إن المحادثات كانت بناءة.\n');
  return seedPage(b, {
    url: 'https://news.example/unknown-person',
    title: 'شي يستقبل غالوزين في بكين',
    siteName: 'news.example',
    published: '2024-06-20',
    venue: 'beijing',
    kind: 'in-person',
    participants: [UNKNOWN_PERSON.id, 'xi'],
  });
}

/** Sends the pages to the background from an extension page, in batches, and waits for every save. */
export async function seedThroughBackground(browser: ExtensionBrowser, pages: SeedPage[], via?: Page): Promise<void> {
  const page = via ?? (await browser.openExtensionPage('popup.html'));
  const BATCH = 50;
  for (let i = 0; i < pages.length; i += BATCH) {
    const batch = pages
      .slice(i, i + BATCH)
      .map((p) => ({ type: 'page:extracted', save: 'manual', page: p.page, result: p.result }));
    await page.evaluate(async (messages) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      for (const m of messages) {
        const reply = (await api.runtime.sendMessage(m)) as { ok: boolean; error?: string } | undefined;
        if (!reply?.ok) throw new Error(`seeding failed: ${reply?.error ?? 'no reply'}`);
      }
    }, batch);
  }
  if (!via) await page.close();
}

/** The database as the background sees it (read in the service worker, the extension origin). */
export async function readStore<T>(browser: ExtensionBrowser, store: string): Promise<T[]> {
  return browser.worker.evaluate(async (name) => {
    const open = indexedDB.open('qimma');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return all;
  }, store) as Promise<T[]>;
}

/** Polls `check` until it returns true (for hooks, where `expect.poll` is not allowed). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
