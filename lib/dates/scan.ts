// Finds every date expression of a token list. Linear: one pass marks the tokens where a date may
// start (`triggers.ts`); a second pass runs the grammar only there, line by line, and jumps over
// each match.

import { analyseWord } from '../numbers/lexicon';
import { procliticToken } from '../numbers/proclitics';
import { normaliseString } from '../text/normalise';
import { isDigit, NUMBER_BIT, type Token, tokenTable, WORD_BIT } from '../text/tokens';
import { flagsOf, WordFlags, wordFlag, words } from '../text/vocabulary';
import { dayNumber, isoDay, parseIsoDay, weekdayOf, type Ymd } from './calendar';
import { continuesFuture, leanBefore } from './cues';
import { Ctx } from './grammar/context';
import { MONTH_FIRST_START } from './grammar/first-words';
import { parseAt } from './grammar/parse-at';
import { ARTICLE_ONLY, readDay } from './grammar/parts';
import {
  CURRENT_MONTH_WORDS,
  ENGLISH_SUFFIXES,
  FIRST_DAY_WORDS,
  HIJRI_MONTHS,
  LAST_WORDS,
  MONTHS,
  RANGE_LINKS,
  SOLAR_HIJRI_MONTHS,
  WORD,
} from './lexicon';
import { explicitYear, Narrative, namedMonth, needsYear, withYear } from './narrative';
import type { RememberedParses } from './parse-memo';
import { resolve, resolveAgainstPartial } from './resolve';
import type { DateValue, Lean, Match, Spec } from './spec';
import { anchorWithin, IS_LEAD, IS_OPEN, leadStarts, PROBE } from './triggers';

/** A word shortly before a month or weekday starts a date only as an ordinal day (or `آخر`). */
function mayOpenDay(ctx: Ctx, i: number): boolean {
  return readDay(ctx, i) !== null || ctx.isIn(LAST_WORDS, i) >= 0 || ctx.number(i)?.ordinal === true;
}

/**
 * The words `mayOpenDay` can accept, by token id: the article (`الـ15`), `غرة`, `آخر`, number words
 * and bare proclitics. Most words before a month are none of these and are passed over with one
 * array read (a probe is a word within a few tokens of every month and weekday name).
 */
const DAY_OPENER = wordFlag(
  (w) =>
    ARTICLE_ONLY.forms.has(w) ||
    FIRST_DAY_WORDS.forms.has(w) ||
    LAST_WORDS.forms.has(w) ||
    analyseWord(w).length > 0 ||
    procliticToken(w) !== null,
);

/**
 * Numbers a date can start with: a day (1–31, two digits at most), a four-digit year, a dotted
 * date (`22.03.2023`); any other number only before a date separator (`123/45`). Counts and
 * amounts (`227`, `10,000`, `20.5`) are passed over without running the grammar.
 */
const DATE_NUMBER = wordFlag((w) => {
  if (!isDigit(w.charCodeAt(0))) return false;
  if (w.includes('.')) return DOTTED_DATE.test(w);
  if (!/^\d+$/.test(w)) return false;
  const v = Number.parseInt(w, 10);
  return w.length === 4 || (w.length <= 2 && v >= 1 && v <= 31);
});
/** The one shape of a number token with dots that `parseNumeric` reads. */
const DOTTED_DATE = /^\d{1,4}\.\d{1,2}\.\d{1,4}$/;
const DATE_SEPARATOR = wordFlag((w) => w === '/' || w === '-' || w === '.');

/** `DAY_NUMBER`: a plain day number (`1`–`31`, one or two digits), which starts a date only… */
const DAY_NUMBER = 1;
/**
 * …before one of these tokens, the only ones a day's parsers (`parseDayFirst`, `parseHijri`,
 * `parseNumeric`) go on with right after it: a month (`28 يونيو`, `15 شهر`, `8 رجب`), a range
 * link (`15-16`, `15 و16`, `والسادس`), `من`, `في`, `of`, `الجاري` (`20 الجاري`), an English suffix (`8th`), a separator
 * (`22/03`, `22.03`, `14 - أبريل`, `8th, February`). Most numbers in the news count something
 * (`25 شخصا`) or tell the time (`16 : 30`) and are passed over without running the grammar.
 */
const DAY_FOLLOWER = 2;
const NUMBER_ROLE = new WordFlags((w) => {
  if (/^\d{1,2}$/.test(w)) {
    const v = Number.parseInt(w, 10);
    return v >= 1 && v <= 31 ? DAY_NUMBER : 0;
  }
  const flags = flagsOf({ id: 0, text: w });
  const follows =
    w === '-' ||
    w === '/' ||
    w === '.' ||
    w === ',' ||
    (flags & MONTH_FIRST_START) !== 0 ||
    HIJRI_MONTHS.byForm.has(w) ||
    SOLAR_HIJRI_MONTHS.byForm.has(w) ||
    ENGLISH_SUFFIXES.has(w) ||
    RANGE_LINKS.has(w) ||
    w === WORD.wa ||
    (w.startsWith(WORD.wa) && (flags & DAY_OPENER) !== 0) ||
    w === WORD.min ||
    w === WORD.fi ||
    w === 'of' ||
    CURRENT_MONTH_WORDS.has(w);
  return follows ? DAY_FOLLOWER : 0;
});

/** A plain day number at `i` followed by a token no day's date can continue with. */
function dayLeadsNowhere(tokens: readonly Token[], ids: Int32Array, i: number): boolean {
  if (numberRole(tokens, ids, i) !== DAY_NUMBER) return false;
  return i + 1 >= tokens.length || numberRole(tokens, ids, i + 1) !== DAY_FOLLOWER;
}

/** `NUMBER_ROLE` of token `k`, read by interned id (the token object is loaded only when not interned). */
function numberRole(tokens: readonly Token[], ids: Int32Array, k: number): number {
  const id = ids[k] as number;
  return NUMBER_ROLE.get(id, id === 0 ? (tokens[k] as Token).text : (words[id] as string));
}

/**
 * The minutes of a clock time (`16:21` in `16:21, October 02, 2024`), which start no date: an
 * hour of one or two digits, a colon and the number, written without spaces.
 */
function clockMinutes(tokens: readonly Token[], i: number): boolean {
  const colon = tokens[i - 1];
  const hour = tokens[i - 2];
  return (
    colon?.text === ':' &&
    hour?.kind === 'number' &&
    hour.text.length <= 2 &&
    hour.end === colon.start &&
    colon.end === (tokens[i] as Token).start
  );
}

/** A token with none of these bits starts no date: most tokens are passed over on one test. */
const MAY_START = NUMBER_BIT | IS_OPEN | IS_LEAD | DAY_OPENER;

export interface FoundDate {
  match: Match;
  value: DateValue;
  nStart: number;
  nEnd: number;
}

/**
 * Every date expression of a normalised text, resolved against `ref`, or without one against a
 * year-less dateline's month and day (`partial`).
 */
export function scanDates(
  tokens: Token[],
  text: string,
  ref: Ymd | null,
  loose = false,
  partial: { m: number; d: number } | null = null,
  remembered: RememberedParses | null = null,
): FoundDate[] {
  const scan = new DateScan(tokens, text, ref, loose, partial, remembered);
  // With nothing to count from, a story's year-less dates take the last year it wrote out.
  if (ref === null && partial === null && !loose) scan.tellsDocumentYears();
  const found: FoundDate[] = [];
  for (let f = scan.next(); f !== null; f = scan.next()) found.push(f);
  if (ref && !loose) headlineWeekdays(found, scan.headlineWeekdays, ref);
  return found;
}

/** How far from the reference (in days) a dated weekday of the body may name the headline's. */
const HEADLINE_WEEKDAY_REACH = 6;

/**
 * A bare weekday of the headline that no cue placed (`… ومحادثات في الكرملين الخميس`) is the day
 * the body dates with that weekday written out (`سيجري محادثات … يوم الخميس 8 مايو`), when the
 * body names exactly one such day within a week of the reference. A headline tells the story's
 * main event, and the body gives its date; the default (the most recent such day) stays otherwise.
 */
function headlineWeekdays(found: FoundDate[], heads: ReadonlySet<FoundDate>, ref: Ymd): void {
  if (heads.size === 0) return;
  const refN = dayNumber(ref.y, ref.m, ref.d);
  // The body's day depends on the weekday alone: found once per weekday, not once per headline
  // weekday (a headline of many weekdays would make the scan quadratic).
  const byWeekday = new Map<number, string | null>();
  for (const f of heads) {
    const spec = f.match.spec;
    if (spec.kind !== 'weekday') continue;
    let day = byWeekday.get(spec.weekday);
    if (day === undefined) {
      day = bodyDayOf(found, heads, spec.weekday, refN);
      byWeekday.set(spec.weekday, day);
    }
    if (day !== null) f.value = { ...f.value, value: day };
  }
}

/** The one day the body dates with `weekday` written out within reach of the reference, or null. */
function bodyDayOf(found: FoundDate[], heads: ReadonlySet<FoundDate>, weekday: number, refN: number): string | null {
  let day: string | null = null;
  let count = 0;
  for (const g of found) {
    const gs = g.match.spec;
    if (heads.has(g) || gs.kind !== 'day' || gs.weekday !== weekday) continue;
    const v = g.value.value;
    const p = parseIsoDay(v);
    if (!p || v === null || Math.abs(dayNumber(p.y, p.m, p.d) - refN) > HEADLINE_WEEKDAY_REACH) continue;
    if (weekdayOf(p.y, p.m, p.d) !== weekday) continue;
    if (v !== day) count++;
    day = v;
  }
  return count === 1 ? day : null;
}

/**
 * The same scan, one date at a time: a reader that needs only the first dates of a text (the
 * dateline) stops early. `position` is the token the scan has reached: every date starting
 * before it has been returned.
 */
export class DateScan {
  position = 0;
  private readonly narrative: Narrative;
  private readonly bits: Int32Array;
  private readonly ctx: Ctx;
  /** Line number of each token (see `TokenTable.line`). */
  private readonly line: Int32Array;
  /** The reference as an ISO day (`afterDay` compares every date found with it), or null. */
  private readonly refDay: string | null;

  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
    private readonly ref: Ymd | null,
    private readonly loose = false,
    private readonly partial: { m: number; d: number } | null = null,
    /** Matches read by an earlier scan of the same page (see `parse-memo.ts`), or null. */
    private readonly remembered: RememberedParses | null = null,
  ) {
    const table = tokenTable(tokens, text);
    this.narrative = new Narrative(tokens, text);
    this.bits = table.bits;
    this.line = table.line;
    this.ctx = new Ctx(tokens, text, loose);
    this.ctx.lineStart = 0;
    this.ctx.limit = 0;
    this.refDay = ref ? isoDay(ref.y, ref.m, ref.d) : null;
    // Assigned here rather than as a class-field arrow: the dev loader (esbuild's keepNames) names
    // a field arrow with a `defineProperty` call per scan, and a scan is made per text.
    this.cue = () => {
      if (this.cueLean === undefined) {
        this.cueLean = leanBefore(this.tokens, this.text, this.cueFrom);
        // A bare weekday right after a day to come, in its clause, is to come too.
        if (this.cueLean === null && this.cueWeekday && this.futureEnd >= 0)
          if (continuesFuture(this.tokens, this.text, this.futureEnd, this.cueFrom)) this.cueLean = 'future';
      }
      return this.cueLean;
    };
  }

  /** The tense before the date being read, asked for at most once per date (see cues.ts). */
  private cueFrom = 0;
  private cueLean: Lean | undefined;
  /** Whether the date being read is a bare weekday (see `continuesFuture`). */
  private cueWeekday = false;
  /** The token after the last date read that fell after the reference day, or −1. */
  private futureEnd = -1;
  private readonly cue: () => Lean;
  /** The bare weekdays of the first line (the headline) that no cue placed (see `headlineWeekdays`). */
  readonly headlineWeekdays = new Set<FoundDate>();

  /** Year-less dates take the last year the text wrote out when there is no reference (see Narrative). */
  tellsDocumentYears(): void {
    this.narrative.documentYears = true;
  }

  /** The next date starting before token `until` (all of them by default), or null. */
  next(until: number = this.tokens.length): FoundDate | null {
    const { tokens, ctx, bits, line, narrative, ref, loose, partial, refDay, remembered } = this;
    let i = this.position;
    while (i < until) {
      // Where to run the grammar (see triggers.ts), with two cheap vetoes: a probe only on a word
      // that can open a day, digits only when they can start a date.
      const b = bits[i] as number;
      if ((b & MAY_START) === 0) {
        i++;
        continue;
      }
      let start = 0;
      if (b & NUMBER_BIT) {
        if (clockMinutes(tokens, i)) start = 0;
        else if (
          (b & DATE_NUMBER && !dayLeadsNowhere(tokens, ctx.ids, i)) ||
          ((bits[i + 1] ?? 0) & DATE_SEPARATOR) !== 0
        )
          start = 1;
      } else if (b & IS_OPEN || (b & IS_LEAD && leadStarts(bits, i))) start = 1;
      else if (b & DAY_OPENER && anchorWithin(bits, i)) start = PROBE;
      if (start === 0) {
        i++;
        continue;
      }
      if (i >= ctx.limit) {
        // The line of token i: the tokens around it with its line number.
        const at = line[i] as number;
        let a = i;
        while (a > ctx.limit && line[a - 1] === at) a--;
        let e = i + 1;
        while (e < tokens.length && line[e] === at) e++;
        ctx.lineStart = a;
        ctx.limit = e;
      }
      const m =
        start === PROBE && !mayOpenDay(ctx, i) ? null : remembered ? remembered.parseAt(ctx, i) : parseAt(ctx, i);
      if (!m) {
        i++;
        continue;
      }
      this.cueFrom = m.from;
      this.cueLean = undefined;
      this.cueWeekday = m.spec.kind === 'weekday';
      const cue = this.cue;
      const since = isSince(ctx, m);
      const spec = sinceIsPast(loose ? m.spec : inContext(ctx, m, narrative, cue, ref?.y ?? null), since);
      const before = narrative.antecedent();
      const value =
        !ref && partial ? resolveAgainstPartial(spec, partial, cue, before) : resolve(spec, ref, cue, before);
      narrative.record(
        spec,
        value,
        m.to,
        aloneOnLine(ctx, m),
        since,
        m.spec.kind === 'year' && (opensSentence(ctx, m) || ctx.punct(m.to, ':')),
      );
      if (refDay !== null && afterDay(value.value, refDay)) this.futureEnd = m.to;
      const found: FoundDate = {
        match: m,
        value,
        nStart: (tokens[m.from] as Token).start + m.skip,
        nEnd: (tokens[m.to - 1] as Token).end - (m.trim ?? 0),
      };
      const m0 = m.spec;
      if (m0.kind === 'weekday' && m0.mode !== 'past' && m0.mode !== 'next' && !m0.days && line[m.from] === 0)
        if (this.cueLean === null && !value.valueEnd) this.headlineWeekdays.add(found);
      this.position = m.to;
      return found;
    }
    this.position = i;
    return null;
  }
}

/**
 * The spec of a match in running text, with what the text around it makes clear: a part of a
 * month is the month (`مطلع الشهر المقبل` → 2024-05: the press names a month, not ten days; whole
 * phrases keep Duckling's day intervals), and a year-less date takes the year of a date it is
 * coordinated with, of its paragraph or of its section (see `narrative.ts`).
 */
/** Whether a value is a whole day after `refDay` (`2025-09-02` after `2025-09-01`). */
function afterDay(v: string | null, refDay: string): boolean {
  if (v === null || v.length !== 10 || v.charCodeAt(4) !== 0x2d) return false;
  return v > refDay;
}

function inContext(ctx: Ctx, m: Match, narrative: Narrative, cue: () => Lean, refYear: number | null): Spec {
  let spec = m.spec;
  if (spec.kind === 'monthPart') spec = { kind: 'month', month: spec.month, end: null };
  if (!needsYear(spec)) return spec;
  const next = coordinatedDate(ctx, m.to);
  const y = next ? explicitYear(next.spec) : null;
  if (next && y !== null) return withYear(spec, y, namedMonth(next.spec));
  const context = narrative.contextYear(m.from, cue(), refYear, namedMonth(spec));
  return context === null ? spec : withYear(spec, context);
}

/**
 * A calendar date right after `و` at token k (`28 يونيو و15 ديسمبر 2021`, `أيار وحزيران 2019`).
 * Parsed only when a day number or a month name follows the conjunction: `و` opens most clauses.
 */
function coordinatedDate(ctx: Ctx, k: number): Match | null {
  const w = ctx.word(k);
  if (w === null || !w.startsWith(WORD.wa)) return null;
  const at = w === WORD.wa ? k + 1 : k;
  if (at === k + 1 ? ctx.digits(at) < 0 : ctx.match(MONTHS, at) === null) return null;
  const next = parseAt(ctx, at);
  return next && next.spec.kind !== 'year' ? next : null;
}

/** Punctuation a heading may carry around its date (`- آذار/مارس 2013:`), in tokens. */
const HEADING_MARKS = 3;

/**
 * Whether a match is all its line holds, punctuation aside (a heading: `آذار/مارس 2013`). Only a
 * few tokens around the match are looked at, so a long line costs no more than a short one.
 */
/** How many words back `منذ` may govern the date (`منذ توليه رئاسة الحكومة الصينية في مارس 2023`). */
const SINCE_REACH = 7;

/**
 * `منذ أوت 2021`, `ومنذ عام 2014`, `منذ توليه منصبه في مارس 2023`, `منذ أن تولى الرئاسة في 2023`:
 * where a span starts, not the time the sentence tells of. `منذ` governs the date when it stands a
 * few words before it on its line, with no punctuation, number or other date between.
 */
function isSince(ctx: Ctx, m: Match): boolean {
  // Read off the token table (word bit, interned id): the token objects before a date are
  // otherwise not touched by the scan, and loading them cost more than the test.
  const { bits, ids, tokens } = ctx;
  for (let k = m.from - 1; k >= m.from - SINCE_REACH && k >= ctx.lineStart; k--) {
    if (((bits[k] as number) & WORD_BIT) === 0) return false;
    const id = ids[k] as number;
    const role = SINCE_ROLE.get(id, id === 0 ? (tokens[k] as Token).text : (words[id] as string));
    if (role === SINCE_WORD) return true;
    if (role === SINCE_STOP) return false;
  }
  return false;
}

/**
 * A year-less day that `منذ` governs (`أول لقاء بينهما منذ 14 نوفمبر`) is behind the reference
 * however close ahead its day falls: the month's own past reading, as `نوفمبر الماضي` has it.
 */
function sinceIsPast(spec: Spec, since: boolean): Spec {
  if (!since || spec.kind !== 'day' || spec.month.kind !== 'named' || spec.month.year || spec.month.lean) return spec;
  return { ...spec, month: { ...spec.month, lean: 'past' } };
}

/** `ومنذ`, joined once here rather than per word looked at. */
const WA_MUNDH = WORD.wa + WORD.mundh;

/** Words that end what `منذ` governs and start a clause of their own (`منذ عامين ثم في مارس 2023`). */
const SINCE_STOPS = new Set(['ثم', 'حتى', 'عندما', 'حين', 'وحين', 'بينما', 'لكن', 'ولكن'].map(normaliseString));

const SINCE_WORD = 1;
const SINCE_STOP = 2;
/** `منذ`/`ومنذ`, a word that ends what it governs, or neither (0), by interned id. */
const SINCE_ROLE = new WordFlags((w) =>
  w === WORD.mundh || w === WA_MUNDH ? SINCE_WORD : SINCE_STOPS.has(w) ? SINCE_STOP : 0,
);

/** `في`, `خلال` (with `و`, `ف`): the one word that may stand before a year framing its sentence. */
const FRAME_WORDS = new Set(
  ['في', 'وفي', 'ففي', 'خلال', 'وخلال', 'عام', 'وعام', 'العام', 'سنة', 'وسنة'].map(normaliseString),
);
const SENTENCE_OPENING_ENDS = ['.', '؟', '?', '!', '؛', ';', ':'];

/**
 * Whether a year opens its sentence (`وفي 2022 أجرى الرئيسان اتصالاً في الـ25 من فبراير`, `خلال
 * 2024، التقى …`): nothing before it on its line, or after a full stop, but `في`, `خلال` or `عام`.
 * Such a year is the time the whole sentence tells of; a year further in is a detail of it — unless
 * a colon follows it and opens the list of what it holds (`التقيا ثلاث مرات في عام 2024: في بكين في
 * مايو، وفي أستانا في يوليو`), which the caller reads as framing too.
 */
function opensSentence(ctx: Ctx, m: Match): boolean {
  let k = m.from - 1;
  if (k >= ctx.lineStart && ctx.tok(k)?.kind === 'word' && FRAME_WORDS.has(ctx.word(k) as string)) k--;
  if (k < ctx.lineStart) return true;
  const t = ctx.tok(k);
  return t?.kind === 'punct' && SENTENCE_OPENING_ENDS.includes(t.text);
}

function aloneOnLine(ctx: Ctx, m: Match): boolean {
  if (m.from - ctx.lineStart > HEADING_MARKS || ctx.limit - m.to > HEADING_MARKS) return false;
  for (let k = ctx.lineStart; k < m.from; k++) if (ctx.tok(k)?.kind !== 'punct') return false;
  for (let k = m.to; k < ctx.limit; k++) if (ctx.tok(k)?.kind !== 'punct') return false;
  return true;
}
