// Export of the whole store as one JSON document (format in docs/export-format.md), produced as a
// stream of text chunks: a page of records per chunk, one record per line. A caller can write the
// chunks to a file as they come, or hand them to a Blob, which keeps them as parts — the document
// is never built as one giant string, even for tens of thousands of notes.

import type { QimmaDB } from '../db/schema';
import { getSettings, SETTINGS_KEY } from '../db/settings';
import { consistentBlob } from './consistent-blob';
import { CrossReferenceCollector } from './cross-references';
import { EXPORT_FORMAT, EXPORT_VERSION, exportArticle, exportMeeting, exportMention, exportNote } from './format';
import { pagesOf } from './pages';

export interface ExportOptions {
  /** The export's time (tests fix it to compare two exports byte for byte). */
  now?: number;
}

export async function* exportJsonChunks(db: QimmaDB, options: ExportOptions = {}): AsyncGenerator<string> {
  const [meetings, articles, mentions, notes, hasSettings] = await Promise.all([
    db.meetings.count(),
    db.articles.count(),
    db.mentions.count(),
    db.notes.count(),
    db.settings.get(SETTINGS_KEY).then((row) => row !== undefined),
  ]);
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    // What the lists hold: an importer checks them, which catches a file cut or edited by hand.
    counts: { meetings, articles, mentions, notes },
    settings: hasSettings ? await getSettings(db) : null,
  };
  yield `${JSON.stringify(head).slice(0, -1)},\n`;
  const xref = new CrossReferenceCollector();
  const seen = <T>(pages: AsyncIterable<T[]>, add: (page: T[]) => void) => tap(pages, add);
  yield* list(
    'meetings',
    seen(
      pagesOf(db.meetings, (m) => m.id),
      (p) => xref.addMeetings(p),
    ),
    exportMeeting,
    false,
  );
  yield* list(
    'articles',
    seen(
      pagesOf(db.articles, (a) => a.id),
      (p) => xref.addArticles(p),
    ),
    exportArticle,
    false,
  );
  yield* list(
    'mentions',
    seen(
      pagesOf(db.mentions, (m) => m.id),
      (p) => xref.addMentions(p),
    ),
    exportMention,
    false,
  );
  yield* list(
    'notes',
    seen(
      pagesOf(db.notes, (n) => n.id),
      (p) => xref.addNotes(p),
    ),
    exportNote,
    false,
  );
  for await (const page of pagesOf(db.entities, (e) => e.key)) xref.addEntities(page);
  yield* list('crossReferences', fromSync(xref.entries()), (x) => x, true);
  yield '}\n';
}

async function* tap<T>(pages: AsyncIterable<T[]>, add: (page: T[]) => void): AsyncGenerator<T[]> {
  for await (const page of pages) {
    add(page);
    yield page;
  }
}

async function* fromSync<T>(pages: Iterable<T[]>): AsyncGenerator<T[]> {
  yield* pages;
}

async function* list<T, U>(
  name: string,
  pages: AsyncIterable<T[]>,
  convert: (record: T) => U,
  last: boolean,
): AsyncGenerator<string> {
  yield `"${name}":[`;
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const lines = page.map((r) => JSON.stringify(convert(r)));
    yield `${first ? '\n' : ',\n'}${lines.join(',\n')}`;
    first = false;
  }
  yield `${first ? '' : '\n'}]${last ? '' : ','}\n`;
}

/** The export as a Blob of its chunks (for a download link), with its JSON media type; one consistent state of the record. */
export function exportJsonBlob(db: QimmaDB, options: ExportOptions = {}): Promise<Blob> {
  return consistentBlob(db, () => exportJsonChunks(db, options), 'application/json');
}

/** A file name for an export made now: `qimma-2024-02-08.json`. */
export function exportFileName(kind: 'json' | 'web-annotation', now = Date.now()): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return kind === 'json' ? `qimma-${day}.json` : `qimma-annotations-${day}.jsonld`;
}
