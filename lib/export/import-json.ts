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
  | { ok: false; message: string; refusal: ImportRefusal; problems: ImportProblem[] };

/**
 * Why a file was refused, as a code the UI can say in the reader's language (the `message` is the
 * same in English, for logs, tests and the command line).
 */
export type ImportRefusal =
  | { code: 'too-large'; megabytes: number; limitMegabytes: number }
  | { code: 'empty' | 'not-json' | 'not-object' | 'web-annotation' | 'not-qimma' | 'no-version' | 'store-failed' }
  | { code: 'newer-version' | 'unsupported-version'; version: number; supported: number }
  | { code: 'invalid'; count: number };

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
    return refuse(`The file is ${megabytes(size)}; Qimma imports files of at most ${megabytes(maxBytes)}.`, {
      code: 'too-large',
      megabytes: roundMegabytes(size),
      limitMegabytes: roundMegabytes(maxBytes),
    });
  }
  if (size === 0) return refuse('The file is empty.', { code: 'empty' });

  const text = (typeof input === 'string' ? input : await input.text()).replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`The file is not valid JSON — it may be cut short, or not a Qimma export (${detail}).`, {
      code: 'not-json',
    });
  }

  const header = checkHeader(raw);
  if (header) return refuse(header.message, header.refusal);
  // One problem per field: a value that fails its first check is not reported again by the next.
  const parsed = v.safeParse(exportDocumentSchema, raw, { abortPipeEarly: true });
  if (!parsed.success) return refuseInvalid(problemsFromIssues(parsed.issues, raw), parsed.issues.length);
  const problems = checkDocument(parsed.output);
  if (problems.length > 0) return refuseInvalid(problems, problems.length);

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
    return refuse((error instanceof Error ? error.message : String(error)).replace(/ Nothing was changed\.$/, ''), {
      code: 'store-failed',
    });
  }
}

/** What the top of the file says it is, before the whole of it is checked. */
function checkHeader(raw: unknown): { message: string; refusal: ImportRefusal } | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      message: 'This is not a Qimma export: the file should hold one JSON object.',
      refusal: { code: 'not-object' },
    };
  }
  const r = raw as Record<string, unknown>;
  if (r.type === 'AnnotationCollection') {
    return {
      message: 'This is a Web Annotation export. Qimma imports its own JSON export (qimma-YYYY-MM-DD.json).',
      refusal: { code: 'web-annotation' },
    };
  }
  if (r.format !== EXPORT_FORMAT) {
    return {
      message: `This is not a Qimma export: "format" should be "${EXPORT_FORMAT}".`,
      refusal: { code: 'not-qimma' },
    };
  }
  if (typeof r.version !== 'number' || !Number.isInteger(r.version)) {
    return {
      message: 'The export has no format version ("version" should be a whole number).',
      refusal: { code: 'no-version' },
    };
  }
  const version = { version: r.version, supported: EXPORT_VERSION };
  if (r.version > EXPORT_VERSION) {
    return {
      message: `This export was made by a newer Qimma (format version ${r.version}); this one reads version ${EXPORT_VERSION}. Update Qimma to import it.`,
      refusal: { code: 'newer-version', ...version },
    };
  }
  if (r.version !== EXPORT_VERSION) {
    return {
      message: `Export format version ${r.version} is not supported (this Qimma reads version ${EXPORT_VERSION}).`,
      refusal: { code: 'unsupported-version', ...version },
    };
  }
  return null;
}

function refuse(message: string, refusal: ImportRefusal): ImportResult {
  return {
    ok: false,
    message: `${message} Nothing was changed.`,
    refusal,
    problems: [{ path: '', recordId: null, message }],
  };
}

/** A file that breaks the format: the first problems named, and how many there are in all. */
function refuseInvalid(problems: ImportProblem[], total: number): ImportResult {
  const list = problems.map(describeProblem);
  const more = total > problems.length ? ` …and ${total - problems.length} more.` : '';
  const summary = `The file was not imported: ${total} problem${total === 1 ? '' : 's'} found. ${list.slice(0, 3).join('; ')}${total > 3 ? '; …' : '.'}${more}`;
  return {
    ok: false,
    message: `${summary} Nothing was changed.`,
    refusal: { code: 'invalid', count: total },
    problems,
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

function roundMegabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
