// Who meets whom, sentence by sentence: the Russian and Chinese leaders present, other possible
// parties, and whether the sentence speaks of a meeting. A sentence naming both leaders (or one of
// them with a dual meeting word, `مباحثاتهما`, or visiting the other's country) with a meeting
// word is an *event* sentence: the material of both relevance and the meeting record.

import type { Directory } from './directory';
import type { CueKind, Sentence } from './story-analysis';

export interface SentenceRoles {
  sentence: Sentence;
  ru: string[];
  cn: string[];
  /** Other possible parties of a meeting: other leaders, ministers (see Directory.isCounterpart). */
  others: string[];
  /** Both leaders are there (by name, title, or one phrase naming both). */
  both: boolean;
  /** A meeting word proper: talks, summit, visit, call (not a form alone: `عبر الفيديو`). */
  meeting: boolean;
  /** The leaders' meeting itself: both leaders and a meeting word, not recalled as background. */
  event: boolean;
  /** A meeting word under a negation (`لم يعقد الزعيمان أي لقاء`). */
  negated: boolean;
  kinds: Set<CueKind>;
}

const MEETING_CUES: ReadonlySet<CueKind> = new Set(['meet', 'in-person', 'phone', 'call', 'summit', 'dual']);

export function sentenceRoles(sentences: readonly Sentence[], dir: Directory, ref: string | null): SentenceRoles[] {
  return sentences.map((sentence) => {
    const ru = new Set<string>();
    const cn = new Set<string>();
    const others = new Set<string>();
    for (const m of sentence.mentions) {
      if (m.type !== 'leader' || !m.id) continue;
      const side = dir.sideOf(m.id, ref);
      if (side === 'ru') ru.add(m.id);
      else if (side === 'cn') cn.add(m.id);
      else if (dir.isCounterpart(m.id, ref)) others.add(m.id);
    }
    const kinds = new Set(sentence.cues.map((c) => c.kind));
    const both = (ru.size > 0 && cn.size > 0) || kinds.has('pair') || kinds.has('summit');
    // A form alone (`عبر دائرة تلفزيونية مغلقة`, `على هامش`) is a meeting only with both leaders:
    // one leader `عبر الفيديو` may be giving a speech.
    const together = both && (kinds.has('video') || kinds.has('sideline'));
    const meeting = together || [...kinds].some((k) => MEETING_CUES.has(k));
    const dualMeeting = kinds.has('dual') && ru.size + cn.size > 0 && others.size === 0;
    // One leader visiting the other's country (`وصل شي إلى موسكو في زيارة`) meets the other.
    const visitAbroad =
      kinds.has('in-person') &&
      others.size === 0 &&
      sentence.mentions.some((m) => {
        if (m.type !== 'venue' || !m.id) return false;
        const country = dir.countryOf(m.id);
        return (ru.size > 0 && cn.size === 0 && country === 'CN') || (cn.size > 0 && ru.size === 0 && country === 'RU');
      });
    return {
      sentence,
      ru: [...ru],
      cn: [...cn],
      others: [...others],
      both,
      meeting,
      event: meeting && (both || dualMeeting || visitAbroad) && !sentence.background,
      negated: kinds.has('negated'),
      kinds,
    };
  });
}
