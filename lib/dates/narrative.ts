// What the dates already read in a text say about the next ones. A year-less date takes a year
// the text has made clear, before the publication's: from a date it is coordinated with
// (`28 يونيو و15 ديسمبر 2021`), from a full date shortly before it in its sentence (`زار موسكو في
// 22 مارس 2023، ثم … يوم 18 أكتوبر`), or from a section heading above it (a timeline's
// `آذار/مارس 2013`, a year alone on its line).
// Anaphoric dates (`الشهر نفسه`, `العام ذاته`, `اليوم التالي`) are told from the last date before
// them. Written by hand for news copy: a date with its own direction (`فبراير الماضي`) or announced
// (`من المقرر أن … في 15 أكتوبر`) is told from the publication, as before.

import { type Token, tokenTable } from '../text/tokens';
import type { Ymd } from './calendar';
import type { Antecedent } from './resolve';
import type { DateValue, Lean, MonthRef, Spec } from './spec';

/** How far after a full date (in tokens) a year-less date of the same sentence takes its year. */
const SENTENCE_REACH = 60;
const SENTENCE_ENDS = ['.', '؟', '?', '!', '؛', ';'];

const FULL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The year a spec gives itself, in digits (`22 مارس 2023`, `آذار/مارس 2013`, `22/03/2023`), or null. */
export function explicitYear(spec: Spec): number | null {
  switch (spec.kind) {
    case 'fixed': {
      const m = FULL.exec(spec.value.value ?? '');
      return m ? Number(m[1]) : null;
    }
    case 'day':
    case 'month':
    case 'monthPart':
    case 'lastDay':
    case 'nthWeekday':
      return monthYear(spec.month);
    case 'weekdayOrdinal':
      return spec.month ? monthYear(spec.month) : null;
    case 'year':
      return spec.year.kind === 'absolute' && !spec.end ? spec.year.y : null;
    default:
      return null;
  }
}

function monthYear(month: MonthRef): number | null {
  return month.kind === 'named' && month.year?.kind === 'absolute' ? month.year.y : null;
}

/** A named month without a year or a direction of its own: the one a context year may complete. */
function openMonth(month: MonthRef): boolean {
  return month.kind === 'named' && month.year === null && month.lean === null;
}

/** Whether a spec is a year-less date a context year would complete. */
export function needsYear(spec: Spec): boolean {
  switch (spec.kind) {
    case 'day':
    case 'month':
    case 'monthPart':
    case 'lastDay':
    case 'nthWeekday':
      return openMonth(spec.month);
    case 'weekdayOrdinal':
      return spec.month !== null && openMonth(spec.month);
    default:
      return false;
  }
}

/**
 * The spec with year `y` given to its month; `m2` is the month of a later date it is coordinated
 * with (`28 ديسمبر و3 يناير 2022`: December of the year before).
 */
export function withYear(spec: Spec, y: number, m2: number | null = null): Spec {
  switch (spec.kind) {
    case 'day': {
      const month = fill(spec.month, y, m2);
      const end = spec.end && { ...spec.end, month: spec.end.month === spec.month ? month : spec.end.month };
      return { ...spec, month, end };
    }
    case 'month':
    case 'monthPart':
    case 'lastDay':
    case 'nthWeekday':
      return { ...spec, month: fill(spec.month, y, m2) };
    case 'weekdayOrdinal':
      return spec.month ? { ...spec, month: fill(spec.month, y, m2) } : spec;
    default:
      return spec;
  }
}

/** An open month given year `y` (the year before when it comes after `m2`, see `withYear`). */
function fill(month: MonthRef, y: number, m2: number | null): MonthRef {
  if (month.kind !== 'named' || !openMonth(month)) return month;
  const year = m2 !== null && month.m > m2 ? y - 1 : y;
  return { ...month, year: { kind: 'absolute', y: year } };
}

/** The first month of a date spec, when named (for coordination). */
export function namedMonth(spec: Spec): number | null {
  if (spec.kind === 'day' || spec.kind === 'month' || spec.kind === 'monthPart') {
    return spec.month.kind === 'named' ? spec.month.m : null;
  }
  return null;
}

/** Context years and the antecedent, updated date by date along a text. */
export class Narrative {
  private year: number | null = null;
  private month: { y: number; m: number } | null = null;
  private day: Ymd | null = null;
  /** Year of the last heading line (a month or a year alone on its line). */
  private headingYear: number | null = null;
  /** Year of the last full date of the current sentence, and the token after that date. */
  private sentenceYear: number | null = null;
  private sentenceYearEnd = -1;
  /** The last year-less month or day the reference placed in a year, and the token after it. */
  private placedMonth: { y: number; m: number; end: number } | null = null;
  /**
   * The last year the text wrote out in a date (`17 مارس 2023`, a heading's `آذار/مارس 2013`, a
   * sentence's opening `وفي 2022`), a span's start aside.
   */
  private writtenYear: number | null = null;
  /**
   * Whether a year-less date with no reference day takes the last year written before it (see
   * `contextYear`): set for a document's story, never for the scan of its dateline.
   */
  documentYears = false;

  /** Line number of each token (see `TokenTable.line`). */
  private readonly line: Int32Array;

  constructor(
    private readonly tokens: readonly Token[],
    text: string,
  ) {
    this.line = tokenTable(tokens, text).line;
  }

  /** The antecedent object, made again only when a date changes it (most dates ask, few change). */
  private ante: Antecedent | null = null;

  antecedent(): Antecedent | null {
    if (this.year === null) return null;
    this.ante ??= { year: this.year, month: this.month, day: this.day };
    return this.ante;
  }

  /**
   * The year a year-less date starting at token `from` takes, unless it is announced: that of a
   * full date shortly before it in the same sentence, else that of the section's heading. A
   * heading of the reference's own year (a month-and-year line at the top of a page) changes
   * nothing: the reference's rules (cues, a January story's December) place such dates better.
   */
  contextYear(from: number, lean: Lean, refYear: number | null, month: number | null = null): number | null {
    if (lean === 'future') return null;
    if (this.sentenceYear !== null && this.sameSentence(this.sentenceYearEnd, from)) return this.sentenceYear;
    // `شهدت تراجعا خلال أشهر مارس وأفريل وجوان … قبل أن تعاود الارتفاع بداية من شهر أوت`: the
    // sentence's months run in order through one year, the year its first months were placed in
    // (here by the past cue), though the later one, read alone, would be placed another year.
    // Only a year other than the reference's says something (a list of this year's dates does not).
    const placed = this.placedMonth;
    if (placed && placed.y !== refYear && month !== null && month >= placed.m && this.sameSentence(placed.end, from))
      return placed.y;
    const heading = this.headingYear === refYear ? null : this.headingYear;
    // A page with no day to count from (an encyclopaedia's article, a copy without its date line:
    // `أعلنت الخارجية عن الزيارة في 17 مارس 2023 … وصل شي إلى موسكو ظهر يوم 20 مارس`) tells its
    // year-less dates in the last year it wrote out, as a reader takes them.
    if (heading === null && refYear === null && this.documentYears) return this.writtenYear;
    return heading;
  }

  private sameSentence(from: number, to: number): boolean {
    if (to - from > SENTENCE_REACH) return false;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k] as Token;
      if (t.kind === 'punct' && SENTENCE_ENDS.includes(t.text)) return false;
      if (this.line[k - 1] !== this.line[k]) return false;
    }
    return true;
  }

  /**
   * Records a date read at tokens `[from, to)`; `heading`: the date is all its line holds;
   * `since`: it starts a span (`منذ أوت 2021`), and its year is not the sentence's (`منذ أوت
   * 2021، أي منذ أربع سنوات، بعدما أعلن ترامب في 2 أفريل` is this April); `frame`: a year opening
   * its sentence (`وفي 2022 أجرى الرئيسان اتصالاً في الـ25 من فبراير`), the sentence's year as a
   * full date's is (a year further in, `بلغ التبادل عام 1949 …`, is not).
   */
  record(spec: Spec, value: DateValue, to: number, heading: boolean, since = false, frame = false): void {
    const given = explicitYear(spec);
    // A year alone is often a bound or a target (`بحلول عام 2030`), not the time told of.
    if (given !== null && !since && (value.grain !== 'year' || heading || frame)) this.writtenYear = given;
    if (given !== null) {
      if (heading && value.grain !== 'day') this.headingYear = given;
      else if ((value.grain !== 'year' || frame) && !since) {
        this.sentenceYear = given;
        this.sentenceYearEnd = to;
      }
    }
    const v = value.value;
    if (v === null || !isFullValue(v)) return;
    // `… عام 1949، وشهد العام الجاري لقاءين، في بكين في أيار الماضي وفي أستانا في تموز`: a date
    // told from the reference (`أيار الماضي`, `العام الجاري`, `أمس`) brings the sentence back to
    // its time, and a year-less month after it is placed from the reference again (looking back
    // as news does), not in the year of the full date before.
    if (given === null && !since && toldFromReference(spec)) this.sentenceYear = null;
    if (given === null && v.length >= 7 && needsYear(spec)) {
      this.placedMonth = { y: digitsAt(v, 0, 4), m: digitsAt(v, 5, 2), end: to };
    }
    this.ante = null;
    this.year = digitsAt(v, 0, 4);
    if (v.length >= 7) this.month = { y: this.year, m: digitsAt(v, 5, 2) };
    if (v.length === 10) this.day = { y: this.year, m: digitsAt(v, 5, 2), d: digitsAt(v, 8, 2) };
  }
}

/** A date placed by the reference day through words of its own: a direction, an offset, `أمس`. */
function toldFromReference(spec: Spec): boolean {
  switch (spec.kind) {
    case 'day':
    case 'month':
    case 'monthPart':
      return spec.month.kind === 'relative' || (spec.month.kind === 'named' && spec.month.lean !== null);
    case 'year':
      return spec.year.kind === 'relative';
    case 'relativeDay':
      return spec.anaphora === null;
    case 'weekday':
      return spec.mode !== 'bare';
    case 'weekdayOfWeek':
    case 'daysAgo':
      return true;
    default:
      return false;
  }
}

/** `FULL` without a RegExp (every date of a text is recorded): `2024`, `2024-05`, `2024-05-16`. */
function isFullValue(v: string): boolean {
  const n = v.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  for (let k = 0; k < n; k++) {
    const c = v.charCodeAt(k);
    if (k === 4 || k === 7 ? c !== 0x2d : c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function digitsAt(v: string, from: number, count: number): number {
  let x = 0;
  for (let k = from; k < from + count; k++) x = x * 10 + v.charCodeAt(k) - 0x30;
  return x;
}
