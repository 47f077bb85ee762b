// Import of a Qimma JSON export (docs/export-format.md): refused above a size limit before it is
// read, parsed, checked against the format (valibot) and for consistency, and only then written —
// in one transaction, merged with the store without duplicates. Every refusal says what is wrong
// and where, and leaves the store exactly as it was.

import * as v from 'valibot';
import { guarded } from '../db/errors';
import type { QimmaDB } from '../db/schema';
import { inWriteTransaction } from '../db/tables';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';
import { checkDocument } from './import-checks';
import { type ImportCounts, type MergeOutcome, mergeDocument } from './import-merge';
import { describeProblem, type ImportProblem, problemsFromIssues } from './import-problems';
import { exportDocumentSchema, MAX_IMPORT_BYTES } from './import-schema';

export type { ImportCounts, ImportProblem };

export type ImportResult =
  | ({ ok: true; message: string } & MergeOutcome)
  | { ok: false; message: string; problems: ImportProblem[] };

export interface ImportOptions {
  now?: number;
  maxBytes?: number;
}

export async function importJson(
  db: QimmaDB,
  input: Blob | string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const size = typeof input === 'string' ? byteLength(input, maxBytes) : input.size;
  if (size > maxBytes) {
    return refuse(`The file is ${megabytes(size)}; Qimma imports files of at most ${megabytes(maxBytes)}.`);
  }
  if (size === 0) return refuse('The file is empty.');

  const text = (typeof input === 'string' ? input : await input.text()).replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`The file is not valid JSON — it may be cut short, or not a Qimma export (${detail}).`);
  }

  const header = checkHeader(raw);
  if (header) return refuse(header);
  // One problem per field: a value that fails its first check is not reported again by the next.
  const parsed = v.safeParse(exportDocumentSchema, raw, { abortPipeEarly: true });
  if (!parsed.success) return refuse(null, problemsFromIssues(parsed.issues, raw), parsed.issues.length);
  const problems = checkDocument(parsed.output);
  if (problems.length > 0) return refuse(null, problems, problems.length);

  try {
    const outcome = await guarded('import the file', () =>
      inWriteTransaction(db, () => mergeDocument(db, parsed.output, options.now ?? Date.now())),
    );
    const { added, updated } = outcome;
    return {
      ok: true,
      message: `Imported: ${added.articles} new articles, ${updated.articles} updated, ${added.notes} new notes, ${updated.notes} updated notes, ${added.meetings} new meetings.`,
      ...outcome,
    };
  } catch (error) {
    // A StoreError already says that nothing was changed.
    return refuse((error instanceof Error ? error.message : String(error)).replace(/ Nothing was changed\.$/, ''));
  }
}

/** What the top of the file says it is, before the whole of it is checked. */
function checkHeader(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return 'This is not a Qimma export: the file should hold one JSON object.';
  }
  const r = raw as Record<string, unknown>;
  if (r.type === 'AnnotationCollection') {
    return 'This is a Web Annotation export. Qimma imports its own JSON export (qimma-YYYY-MM-DD.json).';
  }
  if (r.format !== EXPORT_FORMAT) return `This is not a Qimma export: "format" should be "${EXPORT_FORMAT}".`;
  if (typeof r.version !== 'number' || !Number.isInteger(r.version)) {
    return 'The export has no format version ("version" should be a whole number).';
  }
  if (r.version > EXPORT_VERSION) {
    return `This export was made by a newer Qimma (format version ${r.version}); this one reads version ${EXPORT_VERSION}. Update Qimma to import it.`;
  }
  if (r.version !== EXPORT_VERSION)
    return `Export format version ${r.version} is not supported (this Qimma reads version ${EXPORT_VERSION}).`;
  return null;
}

function refuse(message: string | null, problems: ImportProblem[] = [], total = problems.length): ImportResult {
  const list = problems.map(describeProblem);
  const more = total > problems.length ? ` …and ${total - problems.length} more.` : '';
  const summary =
    message ??
    `The file was not imported: ${total} problem${total === 1 ? '' : 's'} found. ${list.slice(0, 3).join('; ')}${total > 3 ? '; …' : '.'}${more}`;
  return {
    ok: false,
    message: `${summary} Nothing was changed.`,
    problems: problems.length > 0 ? problems : [{ path: '', recordId: null, message: summary }],
  };
}

/** UTF-8 size of a string, counted only as far as needed to know it is over the limit. */
function byteLength(s: string, limit: number): number {
  if (s.length * 3 <= limit) return new TextEncoder().encode(s).length;
  if (s.length > limit) return s.length;
  return new TextEncoder().encode(s).length;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
