// Timing script for performance.test.ts, run in a plain Node process (under Vitest every imported
// binding is read through a getter, which would measure the test runner). Prints one JSON line.
// Run with --expose-gc: garbage left by building the documents is collected before each timing.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../../../lib/extract/document';
import { findFigures } from '../../../../lib/numbers';
import { normalise } from '../../../../lib/text/normalise';

const seeds = join(import.meta.dirname, '../../../fixtures/seeds');
const news = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seeds, f), 'utf8'))
  .join('\n');

/** Text made of nothing but figures, number words and near-misses: the worst case for the scan. */
const dense = [
  'بلغ 227 مليار دولار و1.5 تريليون يوان بنسبة 15% و15 في المئة ونحو الربع،',
  'ثلاثة آلاف وخمسمائة وخمسة وعشرون جنديا خلال يومين وساعة ونصف الساعة،',
  'الذكرى الـ 75 والذكرى العشرين والمركز التاسع وثلاثة أرباع القرن و40 مرة،',
  'في 28 يونيو 2021 و22/03/2023 و15-16 سبتمبر ومن 38 إلى 44 مليار متر مكعب.',
].join(' ');

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

/** Collects garbage left by setting up, when Node runs with --expose-gc, so it is not timed. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time(run: () => void): number {
  collect();
  const t = performance.now();
  run();
  return performance.now() - t;
}

/** Interleaves the two measures so that a busy machine slows both alike; keeps the best of each. */
function versusNormalise(text: string): { figures: number; norm: number } {
  const doc = makeDoc(text);
  findFigures(doc);
  let figures = Number.POSITIVE_INFINITY;
  let norm = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 9; k++) {
    norm = Math.min(
      norm,
      time(() => normalise(text)),
    );
    figures = Math.min(
      figures,
      time(() => findFigures(doc)),
    );
  }
  return { figures, norm };
}

/**
 * Time on 16× the text over 16× the time on the text (1 = linear, 16 = quadratic); interleaved,
 * best of runs. A wide ratio keeps a quadratic scan far from a linear one on a busy machine, where
 * caches, the garbage collector and other processes blur small differences.
 */
function growth(unit: string, chars: number): number {
  const small = makeDoc(repeat(unit, chars));
  const large = makeDoc(repeat(unit, 16 * chars));
  let s = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 25; k++) {
    s = Math.min(
      s,
      time(() => findFigures(small)),
    );
    l = Math.min(
      l,
      time(() => findFigures(large)),
    );
  }
  return l / (16 * s);
}

const text = repeat(`${news}\n`, 3_000_000);
const { figures, norm } = versusNormalise(text);
console.log(
  JSON.stringify({
    mb: Buffer.byteLength(text) / 1e6,
    figures,
    norm,
    linear: growth(`${news}\n`, 100_000),
    denseLinear: growth(`${dense}\n`, 25_000),
  }),
);
