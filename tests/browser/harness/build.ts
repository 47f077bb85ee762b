// Builds the Chrome extension once per test run (and for the demo), unless told it is fresh.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_BUILD, ROOT } from './paths';

export function buildExtension(): void {
  if (process.env.QIMMA_SKIP_BUILD === '1' && existsSync(`${CHROME_BUILD}/manifest.json`)) return;
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
