// Recogniser benchmark: each recogniser of the engine on its own — figures (lib/numbers), dates
// (lib/dates), leaders and venues (lib/gazetteer) — on Arabic news text built from the
// repository's articles, and on text made of nothing but the words each one reacts to (its worst
// case). Printed as ratios against baselines measured in the same run, on the same text:
//  - speed: the recogniser over one bare `normalise` pass (the floor: every character looked at once);
//  - growth: time per megabyte on 16× the text over time per megabyte on the text (1 = linear,
//    16 = quadratic), so a rescanning loop shows whatever the machine's speed.
// These replace timed assertions that used to sit in the unit tests (speed is measured here, never
// asserted in a test: a shared machine made them fail at random). CPU time of this process, best of
// interleaved runs (a busy machine slows both sides of a ratio alike). Figures, not assertions.
// The timed code is the engine as shipped (shipped.ts), not tsx's transform of it.

import type { Doc } from '../lib/extract/document';
import { buildStory } from './extract';
import { type ShippedEngine, shippedEngine } from './shipped';

const NEWS_BYTES = 4 * 1024 * 1024;
/** Sizes of the small text of a growth ratio (the large one is 16 times as long). */
const GROWTH_NEWS_CHARS = 150_000;
const GROWTH_DENSE_CHARS = 40_000;
const GROWTH_FACTOR = 16;
const RUNS = 7;
const REF = '2024-02-08';

interface Recogniser {
  name: string;
  run(doc: Doc): number;
  /** A line made only of what this recogniser reacts to: figures, date words, names and titles. */
  dense: string;
  /** Targets carried over from the retired timed tests. */
  target: { perNormalise: number | null; mbPerS: number; growth: number };
}

const recognisers = ({ findDates, findEntities, findFigures }: ShippedEngine): Recogniser[] => [
  {
    name: 'figures (findFigures)',
    run: (doc) => findFigures(doc).length,
    dense: [
      'بلغ 227 مليار دولار و1.5 تريليون يوان بنسبة 15% و15 في المئة ونحو الربع،',
      'ثلاثة آلاف وخمسمائة وخمسة وعشرون جنديا خلال يومين وساعة ونصف الساعة،',
      'الذكرى الـ 75 والذكرى العشرين والمركز التاسع وثلاثة أرباع القرن و40 مرة،',
      'في 28 يونيو 2021 و22/03/2023 و15-16 سبتمبر ومن 38 إلى 44 مليار متر مكعب.',
    ].join(' '),
    target: { perNormalise: 3, mbPerS: 30, growth: 3 },
  },
  {
    name: 'dates (findDates)',
    run: (doc) => findDates(doc, REF).length,
    dense: 'من 15 الى يوم الخميس في أوائل شهر مارس عام هذا العام اليوم أمس قبل 3 ',
    target: { perNormalise: 2.5, mbPerS: 40, growth: 2.5 },
  },
  {
    name: 'leaders and venues (findEntities)',
    run: (doc) => findEntities(doc, REF).length,
    dense: 'وقال شي لنظيره الروسي إن الرئيس الصيني شي جين بينغ والكرملين وبكين ',
    target: { perNormalise: null, mbPerS: 20, growth: 3 },
  },
];

/** Collects the garbage of setting up when Node runs with --expose-gc, so it is not timed. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function cpuMs(fn: () => void): number {
  collect();
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** Best CPU time of each function over interleaved runs, after one warm-up run of each. */
function bestOf(fns: Array<() => void>, runs = RUNS): number[] {
  for (const fn of fns) fn();
  const best = fns.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < runs; r++)
    fns.forEach((fn, i) => {
      best[i] = Math.min(best[i] as number, cpuMs(fn));
    });
  return best;
}

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));
const megabytes = (s: string) => Buffer.byteLength(s, 'utf8') / 1e6;

/** Time per character on 16× the text over time per character on the text. */
function growth({ makeDoc }: ShippedEngine, recogniser: Recogniser, unit: string, chars: number): number {
  const small = makeDoc(repeat(unit, chars));
  const large = makeDoc(repeat(unit, GROWTH_FACTOR * chars));
  const [s, l] = bestOf([() => recogniser.run(small), () => recogniser.run(large)]);
  return (l as number) / (s as number) / (large.original.length / small.original.length);
}

export interface RecogniserResult {
  name: string;
  found: number;
  ms: number;
  normaliseMs: number;
  newsGrowth: number;
  denseGrowth: number;
  target: Recogniser['target'];
}

export interface RecognisersBench {
  megabytes: number;
  results: RecogniserResult[];
}

export async function run(): Promise<RecognisersBench> {
  const engine = await shippedEngine();
  const { makeDoc, normalise } = engine;
  const news = buildStory(NEWS_BYTES, undefined, engine);
  const doc = makeDoc(news);
  const unit = `${news.slice(0, news.indexOf('\n', GROWTH_NEWS_CHARS / 4))}\n`;
  const results = recognisers(engine).map((r) => {
    let found = 0;
    const [normaliseMs, ms] = bestOf([
      () => normalise(news),
      () => {
        found = r.run(doc);
      },
    ]);
    return {
      name: r.name,
      found,
      ms: ms as number,
      normaliseMs: normaliseMs as number,
      newsGrowth: growth(engine, r, unit, GROWTH_NEWS_CHARS),
      denseGrowth: growth(engine, r, r.dense, GROWTH_DENSE_CHARS),
      target: r.target,
    };
  });
  return { megabytes: megabytes(news), results };
}

export function print(b: RecognisersBench): void {
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const lines = [
    `\nrecognisers, each on its own (${b.megabytes.toFixed(1)} MB of news text; CPU time, best of ${RUNS} interleaved runs)`,
  ];
  for (const r of b.results) {
    const mbPerS = b.megabytes / (r.ms / 1000);
    const perNormalise = r.ms / r.normaliseMs;
    const t = r.target;
    lines.push(
      `  ${r.name}: ${r.found} found, ${r.ms.toFixed(0)} ms = ${mbPerS.toFixed(0)} MB/s  target ≥ ${t.mbPerS} MB/s ${mark(mbPerS >= t.mbPerS)}`,
      `    baseline normalise pass ${r.normaliseMs.toFixed(0)} ms: recogniser/normalise ×${perNormalise.toFixed(2)}` +
        (t.perNormalise === null ? '' : `  target ≤ ${t.perNormalise} ${mark(perNormalise <= t.perNormalise)}`),
      `    growth on ${GROWTH_FACTOR}× the text (1 = linear, ${GROWTH_FACTOR} = quadratic): news ×${r.newsGrowth.toFixed(2)}, ` +
        `its own trigger words only ×${r.denseGrowth.toFixed(2)}  target ≤ ${t.growth} ` +
        mark(r.newsGrowth <= t.growth && r.denseGrowth <= t.growth),
    );
  }
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) print(await run());
