// Who meets whom, sentence by sentence: the Russian and Chinese leaders present, other possible
// parties, and whether the sentence speaks of a meeting. A sentence naming both leaders (or one of
// them with a dual meeting word, `مباحثاتهما`, or visiting the other's country) with a meeting
// word is an *event* sentence: the material of both relevance and the meeting record.

import type { Directory } from './directory';
import type { CueKind, Sentence } from './story-analysis';

export interface SentenceRoles {
  sentence: Sentence;
  ru: readonly string[];
  cn: readonly string[];
  /** Other possible parties of a meeting: other leaders, ministers (see Directory.isCounterpart). */
  others: readonly string[];
  /** Both leaders are there (by name, title, or one phrase naming both). */
  both: boolean;
  /** A meeting word proper: talks, summit, visit, call (not a form alone: `عبر الفيديو`). */
  meeting: boolean;
  /** The leaders' meeting itself: both leaders and a meeting word, not recalled as background. */
  event: boolean;
  /** A meeting word under a negation (`لم يعقد الزعيمان أي لقاء`). */
  negated: boolean;
  /** A meeting word under a guess or a hope (`قد يلتقيان`, `من المرجح أن يلتقي`). */
  speculative: boolean;
  /**
   * One side's leader meets an official of the other country (`استقبل بوتين وانغ يي`, `استقبل
   * شي لافروف`): an envoy's meeting, not the leaders'. Premiers count as officials here: a side is
   * the head of state (so the regular Li Qiang–Mishustin meetings are no leaders' meeting).
   */
  envoy: boolean;
  kinds: ReadonlySet<CueKind>;
}

const MEETING_CUES: ReadonlySet<CueKind> = new Set(['meet', 'in-person', 'phone', 'call', 'summit', 'dual']);

/** Shared by sentences without a cue, the most of them; never modified. */
const NO_KINDS: ReadonlySet<CueKind> = new Set();
const NONE: readonly string[] = [];

function add(list: readonly string[], id: string): readonly string[] {
  if (list === NONE) return [id];
  if (!list.includes(id)) (list as string[]).push(id);
  return list;
}

export function sentenceRoles(sentences: readonly Sentence[], dir: Directory, ref: string | null): SentenceRoles[] {
  return sentences.map((sentence) => {
    let ru = NONE;
    let cn = NONE;
    let others = NONE;
    let ruOfficial = false;
    let cnOfficial = false;
    for (const m of sentence.mentions) {
      if (m.type !== 'leader' || !m.id) continue;
      const side = dir.sideOf(m.id, ref);
      if (side === 'ru') ru = add(ru, m.id);
      else if (side === 'cn') cn = add(cn, m.id);
      else {
        if (dir.isCounterpart(m.id, ref)) others = add(others, m.id);
        const country = dir.leaderCountry(m.id);
        if (country === 'RU') ruOfficial = true;
        else if (country === 'CN') cnOfficial = true;
      }
    }
    const kinds = sentence.cues.length === 0 ? NO_KINDS : new Set(sentence.cues.map((c) => c.kind));
    const both = (ru.length > 0 && cn.length > 0) || kinds.has('pair') || kinds.has('summit');
    // A form alone (`عبر دائرة تلفزيونية مغلقة`, `على هامش`) is a meeting only with both leaders
    // (one leader `عبر الفيديو` may be giving a speech), and not when it is the form of a
    // gathering they both attend (`قمة بريكس الافتراضية`).
    const together = both && !kinds.has('gathering') && (kinds.has('video') || kinds.has('sideline'));
    let meeting = together;
    for (const k of kinds) if (MEETING_CUES.has(k)) meeting = true;
    // A joint statement beside a gathering, and no other meeting word, is the gathering's.
    if (meeting && !together && kinds.has('gathering') && kinds.has('joint') && onlyJoint(sentence)) meeting = false;
    const dualMeeting = kinds.has('dual') && ru.length + cn.length > 0 && others.length === 0;
    // One leader visiting the other's country (`وصل شي إلى موسكو في زيارة`) meets the other.
    const visitAbroad =
      kinds.has('in-person') &&
      others.length === 0 &&
      sentence.mentions.some((m) => {
        if (m.type !== 'venue' || !m.id) return false;
        const country = dir.countryOf(m.id);
        return (
          (ru.length > 0 && cn.length === 0 && country === 'CN') ||
          (cn.length > 0 && ru.length === 0 && country === 'RU')
        );
      });
    return {
      sentence,
      ru,
      cn,
      others,
      both,
      meeting,
      event: meeting && (both || dualMeeting || visitAbroad) && !sentence.background,
      negated: kinds.has('negated'),
      speculative: kinds.has('speculative'),
      envoy:
        meeting &&
        ((ru.length > 0 && cn.length === 0 && cnOfficial && !placedIn(sentence, dir, 'CN')) ||
          (cn.length > 0 && ru.length === 0 && ruOfficial && !placedIn(sentence, dir, 'RU'))),
      kinds,
    };
  });
}

/**
 * The sentence names a place in this country: a leader welcomed by the other country's officials
 * there (`وصل بوتين إلى بكين حيث كان في استقباله وانغ يي`) is on a visit, not receiving an envoy.
 */
function placedIn(sentence: Sentence, dir: Directory, country: string): boolean {
  return sentence.mentions.some((m) => m.type === 'venue' && !!m.id && dir.countryOf(m.id) === country);
}

/** Every meeting word of the sentence is a joint statement or press conference. */
function onlyJoint(sentence: Sentence): boolean {
  const joint = new Set<number>();
  for (const c of sentence.cues) if (c.kind === 'joint') joint.add(c.start);
  for (const c of sentence.cues) {
    if (MEETING_CUES.has(c.kind) && (c.kind !== 'meet' || !joint.has(c.start))) return false;
  }
  return true;
}
