// A leaders' meeting told in passing: the sentence recalls it (`مذكّراً بأن الرئيس أطلع نظيره …`)
// or places it back in time (`الاتفاقات التي توصل إليها الرئيسان خلال لقائهما في أستانا مطلع
// الشهر الجاري`, `في مايو الماضي`). Such words are weak alone — a weekly reports its own summit
// as `الأسبوع الماضي` — so relevance reads them only where the headline reports another event
// (see main-subject). Only event sentences of the lead are asked, a handful per story: a plain
// word scan of the sentence is cheap enough.

import { periodOf } from '../gazetteer/period';
import { normaliseString } from '../text/normalise';
import { PAST_PART_WORDS, PAST_TIME_WORDS, RECALL_WORDS } from './meeting-words';
import { MEETING_CUE_KINDS, type Sentence } from './story-analysis';
import { wordsBefore } from './words-before';

const set = (words: readonly string[]) => new Set(words.map(normaliseString));
const RECALLING = set(RECALL_WORDS);
const PAST_TIME = set(PAST_TIME_WORDS);
const PAST_PART = set(PAST_PART_WORDS);
/** `الشهر الجاري`, `العام الحالي` after `مطلع`: the part of the current period already gone. */
const CURRENT_PERIOD = set(['الشهر', 'العام', 'السنة', 'الأسبوع']);
const CURRENT = set(['الجاري', 'الحالي', 'الجارية', 'الحالية']);

/** The word without a leading conjunction (`ومذكرا` → `مذكرا`). */
function bare(w: string): string {
  return (w.startsWith('و') || w.startsWith('ف')) && w.length > 3 ? w.slice(1) : w;
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Days before the publication day after which a dated meeting is an earlier one, not the news. */
const NEWS_REACH_DAYS = 60;

/**
 * The sentence recalls its meeting rather than reporting it (see the file comment), or dates it
 * long before the publication day (`حين التقى الرئيسان في موسكو في يونيو 2019` in a column of
 * January 2024).
 */
export function isRecalled(s: Sentence, published: string | null = null): boolean {
  const cue = s.cues.find((c) => MEETING_CUE_KINDS.has(c.kind));
  if (!cue) return false;
  if (published && datedLongBefore(s, published)) return true;
  if (wordsOf(s.text.slice(s.start, cue.start)).some((w) => RECALLING.has(w) || RECALLING.has(bare(w)))) return true;
  const after = wordsOf(s.text.slice(cue.end, s.end));
  for (let i = 0; i < after.length; i++) {
    const w = after[i] as string;
    if (PAST_TIME.has(w)) return true;
    if (PAST_PART.has(bare(w)) && CURRENT_PERIOD.has(after[i + 1] ?? '') && CURRENT.has(after[i + 2] ?? ''))
      return true;
  }
  return false;
}

/**
 * The meeting's own date — the first date after the sentence's first meeting word, else the
 * nearest before it, a date after `منذ` (a point of reference: `للمرة الأولى منذ 2019`) aside —
 * ended more than `NEWS_REACH_DAYS` before the publication day.
 */
export function datedLongBefore(s: Sentence, published: string | null): boolean {
  if (!published) return false;
  const day = Date.parse(published);
  const cue = s.cues.find((c) => MEETING_CUE_KINDS.has(c.kind));
  if (Number.isNaN(day) || !cue) return false;
  let own: string | null = null;
  for (const m of s.mentions) {
    if (m.type !== 'date' || typeof m.value !== 'string' || SINCE.has(wordsBefore(s.text, m.nStart, 1)[0] ?? ''))
      continue;
    own = m.value;
    if (m.nStart >= cue.end) break;
  }
  const end = own === null ? null : periodEnd(own);
  return end !== null && day - end > NEWS_REACH_DAYS * 86_400_000;
}

/** `منذ` before a date makes it a point of reference, not the meeting's day. */
const SINCE = set(['منذ', 'ومنذ']);

/** The moment an ISO day, month or year (`2019`, `2019-06`, `2019-06-05`) ends; null otherwise. */
function periodEnd(value: string): number | null {
  const period = periodOf(value);
  return period ? Date.parse(period.to) + 86_400_000 : null;
}
