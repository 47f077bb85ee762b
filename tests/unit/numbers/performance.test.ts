// The figure scan must stay a small part of an extraction: linear in the text, and of the order of
// a bare normalisation pass. Measured in a plain Node process (see perf/measure.ts).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Measures {
  mb: number;
  figures: number;
  norm: number;
  linear: number;
  denseLinear: number;
}

describe('findFigures performance', () => {
  it('is linear, of the order of a normalisation pass, and far above 20 MB/s', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'perf/measure.ts')], {
      encoding: 'utf8',
      cwd: join(__dirname, '../../..'),
    });
    const m = JSON.parse(out.trim().split('\n').pop() as string) as Measures;
    const speed = m.mb / (m.figures / 1000);
    console.log(
      `findFigures: ${speed.toFixed(0)} MB/s, ${(m.figures / m.norm).toFixed(2)}× normalise on ${m.mb.toFixed(1)} MB; ` +
        `16× the text: ${(16 * m.linear).toFixed(1)}× the time (news), ${(16 * m.denseLinear).toFixed(1)}× (figures only)`,
    );
    // Typically about 0.5× normalise and 150–200 MB/s; the bounds leave room for a busy machine
    // (other test files run alongside) while still catching a per-word RegExp or a rescanning loop.
    expect(m.figures / m.norm).toBeLessThan(3);
    expect(speed).toBeGreaterThan(30);
    // Linear is 1; a quadratic scan would be 16.
    expect(m.linear).toBeLessThan(3);
    expect(m.denseLinear).toBeLessThan(3);
  }, 120_000);
});
