// The `qimma` command: dispatch, error reporting and exit codes (0 ok, 1 some input failed,
// 2 usage). Runs in-process with any CliIo, which is how the tests drive it.

import { EXTRACTOR_VERSION } from '../extract/extract';
import { UsageError } from './args';
import { extractCommand } from './extract-command';
import type { CliIo } from './io';
import { parseCommand } from './parse-command';
import { USAGE } from './usage';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('no command given');
    if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`qimma extractor ${EXTRACTOR_VERSION}\n`);
      return 0;
    }
    if (command === 'extract') return await extractCommand(rest, io);
    if (command === 'parse') return await parseCommand(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`qimma: ${e.message}\nRun "qimma --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}
