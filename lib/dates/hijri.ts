// Hijri → Gregorian, written by hand around `Intl`: the browser knows the Umm al-Qura calendar
// (Gregorian → Hijri formatting only), so we estimate the day with the tabular Islamic calendar and
// search the few days around it for the one `Intl` formats as the wanted Hijri date. Where `Intl`
// lacks the calendar (old engines, small-ICU Node), the tabular estimate is the answer (it is at
// most a day or two away from Umm al-Qura).

import { dayNumber, fromDayNumber, type Ymd } from './calendar';

/** Day number (days since 1970-01-01) of a Hijri date in the tabular (civil) Islamic calendar. */
function tabularDayNumber(hy: number, hm: number, hd: number): number {
  const days = hd + Math.ceil(29.5 * (hm - 1)) + (hy - 1) * 354 + Math.floor((3 + 11 * hy) / 30);
  // 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
  return days + dayNumber(622, 7, 19) - 1;
}

let formatter: Intl.DateTimeFormat | null | undefined;

function umalqura(): Intl.DateTimeFormat | null {
  if (formatter !== undefined) return formatter;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatter = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    formatter = null;
  }
  return formatter;
}

function hijriOf(f: Intl.DateTimeFormat, n: number): [number, number, number] {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(new Date(n * 86_400_000))) {
    if (p.type === 'year') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number.parseInt(p.value, 10);
    else if (p.type === 'day') d = Number.parseInt(p.value, 10);
  }
  return [y, m, d];
}

/** The tabular (arithmetic) estimate alone: the fallback where `Intl` lacks Umm al-Qura. */
export function tabularHijriToGregorian(hy: number, hm: number, hd: number): Ymd {
  return fromDayNumber(tabularDayNumber(hy, hm, hd));
}

const converted = new Map<number, Ymd>();

/**
 * Gregorian day of a Hijri date; null for impossible dates (month 13, day 31). Remembered: each
 * conversion costs up to seven `Intl` calls, and datelines repeat the same few dates.
 */
export function hijriToGregorian(hy: number, hm: number, hd: number): Ymd | null {
  if (hm < 1 || hm > 12 || hd < 1 || hd > 30 || hy < 1) return null;
  const key = (hy * 13 + hm) * 31 + hd;
  const known = converted.get(key);
  if (known) return { ...known };
  const ymd = convert(hy, hm, hd);
  if (converted.size > 10_000) converted.clear();
  converted.set(key, ymd);
  return { ...ymd };
}

function convert(hy: number, hm: number, hd: number): Ymd {
  const estimate = tabularDayNumber(hy, hm, hd);
  const f = umalqura();
  if (f) {
    for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
      const [y, m, d] = hijriOf(f, estimate + delta);
      if (y === hy && m === hm && d === hd) return fromDayNumber(estimate + delta);
    }
    // Day 30 of a 29-day Umm al-Qura month: no exact match; fall through to the estimate.
  }
  return fromDayNumber(estimate);
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthSpan(hy: number, hm: number): [Ymd, Ymd] | null {
  const first = hijriToGregorian(hy, hm, 1);
  const next = hm === 12 ? hijriToGregorian(hy + 1, 1, 1) : hijriToGregorian(hy, hm + 1, 1);
  if (!first || !next) return null;
  return [first, fromDayNumber(dayNumber(next.y, next.m, next.d) - 1)];
}

/** First and last Gregorian day of a Hijri year. */
export function hijriYearSpan(hy: number): [Ymd, Ymd] | null {
  const first = hijriToGregorian(hy, 1, 1);
  const next = hijriToGregorian(hy + 1, 1, 1);
  if (!first || !next) return null;
  return [first, fromDayNumber(dayNumber(next.y, next.m, next.d) - 1)];
}

/** Years of the Solar Hijri calendar where its leap-year pattern changes (jalaali's breaks). */
const SOLAR_BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

/** The March day of the Gregorian year `jy + 621` on which Solar Hijri year `jy` begins (Nowruz). */
function nowruzDay(jy: number): number {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = SOLAR_BREAKS[0] as number;
  let jump = 0;
  for (let i = 1; i < SOLAR_BREAKS.length; i++) {
    const jm = SOLAR_BREAKS[i] as number;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += Math.floor(jump / 33) * 8 + Math.floor((jump % 33) / 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += Math.floor(n / 33) * 8 + Math.floor(((n % 33) + 3) / 4);
  if (jump % 33 === 4 && jump - n === 4) leapJ += 1;
  const leapG = Math.floor(gy / 4) - Math.floor(((Math.floor(gy / 100) + 1) * 3) / 4) - 150;
  return 20 + leapJ - leapG;
}

/**
 * Solar Hijri (Persian) → Gregorian (the arithmetic calendar of jalaali, right for 1178–1633
 * SH): `28 اسفند 1396` → 19 March 2018. Null for a day its month has not (Esfand has 29 days,
 * 30 in a leap year).
 */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): Ymd | null {
  if (jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return null;
  const start = dayNumber(jy + 621, 3, nowruzDay(jy));
  const offset = (jm <= 6 ? (jm - 1) * 31 : 186 + (jm - 7) * 30) + jd - 1;
  const g = fromDayNumber(start + offset);
  if (jm === 12 && jd === 30 && dayNumber(jy + 622, 3, nowruzDay(jy + 1)) <= start + offset) return null;
  return g;
}
