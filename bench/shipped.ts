// The engine as the extension ships it, for the benchmarks that time it in this process. The
// benchmarks run under tsx, whose transform keeps every function's name by wrapping each closure
// it makes in a `__name` call (a `defineProperty` per closure made, at run time): on the extractor,
// which makes closures per sentence and per word, that cost ≈ 40 % of the time. The extension's
// bundles (Vite, esbuild underneath) keep no names and pay nothing of the kind. So the timed code is
// bundled here with esbuild, the way WXT builds the content script, and imported from the bundle.
// Not minified: identifiers keep their names in a profile, and minifying changes no run time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export type ShippedEngine = typeof import('./shipped-entry');

let loaded: Promise<ShippedEngine> | null = null;

/** The engine's entry points, bundled once per process. */
export function shippedEngine(): Promise<ShippedEngine> {
  loaded ??= bundle();
  return loaded;
}

async function bundle(): Promise<ShippedEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'qimma-bench-'));
  const outfile = join(dir, 'engine.mjs');
  try {
    await build({
      entryPoints: [join(import.meta.dirname, 'shipped-entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as ShippedEngine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
