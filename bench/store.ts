// Store benchmark: a store of 10,000 notes (1,000 articles, 30 mentions and 10 notes each, 100
// meetings) on fake-indexeddb under Node, and the two operations with a budget — exporting it all
// (≤ 1 s) and a cross-reference query (≤ 20 ms) — each printed beside a baseline measured in the
// same run on the same data: a bare dump of the notes table, and the naive query (every note of the
// key through the multi-entry index, sorted in memory). Medians of several runs after a warm-up.
// Figures only, never assertions: machines differ.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { refsOfArticle, refsOfNote, rememberEntities } from '../lib/db/article-index';
import { mentionKey } from '../lib/db/ids';
import { search } from '../lib/db/queries';
import { adjustCounts, countRefs } from '../lib/db/ref-index';
import type { ArticleRecord, MeetingRecord, MentionRecord, NoteRecord } from '../lib/db/schema';
import { QimmaDB } from '../lib/db/schema';
import { searchWords } from '../lib/db/search-words';
import { crossReferences } from '../lib/db/xref';
import { exportJsonChunks } from '../lib/export/export-json';
import { webAnnotationChunks } from '../lib/export/web-annotation';
import { seededRandom } from '../tests/support/seeded-random';

const ARTICLES = 1_000;
const NOTES_PER_ARTICLE = 10;
const MENTIONS_PER_ARTICLE = 30;
const MEETINGS = 100;

export interface BenchFigure {
  name: string;
  /** Median milliseconds. */
  ms: number;
  budgetMs?: number;
  baseline?: { name: string; ms: number };
  note?: string;
}

const LEADERS = [
  ['putin', 'بوتين'],
  ['xi', 'شي جين بينغ'],
  ['lavrov', 'لافروف'],
  ['wang-yi', 'وانغ يي'],
] as const;
const VENUES = [
  ['moscow', 'موسكو'],
  ['beijing', 'بكين'],
  ['samarkand', 'سمرقند'],
  ['astana', 'أستانا'],
] as const;

/** Fills a fresh store with synthetic but store-shaped data: the same records savePage writes. */
export async function buildStore(db: QimmaDB): Promise<void> {
  const rnd = seededRandom(7);
  const meetings: MeetingRecord[] = Array.from({ length: MEETINGS }, (_, i) => {
    const year = 2013 + (i % 12);
    const start = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      id: `meeting-${i}`,
      start,
      end: null,
      venue: VENUES[i % VENUES.length]![0],
      kind: i % 5 === 0 ? 'phone-call' : 'in-person',
      participants: ['putin', 'xi'],
      catalogueId: null,
      knownStart: null,
      titleAr: null,
      titleEn: null,
      createdAt: i,
      updatedAt: i,
      year,
      announced: false,
    };
  });
  const articles: ArticleRecord[] = [];
  const mentions: MentionRecord[] = [];
  const notes: NoteRecord[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const meeting = meetings[a % MEETINGS]!;
    const id = `article-${String(a).padStart(5, '0')}`;
    const article: ArticleRecord = {
      id,
      url: `https://news${a % 40}.example/2023/${a}`,
      title: `قمة ${a}: بوتين وشي جين بينغ يبحثان التجارة`,
      siteName: `موقع ${a % 40}`,
      lang: 'ar',
      published: meeting.start,
      relevant: true,
      score: 0.9,
      meetingId: meeting.id,
      extractorVersion: 'bench',
      fingerprint: ((a * 2654435761) >>> 0).toString(16).padStart(8, '0'),
      savedAt: 1_700_000_000_000 + a,
      updatedAt: 1_700_000_000_000 + a,
      host: `news${a % 40}.example`,
      saveMode: 'auto',
      meetingInfo: null,
      meetingLocked: false,
      words: searchWords(`قمة ${a}: بوتين وشي جين بينغ يبحثان التجارة`),
      lastSeenAt: 1_700_000_000_000 + a,
      textLength: 6_000,
    };
    articles.push(article);
    const own: MentionRecord[] = [];
    for (let m = 0; m < MENTIONS_PER_ARTICLE; m++) {
      const kind = m % 3;
      const start = m * 180;
      const [type, idOrValue, text, unit] =
        kind === 0
          ? (['leader', LEADERS[m % LEADERS.length]![0], LEADERS[m % LEADERS.length]![1], null] as const)
          : kind === 1
            ? (['venue', VENUES[m % VENUES.length]![0], VENUES[m % VENUES.length]![1], null] as const)
            : (['figure', Math.floor(rnd() * 400) * 1e9, `${Math.floor(rnd() * 400)} مليار دولار`, 'USD'] as const);
      const entity = type !== 'figure';
      const record: MentionRecord = {
        id: `${id}:m${m}`,
        articleId: id,
        meetingId: meeting.id,
        type,
        key: mentionKey({ type, id: entity ? (idOrValue as string) : null, value: entity ? null : idOrValue, unit }),
        text,
        value: entity ? null : idOrValue,
        unit,
        start,
        end: start + text.length,
      };
      own.push(record);
    }
    mentions.push(...own);
    for (let n = 0; n < NOTES_PER_ARTICLE; n++) {
      const covered = own.slice(n * 3, n * 3 + 3);
      const quote = `${covered.map((m) => m.text).join(' و ')} — ملاحظة ${n} على المقال ${a}`;
      notes.push({
        id: `note-${a}-${n}`,
        articleId: id,
        meetingId: meeting.id,
        origin: n < 3 ? 'auto' : 'reader',
        quote,
        prefix: 'قال المتحدث إن ',
        suffix: ' وأضاف أن الجانبين',
        start: n * 540,
        end: n * 540 + quote.length,
        comment: n < 3 ? '' : `تعليق القارئ رقم ${n}: رقم يستحق المقارنة`,
        tags: n < 3 ? [] : ['تجارة'],
        keys: [...new Set(covered.map((m) => m.key))].sort(),
        createdAt: 1_700_000_000_000 + a * 10 + n,
        updatedAt: 1_700_000_000_000 + a * 10 + n,
        words: searchWords(
          quote,
          n < 3 ? '' : `تعليق القارئ رقم ${n}: رقم يستحق المقارنة`,
          ...(n < 3 ? [] : ['تجارة']),
        ),
      });
    }
  }
  await db.transaction('rw', [db.meetings, db.articles, db.mentions, db.notes, db.refs, db.entities], async () => {
    await db.meetings.bulkAdd(meetings);
    await db.articles.bulkAdd(articles);
    await db.mentions.bulkAdd(mentions);
    await db.notes.bulkAdd(notes);
    const byArticle = new Map<string, string[]>();
    for (const m of mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m.key]);
    const refs = [
      ...articles.flatMap((a) => refsOfArticle(a.id, byArticle.get(a.id) ?? [], a.published as string)),
      ...notes.flatMap((n) => refsOfNote(n, articles[Number(n.articleId.slice(8))]!.published as string)),
    ];
    await db.refs.bulkAdd(refs);
    await rememberEntities(db, mentions);
    await adjustCounts(db, countRefs(refs));
  });
}

/** A full garbage collection before each timed run, so one run does not pay for the last one's garbage. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function drain(chunks: AsyncIterable<string>): Promise<number> {
  let bytes = 0;
  for await (const c of chunks) bytes += c.length;
  return bytes;
}

export async function run(): Promise<BenchFigure[]> {
  const db = new QimmaDB('qimma-bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const t0 = performance.now();
  await buildStore(db);
  const buildMs = performance.now() - t0;
  const noteCount = await db.notes.count();

  let exportChars = 0;
  const exportMs = await median(5, async () => {
    exportChars = await drain(exportJsonChunks(db));
  });
  const annotationMs = await median(5, () => drain(webAnnotationChunks(db)));
  const dumpMs = await median(5, async () => JSON.stringify(await db.notes.toArray()));

  const popular = 'leader:putin';
  const rare = (await db.mentions.where('type').equals('figure').first())!.key;
  const popularTotal = (await crossReferences(db, [popular]))[popular]!.totalNotes;
  const rareTotal = (await crossReferences(db, [rare]))[rare]!.totalNotes;
  const xrefMs = await median(21, () => crossReferences(db, [popular], { limit: 20 }));
  const xrefRareMs = await median(21, () => crossReferences(db, [rare], { limit: 20 }));
  const xrefCardMs = await median(11, () =>
    crossReferences(db, [popular, 'venue:moscow', rare, 'leader:xi', 'venue:samarkand'], { limit: 5 }),
  );
  const searchMs = await median(11, () => search(db, 'تعليق القارئ'));
  const searchShortMs = await median(11, () => search(db, 'م'));
  const naiveMs = await median(5, async () => {
    const all = await db.notes.where('keys').equals(popular).toArray();
    return all.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 20);
  });
  db.close();

  return [
    {
      name: `build the store (${noteCount} notes, ${ARTICLES * MENTIONS_PER_ARTICLE} mentions)`,
      ms: buildMs,
      note: 'set-up, not budgeted',
    },
    {
      name: `export JSON, ${noteCount} notes (${(exportChars / 1e6).toFixed(1)} M characters, everything)`,
      ms: exportMs,
      budgetMs: 1_000,
      baseline: { name: 'JSON.stringify(notes.toArray())', ms: dumpMs },
    },
    {
      name: `export Web Annotation, ${noteCount} notes`,
      ms: annotationMs,
      budgetMs: 1_000,
      baseline: { name: 'JSON.stringify(notes.toArray())', ms: dumpMs },
    },
    {
      name: `xref:query ${popular} (${popularTotal} notes), 20 newest + totals`,
      ms: xrefMs,
      budgetMs: 20,
      baseline: { name: 'every note by *keys index, sorted', ms: naiveMs },
    },
    { name: `xref:query ${rare} (${rareTotal} notes)`, ms: xrefRareMs, budgetMs: 20 },
    { name: 'xref:query 5 keys at once (a hover card), 5 of each', ms: xrefCardMs, budgetMs: 20 },
    { name: 'search "تعليق القارئ" (7,000 matching notes)', ms: searchMs },
    { name: 'search "م" (one letter, candidates capped)', ms: searchShortMs },
  ];
}

export function print(figures: BenchFigure[]): void {
  console.log("\nstore (fake-indexeddb under Node; a browser's IndexedDB differs)");
  for (const f of figures) {
    const budget = f.budgetMs === undefined ? '' : `  budget ${f.budgetMs} ms ${f.ms <= f.budgetMs ? 'ok' : 'OVER'}`;
    const base = f.baseline
      ? `  baseline ${f.baseline.name}: ${f.baseline.ms.toFixed(1)} ms (×${(f.ms / f.baseline.ms).toFixed(2)})`
      : '';
    console.log(`  ${f.name}: ${f.ms.toFixed(1)} ms${budget}${base}${f.note ? `  (${f.note})` : ''}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  print(await run());
}
