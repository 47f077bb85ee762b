// Date mentions of a document, as candidates for the orchestrator. Without a publication date, a
// year-less dateline (`سوتشي في 6 فبراير / وام /`) still places `اليوم`, `غدا`, `الشهر الجاري`.

import type { Candidate, Doc } from '../extract/document';
import { parseIsoDay } from './calendar';
import { findDatelineDay } from './published-date';
import { scanDates } from './scan';

const PARTIAL_DAY = /^--(\d{2})-(\d{2})$/;

export function findDates(doc: Doc, ref: string | null): Candidate[] {
  const refDay = parseIsoDay(ref);
  let partial: { m: number; d: number } | null = null;
  if (!refDay) {
    const p = PARTIAL_DAY.exec(findDatelineDay(doc) ?? '');
    if (p) partial = { m: Number(p[1]), d: Number(p[2]) };
  }
  return scanDates(doc.tokens, doc.norm.text, refDay, false, partial).map((f) => ({
    type: 'date',
    id: null,
    value: f.value.value,
    unit: null,
    valueEnd: f.value.valueEnd,
    grain: f.value.grain,
    nStart: f.nStart,
    nEnd: f.nEnd,
  }));
}
