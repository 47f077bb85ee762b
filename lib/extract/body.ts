// Main-story segmentation of a flattened news page, written by hand: readability-style tools work
// on the DOM, but the extractor also receives plain text (pasted, scraped, from the CLI) where
// sidebars, "read also" lists, tags and appended stories are just more lines.
//
// The story is the headline, dateline, body paragraphs and captions. The rules, in reading order:
// - page furniture that fills a whole line (`تفاصيل الخبر`, breadcrumbs, share buttons) is other;
// - a related-stories marker (`اقرأ أيضاً`, `أخبار ذات صلة`, `الأكثر قراءة` …) opens a list. The
//   list runs over bulleted or headline-like lines. Where prose follows, the story resumes if the
//   list was a real list (bullets, or two headlines or more, or the marker carried its headline on
//   its own line); after a lone headline the prose is either an appended story or the story going
//   on under a read-also link inside it, which appended.ts tells apart by who and where;
// - a closing marker (tags, `المصدر:`, comment, share and follow prompts, copyright) ends the
//   story once some of it has been read; before that it is a stray toolbar line;
// - a marker in the middle of a line, after the end of a sentence (or followed by `:`), cuts the
//   line there (`… الثنائية. أخبار ذات صلة …`);
// - a run of bulleted lines that ends the text, with no prose after it, is a list of headlines;
// - furniture is left out wherever it stands: a ticker of headlines on one line (`عاجل | … | … |`),
//   counters and reading times (`عدد المشاهدات: 1534`, `قراءة 3 دقائق`), credits (`ترجمة: …`,
//   `تصوير: …`), link and newsletter prompts (`اضغط هنا`), number widgets (prayer times, gold by
//   the karat, buying and selling rates, the weather: `الفجر 4:21 ص | الظهر 12:02 م`), and — once
//   the story has begun — a line naming only an agency (`(رويترز)`, `-- كونا`, `/وام/`; at the top
//   it is the source line);
// - a wire's end mark (`(انتهى)`), editors' initials alone (`ي.ع/ح.م`), an author's note
//   (`* كاتب وباحث في …`), a copyright line (`© 2024 …`) and a source trailer (`المصدر: …`) end
//   the story as soon as any of it has been read — but a photo's credit (`© Sputnik / …`) is
//   furniture, `نهاية` right after a list closes a box of suggested stories set inside the article,
//   and a credit under the page's top block (`فرانس24/ أ ف ب` below the standfirst's date stamp)
//   leaves a seam for appended.ts rather than an end.

import { TIME_ZONE_WORDS } from '../dates/lexicon';
import { GREGORIAN_ERA_MARKS, GREGORIAN_MONTHS, HIJRI_ERA_MARKS, HIJRI_MONTHS, WEEKDAYS } from '../dates/words';
import { normaliseString } from '../text/normalise';
import {
  firstTokenAt,
  isSpace,
  NUMBER_BIT,
  type Token,
  type TokenTable,
  tokenize,
  tokenTable,
  WORD_BIT,
} from '../text/tokens';
import { words as VOCABULARY, WordFlags, wordFlag, wordId } from '../text/vocabulary';
import {
  AGENCY_NAMES,
  AUTHOR_NOUNS,
  BULLETS,
  BYLINE_HEADS,
  CHROME_LINES,
  CLOSING_LABELS,
  CLOSING_MARKERS,
  CONSENT_VOICE,
  COOKIE_NAMES,
  COUNTER_WORDS,
  CREDIT_LABELS,
  DATELINE_LABELS,
  FURNITURE_LEADS,
  MASTHEAD_HEADS,
  RELATED_MARKERS,
  RIGHTS_NOTICES,
  SENTENCE_END,
  SOURCE_MARKERS,
  TICKER_SEPARATORS,
  WIDGET_WORDS,
  WIRE_ENDS,
} from './body-markers';
import { isMenu, isSeriesLabel, MENU_ITEM_MAX_WORDS, pageTopLines, type TopLine } from './body-top';
import type { Doc } from './document';
import { buildPhraseTable, EXACT, matchPhraseAt, phraseWords, tagTable } from './phrases';

/** `[start, end)` in the normalised text. */
export type Span = [number, number];

export interface MainStory {
  /** Ranges of the normalised text that make up the main story, in order, non-overlapping. */
  ranges: Span[];
  /** The story's lines (paragraphs) in order; the first is the headline. */
  lines: Span[];
  /**
   * Where another story may have been appended without a marker: a headline-like line well into
   * the story, followed by prose or by a new dateline. Whether it is one takes the entities of
   * both parts (see appended.ts); the segmentation alone cannot tell a crosshead from a headline.
   */
  seams: Seam[];
}

export interface Seam {
  /** Index into `lines` of the headline-like line. */
  line: number;
  /** The line after it opens with a dateline (`القاهرة - …`, `(وكالات) -`, `بكين 5 مايو (شينخوا)`). */
  dateline: boolean;
  /**
   * The line is itself the first of the part after the seam: prose after a lone read-also
   * headline, which is not story (`dateline` is then that line's own).
   */
  opens?: boolean;
}

type Marker = 'related' | 'closing' | 'source' | 'rights' | 'label';

const MARKERS = buildPhraseTable<Marker>([
  ...tagTable<Marker>('related', RELATED_MARKERS),
  ...tagTable<Marker>('closing', CLOSING_MARKERS),
  ...tagTable<Marker>('source', SOURCE_MARKERS),
  ...tagTable<Marker>('rights', RIGHTS_NOTICES),
  ...tagTable<Marker>('label', CLOSING_LABELS),
]);
const CHROME = new Set(CHROME_LINES.map((p) => phraseWords(p).join(' ')));
const CHROME_WORDS = new Set(CHROME_LINES.flatMap((p) => phraseWords(p)));
const BREADCRUMB_HEADS = new Set(phraseWords('الرئيسية home'));
/** Marks between a breadcrumb's steps, by token id. */
const BREADCRUMB_SEPARATORS = new Set(['>', '/', '"', '|'].map(wordId));
const DATE_LABELS = buildPhraseTable(tagTable(true, DATELINE_LABELS));
/**
 * Words a written date line is made of (`الثلاثاء 25 شباط 2025`, `الخميس 8 ذو القعدة 1445 هـ
 * الموافق 16 مايو 2024 م`): weekdays, month names of every series, era marks. Borrowed from the
 * dates vocabulary, read as plain words (only whether the whole line is a date matters here).
 */
const DATE_LINE_WORDS = new Set(
  [
    ...[...GREGORIAN_MONTHS, ...HIJRI_MONTHS, ...WEEKDAYS].map(([w]) => w),
    ...HIJRI_ERA_MARKS,
    ...GREGORIAN_ERA_MARKS,
    'الموافق',
    // A print edition's date line carries its issue number (`السبت - 05 فبراير 2022 مـ رقم العدد [15775]`).
    'رقم العدد',
    // Al-Ahram's masthead: `السنة 143 العدد 48397 الخميس 3 من شوال 1440 هــ 6 يونيو 2019`.
    'السنة',
    'من',
  ].flatMap((w) => phraseWords(w)),
);
const MASTHEADS = new Set(MASTHEAD_HEADS.flatMap((w) => phraseWords(w)));
const WIRE_END_WORDS = new Set(WIRE_ENDS.flatMap((w) => phraseWords(w)));
const BULLET_SET = new Set(BULLETS);
const FURNITURE = buildPhraseTable(tagTable(true, FURNITURE_LEADS));
const CREDITS = buildPhraseTable(tagTable(true, CREDIT_LABELS));
const AGENCIES = buildPhraseTable(tagTable(true, AGENCY_NAMES));
const COUNTERS = new Set(COUNTER_WORDS.flatMap((w) => phraseWords(w)));
const COOKIES = buildPhraseTable(tagTable(true, COOKIE_NAMES));
const CONSENT = buildPhraseTable(tagTable(true, CONSENT_VOICE));
const COOKIE_WORDS = new Set(COOKIE_NAMES.flatMap((w) => phraseWords(w)));
const AUTHORS = new Set(AUTHOR_NOUNS.flatMap((w) => phraseWords(w)));
const TICKER_SEPARATOR_SET = new Set(TICKER_SEPARATORS);
const WIDGET = new Set(WIDGET_WORDS.map(normaliseString));
// Facts of the shared word table (`tokenBits`) that the line reader tests at every token.
/**
 * A mark the line reader counts (a ticker's separator, `©`, a bullet): one bit of the shared table
 * for the three (the table's bits are few), told apart by `MARK_ROLE` on the few tokens that have it.
 */
const LINE_MARK = wordFlag((w) => TICKER_SEPARATOR_SET.has(w) || w === '©' || BULLET_SET.has(w));
const TICKER_SEPARATOR = 1;
const COPYRIGHT = 2;
const BULLET_MARK = 4;
const MARK_ROLE = new WordFlags(
  (w) =>
    (TICKER_SEPARATOR_SET.has(w) ? TICKER_SEPARATOR : 0) |
    (w === '©' ? COPYRIGHT : 0) |
    (BULLET_SET.has(w) ? BULLET_MARK : 0),
);
/** `MARK_ROLE` of token `i`, by interned id. */
function markRole(tokens: readonly Token[], ids: Int32Array, i: number): number {
  const id = ids[i] as number;
  return MARK_ROLE.get(id, id === 0 ? (tokens[i] as Token).text : (VOCABULARY[id] as string));
}
/** A word of some cookie name: only a line with one is looked at as a consent banner. */
const COOKIE_WORD = wordFlag((w) => COOKIE_WORDS.has(w));
/** A word that may start a story marker (looked at for every word of every line). */
const MARKER_FIRST = wordFlag((w) => MARKERS.byFirst.has(w));
/** A word of some chrome line: a line with any other word is no chrome phrase. */
const CHROME_WORD = wordFlag((w) => CHROME_WORDS.has(w));
/**
 * Facts of a line's first word or number that `describe` asks about, read in one lookup: each of
 * them was a lookup of its own (a Set, or a phrase table's memo), for every line of every page.
 */
const DATE_LABEL_HEAD = 1;
const DATE_LINE_WORD = 2;
const MASTHEAD_WORD = 4;
const WIRE_END_WORD = 8;
const FURNITURE_HEAD = 16;
const CREDIT_HEAD = 32;
const AGENCY_HEAD = 64;
const LINE_HEAD = new WordFlags(
  (w) =>
    (DATE_LABELS.byFirst.has(w) ? DATE_LABEL_HEAD : 0) |
    (DATE_LINE_WORDS.has(w) ? DATE_LINE_WORD : 0) |
    (MASTHEADS.has(w) ? MASTHEAD_WORD : 0) |
    (WIRE_END_WORDS.has(w) ? WIRE_END_WORD : 0) |
    (FURNITURE.byFirst.has(w) ? FURNITURE_HEAD : 0) |
    (CREDITS.byFirst.has(w) ? CREDIT_HEAD : 0) |
    (AGENCIES.byFirst.has(w) ? AGENCY_HEAD : 0),
);

/** `LINE_HEAD` of token `s` of the table's list. */
function lineHeadAt(tokens: Token[], ids: Int32Array, s: number): number {
  const id = ids[s] as number;
  return LINE_HEAD.get(id, id !== 0 ? (VOCABULARY[id] as string) : (tokens[s] as Token).text);
}

/** Marks compared by token id at every line's ends. */
const FULL_STOP = wordId('.');
const ELLIPSIS = wordId('…');
/** What may follow a list number (`1.`, `2)`, `3-`). */
const NUMBER_BULLET_MARKS = new Set(['.', ')', '-'].map(wordId));
/** A line this long or shorter may be furniture (a counter, a credit, a prompt). */
const FURNITURE_MAX_WORDS = 10;
/** Words of a ticker's headline; a segment shorter than this is a label (`عاجل`). */
const TICKER_HEADLINE_MIN_WORDS = 3;
const SENTENCE_END_SET = new Set(SENTENCE_END);
/** A consent banner is at most this long (they run to two or three sentences). */
const CONSENT_MAX_WORDS = 60;
/** Punctuation after a marker that shows it is a label (`اقرأ أيضاً:`, `المصدر -`). */
const LABEL_PUNCT = new Set([':', '-', '>', '|', '.', '…']);

/** Words of story paragraphs read before a closing marker counts as the end of the story. */
const MIN_STORY_WORDS = 25;
/** A line shorter than this with no final full stop reads as a headline. */
const HEADLINE_MAX_WORDS = 25;
/** Story words read before a new headline with its own date line counts as an appended story. */
const APPENDED_STORY_AFTER_WORDS = 50;
/** Words of a headline that may start an appended story (a shorter line is a label or caption). */
const SEAM_HEADLINE_MIN_WORDS = 3;
/** Tokens from the start of a line within which a dateline's dash or agency stands. */
const DATELINE_REACH = 9;
/** Words of a dateline before its dash: the city, `في`, a month name. */
const DATELINE_MAX_WORDS = 4;
/** A site name before a closing marker on one line is at most this long. */
const MASTHEAD_MAX_WORDS = 3;
/** A marker line longer than this is prose that happens to begin with a marker word. */
const MARKER_LINE_MAX_WORDS = 16;

interface Line {
  start: number;
  end: number;
  /** Token range `[t0, t1)` of the line. */
  t0: number;
  t1: number;
}

interface LineInfo {
  words: number;
  bullet: boolean;
  /** Ends with a full stop or is long: a paragraph, not a headline. */
  prose: boolean;
  chrome: boolean;
  /** A short line naming the site (`بوابة الأهرام`): furniture when it comes before the story. */
  masthead: boolean;
  /** Only a date and a time, or a publication label (`2017/07/04 17:45`, `نشر في: …`). */
  dateLine: boolean;
  /** Editors' initials that end a wire story; before the story, the same shape is a dateline. */
  signOff: boolean;
  /** Initials only, no name at all (`ي.ع/ح.م`): a sign-off as soon as some story has been read. */
  initialsOnly: boolean;
  /** Furniture wherever it stands: a ticker, a counter, a credit, a prompt. */
  furniture: boolean;
  /** Names only an agency (`(رويترز)`, `-- كونا`): a credit or sign-off once the story has begun. */
  agencyOnly: boolean;
  /** Ends the story once some of it has been read: a wire end mark, an author's note. */
  hardEnd: boolean;
  /** A marker at the start of the line, and whether words follow it on the line. */
  lead: { kind: Marker; rest: boolean } | null;
  /** A marker later in the line: the line's story part ends at `at` (normalised offset). */
  cut: { kind: Marker; at: number } | null;
}

/** Finds the main story of a document. Pure and linear in the number of tokens. */
export function findMainStory(doc: Doc): MainStory {
  const table = tokenTable(doc.tokens);
  const lines = splitLines(doc.norm.text, table.start);
  let state: 'story' | 'list' | 'closed' = 'story';
  const read: Reading = { story: [], top: [], words: 0, paragraphs: 0, stampUnderLead: false };
  const story = read.story;
  let list = newList(false);

  let previousWasHeadline = false;
  const seams: Seam[] = [];
  let seamHeadline: number | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.t0 === line.t1 || state === 'closed') continue;
    const info = describe(doc.tokens, table, line);
    if (info.furniture) continue;
    // `عاجل | بوتين وشي يعقدان مباحثات في بكين` over the page's breadcrumb (`الرئيسية / اقتصاد`):
    // the site's breaking-news strip, not the story's headline.
    if (read.words === 0 && isBreakingStrip(doc.tokens, line) && neighbour(doc, table, lines, li, 1)?.chrome) continue;
    // `نهاية` closing a box of suggested stories set inside the article (BBC Arabic: `قصص مقترحة`,
    // its headlines, `نهاية`): the story goes on under it. A seam lets appended.ts check.
    if (info.hardEnd && state === 'list' && isBoxEnd(doc.tokens, line)) {
      state = 'story';
      seams.push({ line: story.length, dateline: false, opens: true });
      continue;
    }
    if (info.hardEnd || (info.initialsOnly && read.words > 0)) {
      if (read.words > 0) state = 'closed';
      continue;
    }
    if (info.agencyOnly && read.words > 0) continue;
    if (info.masthead && read.words === 0) continue;
    if (info.signOff && read.words >= MIN_STORY_WORDS) {
      // `فرانس24/ أ ف ب` under the standfirst, its date stamps (`نشرت في: …`) and the photo's
      // caption, over the first paragraph (France 24): the page's top block ends with the
      // story's credit, not the story. What follows is the story when it shares its
      // people and places, so a seam there lets appended.ts tell (a short wire signed off above
      // another story is cut there all the same).
      if (
        state === 'story' &&
        read.stampUnderLead &&
        read.paragraphs <= TOP_PARAGRAPHS &&
        nextIsParagraph(doc, table, lines, li)
      ) {
        seams.push({ line: story.length, dateline: false, opens: true });
        continue;
      }
      state = 'closed';
      continue;
    }
    if (state === 'list') {
      if (info.lead?.kind === 'related') {
        state = 'list';
        list = newList(info.lead.rest);
        continue;
      }
      if (info.lead) {
        state = read.words >= MIN_STORY_WORDS ? 'closed' : state;
        continue;
      }
      if (info.chrome) continue;
      // A numbered paragraph right under a link that carried its own headline (`اقرأ أيضًا: …`, then
      // `3- أعلنت شركة غازبروم …`): a listicle's next item, the story going on; related headlines
      // end with no full stop.
      if (info.bullet && !(info.prose && list.carried && list.bullets === 0 && list.headlines === 1)) {
        list.bullets++;
        continue;
      }
      // A photo's caption under the link (`… في قازان. 22 أكتوبر 2024`): the picture is the
      // story's, and so is what follows it.
      if (!info.prose && list.headlines > 0 && isDatedCaption(doc.tokens, table, line)) {
        state = 'story';
      } else if (!info.prose) {
        list.headlines++;
        continue;
      }
    }
    if (state === 'list') {
      // Prose after the list: the story resumes. After a lone headline the prose may be a new
      // story the headline introduced, or the story going on under a read-also link set inside
      // it (Youm7, Masrawy): a seam at the prose lets appended.ts tell them apart by the people
      // and places on either side.
      if (list.bullets === 0 && list.headlines === 1 && !list.carried) {
        seams.push({ line: story.length, dateline: opensWithDateline(doc.tokens, line), opens: true });
      }
      state = 'story';
    }
    if (info.chrome) continue;
    // `أخبار عاجلة | سياسة | حوادث | رياضة` above the story: the site's menu, whose first item
    // looks like a related-stories marker; a list opened there would swallow the headline.
    if (info.lead?.kind === 'related' && read.words === 0 && isMenu(doc.tokens, line.t0, line.t1)) continue;
    // The same menu one item per line (`الرئيسية` / `أخبار عاجلة` / `سياسة`): an item, not a list.
    if (info.lead?.kind === 'related' && read.words === 0 && !info.lead.rest && inVerticalMenu(doc, table, lines, li))
      continue;
    // `أخبار عاجلة` alone above the headline and its date line (Youm7), or `شريط الأخبار` right
    // above the date line of a page of breaking flashes (Sada El Balad): the story's section.
    if (
      info.lead?.kind === 'related' &&
      read.paragraphs === 0 &&
      !info.lead.rest &&
      (labelsHeadline(doc, table, lines, li) || nextIsDateLine(doc, table, lines, li))
    )
      continue;
    if (info.lead?.kind === 'related') {
      state = 'list';
      list = newList(info.lead.rest);
      continue;
    }
    // A source trailer or a copyright line ends even a short story; other markers need some of it.
    const ends = info.lead?.kind === 'source' || info.lead?.kind === 'rights' ? 1 : MIN_STORY_WORDS;
    // `المصدر: الميادين نت + وكالات` then the date line, under the headline and its deck: the
    // page's byline block, kept with the top like a dateline, not a trailer.
    const byline =
      info.lead?.kind === 'source' && read.paragraphs <= 1 && (info.dateLine || nextIsDateLine(doc, table, lines, li));
    // `المصدر: RT + وكالات` under the first paragraph, then the story's paragraphs (RT sets its
    // credit under the lead): a seam, as with a top block's sign-off, for appended.ts to tell
    // whether what follows is the same story.
    if (
      info.lead?.kind === 'source' &&
      !byline &&
      state === 'story' &&
      read.words > 0 &&
      read.paragraphs <= TOP_PARAGRAPHS &&
      nextIsParagraph(doc, table, lines, li)
    ) {
      seams.push({ line: story.length, dateline: false, opens: true });
      continue;
    }
    if (info.lead && read.words >= ends && !byline) {
      // `تابعوا معنا تفاصيل الزيارة لحظة بلحظة:` over clock-stamped entries: a live page's
      // invitation to read on, not a follow prompt under the story.
      if (info.lead.kind === 'closing' && opensLiveEntries(doc, table, lines, li)) continue;
      state = 'closed';
      continue;
    }
    // `الرئيسية | أخبار عاجلة | سياسة | …` above the story: the site's menu, whose item `أخبار عاجلة`
    // reads as a related-stories marker inside the line; the list it opened swallowed the headline.
    if (info.cut?.kind === 'related' && read.words === 0 && isMenu(doc.tokens, line.t0, line.t1)) continue;
    if (info.cut) {
      // `… وعشية عرض عسكري ضخم. تابعوا آخر التطورات في صفحتنا المباشرة.` over clock-stamped
      // entries: the live page's invitation to read on closes the lead, not the story.
      if (info.cut.kind === 'closing' && liveEntriesFollow(doc, table, lines, li)) {
        take(read, doc, table, line, info.cut.at, info);
        continue;
      }
      // `الميادين نت | المصدر: وكالات` under the headline, over the date line, or on it (`تاريخ
      // النشر: 2024-10-23 | المصدر: الصين اليوم`): the page's byline block (as with `المصدر:`
      // opening the line, above), no trailer; the story goes on.
      if (
        info.cut.kind === 'source' &&
        read.paragraphs <= 1 &&
        (info.dateLine || nextIsDateLine(doc, table, lines, li))
      )
        continue;
      // A site name before the closing marker (`البيان | جميع الحقوق محفوظة`) is not story.
      if (info.cut.kind === 'related' || wordsBefore(doc.tokens, line, info.cut.at) > MASTHEAD_MAX_WORDS) {
        take(read, doc, table, line, info.cut.at, info);
      }
      if (info.cut.kind === 'related') {
        state = 'list';
        list = newList(true);
      } else state = 'closed';
      continue;
    }
    // A headline then a date line, well into the story: the page has appended another story.
    if (info.dateLine && previousWasHeadline && read.words >= APPENDED_STORY_AFTER_WORDS) {
      story.pop();
      state = 'closed';
      continue;
    }
    const wordsBeforeLine = read.words;
    take(read, doc, table, line, line.end, info);
    previousWasHeadline = !info.prose && !info.bullet;
    if (seamHeadline !== null) {
      const dateline = opensWithDateline(doc.tokens, line);
      if (info.prose || dateline) seams.push({ line: seamHeadline, dateline });
    }
    seamHeadline =
      previousWasHeadline &&
      wordsBeforeLine >= APPENDED_STORY_AFTER_WORDS &&
      info.words >= SEAM_HEADLINE_MIN_WORDS &&
      !info.dateLine &&
      (doc.tokens[line.t1 - 1] as Token).text !== ':'
        ? story.length - 1
        : null;
  }

  dropTrailingBullets(doc, story);
  const pageTop = story.length > read.top.length ? pageTopLines(read.top) : 0;
  if (pageTop > 0) story.splice(0, pageTop);
  return {
    ranges: mergeAcrossBlanks(doc.norm.text, story),
    lines: story,
    seams: seams
      .map((seam) => ({ ...seam, line: seam.line - pageTop }))
      .filter((seam) => seam.line >= 0 && seam.line + (seam.opens ? 0 : 1) < story.length),
  };
}

/** What the segmentation has kept so far. */
interface Reading {
  story: Span[];
  /** What is known of the lines kept before the first paragraph (see body-top). */
  top: TopLine[];
  /** Words of the paragraphs kept (a headline and a dateline do not make a story yet). */
  words: number;
  paragraphs: number;
  /** A date line was kept under the first paragraph (a standfirst's `نشرت في: …`). */
  stampUnderLead: boolean;
}

/**
 * Keeps `line` up to `end` as story. A plain function, not a closure in `findMainStory`: one
 * would be made for every text.
 */
function take(read: Reading, doc: Doc, table: TokenTable, line: Line, end: number, info: LineInfo): void {
  const last = lastTokenBefore(doc.tokens, table, line, end);
  const from = table.start[line.t0] as number;
  if (last >= 0 && (table.end[last] as number) > from) {
    read.story.push([from, table.end[last] as number]);
    if (read.words === 0) {
      const menu = !info.prose && (isMenu(doc.tokens, line.t0, line.t1) || isSeriesLabel(doc.tokens, line.t0, line.t1));
      read.top.push({ words: info.words, prose: info.prose, dateLine: info.dateLine, menu });
    }
  }
  if (info.dateLine && read.paragraphs === 1) read.stampUnderLead = true;
  // Only paragraphs count as story read: a headline and a dateline do not make a story yet.
  if (info.prose) {
    read.words += info.words;
    read.paragraphs++;
  }
}

/** A related-stories list just opened; `carried`: its marker carried a headline on its line. */
function newList(carried: boolean) {
  return { bullets: 0, headlines: carried ? 1 : 0, carried };
}

/** Words a dated caption names before its date at least. */
const CAPTION_MIN_WORDS = 4;

/**
 * A photo's caption as RT and Sputnik set it under a picture: what the picture shows, a full stop,
 * then only the day it was taken (`الرئيس الروسي … والرئيس الصيني … في قازان. 22 أكتوبر 2024`).
 * A headline has no full stop inside it, let alone one followed by a date alone.
 */
function isDatedCaption(tokens: Token[], table: TokenTable, line: Line): boolean {
  let p = line.t1 - 2;
  while (p > line.t0 && table.ids[p] !== FULL_STOP) p--;
  if (p <= line.t0) return false;
  let words = 0;
  for (let i = line.t0; i < p; i++) if ((table.bits[i] as number) & WORD_BIT) words++;
  return words >= CAPTION_MIN_WORDS && isDateLine(tokens, table, p + 1, line.t1);
}

/** What is known of the nearest line with words on it before (`step` −1) or after (+1) line `li`. */
function neighbour(doc: Doc, table: TokenTable, lines: readonly Line[], li: number, step: 1 | -1): LineInfo | null {
  for (let k = li + step; k >= 0 && k < lines.length; k += step) {
    const line = lines[k] as Line;
    if (line.t0 !== line.t1) return describe(doc.tokens, table, line);
  }
  return null;
}

/** Paragraphs above a credit line that may still be the page's top: a standfirst and a caption. */
const TOP_PARAGRAPHS = 2;

/** The next line with words on it is a paragraph of a story's length. */
function nextIsParagraph(doc: Doc, table: TokenTable, lines: readonly Line[], li: number): boolean {
  const next = neighbour(doc, table, lines, li, 1);
  return (next?.prose ?? false) && (next?.words ?? 0) >= MIN_STORY_WORDS;
}

/** The next line with words on it is only a date (and a time). */
function nextIsDateLine(doc: Doc, table: TokenTable, lines: readonly Line[], li: number): boolean {
  return neighbour(doc, table, lines, li, 1)?.dateLine ?? false;
}

/**
 * The marker line `li` stands above a headline (a line of a few words, no paragraph) whose next
 * line is a date line: it labels the story's section (`أخبار عاجلة`), it opens no list.
 */
function labelsHeadline(doc: Doc, table: TokenTable, lines: readonly Line[], li: number): boolean {
  let k = li + 1;
  while (k < lines.length && (lines[k] as Line).t0 === (lines[k] as Line).t1) k++;
  if (k >= lines.length) return false;
  const next = describe(doc.tokens, table, lines[k] as Line);
  if (next.prose || next.dateLine || next.words < SHORT_HEADLINE_WORDS) return false;
  return nextIsDateLine(doc, table, lines, k);
}

/**
 * The closing-marker line `li` carries words of its own after the marker and stands over a live
 * page's first entry: a line with only a clock time (`05:31`), then a paragraph.
 */
function opensLiveEntries(doc: Doc, table: TokenTable, lines: readonly Line[], li: number): boolean {
  const line = lines[li] as Line;
  const first = firstWordOf(table, line);
  const m = matchPhraseAt(MARKERS, doc.tokens, first, line.t1, EXACT);
  if (!m) return false;
  // With no words of its own, only a share prompt sits over a live page's entries (France 24's
  // `شارك على :`); a bare `التعليقات` over a timed comment ends the story.
  if (!hasLetters(doc.tokens, m.to, line.t1) && !SHARE_HEADS.has((doc.tokens[first] as Token).text)) return false;
  return opensEntry(doc, table, lines, nextLineWithWords(lines, li));
}

/**
 * A live page's first entry below line `li`: past at most one line of furniture (a share prompt), a
 * line with only a clock time, then a paragraph.
 */
function liveEntriesFollow(doc: Doc, table: TokenTable, lines: readonly Line[], li: number): boolean {
  let k = nextLineWithWords(lines, li);
  if (k >= 0 && !isClockLine(doc.tokens, lines[k] as Line)) {
    const between = describe(doc.tokens, table, lines[k] as Line);
    if (!between.furniture && between.lead?.kind !== 'closing') return false;
    k = nextLineWithWords(lines, k);
  }
  return opensEntry(doc, table, lines, k);
}

/** Line `k` (−1: none) is a live page's entry head: only a clock time, then a paragraph. */
function opensEntry(doc: Doc, table: TokenTable, lines: readonly Line[], k: number): boolean {
  if (k < 0 || !isClockLine(doc.tokens, lines[k] as Line)) return false;
  const after = nextLineWithWords(lines, k);
  return after >= 0 && describe(doc.tokens, table, lines[after] as Line).prose;
}

/** First words of a share prompt (`شارك على :`, `Partager :`). */
const SHARE_HEADS = new Set(['شارك', 'شاركوا', 'share', 'partager'].map(normaliseString));

/** Index of the next line after `li` with tokens on it; −1 if none. */
function nextLineWithWords(lines: readonly Line[], li: number): number {
  for (let k = li + 1; k < lines.length; k++) if ((lines[k] as Line).t0 !== (lines[k] as Line).t1) return k;
  return -1;
}

/** The line's first word or number (past leading punctuation). */
function firstWordOf(table: TokenTable, line: Line): number {
  let s = line.t0;
  while (s < line.t1 && ((table.bits[s] as number) & (WORD_BIT | NUMBER_BIT)) === 0) s++;
  return s;
}

/** Marks that may follow a clock time on its line (`09:10 ص`, `9:10 pm`, `14:20 gmt`). */
const CLOCK_MARKS = new Set(['ص', 'م', 'am', 'pm', 'gmt']);

/** A live page's time stamp alone on its line: `05:31`, `14:20:05`, `9:10 م`. */
function isClockLine(tokens: Token[], line: Line): boolean {
  const { t0, t1 } = line;
  let i = t0;
  if (!isClockPart(tokens[i])) return false;
  i++;
  let parts = 1;
  while (i + 1 < t1 && (tokens[i] as Token).text === ':' && isClockPart(tokens[i + 1])) {
    i += 2;
    parts++;
  }
  if (parts < 2 || parts > 3) return false;
  if (i < t1 && CLOCK_MARKS.has((tokens[i] as Token).text)) i++;
  return i === t1 || timeZoneTail(tokens, i, t1);
}

/** Words a clock line's time zone may name after `بتوقيت` (`بتوقيت مكة المكرمة`). */
const ZONE_PLACE_WORDS = 2;

/** `(بتوقيت باريس)`, `بتوقيت مكة المكرمة` closing a clock line, brackets or not. */
function timeZoneTail(tokens: Token[], i: number, t1: number): boolean {
  let k = i;
  const open = tokens[k]?.text === '(';
  if (open) k++;
  if (!TIME_ZONE_WORDS.has((tokens[k] as Token | undefined)?.text ?? '')) return false;
  k++;
  let words = 0;
  while (k < t1 && tokens[k]?.kind === 'word' && words < ZONE_PLACE_WORDS) {
    k++;
    words++;
  }
  if (open && tokens[k]?.text === ')') k++;
  return words > 0 && k === t1;
}

/** A number of one or two digits, as the parts of a clock time are written. */
function isClockPart(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length <= 2 && /^\d+$/.test(t.text);
}

/** Words of the shortest headline a section label may stand above. */
const SHORT_HEADLINE_WORDS = 3;

/**
 * Lines of a menu item on both sides (a word or three; a list's headlines are sentences): the
 * line stands in a menu laid out one item per line.
 */
function inVerticalMenu(doc: Doc, table: TokenTable, lines: readonly Line[], li: number): boolean {
  const item = (info: LineInfo | null) => info !== null && !info.prose && info.words <= MENU_ITEM_MAX_WORDS;
  return item(neighbour(doc, table, lines, li, -1)) && item(neighbour(doc, table, lines, li, 1));
}

/** The story up to (not including) line `count`: what is left once an appended story is cut off. */
export function storyBefore(text: string, story: MainStory, count: number): MainStory {
  const lines = story.lines.slice(0, count);
  return { ranges: mergeAcrossBlanks(text, lines), lines, seams: story.seams.filter((s) => s.line < count) };
}

/**
 * A dateline opens the line: a few words (the city), perhaps a date, then a dash or an agency in
 * brackets or slashes (`القاهرة - …`, `موسكو (رويترز) -`, `بكين 15 يونيو 2022 (شينخوا) --`,
 * `سوتشي في 6 فبراير / وام /`), or the agency alone (`(وكالات) - …`).
 */
function opensWithDateline(tokens: Token[], line: Line): boolean {
  let words = 0;
  const end = Math.min(line.t1, line.t0 + DATELINE_REACH);
  for (let i = line.t0; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') continue;
    if (t.kind === 'word') {
      if (words === 0) {
        const agency = matchPhraseAt(AGENCIES, tokens, i, line.t1, EXACT);
        const after = agency ? tokens[agency.to] : undefined;
        if (after && (after.text === ')' || after.text === '-' || after.text === '/')) return true;
      }
      words++;
      continue;
    }
    if (words === 0 && t.text === '(') continue;
    if (words === 0 || words > DATELINE_MAX_WORDS) return false;
    if (t.text === '-') return true;
    if (t.text === '(' || t.text === '/') return matchPhraseAt(AGENCIES, tokens, i + 1, line.t1, EXACT) !== null;
    if (t.text !== ',' && t.text !== '،') return false;
  }
  return false;
}

function splitLines(text: string, starts: Int32Array): Line[] {
  const lines: Line[] = [];
  let t = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const t0 = t;
    while (t < starts.length && (starts[t] as number) < end) t++;
    lines.push({ start, end, t0, t1: t });
    start = end + 1;
  }
  return lines;
}

function describe(tokens: Token[], table: TokenTable, line: Line): LineInfo {
  const { bits, ids } = table;
  const { t0, t1 } = line;
  let words = 0;
  let numbers = 0;
  let separators = 0;
  let copyright = false;
  let cookie = false;
  let chromeWords = true;
  for (let i = t0; i < t1; i++) {
    const b = bits[i] as number;
    if (b & WORD_BIT) {
      words++;
      if (!(b & CHROME_WORD)) chromeWords = false;
      if (b & COOKIE_WORD) cookie = true;
    } else if (b & NUMBER_BIT) numbers++;
    else if (b & LINE_MARK) {
      const role = markRole(tokens, ids, i);
      if (i > t0 && role & TICKER_SEPARATOR) separators++;
      else if (role & COPYRIGHT) copyright = true;
    }
  }
  // Chrome is a short line of words only (see `isChrome`): longer lines are not looked at.
  const chrome = words >= 1 && words <= 10 && numbers === 0;
  words += numbers;
  const first0 = bits[t0] as number;
  const bullet =
    (!(first0 & (WORD_BIT | NUMBER_BIT)) &&
      (first0 & LINE_MARK) !== 0 &&
      (markRole(tokens, ids, t0) & BULLET_MARK) !== 0) ||
    ((first0 & NUMBER_BIT) !== 0 && t1 - t0 > 2 && NUMBER_BULLET_MARKS.has(ids[t0 + 1] as number));
  const last = ids[t1 - 1] as number;
  const prose = last === FULL_STOP || last === ELLIPSIS || words > HEADLINE_MAX_WORDS;

  let s = t0;
  while (s < t1 && ((bits[s] as number) & (WORD_BIT | NUMBER_BIT)) === 0) s++;
  // A line with no word or number reads the next line's first token here, as it always has.
  const head = s < t1 ? lineHeadAt(tokens, ids, s) : -1;
  const first = tokens[s];
  const info: LineInfo = {
    words,
    bullet,
    prose,
    chrome: chrome && isChrome(tokens, table, s, t1, chromeWords),
    masthead:
      words <= 4 && (head === -1 ? first !== undefined && MASTHEADS.has(first.text) : (head & MASTHEAD_WORD) !== 0),
    signOff: false,
    initialsOnly: false,
    furniture: false,
    agencyOnly: false,
    hardEnd: false,
    dateLine: isDateLine(tokens, table, s, t1, head),
    lead: null,
    cut: null,
  };
  if (s >= t1) return info;
  if (isWireEnd(tokens, head, s, t1, words) || isAuthorNote(tokens, t0, s, t1)) {
    info.hardEnd = true;
    return info;
  }
  if (copyright && words <= MARKER_LINE_MAX_WORDS) {
    // `© Sputnik / Alexei Druzhinin` between two paragraphs: a photo's credit, not the page's rights.
    if (isPhotoCredit(tokens, t0, t1)) info.furniture = true;
    else info.lead = { kind: 'rights', rest: true };
    return info;
  }
  if (
    (separators >= 2 && isTicker(tokens, s, t1)) ||
    (separators >= 1 && numbers >= 2 && !prose && isNumberWidget(tokens, s, t1)) ||
    (words <= FURNITURE_MAX_WORDS &&
      (isCredit(tokens, table, head, s, t1, words) || (numbers > 0 && isCounter(tokens, s, t1)))) ||
    (words <= MARKER_LINE_MAX_WORDS &&
      head & FURNITURE_HEAD &&
      matchPhraseAt(FURNITURE, tokens, s, t1, EXACT, table)) ||
    (cookie && words <= CONSENT_MAX_WORDS && isConsentBanner(tokens, s, t1))
  ) {
    info.furniture = true;
    return info;
  }
  if (words <= 6 && mayBeAgencyOnly(table, head, s) && isAgencyOnly(tokens, s, t1)) {
    info.agencyOnly = true;
    return info;
  }
  info.signOff = !info.chrome && isSignOff(table, t0, t1, words);
  info.initialsOnly = info.signOff && isInitialsOnly(tokens, t0, t1);

  const lead = (bits[s] as number) & MARKER_FIRST ? matchPhraseAt(MARKERS, tokens, s, t1, EXACT, table) : null;
  if (lead && isLabel(tokens, lead.value, lead.to, t1, words)) {
    info.lead = { kind: lead.value, rest: hasWord(tokens, lead.to, t1) };
    return info;
  }
  if (gluedAlso(tokens, s, t1)) {
    info.lead = { kind: 'related', rest: true };
    return info;
  }
  for (let i = s + 1; i < t1; i++) {
    if (((bits[i] as number) & (WORD_BIT | MARKER_FIRST)) !== (WORD_BIT | MARKER_FIRST)) continue;
    const tok = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const afterSentence = prev.kind === 'punct' && SENTENCE_END_SET.has(prev.text);
    if (!afterSentence && !nextIsLabelPunct(tokens, i, t1)) continue;
    const m = matchPhraseAt(MARKERS, tokens, i, t1, EXACT);
    if (!m) continue;
    const label = m.to >= t1 || LABEL_PUNCT.has((tokens[m.to] as Token).text);
    if (m.value === 'source' ? !label || m.to >= t1 : !(afterSentence || label)) continue;
    if (m.value === 'label' && !isLabel(tokens, m.value, m.to, t1, words)) continue;
    info.cut = { kind: m.value, at: tok.start };
    return info;
  }
  return info;
}

/** Verbs of `اقرأ أيضا`-like markers, normalised (see gluedAlso). */
const ALSO_VERBS = new Set(['اقرأ', 'طالع', 'شاهد', 'تابع'].map(normaliseString));
const ALSO = normaliseString('أيضا');

/**
 * `اقرأ أيضاالقمة السادسة عشرة …`: a read-also label whose link's headline was glued to it when the
 * page was copied (the label and the link are separate boxes, with no space between).
 */
function gluedAlso(tokens: Token[], s: number, t1: number): boolean {
  if (s + 1 >= t1 || !ALSO_VERBS.has((tokens[s] as Token).text)) return false;
  const next = (tokens[s + 1] as Token).text;
  return next.length > ALSO.length + 1 && next.startsWith(ALSO);
}

/** Whether a marker at the start of a line is a label, not the first words of a sentence. */
function isLabel(tokens: Token[], kind: Marker, to: number, t1: number, words: number): boolean {
  const next = tokens[to];
  const punct = to >= t1 || (next !== undefined && LABEL_PUNCT.has(next.text));
  if (kind === 'source') return punct;
  if (kind === 'label') return next?.text === ':' || !hasLetters(tokens, to, t1);
  return punct || kind === 'rights' || words <= MARKER_LINE_MAX_WORDS;
}

/** Most words of a byline line (`د. مازن العبيدي`, `بواسطة admin | ديسمبر 30, 2022 | العالم`). */
const BYLINE_MAX_WORDS = 8;

/** Whether the story line `span` is a byline: a short line opening with a byline word (see `BYLINE_HEADS`). */
export function isBylineSpan(doc: Doc, span: Span): boolean {
  const table = tokenTable(doc.tokens, doc.norm.text);
  const t1 = firstTokenAt(table.start, span[1]);
  const s = firstTokenAt(table.start, span[0]);
  if (s >= t1 || !BYLINE_HEAD_IDS.has(table.ids[s] as number)) return false;
  let words = 0;
  for (let i = s; i < t1; i++) if ((table.bits[i] as number) & (WORD_BIT | NUMBER_BIT)) words++;
  // `د` is the abbreviation only with its dot (`د.`): a lone letter may be anything.
  const next = doc.tokens[s + 1];
  if ((doc.tokens[s] as Token).text === DAL && next?.text !== '.') return false;
  return words <= BYLINE_MAX_WORDS;
}

const BYLINE_HEAD_IDS = new Set(BYLINE_HEADS.flatMap((w) => phraseWords(w)).map(wordId));
const DAL = 'د';

/** Whether the story line `span` is a date line (see `isDateLine`): a page's date above its headline. */
export function isDateLineSpan(doc: Doc, span: Span): boolean {
  const table = tokenTable(doc.tokens, doc.norm.text);
  const t1 = firstTokenAt(table.start, span[1]);
  let s = firstTokenAt(table.start, span[0]);
  while (s < t1 && ((table.bits[s] as number) & (WORD_BIT | NUMBER_BIT)) === 0) s++;
  return s < t1 && isDateLine(doc.tokens, table, s, t1);
}

/**
 * A line of digits, separators and date words with a year in it (`2017/07/04 17:45`,
 * `30/12/2022`, `الثلاثاء 25 شباط 2025`), or a publication label (`تاريخ النشر:`, `نشر في`): the date line under a headline.
 */
function isDateLine(tokens: Token[], table: TokenTable, s: number, t1: number, head = -1): boolean {
  // `head`: the line's `LINE_HEAD` facts of token `s` when known (−1 when not).
  if ((head === -1 || head & DATE_LABEL_HEAD) && matchPhraseAt(DATE_LABELS, tokens, s, t1, EXACT, table)) return true;
  const bits = table.bits;
  // Most lines start with a word of no date: they are told without reading a token object.
  if (head !== -1 && (bits[s] as number) & WORD_BIT && !(head & DATE_LINE_WORD)) return false;
  let year = false;
  for (let i = s; i < t1; i++) {
    const b = bits[i] as number;
    if (!(b & (WORD_BIT | NUMBER_BIT))) continue;
    const t = tokens[i] as Token;
    if (b & WORD_BIT) {
      if (!DATE_LINE_WORDS.has(t.text)) return false;
    } else if (YEAR_OR_DATE.get(t.id, t.text) === 1) year = true;
  }
  return year;
}

/** A number that is a year or a whole date (`2024`, `30/12/2022`), remembered per number. */
const YEAR_OR_DATE = new WordFlags((w) => (/^(1[89]|20)\d\d$|^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(w) ? 1 : 0));

/** `(النهاية)`, `-انتهى-`, `انتهى/ ع ص`: a wire story's end mark, alone or with editors' initials. */
function isWireEnd(tokens: Token[], head: number, s: number, t1: number, words: number): boolean {
  if (words > 5 || !(head & WIRE_END_WORD)) return false;
  for (let i = s + 1; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && t.text.length > 2) return false;
  }
  return true;
}

/** Words of a page's rights line (`جميع الحقوق محفوظة`, `All rights reserved`), normalised. */
const RIGHTS_WORDS = new Set(['الحقوق', 'حقوق', 'محفوظه', 'محفوظة', 'rights', 'reserved'].map(normaliseString));

/**
 * A line opening with `©` that credits an agency and a photographer (`© Sputnik / Alexei
 * Druzhinin`, `© AFP 2023 / Sergei Bobylev`): a slash, and no word of rights reserved.
 */
function isPhotoCredit(tokens: Token[], t0: number, t1: number): boolean {
  if ((tokens[t0] as Token).text !== '©') return false;
  let slash = false;
  for (let i = t0 + 1; i < t1; i++) {
    const text = (tokens[i] as Token).text;
    if (text === '/') slash = true;
    else if (RIGHTS_WORDS.has(text)) return false;
  }
  return slash;
}

const BOX_END = normaliseString('نهاية');

/** The line is the word `نهاية` alone: the end of a box (not a wire's `(النهاية)`, `-انتهى-`). */
function isBoxEnd(tokens: Token[], line: Line): boolean {
  return line.t1 - line.t0 === 1 && (tokens[line.t0] as Token).text === BOX_END;
}

/**
 * Agency sign-offs are editors' initials and codes (`ع ل/ م ح`, `وام/ع ش ع/ز م ن`, `م.ع`,
 * `/العمانية/ ع خ`): a short line of one- and two-letter words, with at most one longer word
 * (the agency's name).
 */
function isSignOff(table: TokenTable, t0: number, t1: number, words: number): boolean {
  if (words > 12) return false;
  const { bits, start, end } = table;
  let short = 0;
  let long = 0;
  let initial = false;
  for (let i = t0; i < t1; i++) {
    if (!((bits[i] as number) & WORD_BIT)) continue;
    // A token's text is its span of the text.
    const length = (end[i] as number) - (start[i] as number);
    if (length <= 2) short++;
    else long++;
    if (length === 1) initial = true;
  }
  // At least one lone letter: `بماذا رد شي؟` (a Q&A's question) is words, not initials.
  return short >= 2 && long <= 1 && initial;
}

/** `* كاتب وباحث في …`, `(*) أستاذ العلاقات الدولية`: an author's note under an opinion piece. */
function isAuthorNote(tokens: Token[], t0: number, s: number, t1: number): boolean {
  if (s >= t1 || s === t0) return false;
  let star = false;
  for (let i = t0; i < s; i++) if ((tokens[i] as Token).text === '*') star = true;
  return star && AUTHORS.has((tokens[s] as Token).text);
}

/**
 * Several headlines on one line between separators (`عاجل | بوتين يصل إلى بكين | شي يستقبل … |`):
 * two or more separators and at least two segments of headline length without numbers (a byline
 * with its date and time, `كتب: … | 16 مايو 2024 | 10:30`, has one).
 */
function isTicker(tokens: Token[], s: number, t1: number): boolean {
  let headlines = 0;
  let segWords = 0;
  let segNumber = false;
  const close = () => {
    if (segWords >= TICKER_HEADLINE_MIN_WORDS && !segNumber) headlines++;
    segWords = 0;
    segNumber = false;
  };
  for (let i = s; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word') segWords++;
    else if (t.kind === 'number') segNumber = true;
    else if (TICKER_SEPARATOR_SET.has(t.text)) close();
  }
  close();
  return headlines >= 2;
}

const BREAKING = normaliseString('عاجل');

/** The line opens with `عاجل` and a separator (`عاجل |`, `عاجل:`): a breaking-news strip's item. */
function isBreakingStrip(tokens: Token[], line: Line): boolean {
  const first = tokens[line.t0];
  const next = tokens[line.t0 + 1];
  return first?.text === BREAKING && next !== undefined && (TICKER_SEPARATOR_SET.has(next.text) || next.text === ':');
}

/** Most words in one part of a number widget (`عيار 21: 960 جنيه`, `الفجر 3:08 ص`). */
const WIDGET_PART_MAX_WORDS = 6;

/**
 * A number widget on one line (see WIDGET_WORDS): parts between separators, each short, and a
 * widget's word or the degree sign (`36°`) among them. A sentence with a price has no separators.
 */
function isNumberWidget(tokens: Token[], s: number, t1: number): boolean {
  let widget = false;
  let segWords = 0;
  for (let i = s; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word') {
      if (++segWords > WIDGET_PART_MAX_WORDS) return false;
      if (WIDGET.has(t.text)) widget = true;
    } else if (TICKER_SEPARATOR_SET.has(t.text)) segWords = 0;
    else if (t.text === DEGREE) widget = true;
  }
  return widget;
}

const DEGREE = '°';

/** A credit: `ترجمة: منى الأحمد`, `تصوير - أحمد علي`, `مصدر الصورة: رويترز`. */
function isCredit(tokens: Token[], table: TokenTable, head: number, s: number, t1: number, words: number): boolean {
  if (!(head & CREDIT_HEAD)) return false;
  const credit = matchPhraseAt(CREDITS, tokens, s, t1, EXACT, table);
  return credit !== null && credit.to < t1 && LABEL_PUNCT.has((tokens[credit.to] as Token).text) && words > 1;
}

/**
 * A cookie-consent banner (`يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك … موافق`, `Ce site
 * utilise des cookies … OK`): a cookie name and a word in the banner's voice on the same line.
 */
function isConsentBanner(tokens: Token[], s: number, t1: number): boolean {
  let named = false;
  let voice = false;
  for (let i = s; i < t1 && !(named && voice); i++) {
    if ((tokens[i] as Token).kind !== 'word') continue;
    if (!named && matchPhraseAt(COOKIES, tokens, i, t1, EXACT)) named = true;
    else if (!voice && matchPhraseAt(CONSENT, tokens, i, t1, EXACT)) voice = true;
  }
  return named && voice;
}

/** A counter or reading time: counter words and numbers only (`عدد المشاهدات: 1534`, `قراءة 3 دقائق`). */
function isCounter(tokens: Token[], s: number, t1: number): boolean {
  let counter = false;
  for (let i = s; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (!COUNTERS.has(t.text)) return false;
    counter = true;
  }
  return counter;
}

/**
 * What `isAgencyOnly` answers at the line's first word or number, from the columns: a number, or a
 * word of three letters or more that starts no agency's name, is no agency line.
 */
function mayBeAgencyOnly(table: TokenTable, head: number, s: number): boolean {
  const b = table.bits[s] as number;
  if (b & NUMBER_BIT) return false;
  // A token's text is its span of the text.
  return !(b & WORD_BIT) || (head & AGENCY_HEAD) !== 0 || (table.end[s] as number) - (table.start[s] as number) <= 2;
}

/** Only agency names and initials (`(رويترز)`, `-- كونا`, `/وام/`, `(أ ف ب)`), at least one name. */
function isAgencyOnly(tokens: Token[], s: number, t1: number): boolean {
  let names = 0;
  for (let i = s; i < t1; ) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') return false;
    if (t.kind === 'punct') {
      i++;
      continue;
    }
    const m = matchPhraseAt(AGENCIES, tokens, i, t1, EXACT);
    if (m) {
      names++;
      i = m.to;
    } else if (t.text.length <= 2) i++;
    else return false;
  }
  return names > 0;
}

/** Editors' initials with no longer word at all (`ي.ع/ح.م`, `ع ب ر / ا ب`). */
function isInitialsOnly(tokens: Token[], t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number' || (t.kind === 'word' && t.text.length > 2)) return false;
  }
  return true;
}

function nextIsLabelPunct(tokens: Token[], i: number, t1: number): boolean {
  // Markers are at most five words long; look for the label punctuation just after them.
  for (let k = i + 1; k < Math.min(t1, i + 6); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return t.text === ':' || t.text === '>' || t.text === '|';
  }
  return false;
}

function wordsBefore(tokens: Token[], line: Line, at: number): number {
  let n = 0;
  for (let i = line.t0; i < line.t1 && (tokens[i] as Token).start < at; i++)
    if ((tokens[i] as Token).kind !== 'punct') n++;
  return n;
}

/** Any word of letters (a count like `(2)` does not count). */
function hasLetters(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind === 'word') return true;
  return false;
}

function hasWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind !== 'punct') return true;
  return false;
}

/**
 * `chromeWords`: every word of the line is a word of some chrome line (else no phrase matches).
 * The line's words are joined for the phrase lookup only where that can decide: a line of chrome
 * words of eight words or fewer is chrome anyway.
 */
function isChrome(tokens: Token[], table: TokenTable, s: number, t1: number, chromeWords: boolean): boolean {
  const { bits, ids } = table;
  let words = 0;
  let first = -1;
  let separators = 0;
  for (let i = s; i < t1; i++) {
    const b = bits[i] as number;
    if (b & WORD_BIT) {
      if (words === 0) first = i;
      words++;
    } else if (b & NUMBER_BIT) return false;
    else if (BREADCRUMB_SEPARATORS.has(ids[i] as number)) separators++;
    if (words > 10) return false;
  }
  if (words === 0) return false;
  if (chromeWords && (words <= 8 || CHROME.has(wordsOf(tokens, s, t1)))) return true;
  return separators > 0 && BREADCRUMB_HEADS.has((tokens[first] as Token).text);
}

/** The words of tokens `[s, t1)` joined by spaces. */
function wordsOf(tokens: Token[], s: number, t1: number): string {
  const words: string[] = [];
  for (let i = s; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word') words.push(t.text);
  }
  return words.join(' ');
}

/** Index of the line's last token that ends by `end` and may end the story part; −1 if none. */
function lastTokenBefore(tokens: Token[], table: TokenTable, line: Line, end: number): number {
  const { end: ends, bits } = table;
  for (let i = line.t1 - 1; i >= line.t0; i--) {
    if ((ends[i] as number) <= end) {
      // A cut leaves the sentence's own punctuation with it, but not a dangling separator.
      const punct = ((bits[i] as number) & (WORD_BIT | NUMBER_BIT)) === 0;
      if (punct && end < line.end && !SENTENCE_END_SET.has((tokens[i] as Token).text)) continue;
      return i;
    }
  }
  return -1;
}

/**
 * A text that ends with bulleted lines, with no prose after them, ends with a list of headlines
 * (the "read also" block of a page whose marker was lost in flattening). Dash-led lines are left
 * alone: in agency copy they are the story's own enumerations and quoted exchanges.
 */
function dropTrailingBullets(doc: Doc, story: Span[]): void {
  let k = story.length;
  while (k > 0) {
    const [a, b] = story[k - 1] as Span;
    const first = doc.norm.text[a] as string;
    if (!BULLET_SET.has(first) || first === '-' || lineWordCount(doc.norm.text.slice(a, b)) > HEADLINE_MAX_WORDS) break;
    k--;
  }
  if (story.length - k >= 2 && k > 0) story.length = k;
}

function lineWordCount(s: string): number {
  return tokenize(s).filter((t) => t.kind !== 'punct').length;
}

/** Joins story lines separated only by blank lines into one range. */
function mergeAcrossBlanks(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of lines) {
    const prev = out[out.length - 1];
    if (prev && isBlank(text, prev[1], a)) prev[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** Whether `text[from, to)` is all white space (as `\s` in a RegExp), without slicing it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
