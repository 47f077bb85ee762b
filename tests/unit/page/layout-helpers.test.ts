// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../components/page/position';
import { runSliced, runSteps } from '../../../lib/page/schedule';
import { isDarkBehind, luminance } from '../../../lib/page/surface';

describe('placeNear', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };

  it('puts the card under the word, its right edge on the word’s right edge', () => {
    expect(placeNear({ left: 600, top: 100, right: 660, bottom: 120 }, size, viewport)).toEqual({
      left: 360,
      top: 126,
    });
  });

  it('goes above a word near the bottom, and stays inside the viewport on the left', () => {
    expect(placeNear({ left: 20, top: 700, right: 80, bottom: 720 }, size, viewport)).toEqual({ left: 8, top: 494 });
  });
});

describe('slicing', () => {
  it('gives the page its thread back between slices and returns the result', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    function* work(): Generator<void, number> {
      let sum = 0;
      for (let i = 0; i < 400; i++) {
        const until = performance.now() + 0.1;
        while (performance.now() < until) sum++;
        yield;
      }
      return sum;
    }
    const result = await runSliced('test', work(), 4);
    clearInterval(timer);
    expect(result).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(3);
  });

  it('runs a resumable job to its end', async () => {
    let left = 1_000;
    await runSteps('test', (expired) => {
      while (left > 0 && !expired()) left--;
      return left === 0;
    });
    expect(left).toBe(0);
  });
});

describe('dark pages', () => {
  it('computes luminance', () => {
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(0, 0, 0)).toBe(0);
  });

  it('finds the background behind the article', () => {
    document.body.innerHTML = '<div style="background-color: rgb(20, 23, 26)"><article><p>نص</p></article></div>';
    expect(isDarkBehind(document.querySelector('article') as Element)).toBe(true);
    document.body.innerHTML = '<div style="background-color: #fbfaf7"><article><p>نص</p></article></div>';
    expect(isDarkBehind(document.querySelector('article') as Element)).toBe(false);
  });
});
