// `qimma parse KIND [--ref YYYY-MM-DD]`: one phrase per standard-input line, one JSON object per
// output line, in the same order (an empty line gives `{"text":"","value":null}`), so the output
// can be pasted beside the input. The grammars are the recognisers' own (lib/numbers, lib/dates).

import { isoDay, parseArgs, UsageError } from './args';
import { type CliIo, InputError, readInput } from './io';
import { PHRASE_PARSERS, type PhraseKind } from './phrase-parsers';

export async function parseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--ref'], []);
  const [kind, ...extra] = args.positional;
  if (kind === undefined) throw new UsageError(`parse needs a kind: ${Object.keys(PHRASE_PARSERS).join('|')}`);
  if (!(kind in PHRASE_PARSERS))
    throw new UsageError(`unknown kind "${kind}" (${Object.keys(PHRASE_PARSERS).join('|')})`);
  if (extra.length > 0) throw new UsageError('parse reads its phrases from standard input, not from arguments');
  const refOption = args.options.get('--ref');
  const ref = refOption === undefined ? null : isoDay(refOption, '--ref');
  const parse = PHRASE_PARSERS[kind as PhraseKind];

  let input: string;
  try {
    input = await readInput(io, '-');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`qimma: ${e.message}\n`);
    return 1;
  }
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const text = line.trim();
    const parsed = text ? parse(text, ref) : null;
    io.stdout(`${JSON.stringify({ text, ...(parsed ?? {}), value: parsed?.value ?? null })}\n`);
  }
  return 0;
}
