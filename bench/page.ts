// Page benchmark, in Chromium with the built extension: on a 1 MB and a 5 MB Arabic news page
// (bench/page-fixture.ts: mega-menu, a long report full of leaders, places, dates and figures,
// related boxes inside the story, a related rail, a long comment thread, inline JSON), how long the
// content script takes from its start to painted highlights (budget for 1 MB: 150 ms), and the
// longest main-thread task of the page while the extension works (budget: none over 50 ms).
//
// Long tasks come from a PerformanceObserver installed before the page's scripts. The pages run
// no scripts of their own, so after the content script starts every long task is the extension's
// (its own slices, or the rendering its highlights cause); the same pages opened in a browser
// without the extension give the baseline. The engine runs in the background service worker, off
// the page's thread; it is warmed on a small page first (the first extraction after the worker
// starts builds the engine's tables; that cold figure is printed too). Also printed: the
// content-script bundle, gzipped (budget 60 KB). Medians of RUNS; figures only, never assertions.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, type ExtensionBrowser, launchWithExtension } from '../tests/browser/harness/browser';
import { buildExtension } from '../tests/browser/harness/build';
import { CHROME_BUILD, FIXTURES } from '../tests/browser/harness/paths';
import { type FixtureServer, serveDirectory } from '../tests/browser/harness/server';
import { benchPage } from './page-fixture';

const RUNS = 5;
const PAGES = [
  { name: '1 MB page', file: 'page-1mb.html', bytes: 1_000_000, budget: { highlightsMs: 150, taskMs: 50 } },
  { name: '5 MB page', file: 'page-5mb.html', bytes: 5_000_000, budget: null },
] as const;
const BUNDLE_BUDGET_KB = 60;

/** Installed before the page's scripts (a string: compiled functions may call helpers the page lacks). */
const OBSERVE_TASKS = `(() => {
  const tasks = [];
  globalThis.__qimmaTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface PageRun {
  /** Content script start → highlights painted (ms). */
  toHighlights: number;
  /** Navigation start → highlights painted. */
  fromNavigation: number;
  /** Content script start → text read (locating the story, the page's next frame, laying out its text). */
  read: number;
  /** Of which: locating the story. */
  locate: number;
  /** Text read → engine's reply from the background. */
  extract: number;
  /** Engine's reply → highlights registered (ranges made). */
  paint: number;
  /** Longest main-thread task (> 50 ms, else 0) that holds work of the extension's. */
  longestTask: number;
  /** Such long tasks. */
  longTasks: number;
  /** Longest task of any origin from the content script's start to 1.5 s after the highlights. */
  longestAnyTask: number;
  /** Longest single stretch of the extension's own work (its slices and handlers). */
  longestSlice: number;
  /** From the trace: longest renderer task holding the extension's work, wall and thread time. */
  tracedWall: number;
  tracedCpu: number;
  highlights: number;
  textChars: number;
}

export interface PageBenchResult {
  bundle: { bytes: number; gzip: number };
  background: { bytes: number; gzip: number };
  cold: PageRun | null;
  pages: Array<{
    name: string;
    htmlBytes: number;
    budget: (typeof PAGES)[number]['budget'];
    runs: PageRun[];
    baselineLongestTask: number;
  }>;
}

const EVAL_RUN = `(async () => {
  const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
  const deadline = performance.now() + 60000;
  while (mark('qimma:highlights') === undefined && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const h = mark('qimma:highlights');
  await new Promise((r) => setTimeout(r, 1500));
  const start = mark('qimma:start');
  const tasks = globalThis.__qimmaTasks || [];
  const during = tasks.filter(([s, d]) => s + d >= start && s <= h + 1500);
  // The extension's own stretches of work (recorded by its scheduler) and the tasks holding them.
  const work = performance.getEntriesByName('qimma:work').map((m) => [m.startTime, m.startTime + m.duration]);
  const ours = tasks.filter(([s, d]) => work.some(([a, b]) => a < s + d && b > s));
  const count = ['leader', 'venue', 'date', 'figure'].reduce((n, k) => n + (CSS.highlights.get('qimma-' + k)?.size ?? 0), 0);
  return {
    toHighlights: h - start,
    fromNavigation: h,
    read: mark('qimma:read') - start,
    locate: mark('qimma:located') - start,
    extract: mark('qimma:extracted') - mark('qimma:read'),
    paint: h - mark('qimma:extracted'),
    longestTask: ours.reduce((m, [, d]) => Math.max(m, d), 0),
    longTasks: ours.length,
    longestAnyTask: during.reduce((m, [, d]) => Math.max(m, d), 0),
    longestSlice: work.reduce((m, [a, b]) => Math.max(m, b - a), 0),
    highlights: count,
    textChars: document.body.innerText.length,
  };
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * The renderer's tasks that hold the extension's work, from a Chromium trace: each task's wall
 * time and its thread (CPU) time. On a shared, busy machine the wall time of a task includes the
 * time its thread waited for a core; the thread time is what the task itself cost.
 */
function tasksHoldingWork(events: TraceEvent[]): { wall: number; cpu: number } {
  const marks = events.filter((e) => e.name === 'qimma:work');
  const spans: Array<[number, number]> = [];
  const open = new Map<string, number>();
  for (const e of marks) {
    const key = `${e.pid}:${(e as { id2?: { local?: string } }).id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph === 'e' && open.has(key)) spans.push([open.get(key) as number, e.ts]);
  }
  const thread = marks[0] ? `${marks[0].pid}:${marks[0].tid}` : '';
  let wall = 0;
  let cpu = 0;
  for (const t of events) {
    if (t.name !== 'RunTask' || t.ph !== 'X' || `${t.pid}:${t.tid}` !== thread || t.dur === undefined) continue;
    const end = t.ts + t.dur;
    if (!spans.some(([a, b]) => a < end && b > t.ts)) continue;
    wall = Math.max(wall, t.dur / 1000);
    cpu = Math.max(cpu, (t.tdur ?? t.dur) / 1000);
  }
  return { wall, cpu };
}

async function measure(browser: ExtensionBrowser, url: string): Promise<PageRun> {
  const page = await browser.context.newPage();
  await page.addInitScript(OBSERVE_TASKS);
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents' as const,
  });
  await page.goto(url, { timeout: 120_000 });
  const run = (await page.evaluate(EVAL_RUN)) as PageRun;
  await cdp.send('Tracing.end');
  await complete;
  const traced = tasksHoldingWork(events);
  await page.close();
  return { ...run, tracedWall: traced.wall, tracedCpu: traced.cpu };
}

/** Longest task in a browser without the extension, from DOMContentLoaded to 3 s later. */
async function baselineLongestTask(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const page: Page = await browser.newPage({ viewport: { width: 1100, height: 800 }, locale: 'ar' });
  await page.addInitScript(OBSERVE_TASKS);
  await page.goto(url, { timeout: 120_000 });
  const longest = (await page.evaluate(`(async () => {
    await new Promise((r) => setTimeout(r, 3000));
    const dcl = performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
    return (globalThis.__qimmaTasks || []).filter(([s, d]) => s + d >= dcl).reduce((m, [, d]) => Math.max(m, d), 0);
  })()`)) as number;
  await browser.close();
  return longest;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

function sizes(path: string): { bytes: number; gzip: number } {
  const data = readFileSync(path);
  return { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export async function run(): Promise<PageBenchResult> {
  buildExtension();
  const dir = mkdtempSync(join(tmpdir(), 'qimma-bench-pages-'));
  for (const p of PAGES) writeFileSync(join(dir, p.file), benchPage({ bytes: p.bytes, storyShare: 0.2 }));
  writeFileSync(join(dir, 'warm.html'), readFileSync(`${FIXTURES}/smoke/summit.html`));
  const server: FixtureServer = await serveDirectory(dir);
  const browser = await launchWithExtension();
  const result: PageBenchResult = {
    bundle: sizes(`${CHROME_BUILD}/content-scripts/content.js`),
    background: sizes(`${CHROME_BUILD}/background.js`),
    cold: null,
    pages: [],
  };
  try {
    // The first page after the service worker starts pays for the engine's tables: measured once.
    result.cold = await measure(browser, server.url('warm.html'));
    for (const p of PAGES) {
      const url = server.url(p.file);
      const runs: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url));
      result.pages.push({
        name: p.name,
        htmlBytes: readFileSync(join(dir, p.file)).length,
        budget: p.budget,
        runs,
        baselineLongestTask: await baselineLongestTask(url),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

export function print(r: PageBenchResult): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ok = (v: number, budget: number) => (v <= budget ? 'ok' : 'OVER');
  const load = loadavg()[0] ?? 0;
  console.log(
    `\npage (Chromium, built extension, 1100 × 800; medians of ${RUNS} runs; load average ${load.toFixed(1)} on ${cpus().length} cores)`,
  );
  console.log(
    `  content-script bundle: ${kb(r.bundle.bytes)}, ${kb(r.bundle.gzip)} gzipped  budget ${BUNDLE_BUDGET_KB} KB ${ok(r.bundle.gzip / 1024, BUNDLE_BUDGET_KB)}`,
  );
  console.log(`  background bundle (engine + store): ${kb(r.background.bytes)}, ${kb(r.background.gzip)} gzipped`);
  if (r.cold) {
    console.log(
      `  first page after the service worker starts (small page): ${r.cold.toHighlights.toFixed(0)} ms to highlights (engine reply ${r.cold.extract.toFixed(0)} ms)`,
    );
  }
  for (const p of r.pages) {
    const m = (f: (x: PageRun) => number) => median(p.runs.map(f));
    const toHighlights = m((x) => x.toHighlights);
    const longest = Math.max(...p.runs.map((x) => x.longestTask));
    console.log(
      `  ${p.name} (${kb(p.htmlBytes)} of HTML, ${m((x) => x.textChars)} characters of visible text, ${m((x) => x.highlights)} highlights):`,
    );
    const budget = p.budget;
    console.log(
      `    time to highlights: ${toHighlights.toFixed(0)} ms from the content script's start` +
        (budget ? `  budget ${budget.highlightsMs} ms ${ok(toHighlights, budget.highlightsMs)}` : '') +
        `  (read ${m((x) => x.read).toFixed(0)} ms [story located after ${m((x) => x.locate).toFixed(0)}], engine in the background ${m((x) => x.extract).toFixed(0)} ms, ranges and painting ${m((x) => x.paint).toFixed(0)} ms; ${m((x) => x.fromNavigation).toFixed(0)} ms from navigation start)`,
    );
    const slice = Math.max(...p.runs.map((x) => x.longestSlice));
    const any = Math.max(...p.runs.map((x) => x.longestAnyTask));
    const wall = m((x) => x.tracedWall);
    const cpu = m((x) => x.tracedCpu);
    console.log(
      `    longest main-thread task holding the extension's work: ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms thread time (trace; median of runs' worst)` +
        (budget
          ? `  budget ${budget.taskMs} ms: wall ${ok(wall, budget.taskMs)}, thread ${ok(cpu, budget.taskMs)}`
          : ''),
    );
    console.log(
      `      worst run: ${Math.max(...p.runs.map((x) => x.tracedWall)).toFixed(0)} ms wall, ${Math.max(...p.runs.map((x) => x.tracedCpu)).toFixed(0)} ms thread; Long Tasks API: ${longest.toFixed(0)} ms; longest stretch of the extension's own work: ${slice.toFixed(1)} ms; any task meanwhile: ${any.toFixed(0)} ms; after DOMContentLoaded without the extension: ${p.baselineLongestTask.toFixed(0)} ms`,
    );
  }
}
