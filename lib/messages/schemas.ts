// Schemas of everything that crosses a process boundary (content script ↔ background ↔ extension
// pages). A message is acted on only after it parses; anything else is rejected with a reason.
// Bounds on lengths keep a hostile page from making the background allocate without limit.

import * as v from 'valibot';

const MAX_TEXT = 200_000;
const MAX_MENTIONS = 20_000;

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'));
/** Date values of mentions and meetings: ISO day, month or year, or partial --MM-DD / --MM. */
export const dateValueSchema = v.pipe(
  v.string(),
  v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/, 'expected YYYY[-MM[-DD]] or --MM[-DD]'),
);
const shortString = v.pipe(v.string(), v.maxLength(2_000));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50_000_000));

export const mentionSchema = v.object({
  type: v.picklist(['leader', 'venue', 'date', 'figure']),
  start: offset,
  end: offset,
  text: v.pipe(v.string(), v.maxLength(1_000)),
  id: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  value: v.nullable(v.union([v.pipe(v.string(), v.maxLength(40)), v.pipe(v.number(), v.finite())])),
  unit: v.nullable(v.pipe(v.string(), v.maxLength(60))),
  valueEnd: v.optional(v.nullable(dateValueSchema)),
  grain: v.optional(v.nullable(v.picklist(['day', 'month', 'year']))),
  byTitle: v.optional(v.boolean()),
});

export const meetingInfoSchema = v.object({
  start: v.nullable(dateValueSchema),
  end: v.nullable(dateValueSchema),
  venue: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  kind: v.nullable(v.picklist(['in-person', 'phone-call', 'video-call'])),
  participants: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50)),
  announced: v.boolean(),
  catalogueId: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  knownStart: v.nullable(dateValueSchema),
  title: v.nullable(v.object({ ar: shortString, en: shortString })),
});

export const extractionResultSchema = v.object({
  version: v.pipe(v.string(), v.maxLength(40)),
  relevant: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  published: v.nullable(isoDay),
  meeting: v.nullable(meetingInfoSchema),
  mentions: v.pipe(v.array(mentionSchema), v.maxLength(MAX_MENTIONS)),
  body: v.pipe(v.array(v.tuple([offset, offset])), v.maxLength(10_000)),
});

/** What the content script knows of the page it runs in. */
export const pageInfoSchema = v.object({
  url: v.pipe(v.string(), v.url(), v.maxLength(4_000)),
  title: shortString,
  siteName: v.nullable(shortString),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(20))),
  /** The article text the offsets of the mentions refer to. */
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT * 25)),
});

/** Ids of stored records: uuids and the store's derived ids (`auto:…`), nothing that could smuggle markup. */
const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[\w:.|-]+$/, 'expected a record id'));
/** A cross-reference key as made by `mentionKey()`: `leader:putin`, `figure:227000000000 USD`. */
export const refKeySchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^(leader|venue|date|figure):\S/, 'expected a key like leader:putin or figure:227000000000 USD'),
);
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4_000),
  v.url(),
  v.regex(/^https?:\/\//i, 'expected an http(s) address'),
);
const tag = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60));
const tags = v.pipe(v.array(tag), v.maxLength(50));
const comment = v.pipe(v.string(), v.maxLength(20_000));

/** W3C TextQuoteSelector + TextPositionSelector of a passage of the article text. */
export const selectorSchema = v.object({
  quote: v.object({
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
    prefix: v.pipe(v.string(), v.maxLength(200)),
    suffix: v.pipe(v.string(), v.maxLength(200)),
  }),
  position: v.pipe(
    v.object({ start: offset, end: offset }),
    v.check((p) => p.start < p.end, 'position.start must be before position.end'),
  ),
});

const siteSettingsSchema = v.object({ autoSave: v.optional(v.boolean()), highlights: v.optional(v.boolean()) });
const mentionTypeRecord = <T extends v.GenericSchema>(item: T) =>
  v.object({ leader: v.optional(item), venue: v.optional(item), date: v.optional(item), figure: v.optional(item) });
export const settingsPatchSchema = v.object({
  autoSave: v.optional(v.boolean()),
  sites: v.optional(
    v.pipe(
      v.record(
        v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[\w.-]+$/, 'expected a host name')),
        v.nullable(siteSettingsSchema),
      ),
      v.check((r) => Object.keys(r).length <= 1_000, 'at most 1000 sites at once'),
    ),
  ),
  highlightKinds: v.optional(mentionTypeRecord(v.boolean())),
  colours: v.optional(
    mentionTypeRecord(
      v.pipe(v.string(), v.regex(/^#[0-9a-f]{3,8}$|^[a-z]{3,20}$/i, 'expected a CSS colour like #c0392b')),
    ),
  ),
  language: v.optional(v.picklist(['ar', 'en'])),
});

export const requestSchema = v.variant('type', [
  v.object({
    type: v.literal('page:extracted'),
    page: pageInfoSchema,
    result: extractionResultSchema,
    // `auto` (the default) follows the auto-save settings; `manual` is the reader asking to save.
    save: v.optional(v.picklist(['auto', 'manual'])),
  }),
  // tabId null: the tab that reported most recently (the popup opened as a page of its own).
  v.object({ type: v.literal('tab:status'), tabId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  // The page layer's text, read by the engine in the background: the engine and its data (about
  // 60 KB gzipped) stay out of the content script that every Arabic page loads.
  v.object({
    type: v.literal('text:extract'),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT * 25)),
    published: v.nullable(isoDay),
    title: v.nullable(shortString),
  }),
  v.object({
    type: v.literal('xref:query'),
    keys: v.pipe(v.array(refKeySchema), v.minLength(1), v.maxLength(200)),
    excludeUrl: v.optional(httpUrl),
    /** Most items of each list returned per key (the total is counted anyway). */
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  }),
  v.object({
    type: v.literal('note:add'),
    page: v.object({ url: httpUrl, title: shortString }),
    selector: selectorSchema,
    comment,
    tags: v.optional(tags),
  }),
  v.object({
    type: v.literal('note:update'),
    noteId: recordId,
    comment: v.optional(comment),
    tags: v.optional(tags),
  }),
  v.object({ type: v.literal('note:delete'), noteId: recordId }),
  v.object({ type: v.literal('notes:for-page'), url: httpUrl }),
  v.object({ type: v.literal('settings:get') }),
  v.object({ type: v.literal('settings:set'), patch: settingsPatchSchema }),
  v.object({
    type: v.literal('meetings:merge'),
    targetId: recordId,
    sourceIds: v.pipe(v.array(recordId), v.minLength(1), v.maxLength(100)),
  }),
  v.object({
    type: v.literal('meetings:split'),
    meetingId: recordId,
    articleIds: v.pipe(v.array(recordId), v.minLength(1), v.maxLength(1_000)),
  }),
  /** Attaches an article to another meeting (null: to none) by hand; re-extraction keeps it there. */
  v.object({ type: v.literal('article:move'), articleId: recordId, meetingId: v.nullable(recordId) }),
  v.object({ type: v.literal('article:delete'), articleId: recordId }),
]);

/** Background → content script: the keyboard shortcuts and the context menu, acted on in the page. */
export const contentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('highlights:toggle') }),
  v.object({ type: v.literal('note:create-from-selection') }),
  v.object({ type: v.literal('page:save') }),
]);
