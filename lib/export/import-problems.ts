// Problems found in an import file, each naming the record (list, index, id) and the field, so the
// reader can find it in the file: `notes[12] (id 7f3c…): selector.position.start — must be a whole number`.

import type * as v from 'valibot';

export interface ImportProblem {
  /** Where: `notes[12].selector.position.start`, or '' for the file as a whole. */
  path: string;
  /** The id of the record concerned, when it has one. */
  recordId: string | null;
  message: string;
}

/** More problems than this are summarised: a wrong file has them everywhere. */
export const MAX_PROBLEMS = 50;

export function describeProblem(p: ImportProblem): string {
  const where = p.path ? `${p.path}${p.recordId ? ` (id ${p.recordId.slice(0, 60)})` : ''}: ` : '';
  return `${where}${p.message}`;
}

/** The problems valibot found, with the id of the record each is in. */
export function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[], raw: unknown): ImportProblem[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    return { path: formatPath(keys), recordId: recordIdAt(raw, keys), message: messageOf(issue) };
  });
}

function formatPath(keys: Array<string | number>): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

/** `notes[12].…` → the `id` of notes[12] in the raw file, if it is a string. */
function recordIdAt(raw: unknown, keys: Array<string | number>): string | null {
  if (keys.length < 2 || typeof keys[1] !== 'number') return null;
  const list = (raw as Record<string, unknown>)[keys[0] as string];
  const record = Array.isArray(list) ? list[keys[1]] : undefined;
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  // An id that is itself the problem (markup, separators) is not repeated as a label.
  return typeof id === 'string' && /^[\w:.-]{1,200}$/.test(id) ? id : null;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined && issue.type !== 'strict_object') {
    return 'missing (this field is required)';
  }
  const got = describeValue(issue.input);
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `unknown field (not part of export format 1)`;
  }
  if (issue.expected && issue.kind === 'schema') return `expected ${issue.expected}, got ${got}`;
  // valibot's own messages for bounds already say what they received.
  const says = issue.kind === 'validation' && !/received/i.test(issue.message);
  return `${issue.message}${says ? ` (got ${got})` : ''}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value.length > 40 ? `"${value.slice(0, 40)}…" (${value.length} characters)` : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
