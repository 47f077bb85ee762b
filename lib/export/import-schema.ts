// What an import file must be, as a valibot schema: export format version 1, every field typed and
// bounded. Hostile content is refused here, before anything reaches the store: addresses other than
// http(s) (a `javascript:` link in the dashboard), ids that could smuggle markup or separators,
// strings that are not well-formed Unicode or carry control characters, numbers that are not finite,
// lists and strings far beyond anything Qimma writes.

import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';

/** Refused before reading: larger than any real store's export (≈ 1 KB per note, 10,000s of notes). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it refuses.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `at most ${max} characters`),
    v.check((s) => s.isWellFormed(), 'not well-formed Unicode (a broken surrogate pair)'),
    v.check((s) => !CONTROL.test(s), 'contains control characters'),
  );
const id = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'at most 200 characters'),
  v.regex(/^[\w:.-]+$/, 'an id may hold only letters, digits and _ : . -'),
);
const nullableId = v.nullable(id);
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4_000, 'at most 4000 characters'),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) address'),
  v.check((s) => URL.canParse(s), 'not a valid address'),
);
const timestamp = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'expected an ISO time like 2024-02-08T10:00:00.000Z'),
  v.check((s) => Number.isFinite(Date.parse(s)), 'not a real time'),
);
const isoDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  v.check((s) => Number.isFinite(Date.parse(s)), 'not a real date'),
);
const dateValue = v.pipe(
  v.string(),
  v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/, 'expected YYYY[-MM[-DD]] or --MM[-DD]'),
);
const offset = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(50_000_000));
const slug = v.pipe(v.string(), v.maxLength(100), v.regex(/^[\w.-]+$/, 'expected an id like putin or samarkand'));
const kind = v.picklist(['in-person', 'phone-call', 'video-call']);
const mentionType = v.picklist(['leader', 'venue', 'date', 'figure']);
const key = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^(leader|venue|date|figure):[^\s|][^|]*$|^(leader|venue|date|figure):$/, 'expected a key like leader:putin'),
);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `at most ${max} entries`));

const meetingInfo = v.strictObject({
  start: v.nullable(dateValue),
  end: v.nullable(dateValue),
  venue: v.nullable(slug),
  kind: v.nullable(kind),
  participants: list(slug, 50),
  announced: v.boolean(),
  catalogueId: v.nullable(slug),
  knownStart: v.nullable(dateValue),
  title: v.nullable(v.strictObject({ ar: text(2_000), en: text(2_000) })),
});

export const meetingSchema = v.strictObject({
  id,
  start: v.nullable(dateValue),
  end: v.nullable(dateValue),
  venue: v.nullable(slug),
  kind: v.nullable(kind),
  participants: list(slug, 50),
  catalogueId: v.nullable(slug),
  knownStart: v.nullable(dateValue),
  titleAr: v.nullable(text(2_000)),
  titleEn: v.nullable(text(2_000)),
  announced: v.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const articleSchema = v.strictObject({
  id,
  url: httpUrl,
  title: text(2_000),
  siteName: v.nullable(text(2_000)),
  lang: v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(20),
      v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag like ar'),
    ),
  ),
  published: v.nullable(isoDay),
  relevant: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  meetingId: nullableId,
  meetingLocked: v.boolean(),
  meetingInfo: v.nullable(meetingInfo),
  saveMode: v.picklist(['auto', 'manual']),
  extractorVersion: v.pipe(v.string(), v.maxLength(40), v.regex(/^[\w.+-]*$/, 'expected a version like 1.2.0')),
  fingerprint: v.pipe(v.string(), v.regex(/^([0-9a-f]{8})?$/, 'expected 8 hexadecimal digits')),
  textLength: offset,
  savedAt: timestamp,
  updatedAt: timestamp,
  lastSeenAt: timestamp,
});

export const mentionSchema = v.strictObject({
  id,
  articleId: id,
  type: mentionType,
  key,
  text: text(1_000),
  value: v.nullable(v.union([text(40), v.pipe(v.number(), v.finite('must be a finite number'))])),
  unit: v.nullable(text(60)),
  valueEnd: v.nullable(dateValue),
  grain: v.nullable(v.picklist(['day', 'month', 'year'])),
  byTitle: v.boolean(),
  start: offset,
  end: offset,
});

export const noteSchema = v.strictObject({
  id,
  articleId: id,
  origin: v.picklist(['auto', 'reader']),
  selector: v.strictObject({
    quote: v.strictObject({
      exact: v.pipe(text(10_000), v.minLength(1, 'must not be empty')),
      prefix: text(200),
      suffix: text(200),
    }),
    position: v.strictObject({ start: offset, end: offset }),
  }),
  comment: text(20_000),
  tags: list(v.pipe(text(60), v.minLength(1, 'a tag must not be empty')), 50),
  keys: list(key, 500),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const crossReferenceSchema = v.strictObject({
  key,
  type: mentionType,
  labels: list(text(1_000), 20),
  articles: list(id, 1_000_000),
  notes: list(id, 1_000_000),
});

const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{3,8}$|^[a-z]{3,20}$/i, 'expected a CSS colour like #c0392b'));
const perType = <T extends v.GenericSchema>(item: T) =>
  v.strictObject({
    leader: v.optional(item),
    venue: v.optional(item),
    date: v.optional(item),
    figure: v.optional(item),
  });

export const settingsSchema = v.strictObject({
  autoSave: v.boolean(),
  sites: v.pipe(
    v.record(
      v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9_.-]+$/, 'expected a host name')),
      v.strictObject({ autoSave: v.optional(v.boolean()), highlights: v.optional(v.boolean()) }),
    ),
    v.check((r) => Object.keys(r).length <= 10_000, 'at most 10000 sites'),
  ),
  highlightKinds: v.strictObject({ leader: v.boolean(), venue: v.boolean(), date: v.boolean(), figure: v.boolean() }),
  colours: v.optional(perType(colour)),
  language: v.picklist(['ar', 'en']),
});

export const exportDocumentSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: timestamp,
  counts: v.strictObject({ meetings: offset, articles: offset, mentions: offset, notes: offset }),
  settings: v.nullable(settingsSchema),
  meetings: list(meetingSchema, 100_000),
  articles: list(articleSchema, 200_000),
  mentions: list(mentionSchema, 5_000_000),
  notes: list(noteSchema, 1_000_000),
  crossReferences: list(crossReferenceSchema, 1_000_000),
});

export type ValidDocument = v.InferOutput<typeof exportDocumentSchema>;
