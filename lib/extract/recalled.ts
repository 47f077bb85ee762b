// A leaders' meeting told in passing: the sentence recalls it (`مذكّراً بأن الرئيس أطلع نظيره …`)
// or places it back in time (`الاتفاقات التي توصل إليها الرئيسان خلال لقائهما في أستانا مطلع
// الشهر الجاري`, `في مايو الماضي`). Such words are weak alone — a weekly reports its own summit
// as `الأسبوع الماضي` — so relevance reads them only where the headline reports another event
// (see main-subject). Only event sentences of the lead are asked, a handful per story: a plain
// word scan of the sentence is cheap enough.

import { normaliseString } from '../text/normalise';
import { PAST_PART_WORDS, PAST_TIME_WORDS, RECALL_WORDS } from './meeting-words';
import { MEETING_CUE_KINDS, type Sentence } from './story-analysis';

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

/** The sentence recalls its meeting rather than reporting it (see the file comment). */
export function isRecalled(s: Sentence): boolean {
  const cue = s.cues.find((c) => MEETING_CUE_KINDS.has(c.kind));
  if (!cue) return false;
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
