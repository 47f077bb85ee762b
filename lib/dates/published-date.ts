// The date a text gives about itself: a dateline near the top. A dateline is a line that is just
// a date (and a clock time), a labelled date (`تاريخ النشر: …`, `نشر في …`; an update date only
// when nothing says "published"), or an agency dateline at the start of a line
// (`القاهرة في 5 مايو/أيار 2024 (وام) --`, `( … / سبوتنيك - 25 يونيو 2021ء)`,
// `موسكو - 12 - 3 (كونا) --`). A date in the story itself (`التقى الرئيسان في 22 مارس 2023`) is
// not a dateline. The publication date needs a full day with its year; a year-less dateline takes
// its year from the wire's sign-off of the same day (`--(بترا) … 15/06/2022`, KUNA's `كونا161147
// جمت مايو 24`), and without one still serves as a partial reference for `اليوم` and `غدا` (see
// `find-dates.ts`).

import type { Doc } from '../extract/document';
import { normaliseString } from '../text/normalise';
import { firstTokenAt, NUMBER_BIT, type Token, tokenRuns, tokenTable, WORD_BIT } from '../text/tokens';
import { dayNumber, daysInMonth, isoDay, parseIsoDay, partialDay, weekdayOf } from './calendar';
import {
  DATELINE_LABELS,
  DATELINE_NOISE,
  DAY_WORDS,
  ISSUE_LABELS,
  MEDIA_LENGTH_UNITS,
  MONTHS,
  TIME_ZONE_WORDS,
  VIEW_COUNTER_SCALES,
  VIEW_COUNTER_WORDS,
  WEEKDAYS,
} from './lexicon';
import { type RememberedParses, rememberedParses } from './parse-memo';
import { matchAt, wordIn } from './phrase-table';
import { DateScan, type FoundDate } from './scan';
import type { DatelineLabel } from './words';

/** Unlabelled datelines: within this many characters of the start. */
const DATELINE_REACH = 400;
/** Labelled dates and date-only lines: within this many characters (after a title, a byline…). */
const LABEL_REACH = 1500;
/** Characters past `LABEL_REACH` within which the line it cuts must end to be read whole. */
const LINE_END_REACH = 500;
/** An agency dateline's date starts within this many tokens of its line's start. */
const DATELINE_LEAD = 15;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DAY = /^--(\d{2})-(\d{2})$/;

export function findPublishedDate(doc: Doc): string | null {
  const day = findDatelineDay(doc);
  return day && ISO_DAY.test(day) ? day : null;
}

/** KUNA's day-month dateline (`موسكو - 12 - 3 (كونا)`), which no other date pattern reads. */
export interface NumericDateline {
  m: number;
  d: number;
  /** Span of `12 - 3` in the normalised text. */
  nStart: number;
  nEnd: number;
}

interface Datelines {
  day: string | null;
  numeric: NumericDateline | null;
}

/**
 * Datelines already read, kept on the normalised text: the orchestrator asks for the publication
 * day, then `findDates` asks again for a year-less dateline, on the same text (its story's
 * tokens). (A symbol property rather than a WeakMap: young WeakMap entries outlive V8's
 * young-generation collections, and each document's would be promoted before dying.)
 */
const DATELINES = Symbol('datelines');
type WithDatelines = Doc['norm'] & { [DATELINES]?: Datelines };

function read(doc: Doc): Datelines {
  const norm = doc.norm as WithDatelines;
  let known = norm[DATELINES];
  if (!known) {
    known = readDatelines(doc);
    norm[DATELINES] = known;
  }
  return known;
}

/**
 * The dateline's day: ISO when it has a year, partial (`--02-06`) when not, null when there is no
 * dateline. A dated dateline wins over a year-less one.
 */
export function findDatelineDay(doc: Doc): string | null {
  return read(doc).day;
}

/** A KUNA day-month dateline near the top, or null. */
export function findNumericDateline(doc: Doc): NumericDateline | null {
  return read(doc).numeric;
}

function readDatelines(doc: Doc): Datelines {
  const { tokens } = doc;
  const { start, line } = tokenTable(tokens);
  // The top ends at a line's end: a line cut at the reach (`- 31 أغسطس - 1 سبتمبر: قمة …` in a
  // timeline) would read as a date alone on its line. A line running far past the reach is left out.
  let reach = firstTokenAt(start, LABEL_REACH);
  if (reach > 0 && reach < tokens.length && line[reach] === line[reach - 1]) {
    const lineStart = reach;
    while (reach < tokens.length && line[reach] === line[reach - 1]) reach++;
    if ((start[reach - 1] as number) > LABEL_REACH + LINE_END_REACH) {
      reach = lineStart;
      while (reach > 0 && line[reach - 1] === line[lineStart]) reach--;
    }
  }
  const top = tokenRuns(tokens, [[0, reach]]);
  const numeric = kunaDateline(top, doc.norm.text);
  const partial = numeric ? partialDay(numeric.m, numeric.d) : null;
  const remembered = rememberedParses(doc.norm);
  const day = readDatelineDay(top, doc.norm.text, remembered) ?? labelledTailDay(doc, remembered) ?? partial;
  const signed = day && PARTIAL_DAY.test(day) ? signOffDay(doc, day, remembered) : null;
  return { day: signed ?? day, numeric };
}

/** Characters from the end of a text within which a wire's sign-off may give its full date. */
const SIGN_OFF_REACH = 400;

/** The tokens of the text's last `SIGN_OFF_REACH` characters, or null when there are none. */
function tailOf(doc: Doc): Token[] | null {
  const { tokens } = doc;
  const from = firstTokenAt(tokenTable(tokens).start, doc.norm.text.length - SIGN_OFF_REACH);
  return from < tokens.length ? tokenRuns(tokens, [[from, tokens.length]]) : null;
}

/**
 * With no dateline at the top, a labelled date on a line of its own near the end (DW's footer,
 * `التاريخ 04.02.2022` under the story and its credits): the page's own stamp. Only a label of
 * publication and nothing after the date on its line: a related item's date has its headline.
 */
function labelledTailDay(doc: Doc, remembered: RememberedParses): string | null {
  const tail = tailOf(doc);
  if (!tail) return null;
  const text = doc.norm.text;
  const scan = new DateScan(tail, text, null, false, null, remembered);
  const found: DatedLine[] = [];
  for (let f = scan.next(tail.length); f !== null; f = scan.next(tail.length)) found.push(datedLine(tail, text, f));
  for (const { date, lineStart, lineEnd } of found) {
    const v = date.value.value;
    if (date.value.valueEnd !== null || typeof v !== 'string' || !ISO_DAY.test(v)) continue;
    const { from: a, to: b } = date.match;
    if (datelineKind(tail, found, lineStart, lineEnd, a, b, date.nStart, true) !== 'published') continue;
    if (otherWords(tail, found, b, lineEnd)[0] === 0) return v;
  }
  return null;
}

/**
 * A wire that dates itself without a year at the top (`بكين 15 حزيران (بترا)-`) often signs off
 * with the full date (`--(بترا) ا ح/ح ع 15/06/2022 17:42:10`): the last full day near the end of
 * the text with the same day and month gives the year. Another day there is another story's.
 */
function signOffDay(doc: Doc, partial: string, remembered: RememberedParses): string | null {
  const tail = tailOf(doc);
  if (!tail) return null;
  const scan = new DateScan(tail, doc.norm.text, null, false, null, remembered);
  let day: string | null = null;
  for (let f = scan.next(tail.length); f !== null; f = scan.next(tail.length)) {
    const v = f.value.value;
    if (f.value.valueEnd === null && typeof v === 'string' && ISO_DAY.test(v) && v.slice(4) === partial.slice(1))
      day = v;
  }
  const kuna = day ? null : kunaTrailer(tail);
  return kuna && kuna.slice(4) === partial.slice(1) ? kuna : day;
}

const KUNA = normaliseString('كونا');
const GMT = normaliseString('جمت');

/**
 * KUNA's trailer, `كونا161147 جمت مايو 24`: the agency's name glued to the day, hour and minute
 * (DDHHMM), `جمت` (GMT), the month's name and the year's last two digits; the day as ISO, or null.
 */
function kunaTrailer(tokens: readonly Token[]): string | null {
  for (let k = 0; k + 4 < tokens.length; k++) {
    const name = tokens[k] as Token;
    const stamp = tokens[k + 1] as Token;
    if (name.text !== KUNA || stamp.kind !== 'number' || stamp.start !== name.end || stamp.text.length !== 6) continue;
    if (tokens[k + 2]?.text !== GMT) continue;
    const month = matchAt(MONTHS, tokens, k + 3);
    const year = month ? tokens[month.to] : undefined;
    if (!month || year?.kind !== 'number' || year.text.length !== 2) continue;
    const d = Number(stamp.text.slice(0, 2));
    const y = 2000 + Number(year.text);
    if (d >= 1 && d <= daysInMonth(y, month.value.m)) return isoDay(y, month.value.m, d);
  }
  return null;
}

/**
 * The first dateline's day among the dates of the top of the text. The dates are read one at a
 * time, and each is judged as soon as the rest of its line is read (its line's other dates may
 * stand beside it): a story's dateline is in its first lines, and the rest of the top need not be
 * read once it is found.
 */
function readDatelineDay(top: Token[], text: string, remembered: RememberedParses): string | null {
  let updated: string | null = null;
  /** Where the update's line ends (see below). */
  let updatedLineEnd = 0;
  let partial: string | null = null;
  const scan = new DateScan(top, text, null, false, null, remembered);
  // Every date read so far: a date line may hold two (`الثلاثاء 21 رجب 1446هـ الموافق 21 يناير 2025م`).
  const found: DatedLine[] = [];
  let judged = 0;
  // The first dated dateline, and how far on the story's own may still stand (see `isReadingDay`).
  let first: string | null = null;
  let firstLineEnd = 0;
  let until = top.length;
  for (let f = scan.next(until); f !== null; f = scan.next(until)) {
    const line = datedLine(top, text, f);
    found.push(line);
    // The rest of the date's line, and any other date on it.
    for (let g = scan.next(line.lineEnd); g !== null; g = scan.next(line.lineEnd)) found.push(datedLine(top, text, g));
    for (; judged < found.length; judged++) {
      const { date, lineStart, lineEnd } = found[judged] as DatedLine;
      const value = date.value.value;
      if (value === null || date.value.valueEnd !== null) continue;
      const full = ISO_DAY.test(value);
      if (!full && !PARTIAL_DAY.test(value)) continue;
      const { from, to } = date.match;
      let day: string | null = null;
      if (!full) {
        // A bidi-scrambled copy (`GMT 15:40 2024 الأربعاء 21 أغسطس`): the line's lone year.
        day = date.nStart < DATELINE_REACH ? withLoneYear(top, found, lineStart, lineEnd, date) : null;
      }
      if (day === null) {
        const kind = datelineKind(top, found, lineStart, lineEnd, from, to, date.nStart, full);
        if (!kind) continue;
        if (!full) partial ??= value;
        else if (kind === 'updated') {
          if (updated === null) {
            updated = value;
            updatedLineEnd = lineEnd;
          }
        } else day = value;
      }
      if (day === null) continue;
      // `آخر تحديث: 9 - يوليو - 2024` over the story's paragraphs, then an embedded post's stamp
      // (`10:03 م · 8 يوليو 2024`): the page's update dates it, not a date inside its story.
      if (first === null && updated !== null && paragraphBetween(top, updatedLineEnd, lineStart)) return updated;
      if (first === null) {
        first = day;
        firstLineEnd = lineEnd;
        until = firstTokenAt(tokenTable(top).start, date.nEnd + OWN_DATE_REACH);
      } else if (lineStart >= firstLineEnd) {
        // The next dateline on a line of its own (the first's line may give its day twice: Hijri and Gregorian).
        return isReadingDay(first, day) && !paragraphBetween(top, firstLineEnd, lineStart) ? day : first;
      }
    }
  }
  return first ?? updated ?? partial;
}

/**
 * Characters after a page's first dateline within which its story's own dateline may still stand
 * (a header's date, then the menus and the headline, then the story's date).
 */
const OWN_DATE_REACH = 800;
/** Days by which a header's date must follow the story's for the header to be the reading day. */
const ARCHIVE_GAP_DAYS = 30;

/** Words from which a line reads as a story's paragraph, full stop or not. */
const PARAGRAPH_WORDS = 20;
/** Words from which a line ending with a full stop reads as a paragraph. */
const STOPPED_PARAGRAPH_WORDS = 6;

/**
 * Whether a paragraph of story stands on the lines from token `from` to token `to`: between a
 * header's date and a story's own there are menus, notices and the headline, none of them
 * sentences ending with a full stop; after a story's dateline and its paragraphs, a second
 * dateline is another story's (an appended one, a dated "read also" item).
 */
function paragraphBetween(top: readonly Token[], from: number, to: number): boolean {
  const { line, bits } = tokenTable(top);
  let words = 0;
  for (let k = from; k < to; k++) {
    if ((bits[k] as number) & WORD_BIT) words++;
    const lineEnds = k + 1 === to || line[k + 1] !== line[k];
    if (!lineEnds) continue;
    if (words >= PARAGRAPH_WORDS || (words >= STOPPED_PARAGRAPH_WORDS && (top[k] as Token).text === '.')) return true;
    words = 0;
  }
  return false;
}

/**
 * Whether a page's first dateline (`السبت 21 نوفمبر 2026` in a site's header) is the day the page
 * was read, not written, given the next dateline under it (`الخميس، 07 يونيو 2018 01:30 م`): an
 * archive page carries today's date in its template, long after the story's own. A print masthead
 * over a wire's dateline differs by a day or two, and the masthead stays the page's date.
 */
function isReadingDay(first: string, next: string): boolean {
  const a = parseIsoDay(first);
  const b = parseIsoDay(next);
  return a !== null && b !== null && dayNumber(a.y, a.m, a.d) - dayNumber(b.y, b.m, b.d) > ARCHIVE_GAP_DAYS;
}

/** A date of the top and the bounds of its line, in tokens. */
interface DatedLine {
  date: FoundDate;
  lineStart: number;
  lineEnd: number;
}

function datedLine(tokens: readonly Token[], text: string, date: FoundDate): DatedLine {
  const [lineStart, lineEnd] = lineBounds(tokens, text, date.match.from, date.match.to);
  return { date, lineStart, lineEnd };
}

/** Whether token `k` lies in one of the dates read. */
function covered(found: readonly DatedLine[], k: number): boolean {
  for (const { date } of found) if (k >= date.match.from && k < date.match.to) return true;
  return false;
}

function lineBounds(tokens: readonly Token[], text: string, from: number, to: number): [number, number] {
  const { line } = tokenTable(tokens, text);
  let a = from;
  while (a > 0 && line[a - 1] === line[a]) a--;
  let b = to;
  while (b < tokens.length && line[b - 1] === line[b]) b++;
  return [a, b];
}

type Kind = DatelineLabel | 'line' | 'agency' | 'short' | null;

/**
 * Words besides the date and noise that a short dateline may hold: a city and an agency
 * (`موسكو 06 جمادى الآخرة 1444 هـ الموافق 30 ديسمبر 2022 م واس`, `بكين - سبوتنيك. 16.10.2023`).
 * A headline with a date has a verb and more (`بوتين وشي يلتقيان في موسكو 22 مارس 2023`).
 */
const SHORT_DATELINE_WORDS = 2;

/** Most tokens between a label and its date (`تاريخ النشر : الأحد ،`). */
const LABEL_GAP = 3;
/** Words of the longest label: a label ending close enough to the date starts no earlier. */
const LABEL_WORDS = Math.max(...[...DATELINE_LABELS.byFirst.values()].flat().map((e) => e.words.length));

function datelineKind(
  tokens: readonly Token[],
  found: readonly DatedLine[],
  a: number,
  b: number,
  from: number,
  to: number,
  nStart: number,
  full: boolean,
): Kind {
  // The first label that ends close enough before the date; one starting further back cannot. A
  // clock time between them counts as none of the gap (`نُشر: 00:12-6 يونيو 2019`, Asharq Al-Awsat).
  const dated = from - (tokens[from - 1]?.kind === 'punct' ? 1 : 0);
  const clock = clockStart(tokens, dated, a);
  const near = clock < dated ? clock : from;
  for (let k = Math.max(a, near - LABEL_GAP - LABEL_WORDS); k < near; k++) {
    const label = matchAt(DATELINE_LABELS, tokens, k);
    if (label && near - label.to <= LABEL_GAP) return label.value;
  }
  const [before, runBefore] = otherWords(tokens, found, a, from, CITY_BEFORE_AGENCY_DATE);
  const [after, runAfter] = otherWords(tokens, found, to, b);
  if (before === 0 && after === 0) return 'line';
  if (nStart >= DATELINE_REACH) return null;
  if (from - a > DATELINE_LEAD) return full && closesHeadline(tokens, a, from, after) ? 'agency' : null;
  // A short dateline, below the headline (never the text's first line, where a headline stands):
  // a full day with at most a city and an agency beside it, without brackets or dashes, each a
  // word on its own (`قمة موسكو 22 مارس 2023` is a kicker, not a city).
  // A letter glued to the date (`و22/03/2023`, `ب21.05.2014`) is a proclitic of running text.
  const glued =
    (tokens[from - 1]?.kind === 'word' && tokens[from - 1]?.end === tokens[from]?.start) ||
    (tokens[to]?.kind === 'word' && tokens[to - 1]?.end === tokens[to]?.start && !isoTimeMark(tokens, to));
  // On the first line, only a print masthead's (`الأهرام  الخميس ٣١ من مارس ٢٠٢٢ م`): the paper's
  // one-word name before a day given with its weekday, and nothing after it (`قمة 22 مارس 2023` is
  // a kicker).
  const masthead = a === 0 && before <= 1 && after === 0 && matchAt(WEEKDAYS, tokens, from) !== null;
  if (
    full &&
    (a > 0 || masthead) &&
    !glued &&
    before + after <= SHORT_DATELINE_WORDS &&
    runBefore <= 1 &&
    runAfter <= 1
  )
    return 'short';
  // An agency dateline: the date sits against brackets, dashes or a bar, `(وام) --`, `سبوتنيك - 25 …)`.
  // With the mark after the date only, a city (`القاهرة في 5 مايو 2024 (وام)`) but no clause before
  // it: a photo's caption closes on its day and its credit (`… في بكين، الثلاثاء 2 سبتمبر 2025 (أ ف ب)`).
  if (separatorWithin(tokens, Math.max(a, from - 2), from, false, a)) return 'agency';
  if (separatorWithin(tokens, to, Math.min(b, to + 3)) && before <= CITY_BEFORE_AGENCY_DATE) return 'agency';
  // A clock time (with `م`/`ص`, `GMT+3`, `بتوقيت مكة`) may stand between the date and the separator
  // (CRI's `2024-07-02 21:15:08 | إذاعة الصين الدولية`), but only on a line that starts with the
  // date or a city before it, and not with `يوم`: a story's sentence has more words before its
  // date (`التقى الرئيسان يوم 22 مارس 2023 الساعة 11:00 - …`, `يبدأ المؤتمر 22 مارس …`).
  if (before > 1 || wordIn(DAY_WORDS, tokens, from) >= 0) return null;
  const clockBefore = clockStart(tokens, from, a);
  const clockAfter = clockEnd(tokens, to, b);
  if (clockBefore < from && separatorWithin(tokens, Math.max(a, clockBefore - 2), clockBefore)) return 'agency';
  if (clockAfter > to && separatorWithin(tokens, clockAfter, Math.min(b, clockAfter + 3), true)) return 'agency';
  return null;
}

/** Words before an agency dateline's date with no mark before it: a city of up to two words and `في`. */
const CITY_BEFORE_AGENCY_DATE = 3;

/**
 * A full day closing the text's first line after a bar or a dash, however long the headline before
 * it: the date a page puts after its title (Sky News Arabia's `بوتين يهنئ شي … "الدعم المتبادل" | 15
 * يونيو 2022`, `… - 15/06/2022`). Nothing but punctuation or a clock time after it, and no number
 * before the dash (`22 - 24 أكتوبر 2024` is a range). A date among the headline's words
 * (`يلتقيان في موسكو 22 مارس 2023`) has no separator before it and is no dateline.
 */
function closesHeadline(tokens: readonly Token[], a: number, from: number, after: number): boolean {
  if (a !== 0 || after !== 0) return false;
  const sep = tokens[from - 1];
  const before = tokens[from - 2];
  if (sep?.kind !== 'punct' || !TITLE_SEPARATORS.has(sep.text)) return false;
  return before !== undefined && before.kind !== 'number' && !TITLE_SEPARATORS.has(before.text);
}

/** What stands between a page's title and its date (`|`, `-`, `–`, `—`, as normalised). */
const TITLE_SEPARATORS = new Set(['|', '-', '–', '—'].map(normaliseString));

/**
 * Whether tokens `from`–`to` hold a bracket, a dash, a slash, a bar or a bullet between words (an
 * aggregator's `قصة من الشرق الأوسط • 2025/9/2`; a bullet opening line `lineStart` opens a list
 * item, `• 22 مارس 2023: قمة موسكو`). After a clock time, not a dash or slash to another clock time
 * (`10:00 - 12:00`, a span of hours).
 */
function separatorWithin(
  tokens: readonly Token[],
  from: number,
  to: number,
  afterClock = false,
  lineStart = -1,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'punct' || !'()[]-/|•'.includes(t.text) || (k === lineStart && t.text === '•')) continue;
    if (afterClock && (t.text === '-' || t.text === '/') && clockEnd(tokens, k + 1, tokens.length) > k + 1) continue;
    return true;
  }
  return false;
}

/** `الساعة`, `على الساعة` before a clock time. */
function clockLead(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === ALA && tokens[k + 1]?.text === AL_SAA) return k + 2;
  return tokens[k]?.text === AL_SAA ? k + 1 : k;
}

/** `21:15`, `21:15:08`: the token after a clock time's digits at `k`, or `k`. */
function clockDigits(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  while (j + 2 < end && tokens[j]?.kind === 'number' && tokens[j + 1]?.text === ':' && tokens[j + 2]?.kind === 'number')
    j += 2;
  return j === k ? k : j + 1;
}

/**
 * The token after a clock time starting at `k` with its marks (`الساعة 21:15 مساء`, `11:32 ص بتوقيت
 * أبوظبي`, `21:47 GMT+8`), before `end`; `k` when there is none.
 */
function clockEnd(tokens: readonly Token[], k: number, end: number): number {
  const digits = clockDigits(tokens, clockLead(tokens, k), end);
  if (digits === clockLead(tokens, k)) return k;
  let j = digits;
  let zone = 0;
  while (j < end) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && TIME_ZONE_WORDS.has(t.text)) zone = 2;
    else if (t.kind === 'word' && DATELINE_NOISE.has(t.text)) zone = 0;
    else if (t.kind === 'word' && zone > 0)
      zone--; // `بتوقيت مكة المكرمة`: the zone's place
    else if (
      (t.text === '+' || t.text === '-') &&
      tokens[j + 1]?.kind === 'number' &&
      UTC.has(tokens[j - 1]?.text ?? '')
    )
      j++; // `GMT+8`, `GMT-5`: the offset
    else break;
    j++;
  }
  return Math.min(j, end);
}

/** The first token of a clock time ending right before `k` (`21:15 م`), after `start`; `k` when there is none. */
function clockStart(tokens: readonly Token[], k: number, start: number): number {
  let j = k;
  while (j > start && tokens[j - 1]?.kind === 'word' && DATELINE_NOISE.has((tokens[j - 1] as Token).text)) j--;
  let i = j;
  while (
    i - 3 >= start &&
    tokens[i - 1]?.kind === 'number' &&
    tokens[i - 2]?.text === ':' &&
    tokens[i - 3]?.kind === 'number'
  )
    i -= 2;
  if (i === j) return k;
  i--;
  if (i - 1 >= start && tokens[i - 1]?.text === AL_SAA) i--;
  if (i - 1 >= start && tokens[i - 1]?.text === ALA && tokens[i]?.text === AL_SAA) i--;
  return i;
}

const ALA = normaliseString('على');
/** The zones a clock time's offset follows (`GMT+8`, `UTC-5`), as normalised. */
const UTC = new Set(['gmt', 'utc']);
const AL_SAA = normaliseString('الساعة');

/**
 * Words of tokens `from`–`to` other than punctuation, clock times (`10:45`, `على الساعة 16:40`),
 * time zones (`GMT+8`, `بتوقيت أبوظبي`) and other dates (any other number makes it infinite), and
 * the longest run of such words standing next to each other. Counting stops past `cap`
 * (`SHORT_DATELINE_WORDS`, or the city before an agency's date): a line with more words is judged
 * the same however many more it has (a date inside a paragraph would otherwise read the whole
 * paragraph, per date).
 */
function otherWords(
  tokens: readonly Token[],
  found: readonly DatedLine[],
  from: number,
  to: number,
  cap = SHORT_DATELINE_WORDS,
): [words: number, run: number] {
  let zone = 0;
  let words = 0;
  let run = 0;
  let longest = 0;
  for (let k = from; k < to; k++) {
    const kind = noiseAt(tokens, found, k, zone);
    if (kind === 'number') return [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    if (kind === 'zone') zone = 2; // `بتوقيت مكة المكرمة`, `بتوقيت أبوظبي`: the zone's place name follows
    if (kind === 'place') zone--;
    if (kind !== 'word') {
      run = 0;
      continue;
    }
    zone = 0;
    words++;
    run++;
    longest = Math.max(longest, run);
    if (words > cap) break;
  }
  return [words, longest];
}

/** A counter's word (`مشاهدة`, `المشاهدات`) and a scale word between it and its number (`ألف`). */
const counterWord = (t: Token | undefined) => t?.kind === 'word' && VIEW_COUNTER_WORDS.has(t.text);
const counterScale = (t: Token | undefined) => t?.kind === 'word' && VIEW_COUNTER_SCALES.has(t.text);
const isNumber = (t: Token | undefined) => t?.kind === 'number';

/**
 * Whether token `k` belongs to a view counter beside a date: `87 ألف مشاهدة` (a number, a scale
 * word, the counter) or `المشاهدات: 1534` (the counter, a colon, the number).
 */
function inViewCounter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (isNumber(t)) {
    if (counterWord(next) || (counterScale(next) && counterWord(tokens[k + 2]))) return true;
    return counterWord(prev) || (prev?.text === ':' && counterWord(tokens[k - 2]));
  }
  if (counterScale(t)) return isNumber(prev) && counterWord(next);
  if (counterWord(t)) {
    if (isNumber(prev) || (counterScale(prev) && isNumber(tokens[k - 2]))) return true;
    return isNumber(next) || (next?.text === ':' && isNumber(tokens[k + 2]));
  }
  // `عدد المشاهدات: 1534`
  return t?.text === ADAD && counterWord(next);
}

const ADAD = normaliseString('عدد');

/**
 * Whether token `k` belongs to a length beside a date: a video's or podcast's (`· 38 دقيقة`) or a
 * reading time (`3 دقائق قراءة`): a number and its unit, and a counter's word after the unit.
 */
function inMediaLength(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isNumber(t)) return mediaUnit(tokens[k + 1]);
  if (mediaUnit(t)) return isNumber(tokens[k - 1]);
  return counterWord(t) && mediaUnit(tokens[k - 1]) && isNumber(tokens[k - 2]);
}

const mediaUnit = (t: Token | undefined) => t?.kind === 'word' && MEDIA_LENGTH_UNITS.has(t.text);

/**
 * Whether word `k` is a hashtag's (`#روسيا`, `#عيد_النصر`): glued to a `#`, or to a word of the
 * same tag across the one character (`_`) the tokenizer drops. A video page's date line ends with
 * the channel's tags.
 */
function inHashtag(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j > 0 && k - j < HASHTAG_WORDS; j--) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (prev.text === '#' && prev.end === t.start) return true;
    if (prev.kind !== 'word' || t.start - prev.end !== 1) return false;
  }
  return false;
}

/** Words of one hashtag, at most (`#منظمة_شنغهاي_للتعاون`). */
const HASHTAG_WORDS = 5;

/** The `h` of a French clock time (`19h42`: tokens `19`, `h`, `42`) at token `k`. */
function frenchClockAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === 'h' && tokens[k - 1]?.kind === 'number' && tokens[k + 1]?.kind === 'number';
}

const ISO_T = normaliseString('T');
const ISO_Z = normaliseString('Z');

/**
 * The letters of an ISO 8601 timestamp at token `k` (`2024-05-16T10:32:00+03:00`, `…T07:15:00Z`):
 * a `T` glued between the day's digits and a clock time, a `Z` glued after the clock's seconds.
 * Pages copied with their machine timestamp show it on a line of its own under the title.
 */
function isoTimeMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t?.kind !== 'word' || prev?.kind !== 'number' || prev.end !== t.start) return false;
  if (t.text === ISO_T) return next?.kind === 'number' && next.start === t.end && tokens[k + 2]?.text === ':';
  return t.text === ISO_Z && tokens[k - 2]?.text === ':';
}

const isLatinWord = (t: Token | undefined) => t?.kind === 'word' && /^[a-z0-9-]+$/i.test(t.text);

/**
 * Token `k` is a label of a site's domain name (`arabic.cri.cn`, `www.ahram.org.eg`) that a stamp
 * gives beside its date (`2023-05-17 22:18:40  arabic.cri.cn`): the site's name, as an agency's.
 */
function inDomainName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isLatinWord(t)) return false;
  const dotAfter = tokens[k + 1];
  const dotBefore = tokens[k - 1];
  const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  if (dotAfter?.text === '.' && glued(t, dotAfter) && isLatinWord(tokens[k + 2]) && glued(dotAfter, tokens[k + 2]))
    return true;
  return (
    dotBefore?.text === '.' && glued(dotBefore, t) && isLatinWord(tokens[k - 2]) && glued(tokens[k - 2], dotBefore)
  );
}

/** What token `k` is on a dateline's line: noise, a time zone's word or place, a word, a bare number. */
function noiseAt(
  tokens: readonly Token[],
  found: readonly DatedLine[],
  k: number,
  zone: number,
): 'noise' | 'zone' | 'place' | 'word' | 'number' {
  if (covered(found, k)) return 'noise';
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (t.kind === 'punct') return 'noise';
  if (t.kind === 'number') {
    const next = tokens[k + 1];
    const isTime =
      prev?.text === ':' || next?.text === ':' || frenchClockAt(tokens, k - 1) || frenchClockAt(tokens, k + 1);
    const isOffset = prev?.text === '+' || (prev?.text === '-' && tokens[k - 2]?.kind === 'word');
    return isTime || isOffset || issueLabelBefore(tokens, k) || inViewCounter(tokens, k) || inMediaLength(tokens, k)
      ? 'noise'
      : 'number';
  }
  if (inViewCounter(tokens, k) || inMediaLength(tokens, k) || inHashtag(tokens, k)) return 'noise';
  if (frenchClockAt(tokens, k) || isoTimeMark(tokens, k) || inDomainName(tokens, k)) return 'noise';
  if (ISSUE_LABELS.has(t.text) && issueNumberAfter(tokens, k)) return 'noise';
  // CNN's `الجمعة، 22 آذار/مارس 2013، آخر تحديث 17:40 (GMT+0400)`: the update's label after the
  // date, before its clock time.
  if (inUpdateLabel(tokens, k)) return 'noise';
  if (TIME_ZONE_WORDS.has(t.text)) return 'zone';
  if (DATELINE_NOISE.has(t.text)) return 'noise';
  if (t.text === ALA && tokens[k + 1]?.text === AL_SAA) return 'noise'; // Le360's `على الساعة 16:40`
  return zone > 0 ? 'place' : 'word';
}

/** Token `k` is a word of an update label (`آخر تحديث`) that a clock time follows. */
function inUpdateLabel(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 1); j <= k; j++) {
    const label = matchAt(DATELINE_LABELS, tokens, j);
    if (label?.value !== 'updated' || label.to <= k) continue;
    const next = tokens[label.to];
    return next?.kind === 'number' && tokens[label.to + 1]?.text === ':';
  }
  return false;
}

/** Tokens looked at past a volume or issue label for its number (`العدد رقم : [15775]`). */
const ISSUE_GAP = 3;

/** Whether the number at `k` follows a volume or issue label (`السنة 143`, `رقم العدد [15775]`). */
function issueLabelBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - ISSUE_GAP); j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'word') return ISSUE_LABELS.has(t.text);
    if (t.kind !== 'punct') return false;
  }
  return false;
}

/** Whether the volume or issue label at `k` has its number after it, past other labels and brackets. */
function issueNumberAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + ISSUE_GAP); j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'number') return true;
    if (t.kind === 'word' && !ISSUE_LABELS.has(t.text)) return false;
  }
  return false;
}

/** The least and greatest year a lone year beside a year-less dateline may be. */
const LONE_YEAR_MIN = 1990;
const LONE_YEAR_MAX = 2100;

/**
 * A year-less date on a line of its own with one lone four-digit year beside it, and only noise
 * else: the date's year, which copying the page's mixed-direction text moved away from it
 * (Elaph's `GMT 15:40 2024 الأربعاء 21 أغسطس`); or two digits right after the day and month
 * (`7 أيلول 22 15:20`, a year of this century). A weekday of the date must fall on that day.
 */
function withLoneYear(
  tokens: readonly Token[],
  found: readonly DatedLine[],
  a: number,
  b: number,
  date: FoundDate,
): string | null {
  const m = PARTIAL_DAY.exec(date.value.value ?? '');
  if (!m) return null;
  let year = -1;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    // Two digits right after the day and month are its year (`7 أيلول 22 15:20`).
    const short = k === date.match.to && /^\d{2}$/.test(t.text);
    if (t.kind !== 'number' || covered(found, k) || !(short || /^\d{4}$/.test(t.text))) continue;
    if (year >= 0 || tokens[k - 1]?.text === ':' || tokens[k + 1]?.text === ':') return null;
    year = short ? 2000 + Number(t.text) : Number(t.text);
    if (year < LONE_YEAR_MIN || year > LONE_YEAR_MAX) return null;
    // The rest of the line, this year aside, is noise.
    if (otherWords(tokens, found, a, k)[0] !== 0 || otherWords(tokens, found, k + 1, b)[0] !== 0) return null;
  }
  if (year < 0) return null;
  const mo = Number(m[1]);
  const d = Number(m[2]);
  if (d > daysInMonth(year, mo)) return null;
  const spec = date.match.spec;
  if (spec.kind === 'day' && spec.weekday !== null && weekdayOf(year, mo, d) !== spec.weekday) return null;
  return isoDay(year, mo, d);
}

/**
 * KUNA's day-month dateline, `موسكو - 12 - 3 (كونا) --`: two numbers joined by a dash, just
 * before the agency's bracket, at the start of a line. Day first; the year is not given.
 */
function kunaDateline(tokens: readonly Token[], text: string): NumericDateline | null {
  // Patterns from `DATELINE_REACH` on are refused: only the tokens before it are looked at.
  const { start, bits } = tokenTable(tokens, text);
  const reach = firstTokenAt(start, DATELINE_REACH);
  for (let k = 0; k + 3 < tokens.length && k < reach; k++) {
    if (((bits[k] as number) & NUMBER_BIT) === 0 || ((bits[k + 2] as number) & NUMBER_BIT) === 0) continue;
    const a = tokens[k] as Token;
    const dash = tokens[k + 1] as Token;
    const b = tokens[k + 2] as Token;
    const open = tokens[k + 3] as Token;
    if (a.kind !== 'number' || dash.text !== '-' || b.kind !== 'number' || open.text !== '(') continue;
    if (a.start >= DATELINE_REACH) break;
    const [lineStart] = lineBounds(tokens, text, k, k + 3);
    if (k - lineStart > 4) continue;
    const d = Number(a.text);
    const m = Number(b.text);
    if (!Number.isInteger(d) || !Number.isInteger(m) || d < 1 || d > 31 || m < 1 || m > 12) continue;
    return { m, d, nStart: a.start, nEnd: b.end };
  }
  return null;
}
