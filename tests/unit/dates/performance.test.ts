// The date scan must stay a small part of an extraction: linear in the text, and of the order of a
// bare normalisation pass. Measured in a plain Node process (see perf/measure.ts).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Measures {
  mb: number;
  dates: number;
  norm: number;
  linear: number;
  denseLinear: number;
}

describe('findDates performance', () => {
  it('is linear, of the order of a normalisation pass, and far above 20 MB/s', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'perf/measure.ts')], {
      encoding: 'utf8',
      cwd: join(__dirname, '../../..'),
    });
    const m = JSON.parse(out.trim().split('\n').pop() as string) as Measures;
    const speed = m.mb / (m.dates / 1000);
    console.log(
      `findDates: ${speed.toFixed(0)} MB/s, ${(m.dates / m.norm).toFixed(2)}× normalise on ${m.mb.toFixed(1)} MB; ` +
        `4× the text: ${(4 * m.linear).toFixed(2)}× the time (news), ${(4 * m.denseLinear).toFixed(2)}× (date words only)`,
    );
    expect(m.dates / m.norm).toBeLessThan(2.5);
    expect(speed).toBeGreaterThan(40);
    expect(m.linear).toBeLessThan(2.5); // O(n²) would give 4
    expect(m.denseLinear).toBeLessThan(2.5);
  }, 120_000);
});
