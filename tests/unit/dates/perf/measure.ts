// Timing script for performance.test.ts, run in a plain Node process: under Vitest every imported
// binding is read through a getter, which slows many-module code several times over and would
// measure the test runner rather than the engine. Prints one JSON line.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../../../../lib/dates';
import { makeDoc } from '../../../../lib/extract/document';
import { normalise } from '../../../../lib/text/normalise';

const seeds = join(import.meta.dirname, '../../../fixtures/seeds');
const base = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seeds, f), 'utf8'))
  .join('\n');

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

function best(run: () => void, times: number): number {
  let b = Number.POSITIVE_INFINITY;
  for (let k = 0; k < times; k++) {
    const t = performance.now();
    run();
    b = Math.min(b, performance.now() - t);
  }
  return b;
}

/** Interleaves the two measures so that a busy machine slows both alike. */
function versusNormalise(text: string): { dates: number; norm: number } {
  const doc = makeDoc(text);
  findDates(doc, '2024-02-08');
  let dates = Number.POSITIVE_INFINITY;
  let norm = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 7; k++) {
    norm = Math.min(
      norm,
      best(() => normalise(text), 1),
    );
    dates = Math.min(
      dates,
      best(() => findDates(doc, '2024-02-08'), 1),
    );
  }
  return { dates, norm };
}

/** Time on 4× the text over time on the text, per unit of text (1 = linear); interleaved. */
function growth(unit: string): number {
  const small = makeDoc(repeat(unit, 400_000));
  const large = makeDoc(repeat(unit, 1_600_000));
  let s = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 8; k++) {
    s = Math.min(
      s,
      best(() => findDates(small, '2024-02-08'), 1),
    );
    l = Math.min(
      l,
      best(() => findDates(large, '2024-02-08'), 1),
    );
  }
  return l / s / 4;
}

const news = repeat(`${base}\n`, 2_000_000);
const { dates, norm } = versusNormalise(news);
console.log(
  JSON.stringify({
    mb: Buffer.byteLength(news) / 1e6,
    dates,
    norm,
    linear: growth(`${base}\n`),
    denseLinear: growth('من 15 الى يوم الخميس في أوائل شهر مارس عام هذا العام اليوم أمس قبل 3 '),
  }),
);
