// Date mentions of a document, as candidates for the orchestrator. Without a publication date, a
// year-less dateline (`سوتشي في 6 فبراير / وام /`) still places `اليوم`, `غدا`, `الشهر الجاري`.
// KUNA's year-less dateline (`بكين - 18 - 10 (كونا) --`) is a mention of its own: `--10-18`, or
// the full day when the reference (page metadata, a dated dateline) gives the year — never a year
// found later in the story.

import type { Candidate, Doc } from '../extract/document';
import { isoDay, parseIsoDay, partialDay, type Ymd } from './calendar';
import { rememberedParses } from './parse-memo';
import { findDatelineDay, findNumericDateline, type NumericDateline } from './published-date';
import { placeYear } from './resolve';
import { scanDates } from './scan';

const PARTIAL_DAY = /^--(\d{2})-(\d{2})$/;

export function findDates(doc: Doc, ref: string | null): Candidate[] {
  const refDay = parseIsoDay(ref);
  let partial: { m: number; d: number } | null = null;
  if (!refDay) {
    const p = PARTIAL_DAY.exec(findDatelineDay(doc) ?? '');
    if (p) partial = { m: Number(p[1]), d: Number(p[2]) };
  }
  const out: Candidate[] = scanDates(doc.tokens, doc.norm.text, refDay, false, partial, rememberedParses(doc.norm)).map(
    (f) => ({
      type: 'date',
      id: null,
      value: f.value.value,
      unit: null,
      valueEnd: f.value.valueEnd,
      grain: f.value.grain,
      nStart: f.nStart,
      nEnd: f.nEnd,
    }),
  );
  const numeric = findNumericDateline(doc);
  if (numeric && inTokens(doc, numeric) && !out.some((c) => c.nStart < numeric.nEnd && numeric.nStart < c.nEnd)) {
    out.unshift(numericCandidate(numeric, refDay));
  }
  return out;
}

/** A dateline is the story's own day: never after the reference, so the last such day on or before it. */
function numericCandidate(n: NumericDateline, ref: Ymd | null): Candidate {
  const value = ref ? isoDay(placeYear(n.m, n.d, ref, 'past', null, false), n.m, n.d) : partialDay(n.m, n.d);
  return { type: 'date', id: null, value, unit: null, valueEnd: null, grain: 'day', nStart: n.nStart, nEnd: n.nEnd };
}

/** Whether the dateline lies among the document's tokens (the story may leave the top out). */
function inTokens(doc: Doc, n: NumericDateline): boolean {
  const first = doc.tokens[0];
  return first !== undefined && first.start <= n.nStart;
}
