// The documented JSON Schema, the importer's valibot schema and the exporter agree.

import { readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exportJsonChunks } from '../../../lib/export/export-json';
import {
  articleSchema,
  crossReferenceSchema,
  exportDocumentSchema,
  meetingSchema,
  mentionSchema,
  noteSchema,
  settingsSchema,
} from '../../../lib/export/import-schema';
import { freshDb } from '../db/helpers';
import { validate } from './json-schema-lite';
import { fillStore } from './store-fixture';

const jsonSchema = JSON.parse(readFileSync(new URL('../../../docs/qimma-export.schema.json', import.meta.url), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: parts of a JSON Schema.
const pairs: Array<[string, { entries: Record<string, v.GenericSchema> }, Record<string, any>]> = [
  ['document', exportDocumentSchema, jsonSchema],
  ['meeting', meetingSchema, jsonSchema.$defs.meeting],
  ['article', articleSchema, jsonSchema.$defs.article],
  ['mention', mentionSchema, jsonSchema.$defs.mention],
  ['note', noteSchema, jsonSchema.$defs.note],
  ['crossReference', crossReferenceSchema, jsonSchema.$defs.crossReference],
  ['settings', settingsSchema, jsonSchema.$defs.settings],
];

describe('export format documentation', () => {
  it.each(pairs)('%s: the JSON Schema lists exactly the importer’s fields', (_name, valibot, json) => {
    const fields = Object.keys(valibot.entries).sort();
    expect(Object.keys(json.properties).sort()).toEqual(fields);
    const required = Object.entries(valibot.entries)
      .filter(([, s]) => s.type !== 'optional')
      .map(([k]) => k)
      .sort();
    expect([...json.required].sort()).toEqual(required);
    expect(json.additionalProperties).toBe(false);
  });

  it('a real export validates against the JSON Schema, and a broken one does not', async () => {
    const db = freshDb();
    await fillStore(db);
    let text = '';
    for await (const chunk of exportJsonChunks(db, { now: 0 })) text += chunk;
    db.close();
    const doc = JSON.parse(text);
    expect(validate(jsonSchema, doc)).toEqual([]);
    doc.notes[0].selector.position.start = -1;
    doc.articles[0].url = 'javascript:void(0)';
    doc.meetings[0].surprise = true;
    expect(validate(jsonSchema, doc)).toEqual([
      '$.meetings[0]: unexpected property surprise',
      '$.articles[0].url: does not match ^[hH][tT][tT][pP][sS]?://\\S+$',
      '$.notes[0].selector.position.start: below 0',
    ]);
  });
});
