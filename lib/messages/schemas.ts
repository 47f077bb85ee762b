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

export const requestSchema = v.variant('type', [
  v.object({ type: v.literal('page:extracted'), page: pageInfoSchema, result: extractionResultSchema }),
  // tabId null: the tab that reported most recently (the popup opened as a page of its own).
  v.object({ type: v.literal('tab:status'), tabId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
]);
