#!/usr/bin/env node
// Entry of `npx qimma`: loads the TypeScript sources through tsx's ESM loader (a dependency, so
// this works from a fresh `npm ci` on Node 20 and 22) and runs the command in lib/cli/.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../lib/cli/main.ts');
const { nodeIo } = await import('../lib/cli/io.ts');

try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo());
} catch (error) {
  process.stderr.write(`qimma: internal error: ${error?.stack ?? error}\n`);
  process.exitCode = 70;
}
