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
import { wordSpansBefore, wordsBefore } from './words-before';

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

/** A run of letters and digits: the words `text.slice(from, to).split(/[^\p{L}\p{N}]+/u)` gives. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words between `from` and `to`, read in place: the first from `from` with `firstWord`, the
 * next with `nextWord` (no slice of the sentence, no array of its words).
 */
function firstWord(text: string, from: number, to: number): string | null {
  WORD.lastIndex = from;
  return nextWord(text, to);
}

function nextWord(text: string, to: number): string | null {
  const m = WORD.exec(text);
  if (m === null || m.index >= to) return null;
  const end = m.index + m[0].length;
  return end <= to ? m[0] : text.slice(m.index, to);
}

/** A recalling word before the sentence's meeting word (`مذكرا بأن`). */
function recallsBefore(text: string, from: number, to: number): boolean {
  for (let w = firstWord(text, from, to); w !== null; w = nextWord(text, to)) {
    if (RECALLING.has(w) || RECALLING.has(bare(w))) return true;
  }
  return false;
}

/** After the meeting word, a past time (`الماضي`) or a past part of the current period (`مطلع الشهر الجاري`). */
function pastAfter(text: string, from: number, to: number): boolean {
  for (let w = firstWord(text, from, to); w !== null; w = nextWord(text, to)) {
    if (PAST_TIME.has(w)) return true;
    if (PAST_PART.has(bare(w)) && currentPeriodNext(text, to)) return true;
  }
  return false;
}

/** The next two words are a period and `الجاري`/`الحالي`; the reading goes on where it was. */
function currentPeriodNext(text: string, to: number): boolean {
  const at = WORD.lastIndex;
  const period = nextWord(text, to);
  const current = period === null ? null : nextWord(text, to);
  WORD.lastIndex = at;
  return period !== null && CURRENT_PERIOD.has(period) && current !== null && CURRENT.has(current);
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
  return (
    recallsBefore(s.text, s.start, cue.start) ||
    afterSpanOf(s.text, s.start, cue.start) ||
    framesAnother(s.text, s.start, cue.start) ||
    pastAfter(s.text, cue.end, earlierClauseAfter(s, cue.end))
  );
}

/**
 * Where a clause of an earlier meeting opens after offset `at` (`أجرى الرئيسان أمس محادثات …، هي
 * الثانية هذا العام بعد قمة افتراضية عقدت في 28 حزيران الماضي`): its past words date that one,
 * not the sentence's own meeting. The sentence's end when there is none.
 */
function earlierClauseAfter(s: Sentence, at: number): number {
  for (const b of s.breaks) if (b.earlier && b.at > at) return b.at;
  return s.end;
}

/** `بينما`, `وبينما`, `فبينما`, `في حين`: a clause that frames the sentence's own event. */
const WHILE_WORDS = set(['بينما', 'وبينما', 'فبينما']);

/**
 * The sentence opens with `بينما` and its meeting word stands in that clause, at most one comma
 * into it (`بينما كانت عدسات العالم مشدودة إلى الكرملين، حيث استقبل بوتين ضيفه الصيني …، كانت
 * الأسئلة الأهم تُطرح في واشنطن`): the meeting is the time frame of another event, a column's hook.
 */
function framesAnother(text: string, from: number, to: number): boolean {
  const first = firstWord(text, from, to);
  if (first === null || !WHILE_WORDS.has(first)) return false;
  return text.slice(from, to).split(/[،,]/u).length <= 2;
}

/** `بعد`, then the words of a span of time (`شهر`, `نحو أسبوعين`, `أيام`), then `من`/`على`. */
const AFTER = set(['بعد', 'وبعد']);
const SPAN_WORDS = set([
  'يوم',
  'يومين',
  'أيام',
  'أسبوع',
  'أسبوعين',
  'أسابيع',
  'شهر',
  'شهرين',
  'أشهر',
  'شهور',
  'عام',
  'عامين',
  'أعوام',
  'سنة',
  'سنتين',
  'سنوات',
  'نحو',
  'حوالي',
  'قرابة',
  'أقل',
  'أكثر',
  'بضعة',
  'بضع',
  'ثلاثة',
  'ثلاث',
  'أربعة',
  'أربع',
  'خمسة',
  'ستة',
]);
const SPAN_OF = set(['من', 'على']);

/**
 * The meeting word comes right after `بعد شهر من`, `بعد نحو أسبوعين على`: the sentence's own event
 * (`وتأتي الجولة …`) follows it, so the meeting is an earlier one.
 */
function afterSpanOf(text: string, from: number, to: number): boolean {
  const before = wordSpansBefore(text, to, 6, from).map(([b, e]) => text.slice(b, e));
  if (before.length < 3 || !SPAN_OF.has(before[0] as string)) return false;
  for (let k = 1; k < before.length; k++) {
    const w = before[k] as string;
    if (AFTER.has(w)) return k >= 2;
    if (!SPAN_WORDS.has(w)) return false;
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
  // The dates of an earlier meeting's clause are that meeting's.
  const until = earlierClauseAfter(s, cue.end);
  for (const m of s.mentions) {
    if (m.nStart >= until) break;
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
