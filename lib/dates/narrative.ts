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
  const fill = (month: MonthRef): MonthRef => {
    if (month.kind !== 'named' || !openMonth(month)) return month;
    const year = m2 !== null && month.m > m2 ? y - 1 : y;
    return { ...month, year: { kind: 'absolute', y: year } };
  };
  switch (spec.kind) {
    case 'day': {
      const month = fill(spec.month);
      const end = spec.end && { ...spec.end, month: spec.end.month === spec.month ? month : spec.end.month };
      return { ...spec, month, end };
    }
    case 'month':
    case 'monthPart':
    case 'lastDay':
    case 'nthWeekday':
      return { ...spec, month: fill(spec.month) };
    case 'weekdayOrdinal':
      return spec.month ? { ...spec, month: fill(spec.month) } : spec;
    default:
      return spec;
  }
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

  /** Line number of each token (see `TokenTable.line`). */
  private readonly line: Int32Array;

  constructor(
    private readonly tokens: readonly Token[],
    text: string,
  ) {
    this.line = tokenTable(tokens, text).line;
  }

  antecedent(): Antecedent | null {
    return this.year === null ? null : { year: this.year, month: this.month, day: this.day };
  }

  /**
   * The year a year-less date starting at token `from` takes, unless it is announced: that of a
   * full date shortly before it in the same sentence, else that of the section's heading. A
   * heading of the reference's own year (a month-and-year line at the top of a page) changes
   * nothing: the reference's rules (cues, a January story's December) place such dates better.
   */
  contextYear(from: number, lean: Lean, refYear: number | null): number | null {
    if (lean === 'future') return null;
    if (this.sentenceYear !== null && this.sameSentence(this.sentenceYearEnd, from)) return this.sentenceYear;
    return this.headingYear === refYear ? null : this.headingYear;
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

  /** Records a date read at tokens `[from, to)`; `heading`: the date is all its line holds. */
  record(spec: Spec, value: DateValue, to: number, heading: boolean): void {
    const given = explicitYear(spec);
    if (given !== null) {
      if (heading && value.grain !== 'day') this.headingYear = given;
      else if (value.grain !== 'year') {
        this.sentenceYear = given;
        this.sentenceYearEnd = to;
      }
    }
    const m = FULL.exec(value.value ?? '');
    if (!m) return;
    this.year = Number(m[1]);
    if (m[2]) this.month = { y: this.year, m: Number(m[2]) };
    if (m[3]) this.day = { y: this.year, m: Number(m[2]), d: Number(m[3]) };
  }
}
