// The one seam between the UI and the store's export/import (lib/export, format in
// docs/export-format.md): the UI deals in files and counts, the store in documents.
// Import runs here, in the extension page: the store lives in the extension origin, which this
// page shares with the background, and every open view follows the change through liveQuery.

import type { QimmaDB } from '../../lib/db/schema';
import {
  exportFileName,
  exportJsonBlob,
  exportWebAnnotationBlob,
  type ImportRefusal,
  importJson,
} from '../../lib/export';

export type ExportKind = 'json' | 'web-annotation';

export interface ExportFile {
  name: string;
  blob: Blob;
}

export async function exportFile(db: QimmaDB, kind: ExportKind): Promise<ExportFile> {
  const blob = kind === 'json' ? await exportJsonBlob(db) : await exportWebAnnotationBlob(db);
  return { name: exportFileName(kind), blob };
}

export type ImportOutcome =
  | { ok: true; meetings: number; articles: number; notes: number }
  | { ok: false; message: string; refusal: ImportRefusal | null; problems: string[] };

/** Merges an export file into the store; counts are what the file added or changed. */
export async function importFile(db: QimmaDB, file: Blob): Promise<ImportOutcome> {
  const result = await importJson(db, file);
  if (!result.ok) {
    return {
      ok: false,
      message: result.message,
      refusal: result.refusal,
      problems: result.problems.slice(0, 5).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
    };
  }
  const changed = (k: 'meetings' | 'articles' | 'notes') => result.added[k] + result.updated[k];
  return { ok: true, meetings: changed('meetings'), articles: changed('articles'), notes: changed('notes') };
}
