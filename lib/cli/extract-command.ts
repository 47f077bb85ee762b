// `qimma extract [--published YYYY-MM-DD] [--out DIR] FILE…`: one JSON object per article, on
// standard output (one per line) or in DIR/NAME.json. A `.txt` file is the article's plain text,
// a `.html` file a whole page. Offsets are UTF-16 offsets into the text as read (for a page, into
// the `text` field of the output).

import { basename, extname, join } from 'node:path';
import { extract } from '../extract/extract';
import type { ExtractionResult } from '../extract/types';
import { isoDay, parseArgs, UsageError } from './args';
import { withCorpusIds } from './corpus-ids';
import { decodePage, readPage } from './html-input';
import { type CliIo, InputError, readBytes, readInput } from './io';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export async function extractCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--published', '--out'], []);
  const publishedOption = args.options.get('--published');
  const published = publishedOption === undefined ? undefined : isoDay(publishedOption, '--published');
  const outDir = args.options.get('--out');
  if (args.positional.length === 0) throw new UsageError('extract needs at least one FILE');
  if (outDir) await io.mkdir(outDir);

  let failed = 0;
  for (const path of args.positional) {
    try {
      const record = await extractFile(io, path, published);
      const json = JSON.stringify(record);
      if (outDir) await io.writeFile(join(outDir, `${outputName(path)}.json`), `${json}\n`);
      else io.stdout(`${json}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`qimma: ${e.message}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

type Record = { file: string } & ExtractionResult & { page?: PageInfo; text?: string };
interface PageInfo {
  title: string | null;
  url: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
}

async function extractFile(io: CliIo, path: string, published: string | undefined): Promise<Record> {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) {
    const page = await readPage(decodePage(await readBytes(io, path), path));
    const result = withCorpusIds(extract(page.text, { published: published ?? page.published, title: page.title }));
    const { text, ...info } = page;
    return { file: path, ...result, page: info, text };
  }
  if (!TEXT_EXTENSIONS.has(ext) && path !== '-') {
    throw new InputError(`${path}: unsupported file type "${ext}" (expected .txt or .html)`);
  }
  const text = await readInput(io, path);
  return { file: path, ...withCorpusIds(extract(text, { published: published ?? null })) };
}

/** `DIR/NAME.json` where NAME is the file name without its extension. */
function outputName(path: string): string {
  if (path === '-') return 'stdin';
  const base = basename(path);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}
