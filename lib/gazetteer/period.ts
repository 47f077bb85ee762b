// A period of days (inclusive ISO bounds), for asking who held an office "then". A reference
// date may be a day, a month or a year; a text with no reference date is placed in the latest
// year it mentions, or today.

import { NUMBER_BIT, type Token, tokenTable } from '../text/tokens';
import { words } from '../text/vocabulary';

export interface Period {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** The days a date value covers: `2023-03-20` → that day, `2023-03` → March, `2023` → the year. */
export function periodOf(value: string | null | undefined): Period | null {
  if (!value) return null;
  // A timestamp (`2024-05-16T09:30:00Z`) counts as its day.
  const date = value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value;
  if (DAY.test(date)) return { from: date, to: date };
  const m = MONTH.exec(date);
  if (m) return { from: `${date}-01`, to: `${date}-${pad(daysInMonth(Number(m[1]), Number(m[2])))}` };
  if (YEAR.test(date)) return { from: `${date}-01-01`, to: `${date}-12-31` };
  return null;
}

/** Today's ISO day and the UTC midnights around it: asked for every text without a date. */
let todayValue = '';
let todayFrom = 0;
let todayUntil = 0;

export function today(): string {
  const now = Date.now();
  if (now < todayFrom || now >= todayUntil) {
    const d = new Date(now);
    todayValue = d.toISOString().slice(0, 10);
    todayFrom = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    todayUntil = todayFrom + 86_400_000;
  }
  return todayValue;
}

/**
 * The period a text speaks from: its reference date when known; otherwise the latest year it
 * mentions (news speaks of its own year, and looks back more than forward), not later than the
 * current year; otherwise today.
 */
export function textPeriod(tokens: Token[], ref: string | null): Period {
  const fromRef = periodOf(ref);
  if (fromRef) return fromRef;
  const now = today();
  const thisYear = Number(now.slice(0, 4));
  let latest = 0;
  // Over the typed columns (number bit, id): only four-digit numbers are read as strings, and no
  // token object is touched for the rest of a long text.
  const { bits, ids } = tokenTable(tokens);
  for (let i = 0; i < ids.length; i++) {
    if (((bits[i] as number) & NUMBER_BIT) === 0) continue;
    const id = ids[i] as number;
    const text = id !== 0 ? (words[id] as string) : (tokens[i] as Token).text;
    if (text.length !== 4) continue;
    const y = Number(text);
    if (y >= 1990 && y <= thisYear && y > latest) latest = y;
  }
  return latest ? (periodOf(String(latest)) as Period) : { from: now, to: now };
}

export function overlaps(a: Period, from: string, to: string | null): boolean {
  return from <= a.to && (to === null || to >= a.from);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
