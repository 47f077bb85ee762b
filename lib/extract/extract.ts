// The extraction pipeline: text in, relevance, mentions and meeting out.
//
//   makeDoc → main story → publication day → recognisers (leaders and venues, dates, figures)
//   → overlaps settled → mentions kept inside the story → appended story cut off → relevance
//   → meeting → catalogue
//
// `extract` never throws: a page must not break because one sentence surprised a recogniser. The
// strict variant, which lets errors through, is what the tests and the fuzzer run.

import { toOriginal } from '../text/normalise';
import { firstTokenAt, NUMBER_BIT, type Token, tokenRuns, tokenTable, WORD_BIT } from '../text/tokens';
import { appendedStoryStart } from './appended';
import { findMainStory, isBylineSpan, isDateLineSpan, type MainStory, type Span, storyBefore } from './body';
import { captionOf } from './caption';
import { isDayOfEvent } from './day-of-event';
import { type Candidate, type Doc, makeDoc, toMention } from './document';
import { boundToLines } from './line-bound';
import { describeMeeting } from './meeting';
import { resolveOverlaps } from './overlap';
import { RECOGNISERS, type Recognisers } from './recognisers';
import { assessRelevance, openingLine, type Place, placeSentences } from './relevance';
import { type SentenceRoles, sentenceRoles } from './sentence-roles';
import { namesBothSides } from './sides-named';
import { analyseStory } from './story-analysis';
import type { ExtractionResult, ExtractOptions, Mention } from './types';

/** Bumped whenever results change, so stored extractions can be refreshed. */
export const EXTRACTOR_VERSION = '1.0.0';

export function extract(text: string, opts?: ExtractOptions | null): ExtractionResult {
  // Callers outside TypeScript (a message from a page) may pass anything.
  const input = typeof text === 'string' ? text : String(text ?? '');
  const options: ExtractOptions = opts && typeof opts === 'object' ? opts : {};
  try {
    return extractStrict(input, options);
  } catch {
    return emptyResult(validDay(options.published));
  }
}

/** `extract` without the safety net: errors propagate. */
export function extractStrict(
  text: string,
  opts: ExtractOptions = {},
  rec: Recognisers = RECOGNISERS,
): ExtractionResult {
  const doc = makeDoc(text);
  let story = findMainStory(doc);
  const published = validDay(opts.published) ?? validDay(rec.findPublishedDate(doc));

  // Recognisers read the story's tokens only: nothing outside it is kept, and on a real page the
  // sidebars, lists and appended stories are most of the text.
  const storyDoc: Doc = { original: doc.original, norm: doc.norm, tokens: tokensInside(doc.tokens, story.ranges) };
  const find = (d: Doc) =>
    rec.findEntities(d, published).concat(
      rec.findDates(d, published),
      rec.findFigures(d).filter((c) => !isDayOfEvent(doc.norm.text, c)),
    );
  // A mention lies on one line: matches across a print view's hard line breaks are read again line by line.
  const candidates = resolveOverlaps(doc.norm.text, boundToLines(storyDoc, find(storyDoc), find));
  let inStory = insideStory(candidates, story.ranges);
  let sentences = analyseStory(doc, story.lines, inStory, (venueId) => rec.directory.countryOf(venueId));

  // Another story appended with no marker: cut off once its people and places are known.
  const appended = appendedStoryStart(story, storyDoc.tokens, inStory, sentences, rec.directory);
  if (appended !== null) {
    story = storyBefore(doc.norm.text, story, appended);
    const end = (story.lines[story.lines.length - 1] as Span)[1];
    inStory = inStory.filter((c) => c.nEnd <= end);
    sentences = sentences.filter((s) => s.line < appended);
  }

  const headline = titleAsHeadline(doc, story, typeof opts.title === 'string' ? opts.title : null, published, rec);
  if (headline) {
    for (const s of sentences) s.line++;
    sentences.unshift(...headline.sentences);
  }
  const storyWords = wordsPerLine(doc, story.lines);
  const lineWords = headline ? [0, ...storyWords] : storyWords;
  const storyCaptions = story.lines.map(([a, b]) => captionOf(doc.norm.text, a, b));
  const captions = headline ? [null, ...storyCaptions] : storyCaptions;
  for (const s of sentences) if (captions[s.line] === 'archive') s.background = true;
  const roles = sentenceRoles(sentences, rec.directory, published);
  // A page's date line or a byline above its headline (`السبت - 05 فبراير 2022 مـ رقم العدد [15775]`,
  // `د. مازن العبيدي`) is no headline.
  const headlineLine = !headline && story.lines.length > 1 && aboveHeadline(doc, story.lines[0] as Span) ? 1 : 0;
  const places = placeSentences(
    roles,
    lineWords,
    captions.map((c) => c !== null),
    headlineLine,
  );
  const storyStops = story.lines.map(([a, b]) => endsWithStop(doc.norm.text, a, b));
  const stopped = headline ? [false, ...storyStops] : storyStops;
  const bothSides =
    (roles.some((r) => r.ru.length > 0) && roles.some((r) => r.cn.length > 0)) ||
    namesBothSides(storyDoc.tokens, inStory, rec.directory, topEnd(doc, roles, places));
  const { score, relevant } = assessRelevance(
    roles,
    places,
    openingLine(lineWords, stopped, headlineLine),
    published,
    bothSides,
  );
  const meeting = relevant
    ? describeMeeting(roles, places, story.lines, rec.directory, published, rec.matchCatalogue)
    : null;

  return {
    version: EXTRACTOR_VERSION,
    relevant,
    score,
    published,
    meeting,
    mentions: inStory.map((c) => toMention(doc, c)).filter(isWellFormed),
    body: story.ranges.map(([a, b]) => toOriginal(doc.norm, a, b)),
  };
}

/** Where the story's headline and lead end in the page's text (a title given apart is not in it). */
function topEnd(doc: Doc, roles: readonly SentenceRoles[], places: readonly Place[]): number {
  let end = 0;
  for (let i = 0; i < roles.length; i++) {
    const s = (roles[i] as SentenceRoles).sentence;
    if (places[i] !== 'later' && s.text === doc.norm.text) end = Math.max(end, s.end);
  }
  return end;
}

function aboveHeadline(doc: Doc, line: Span): boolean {
  return isDateLineSpan(doc, line) || isBylineSpan(doc, line);
}

function emptyResult(published: string | null): ExtractionResult {
  return { version: EXTRACTOR_VERSION, relevant: false, score: 0, published, meeting: null, mentions: [], body: [] };
}

function validDay(s: unknown): string | null {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  // Read in place (the RegExp has checked the shape): asked twice per text.
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? s : null;
}

/** The tokens lying inside the story's ranges (both lists sorted); all of them when it is all story. */
function tokensInside(tokens: Token[], ranges: readonly Span[]): Token[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const only = ranges.length === 1 ? (ranges[0] as Span) : null;
  if (!first || !last || (only && only[0] <= first.start && only[1] >= last.end)) return tokens;
  // Each range's tokens found by halving over the typed offsets (ends are sorted like starts:
  // tokens do not overlap), so the tokens between ranges, often most of a page, are not visited.
  const { start, end } = tokenTable(tokens);
  const runs: Array<[number, number]> = [];
  let kept = 0;
  let i = 0;
  for (const [a, b] of ranges) {
    const from = firstTokenAt(start, a, i);
    // One past the last token ending inside the range.
    i = firstTokenAt(end, b + 1, from);
    if (i <= from) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === from) run[1] = i;
    else runs.push([from, i]);
    kept += i - from;
  }
  return kept === tokens.length ? tokens : tokenRuns(tokens, runs);
}

/** Candidates lying wholly inside one of the story's ranges (both lists sorted). */
function insideStory(candidates: readonly Candidate[], ranges: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  let r = 0;
  for (const c of candidates) {
    while (r < ranges.length && (ranges[r] as Span)[1] < c.nEnd && (ranges[r] as Span)[1] <= c.nStart) r++;
    const range = ranges[r];
    if (range && c.nStart >= range[0] && c.nEnd <= range[1]) out.push(c);
  }
  return out;
}

/** Number of words and numbers on each story line, in one pass over the typed tokens. */
function wordsPerLine(doc: Doc, lines: readonly Span[]): number[] {
  const counts = lines.map(() => 0);
  const { start, bits } = tokenTable(doc.tokens);
  // Each line's tokens found by halving over the starts: the tokens between story lines are skipped.
  let i = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as Span;
    i = firstTokenAt(start, line[0], i);
    let words = 0;
    for (; i < start.length && (start[i] as number) < line[1]; i++)
      if ((bits[i] as number) & (WORD_BIT | NUMBER_BIT)) words++;
    counts[l] = words;
  }
  return counts;
}

/**
 * A page title that the text does not start with is read as the headline: a sentence of its own,
 * for relevance and the meeting only (its mentions have no offsets in the text).
 */
function titleAsHeadline(
  doc: Doc,
  story: MainStory,
  title: string | null | undefined,
  published: string | null,
  rec: Recognisers,
) {
  if (!title?.trim()) return null;
  const titleDoc = makeDoc(title);
  const first = story.lines[0];
  const firstLine = first ? doc.norm.text.slice(first[0], first[1]) : '';
  if (firstLine.trim() === titleDoc.norm.text.trim()) return null;
  const found = resolveOverlaps(titleDoc.norm.text, [
    ...rec.findEntities(titleDoc, published),
    ...rec.findDates(titleDoc, published),
  ]);
  const all: Span = [0, titleDoc.norm.text.length];
  const countryOf = (venueId: string) => rec.directory.countryOf(venueId);
  return { sentences: analyseStory(titleDoc, [all], found, countryOf).map((s) => ({ ...s, storyLine: null })) };
}

/** Sentence-final marks; closing quotes and brackets after them are looked past. */
const STOPS = new Set(['.', '!', '?', '؟', '…', ':']);
const CLOSERS = new Set(['"', '»', '”', ')', "'", ' ']);

/** The line `[a, b)` ends with a full stop (or `:` before a quote), past closing quotes. */
function endsWithStop(text: string, a: number, b: number): boolean {
  let k = b - 1;
  while (k > a && CLOSERS.has(text[k] as string)) k--;
  return STOPS.has(text[k] as string);
}

function isWellFormed(m: Mention): boolean {
  return m.end > m.start && m.text.length > 0;
}
