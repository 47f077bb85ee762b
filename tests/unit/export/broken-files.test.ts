// Ten kinds of broken import files: each is refused with a message that says what and where, and
// the store is left exactly as it was.

import { beforeAll, describe, expect, it } from 'vitest';
import type { QimmaDB } from '../../../lib/db/schema';
import { exportJsonChunks } from '../../../lib/export/export-json';
import { type ImportRefusal, importJson } from '../../../lib/export/import-json';
import { freshDb } from '../db/helpers';
import { fillStore } from './store-fixture';

let db: QimmaDB;
let good: string;
let before: string;

async function exportText(d: QimmaDB): Promise<string> {
  let out = '';
  for await (const chunk of exportJsonChunks(d, { now: 0 })) out += chunk;
  return out;
}

beforeAll(async () => {
  db = freshDb();
  await fillStore(db);
  good = await exportText(db);
  before = good;
});

/** The exported document, changed by `edit`, as text. */
// biome-ignore lint/suspicious/noExplicitAny: the test edits parsed JSON freely.
function edited(edit: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(good);
  edit(doc);
  return JSON.stringify(doc);
}

/** Each broken file: what it is, how to make it, what the message says, and the refusal's code (what the UI says). */
const cases: Array<[string, () => string | Blob, RegExp, ImportRefusal['code']]> = [
  [
    'truncated JSON',
    () => good.slice(0, Math.floor(good.length / 2)),
    /not valid JSON — it may be cut short/,
    'not-json',
  ],
  ['an empty file', () => '', /The file is empty/, 'empty'],
  [
    'a newer format version',
    () => edited((d) => (d.version = 2)),
    /made by a newer Qimma \(format version 2\); this one reads version 1/,
    'newer-version',
  ],
  ['no version at all', () => edited((d) => delete d.version), /no format version/, 'no-version'],
  ['not a Qimma export', () => JSON.stringify([{ title: 'x' }]), /not a Qimma export/, 'not-object'],
  [
    'a Web Annotation collection instead',
    () => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' }),
    /Web Annotation export/,
    'web-annotation',
  ],
  [
    'wrong types',
    () =>
      edited((d) => {
        d.articles[1].score = 'high';
        d.notes[0].selector.position.start = -3;
      }),
    /articles\[1\]\.score \(id [\w-]+\): expected number, got "high".*notes\[0\]\.selector\.position\.start \(id [\w:.-]+\): Invalid value/,
    'invalid',
  ],
  [
    'duplicate ids',
    () => edited((d) => (d.notes[1].id = d.notes[0].id)),
    /notes\[1\] \(id [\w:.-]+\): duplicate id: notes\[0\] has the same id/,
    'invalid',
  ],
  [
    'a note pointing at an article not in the file',
    () => edited((d) => (d.notes[0].articleId = 'ghost-article')),
    /notes\[0\]\.articleId .*article ghost-article is not in the file/,
    'invalid',
  ],
  [
    'a list cut short and closed again (counts disagree)',
    () => edited((d) => d.mentions.pop()),
    /counts\.mentions: the header says \d+ mentions, the file holds \d+/,
    'invalid',
  ],
  [
    'hostile strings: a javascript: address, markup in an id, control characters, a broken surrogate',
    () =>
      edited((d) => {
        d.articles[0].url = 'javascript:alert(document.cookie)';
        d.meetings[0].id = '<img src=x onerror=alert(1)>';
        d.articles[2].title = 'عنوان\u0000مخفي';
        d.notes[0].comment = 'نص \ud800 مكسور';
      }),
    /meetings\[0\]\.id: an id may hold only .*articles\[0\]\.url \(id [\w-]+\): must be an http\(s\) address.*articles\[2\]\.title \(id [\w-]+\): contains control characters/,
    'invalid',
  ],
  [
    'unknown fields and a __proto__ key',
    () => good.replace('"format":"qimma-export"', '"__proto__":{"polluted":true},"format":"qimma-export","extra":1'),
    /: unknown field \(not part of export format 1\)/,
    'invalid',
  ],
  [
    'a 50 MB file',
    () => new Blob([good, ' '.repeat(50 * 1024 * 1024)]),
    /The file is 50\.\d MB; Qimma imports files of at most 32\.0 MB/,
    'too-large',
  ],
];

describe('import refuses broken files and changes nothing', () => {
  it.each(cases)('%s', async (_name, make, message, code) => {
    const result = await importJson(db, make());
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    if (!result.ok) expect(result.refusal.code).toBe(code);
    expect(result.message).toMatch(/Nothing was changed\.$/);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    expect(await exportText(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a broken surrogate pair, and never echoes a hostile id as an id', async () => {
    const result = await importJson(
      db,
      edited((d) => {
        d.meetings[0].id = '<img src=x onerror=alert(1)>';
        d.notes[0].comment = 'نص \ud800 مكسور';
      }),
    );
    if (result.ok) throw new Error('imported');
    expect(result.problems.find((p) => p.path === 'meetings[0].id')?.recordId).toBeNull();
    expect(result.problems.find((p) => p.path === 'notes[0].comment')?.message).toMatch(/not well-formed Unicode/);
  });

  it('lists every problem with its record and field, not only the first', async () => {
    const result = await importJson(
      db,
      edited((d) => {
        for (const n of d.notes) n.tags = [42];
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(d_notes_paths(JSON.parse(good).notes.length));
    expect(result.problems.every((p) => p.recordId !== null && /expected string, got 42/.test(p.message))).toBe(true);
  });

  it('a storage failure during the write is reported and rolled back', async () => {
    const other = freshDb();
    await fillStore(other);
    const snapshot = await exportText(other);
    other.close();
    const target = freshDb();
    const original = target.refs.bulkPut.bind(target.refs);
    target.refs.bulkPut = (() => Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as never;
    const result = await importJson(target, snapshot);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^Could not import the file: the browser refused to store more .* Nothing was changed\.$/,
    );
    if (!result.ok) expect(result.refusal.code).toBe('store-failed');
    target.refs.bulkPut = original;
    expect(await target.articles.count()).toBe(0);
    expect(await target.notes.count()).toBe(0);
    target.close();
  });
});

function d_notes_paths(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `notes[${i}].tags[0]`);
}
