// Deterministic pseudo-random numbers for generated test and benchmark inputs: the same seed gives
// the same cases on every run, so a failure can be reproduced from its seed and a benchmark reads
// the same text each time. mulberry32 — small, fast and spreads cases well enough; not for secrets.

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
