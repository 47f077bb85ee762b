// Duckling's Arabic time corpus as an external conformance suite for day, month and year phrases.
// Duckling leans to the future (a bare weekday is the next one); where its corpus notes that
// (`phrase_notes`), the news-style answer (the most recent one) is accepted too. Both rates print.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../lib/dates';

interface Group {
  phrases: string[];
  category: string;
  expected: {
    type: 'value' | 'interval';
    grain?: string;
    /** A wall-clock time for a value; `{ from, to }` (to exclusive) for an interval. */
    value_local?: string | { from: string; to: string };
  };
  phrase_notes?: Record<string, string[]>;
}

const corpus = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/duckling-ar/duckling_ar_time.json'), 'utf8'),
) as { meta: { reference_time: string }; groups: Group[]; negative: string[] };

const REF = corpus.meta.reference_time.slice(0, 10);
const IN_SCOPE = new Set(['date_day', 'date_month', 'date_year']);

const groups = corpus.groups.filter(
  (g) => IN_SCOPE.has(g.category) || (g.category === 'interval_date' && g.expected.grain === 'day'),
);

const day = (local: string | undefined) => (local ?? '').slice(0, 10);
const previousDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** What Duckling expects, in Qimma's value format. */
function expectedOf(g: Group): { value: string; valueEnd: string | null } {
  const e = g.expected;
  const local = e.value_local;
  if (typeof local === 'object') return { value: day(local.from), valueEnd: previousDay(day(local.to)) };
  const d = day(local);
  if (e.grain === 'month') return { value: d.slice(0, 7), valueEnd: null };
  if (e.grain === 'year') return { value: d.slice(0, 4), valueEnd: null };
  return { value: d, valueEnd: null };
}

/** Most recent occurrence of the weekday of `iso` on or before the reference day. */
function newsStyleWeekday(iso: string): string {
  const ref = Date.parse(`${REF}T00:00:00Z`);
  const wd = new Date(Date.parse(`${iso}T00:00:00Z`)).getUTCDay();
  const refWd = new Date(ref).getUTCDay();
  return new Date(ref - ((refWd - wd + 7) % 7) * 86_400_000).toISOString().slice(0, 10);
}

interface Row {
  phrase: string;
  got: string;
  want: string;
  strict: boolean;
  news: boolean;
}

const rows: Row[] = [];
for (const g of groups) {
  const want = expectedOf(g);
  for (const phrase of g.phrases) {
    const r = parseDatePhrase(phrase, REF);
    const strict = r !== null && r.value === want.value && (want.valueEnd === null || r.valueEnd === want.valueEnd);
    const futureBias = g.phrase_notes?.[phrase]?.some((n) => n.startsWith('duckling_future_bias')) ?? false;
    const news = strict || (futureBias && r !== null && r.value === newsStyleWeekday(want.value));
    rows.push({ phrase, got: JSON.stringify(r), want: JSON.stringify(want), strict, news });
  }
}

describe('Duckling Arabic date phrases (ref 2013-02-12)', () => {
  it('parses day, month and year phrases: news-style ≥ 95 %', () => {
    const strict = rows.filter((r) => r.strict).length;
    const news = rows.filter((r) => r.news).length;
    const pct = (n: number) => ((100 * n) / rows.length).toFixed(1);
    console.log(
      `Duckling dates: strict ${strict}/${rows.length} (${pct(strict)} %), news-style ${news}/${rows.length} (${pct(news)} %)`,
    );
    for (const r of rows.filter((x) => !x.news)) console.log(`  miss: ${r.phrase} → ${r.got}, want ${r.want}`);
    expect(rows.length).toBeGreaterThan(90);
    expect(news / rows.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no date in the negative phrases', () => {
    for (const phrase of corpus.negative) expect(parseDatePhrase(phrase, REF), phrase).toBeNull();
  });
});
