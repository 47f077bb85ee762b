// The publication date a text gives about itself: a dateline near the top. Only full days with a
// year count (`موسكو - 12 - 3 (كونا)` gives nothing), and only where a dateline stands: a line
// that is just a date (and a clock time), a labelled date (`تاريخ النشر: …`, `نشر في …`; an update
// date only when nothing says "published"), or an agency dateline at the start of a line
// (`القاهرة في 5 مايو/أيار 2024 (وام) --`, `( … / سبوتنيك - 25 يونيو 2021ء)`). A date in the
// story itself (`التقى الرئيسان في 22 مارس 2023`) is not a dateline.

import type { Doc } from '../extract/document';
import type { Token } from '../text/tokens';
import { type FoundDate, scanDates } from './find-dates';
import { DATELINE_LABELS, DATELINE_NOISE } from './lexicon';
import { matchAt } from './phrase-table';
import { hasLineBreak } from './token-utils';
import type { DatelineLabel } from './words';

/** Unlabelled datelines: within this many characters of the start. */
const DATELINE_REACH = 400;
/** Labelled dates and date-only lines: within this many characters (after a title, a byline…). */
const LABEL_REACH = 1500;
/** An agency dateline's date starts within this many tokens of its line's start. */
const DATELINE_LEAD = 15;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function findPublishedDate(doc: Doc): string | null {
  const { tokens } = doc;
  const text = doc.norm.text;
  let n = 0;
  while (n < tokens.length && (tokens[n] as Token).start < LABEL_REACH) n++;
  const top = tokens.slice(0, n);
  const found = scanDates(top, text, null).filter((f) => f.value.value !== null && ISO_DAY.test(f.value.value));
  let updated: string | null = null;
  for (const f of found) {
    const kind = datelineKind(top, text, f);
    if (kind === 'updated') updated ??= f.value.value;
    else if (kind) return f.value.value;
  }
  return updated;
}

function lineBounds(tokens: readonly Token[], text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !hasLineBreak(text, (tokens[a - 1] as Token).end, (tokens[a] as Token).start)) a--;
  let b = to;
  while (b < tokens.length && !hasLineBreak(text, (tokens[b - 1] as Token).end, (tokens[b] as Token).start)) b++;
  return [a, b];
}

type Kind = DatelineLabel | 'line' | 'agency' | null;

function datelineKind(tokens: readonly Token[], text: string, f: FoundDate): Kind {
  const { from, to } = f.match;
  const [a, b] = lineBounds(tokens, text, from, to);
  for (let k = a; k < from; k++) {
    const label = matchAt(DATELINE_LABELS, tokens, k);
    if (label && from - label.to <= 3) return label.value;
  }
  if (onlyNoise(tokens, a, from) && onlyNoise(tokens, to, b)) return 'line';
  if (f.nStart >= DATELINE_REACH || from - a > DATELINE_LEAD) return null;
  // An agency dateline: the date sits against brackets or dashes, `(وام) --`, `سبوتنيك - 25 …)`.
  for (let k = Math.max(a, from - 2); k < Math.min(b, to + 3); k++) {
    if (k >= from && k < to) continue;
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && '()[]-/|'.includes(t.text)) return 'agency';
  }
  return null;
}

/** Punctuation, clock times (`10:45`) and time-zone words only. */
function onlyNoise(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') continue;
    if (t.kind === 'number') {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      if ((prev?.kind === 'punct' && prev.text === ':') || (next?.kind === 'punct' && next.text === ':')) continue;
      return false;
    }
    if (!DATELINE_NOISE.has(t.text)) return false;
  }
  return true;
}
