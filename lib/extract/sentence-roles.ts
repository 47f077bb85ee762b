// Who meets whom, sentence by sentence: the Russian and Chinese leaders present, other possible
// parties, and whether the sentence speaks of a meeting. A sentence naming both leaders (or one of
// them with a dual meeting word, `مباحثاتهما`, or visiting the other's country) with a meeting
// word is an *event* sentence: the material of both relevance and the meeting record.

import { analyseWord } from '../numbers/lexicon';
import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import { isDigit, isLetter } from '../text/tokens';
import { carryCounterparts } from './counterpart-carry';
import type { Directory } from './directory';
import type { Candidate } from './document';
import { investiture, mayNameOrder } from './investiture';
import { PRESENT_IN_PERSON_WORDS } from './meeting-words';
import { SAYING_WORDS } from './saying-words';
import type { Cue, CueKind, Sentence } from './story-analysis';
import { containsAnyStem, isLetterAt, wordSpansAfter, wordSpansBefore, wordsBefore } from './words-before';

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
  /**
   * One side's leader and a place in the other's country, no third party (`بوتين في بكين`): a
   * headline's way of saying the visit, with no meeting word.
   */
  abroad: boolean;
  kinds: ReadonlySet<CueKind>;
}

const MEETING_CUES: ReadonlySet<CueKind> = new Set(['meet', 'in-person', 'phone', 'call', 'summit', 'dual', 'told']);

/** Shared by sentences without a cue, the most of them; never modified. */
const NO_KINDS: ReadonlySet<CueKind> = new Set();
const NONE: readonly string[] = [];

function add(list: readonly string[], id: string): readonly string[] {
  if (list === NONE) return [id];
  if (!list.includes(id)) (list as string[]).push(id);
  return list;
}

export function sentenceRoles(sentences: readonly Sentence[], dir: Directory, ref: string | null): SentenceRoles[] {
  return carryCounterparts(sentences.map((sentence) => rolesOf(sentence, dir, ref)));
}

function rolesOf(sentence: Sentence, dir: Directory, ref: string | null): SentenceRoles {
  addToldCue(sentence, dir, ref);
  addWitnessCue(sentence, dir, ref);
  addInvestitureCue(sentence, dir, ref);
  let ru = NONE;
  let cn = NONE;
  let others = NONE;
  let ruOfficial = false;
  let cnOfficial = false;
  // `وهي القمة التي غاب عنها الرئيس الروسي فلاديمير بوتين`: a leader said to be absent is no party.
  const absence = containsAnyStem(sentence.text, ABSENCE_STEMS, sentence.start, sentence.end);
  for (const m of sentence.mentions) {
    if (m.type !== 'leader' || !m.id) continue;
    const side = dir.sideOf(m.id, ref);
    if ((side === 'ru' || side === 'cn') && absence && isAbsent(sentence, m)) continue;
    if (side === 'ru') ru = add(ru, m.id);
    else if (side === 'cn') cn = add(cn, m.id);
    else {
      if (dir.isCounterpart(m.id, ref) && !isSpeaker(sentence, m)) others = add(others, m.id);
      const country = dir.leaderCountry(m.id);
      // An official the sentence cites (`وفق ما أعلنه مساعد الرئيس الروسي يوري أوشاكوف`) is its
      // source, not a party to the meeting it reports.
      if (country !== 'RU' && country !== 'CN') continue;
      if (isSource(sentence, m) || isSayingSubject(sentence, m) || namedAsThen(sentence, m)) continue;
      if (country === 'RU') ruOfficial = true;
      else cnOfficial = true;
    }
  }
  const kinds = sentence.cues.length === 0 ? NO_KINDS : kindsOf(sentence.cues);
  const both = (ru.length > 0 && cn.length > 0) || kinds.has('pair') || kinds.has('summit');
  // A form alone (`عبر دائرة تلفزيونية مغلقة`, `على هامش`) is a meeting only with both leaders
  // (one leader `عبر الفيديو` may be giving a speech), and not when it is the form of a
  // gathering they both attend (`قمة بريكس الافتراضية`).
  // Nor a video word beside one leader present in person (`بوتين عبر الفيديو وشي حاضرا`): two ways
  // of attending one gathering.
  const together =
    both &&
    !kinds.has('gathering') &&
    (kinds.has('video') || kinds.has('sideline')) &&
    !(kinds.has('video') && presentInPerson(sentence));
  let meeting = together || hasMeetingCue(sentence.cues);
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
        (ru.length > 0 && cn.length === 0 && country === 'CN') || (cn.length > 0 && ru.length === 0 && country === 'RU')
      );
    });
  const envoy =
    meeting &&
    ((ru.length > 0 && cn.length === 0 && cnOfficial && !locatedIn(sentence, dir, 'CN')) ||
      (cn.length > 0 && ru.length === 0 && ruOfficial && !locatedIn(sentence, dir, 'RU')) ||
      // Only an official of either country can be met first (`officialMetFirst` reads the same facts).
      ((ruOfficial || cnOfficial) && officialMetFirst(sentence, dir, ref)));
  return {
    sentence,
    ru,
    cn,
    others,
    both,
    meeting,
    // The envoy's meeting is the sentence's event, whatever it says of the leaders
    // (`بوتين يستقبل وانغ يي ويؤكد أنه ينتظر زيارة شي`).
    event:
      meeting &&
      (both || dualMeeting || visitAbroad) &&
      !sentence.background &&
      !envoy &&
      !(others.length > 0 && meetingsOfOthers(sentence, others)) &&
      !onlyPluralMeetings(sentence),
    negated: kinds.has('negated'),
    speculative: kinds.has('speculative'),
    envoy,
    abroad:
      others.length === 0 &&
      ((ru.length > 0 && cn.length === 0 && placedIn(sentence, dir, 'CN')) ||
        (cn.length > 0 && ru.length === 0 && placedIn(sentence, dir, 'RU'))),
    kinds,
  };
}

const PRESENT_IN_PERSON = new Set(PRESENT_IN_PERSON_WORDS.map(normaliseString));

/** A word of the sentence says a leader is there in person (`حاضرا`, `حضوريا`). */
function presentInPerson(sentence: Sentence): boolean {
  const { text } = sentence;
  for (const word of text.slice(sentence.start, sentence.end).split(/[^\p{L}]+/u))
    if (PRESENT_IN_PERSON.has(word) || PRESENT_IN_PERSON.has(word.replace(/^و/u, ''))) return true;
  return false;
}

/** A cue of the sentence is a meeting word (read from the cues: no iterator over their kinds' set). */
function hasMeetingCue(cues: readonly Cue[]): boolean {
  for (const c of cues) if (MEETING_CUES.has(c.kind)) return true;
  return false;
}

/** The kinds of a sentence's cues (a set made straight from them, no array between). */
function kindsOf(cues: readonly Cue[]): Set<CueKind> {
  const kinds = new Set<CueKind>();
  for (const c of cues) kinds.add(c.kind);
  return kinds;
}

/**
 * One side's leader, then in the same clause an official of the other country before that
 * country's own leader (`استقبل بوتين وانغ يي … مؤكداً أنه ينتظر زيارة الرئيس الصيني شي`, `شي
 * يبحث مع لافروف التحضير لزيارة بوتين`): the leader meets the official; the other leader is only
 * spoken of. A leader named first (`استقبل شي بوتين بحضور وانغ يي`) keeps the meeting the
 * leaders'; an official after a comma (`رحب شي بالزيارة، وقال بيسكوف …`) speaks, meets nobody.
 */
function officialMetFirst(sentence: Sentence, dir: Directory, ref: string | null): boolean {
  let ru: Candidate | null = null;
  let cn: Candidate | null = null;
  for (const m of sentence.mentions) {
    if (m.type !== 'leader' || !m.id) continue;
    const side = dir.sideOf(m.id, ref);
    if (side === 'ru') ru ??= m;
    else if (side === 'cn') cn ??= m;
    else {
      const country = dir.leaderCountry(m.id);
      const host = country === 'CN' && !cn ? ru : country === 'RU' && !ru ? cn : null;
      if (host && sameClause(sentence.text, host.nEnd, m.nStart) && !locatedIn(sentence, dir, country as string))
        return true;
    }
  }
  return false;
}

/**
 * Every meeting word of the sentence is a third leader's meeting, naming him right after it
 * (`سيطلع بوتين على نتائج لقائه مع بايدن`, `بعد اتصاله بترامب`): the sentence names both leaders
 * but reports no meeting of theirs.
 */
function meetingsOfOthers(sentence: Sentence, others: readonly string[]): boolean {
  let any = false;
  for (const c of sentence.cues) {
    if (!MEETING_CUES.has(c.kind)) continue;
    any = true;
    if (
      !sentence.mentions.some(
        (m) => m.type === 'leader' && !!m.id && others.includes(m.id) && namedWith(sentence.text, c.end, m.nStart),
      )
    )
      return false;
  }
  return any;
}

/** Meeting nouns in the plural: several meetings, a history (`أبرز محطات لقاءات بوتين وشي منذ 2013`). */
const PLURAL_MEETINGS = new Set(['لقاءات', 'قمم', 'زيارات', 'اتصالات', 'مكالمات', 'اجتماعات'].map(normaliseString));

/**
 * Every meeting word of the sentence is a plural of meetings (`لقاءات`, `قمم`, `زيارات`), or a
 * meeting counted or quantified (`أكثر من أربعين لقاءً`, `في كل قمة`, `عدة زيارات`): it tells
 * their history, not one meeting. (`محادثات`, talks, is one meeting and is not among them.)
 */
function onlyPluralMeetings(sentence: Sentence): boolean {
  let any = false;
  for (const c of sentence.cues) {
    if (!MEETING_CUES.has(c.kind)) continue;
    any = true;
    const plural =
      (mayBePluralMeeting(sentence.text, c.start, c.end) && isPluralMeeting(sentence.text.slice(c.start, c.end))) ||
      countedMeeting(sentence, c);
    if (!plural) return false;
  }
  return any;
}

/** Fewest meetings a count must give to tell a history (`اللقاء الثاني` is an ordinal, not a count). */
const HISTORY_COUNT = 3;

/**
 * Words before a meeting word that make it any or many of them (`كل قمة`, `عدة لقاءات`), or a habit
 * (`كلما التقيا`: whenever they meet).
 */
const QUANTIFIERS = new Set(
  ['كل', 'وكل', 'بكل', 'لكل', 'جميع', 'وجميع', 'عدة', 'معظم', 'اغلب', 'بضع', 'كلما', 'وكلما'].map(normaliseString),
);

/**
 * A meeting word that a count of several ends (`40 لقاء`, `أكثر من أربعين لقاءً`: the figures
 * recogniser reads the meeting noun as the count's unit) or that a quantifier opens. An ordinal is
 * one meeting, before the noun (`رابع قمة`) or after it (`القمة الـ24`).
 */
function countedMeeting(sentence: Sentence, c: Cue): boolean {
  const before = wordsBefore(sentence.text, c.start, 1)[0] ?? '';
  if (QUANTIFIERS.has(before)) return true;
  if (timesAfter(sentence, c)) return true;
  if (!digitBefore(sentence.text, c.start) && !isCardinal(before)) return false;
  for (const m of sentence.mentions) {
    if (m.nStart >= c.start) break;
    if (m.type === 'figure' && m.nEnd >= c.end && typeof m.value === 'number' && m.value >= HISTORY_COUNT) return true;
  }
  return false;
}

/** Characters after a meeting word within which a count of times counts its meetings. */
const TIMES_REACH = 48;

/**
 * A count of times after the meeting word, in its clause (`التقى الرئيس شي والرئيس بوتين 38 مرة
 * منذ عام 2013`, `التقيا أكثر من ثلاثين مرة`): the meetings of years, not one.
 */
function timesAfter(sentence: Sentence, c: Cue): boolean {
  for (const m of sentence.mentions) {
    if (m.nStart < c.end) continue;
    if (m.nStart - c.end > TIMES_REACH) break;
    if (m.type !== 'figure' || m.unit !== 'time') continue;
    return typeof m.value === 'number' && m.value >= HISTORY_COUNT && sameClause(sentence.text, c.end, m.nStart);
  }
  return false;
}

/** A number word with a cardinal reading (`أربعين`, not `رابع`). */
function isCardinal(word: string): boolean {
  return analyseWord(word).some((a) => a.sense.kind !== 'ordinal');
}

/** A digit right before `at`, spaces aside (`40 لقاء`). */
function digitBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return isDigit(text.charCodeAt(k));
}

/** The last two letters of every plural of meetings (`ات`, `مم`), as one number each. */
const PLURAL_ENDINGS = new Set([...PLURAL_MEETINGS].map((w) => lastTwo(w, w.length)));

function lastTwo(text: string, end: number): number {
  return text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1);
}

/**
 * Whether the cue's word may be a plural of meetings: its stem (the possessive aside, as
 * `isPluralMeeting` strips it) ends like one. Read on the text, so that most meeting words (`محادثات`
 * aside, singulars) are not cut out and matched.
 */
function mayBePluralMeeting(text: string, start: number, end: number): boolean {
  let e = end;
  if (endsWith(text, start, e, 'هما')) e -= 3;
  else if (endsWith(text, start, e, 'هم') || endsWith(text, start, e, 'ها')) e -= 2;
  return e - start >= 2 && PLURAL_ENDINGS.has(lastTwo(text, e));
}

function endsWith(text: string, start: number, end: number, suffix: string): boolean {
  return end - start >= suffix.length && text.startsWith(suffix, end - suffix.length);
}

/** The word, its proclitics (`وال`, `لل`, `ب`) and a possessive (`لقاءاتهما`) aside, is a plural of meetings. */
function isPluralMeeting(word: string): boolean {
  const stem = word.replace(/(?:هما|هم|ها)$/u, '');
  for (let p = 0; p <= 3 && p < stem.length; p++) {
    const rest = stem.slice(p);
    if (PLURAL_MEETINGS.has(rest) || (rest.startsWith('ال') && PLURAL_MEETINGS.has(rest.slice(2)))) return true;
    if (!'وفبلك'.includes(stem[p] as string)) break;
  }
  return false;
}

/**
 * Between a meeting word and a name: `مع` or the proclitic `ب`, and at most a title before the
 * name (`لقائه مع بايدن`, `لقائه مع الرئيس الأمريكي جو بايدن`, `اتصاله بالرئيس ترامب`).
 */
function namedWith(text: string, from: number, to: number): boolean {
  if (to < from || to - from > WITH_TITLE_REACH) return false;
  const between = text.slice(from, to).trim();
  if (/[^\p{L}\s]/u.test(between)) return false;
  return between === 'ب' || between === WITH || between.startsWith(`${WITH} `) || between.startsWith('بال');
}

const WITH = normaliseString('مع');
/** Characters from a meeting word to the name it is held with, a title between (`مع الرئيس الأمريكي`). */
const WITH_TITLE_REACH = 32;

/** Characters of title a speaker's name may stand after at the start (`وزير الخارجية الروسي`). */
const SPEAKER_REACH = 30;

/**
 * The name that opens a quote (`لافروف: المحادثات كانت صريحة`, `أوشاكوف: شي سيحضر العرض`): the
 * headline's speaker, no party to the meeting spoken of.
 */
function isSpeaker(sentence: Sentence, m: Candidate): boolean {
  if (m.nStart - sentence.start > SPEAKER_REACH) return false;
  const after = sentence.text.slice(m.nEnd, Math.min(sentence.end, m.nEnd + 2)).trimStart();
  return after.startsWith(':');
}

/** Words that cite a source (`وفق ما أعلنه`, `بحسب`, `حسبما`, `نقلا عن`, `وفقا لـ`), normalised. */
const CITING = new Set(['وفق', 'وفقا', 'وفقما', 'بحسب', 'حسب', 'حسبما', 'بحسبما', 'طبقا', 'نقلا'].map(normaliseString));
/** Words a cited name may stand after its citing word (`وفق ما أعلنه مساعد الرئيس الروسي يوري`). */
const CITING_REACH = 7;

/**
 * The name is cited as the source of what the sentence says (`وفق ما أعلنه مساعد الرئيس الروسي
 * يوري أوشاكوف للصحفيين عقب المحادثات`, `بحسب وزير الخارجية وانغ يي`, `نقلا عن لافروف`): a citing
 * word a few words before it, in the same clause, with no other name and no meeting word between
 * (`وفق ما أعلنه بوتين بعد لقائه وانغ يي` cites Putin, not Wang Yi, who is met).
 */
function isSource(sentence: Sentence, m: Candidate): boolean {
  return governedBy(sentence, m, CITING, CITING_REACH, true);
}

/**
 * A word of `words` within `reach` words before name `m`, in its clause, with no other name
 * between (and, when `cuesBar`, no meeting word either): the word governs the name.
 */
function governedBy(
  sentence: Sentence,
  m: Candidate,
  words: ReadonlySet<string>,
  reach: number,
  cuesBar: boolean,
): boolean {
  const { text, start, mentions, cues } = sentence;
  for (const [a, b] of wordSpansBefore(text, m.nStart, reach, start, false)) {
    if (mentions.some((o) => o !== m && o.nEnd > a && o.nStart < m.nStart)) return false;
    if (cuesBar && cues.some((c) => c.end > a && c.start < m.nStart)) return false;
    if (words.has(text.slice(a, b))) return true;
  }
  return false;
}

/** Stems of the words of absence (`غاب`, `تغيب`, `يغيب`, `غياب`), looked for once per sentence. */
const ABSENCE_STEMS = [normaliseString('غاب'), normaliseString('غيب'), normaliseString('غياب')];
/** The words of absence, with their conjunctions and prepositions (`وغاب`, `بغياب`). */
const ABSENT = withConjunctions(['غاب', 'تغيب', 'يغيب', 'سيغيب', 'غياب', 'بغياب']);
/** Words (a title, `عنها`) between a word of absence and the name it governs. */
const ABSENT_REACH = 5;

/**
 * A word of absence governs the name a few words after it, in its clause (`التي غاب عنها الرئيس
 * الروسي فلاديمير بوتين`, `في غياب بوتين`), no other name between.
 */
function isAbsent(sentence: Sentence, m: Candidate): boolean {
  return governedBy(sentence, m, ABSENT, ABSENT_REACH, false);
}

/** Words from a sentence's opening verb of saying to its subject's name (`وقالت المتحدثة باسم الوزارة هوا`). */
const SAYER_REACH = 6;
/** Words from the sayer's name to what is said (`هوا تشون ينغ، في بيان مقتضب، إن`). */
const SAID_REACH = 8;
/** What opens what is said after a verb of saying (`قالت … إن`, `أكد … أن`, `بأن`), normalised. */
const THAT = new Set(['إن', 'أن', 'بأن', 'إنه', 'أنه', 'بأنه', 'إنها', 'أنها', 'بأنها'].map(normaliseString));

/**
 * The name is the subject of the verb of saying that opens the sentence (`وقالت المتحدثة باسم
 * الوزارة هوا تشون ينغ، في بيان مقتضب، إن الزيارة …`): the official reports the meeting, no party
 * to it. Not when a meeting word or another name stands before what is said (`وقال وانغ يي عقب
 * لقائه بوتين إن …`, `وقال وانغ يي للرئيس بوتين إن …`): then the official tells his own meeting.
 */
function isSayingSubject(sentence: Sentence, m: Candidate): boolean {
  const { text, start, end, mentions, cues } = sentence;
  // The name may stand in apposition after a comma (`وقالت المتحدثة باسم الخارجية الصينية، هوا
  // تشون ينغ، …`): the title before the comma leads back to the verb.
  const comma = commaRightBefore(text, m.nStart, start);
  const before = wordSpansBefore(text, comma >= 0 ? comma : m.nStart, SAYER_REACH + 1, start, false);
  const verb = before[before.length - 1];
  if (!verb || !SAYING_WORDS.has(text.slice(verb[0], verb[1])) || text.slice(start, verb[0]).trim() !== '')
    return false;
  if (mentions.some((o) => o !== m && o.nEnd > verb[0] && o.nStart < m.nStart)) return false;
  if (cues.some((c) => c.end > verb[0] && c.start < m.nStart)) return false;
  let at = m.nEnd;
  for (let words = 0; words < SAID_REACH; words++) {
    while (at < end && !isLetterAt(text, at)) at++;
    let e = at;
    while (e < end && isLetterAt(text, e)) e++;
    if (e === at) return false;
    if (THAT.has(text.slice(at, e))) return true;
    if (cues.some((c) => c.start < e && c.end > at) || mentions.some((o) => o !== m && o.nStart < e && o.nEnd > at))
      return false;
    at = e;
  }
  return false;
}

/** Where a comma stands right before `at` (spaces between), not before `from`; −1 when none does. */
function commaRightBefore(text: string, at: number, from: number): number {
  let i = at;
  while (i > from && text.charCodeAt(i - 1) === 0x20) i--;
  const c = text.charCodeAt(i - 1);
  return i > from && (c === 0x60c || c === 0x2c) ? i - 1 : -1;
}

/** How far (in characters) a leader's clause reaches to the official he meets. */
const CLAUSE_REACH = 90;

function sameClause(text: string, from: number, to: number): boolean {
  if (to - from > CLAUSE_REACH) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ، , ؛ ; :
    if (c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b || c === 0x3a) return false;
  }
  return true;
}

/** `آنذاك` (then) and its synonyms after a title: the office held at the time of a past event. */
const THEN_WORDS = withConjunctions(['آنذاك', 'انذاك', 'حينذاك', 'حينها', 'وقتها', 'وقتئذ']);
/** Words back from a name within which `آنذاك` qualifies its title (`الرئيس الصيني آنذاك جيانغ زيمين`). */
const THEN_REACH = 2;

/**
 * The person is named by the office he held at a past event's time (`المعاهدة التي وقعها في موسكو
 * بوتين والرئيس الصيني آنذاك جيانغ زيمين`): a figure of the history told, not an envoy met now.
 */
function namedAsThen(sentence: Sentence, m: Candidate): boolean {
  return wordsBefore(sentence.text, m.nStart, THEN_REACH).some((w) => THEN_WORDS.has(w));
}

/**
 * The sentence names a place in this country: a leader welcomed by the other country's officials
 * there (`وصل بوتين إلى بكين حيث كان في استقباله وانغ يي`) is on a visit, not receiving an envoy.
 */
function placedIn(sentence: Sentence, dir: Directory, country: string): boolean {
  return sentence.mentions.some((m) => m.type === 'venue' && !!m.id && dir.countryOf(m.id) === country);
}

/** Prepositions of place before a venue (`في بكين`, `إلى بكين`, `من بكين`). */
const PLACE_PREPOSITIONS = new Set(['في', 'إلى', 'الى', 'من'].map(normaliseString));

/**
 * `placedIn`, counting only a place the sentence puts someone in (`في بكين`, `إلى بكين`,
 * `ببكين`): a leader there meets the other country's officials as a visitor. A city that acts
 * (`في وقت تسعى بكين إلى …`) places no one, and leaves a reception of an envoy an envoy's.
 */
function locatedIn(sentence: Sentence, dir: Directory, country: string): boolean {
  return sentence.mentions.some(
    (m) => m.type === 'venue' && !!m.id && dir.countryOf(m.id) === country && isLocative(sentence.text, m.nStart),
  );
}

function isLocative(text: string, at: number): boolean {
  // A proclitic ب before the name (`ببكين`) is left out of the mention's span.
  if (at > 0 && text[at - 1] === 'ب') return true;
  const [word] = wordsBefore(text, at, 1);
  return word !== undefined && PLACE_PREPOSITIONS.has(word);
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

/** Verbs of telling someone something (`قال لـ`, `يقول لـ`, `أبلغ`), normalised, with `و`/`ف`. */
const TELLING = withConjunctions(['قال', 'قالت', 'يقول', 'تقول', 'أبلغ', 'يبلغ']);
/** Words with `لـ` that address a leader named right after (`لنظيره الروسي فلاديمير بوتين`). */
const ADDRESSING = new Set(['لنظيره', 'لنظيرته', 'للرئيس', 'للزعيم'].map(normaliseString));
/** Words a leader's name may stand after its addressing word (`لنظيره الروسي فلاديمير`). */
const ADDRESS_REACH = 3;
/** Words of title a verb of telling may stand before its subject's name (`قال الرئيس الصيني`). */
const TELLER_REACH = 4;
/** The cue kinds under which a telling reports no exchange: a message, a negated meeting. */
const NOT_TOLD: ReadonlySet<CueKind> = new Set(['message', 'negated', 'speculative']);

/**
 * Wire copy reports a call or talks by what one leader told the other (Reuters' `X told Y`):
 * `شي جين بينغ يقول لبوتين إن …`, `قال الرئيس الصيني شي جين بينغ لنظيره الروسي فلاديمير بوتين
 * يوم الجمعة إن …`. A verb of telling, one side's leader as its subject (right before it, or right
 * after it behind a title), and the other side's leader addressed with `لـ` right after the
 * subject: the two spoke to each other, a meeting word of no form (`told`). Not in a sentence of a
 * message (`قال شي في رسالة إلى بوتين`, `في برقية تهنئة`) or of a meeting denied or guessed; a
 * medium addressed (`قال لوكالة`, `للصحفيين`) is no leader. A headline may leave the verb out
 * before a quote: `شي لبوتين: علاقاتنا لا تستهدف أي طرف ثالث`.
 */
function addToldCue(sentence: Sentence, dir: Directory, ref: string | null): void {
  addPairCue(sentence, dir, ref, (a, b) => {
    const span = telling(sentence.text, a, b, sentence.start);
    return span ? { kind: 'told', start: span[0], end: span[1] } : null;
  });
}

/**
 * Reads the sentence's leaders in order and asks `read` of each two neighbours of the two sides
 * (a Russian and a Chinese leader, either first) for a cue of the pair; the first one found joins
 * the sentence's cues in text order (clauses take them in runs). Not in a sentence of a message,
 * or of a meeting denied or guessed.
 */
function addPairCue(
  sentence: Sentence,
  dir: Directory,
  ref: string | null,
  read: (first: Candidate, second: Candidate) => Cue | null,
): void {
  const { mentions, cues } = sentence;
  for (const c of cues) if (NOT_TOLD.has(c.kind)) return;
  let prev: { m: Candidate; side: 'ru' | 'cn' } | null = null;
  for (const m of mentions) {
    if (m.type !== 'leader' || !m.id) continue;
    const side = dir.sideOf(m.id, ref);
    if (side !== 'ru' && side !== 'cn') {
      prev = null;
      continue;
    }
    if (prev && prev.side !== side) {
      const cue = read(prev.m, m);
      if (cue) {
        const at = cues.findIndex((c) => c.start > cue.start);
        sentence.cues = at < 0 ? [...cues, cue] : [...cues.slice(0, at), cue, ...cues.slice(at)];
        return;
      }
    }
    prev = { m, side };
  }
}

/**
 * The span of the verb of telling when `teller` tells `addressed` (see addToldCue), else null:
 * `<teller> يقول لـ<addressed>` or `قال <title> <teller> لنظيره <…> <addressed>`.
 */
function telling(text: string, teller: Candidate, addressed: Candidate, from: number): [number, number] | null {
  // The word that addresses: `لـ` on the name itself, or an addressing word a few words before it.
  let address: [number, number] | null = null;
  if (addressed.nStart - 1 >= from && text[addressed.nStart - 1] === 'ل') {
    const b = addressed.nStart - 1;
    if (b === from || !isLetter(text.charCodeAt(b - 1))) address = [b, addressed.nStart];
  }
  if (!address) {
    const before = wordSpansBefore(text, addressed.nStart, ADDRESS_REACH, from, false);
    const k = before.findIndex(([a, b]) => ADDRESSING.has(text.slice(a, b)));
    if (k < 0) return null;
    address = before[k] as [number, number];
  }
  if (address[0] < teller.nEnd) return null;
  // `<teller> لنظيره`: the verb of telling before the teller, behind a title at most.
  if (onlySpaces(text, teller.nEnd, address[0])) {
    // A headline's verbless `شي لبوتين: …`, `بوتين لشي جين بينغ: …`: the quote follows a colon.
    if (colonAfter(text, addressed.nEnd)) return [address[0], addressed.nEnd];
    for (const [a, b] of wordSpansBefore(text, teller.nStart, TELLER_REACH, from, false)) {
      if (TELLING.has(text.slice(a, b))) return [a, address[1]];
    }
    return null;
  }
  // `<teller> يقول لبوتين`: the verb right after the teller.
  const [verb] = wordSpansBefore(text, address[0], 1, from, false);
  if (!verb || !TELLING.has(text.slice(verb[0], verb[1])) || !onlySpaces(text, teller.nEnd, verb[0])) return null;
  return [verb[0], address[1]];
}

/** A colon right after `at` (spaces allowed before it). */
function colonAfter(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  return text[i] === ':';
}

/** Verbs of witnessing or attending, as the press opens a signing ceremony's sentence with them. */
const WITNESSING = withConjunctions([
  'شهد',
  'شهدا',
  'يشهد',
  'يشهدان',
  'سيشهد',
  'سيشهدان',
  'حضر',
  'حضرا',
  'يحضر',
  'يحضران',
  'سيحضر',
  'سيحضران',
]);
/** The signing as their object: `توقيع`, or a ceremony of it (`مراسم توقيع`, `حفل التوقيع`). */
const SIGNING = new Set(['توقيع', 'التوقيع'].map(normaliseString));
const CEREMONY = new Set(['مراسم', 'مراسيم', 'حفل'].map(normaliseString));
/** Signed in the presence of (`وقع البلدان … بحضور الرئيسين`): a signing word earlier in the clause. */
const PRESENCE = new Set(['بحضور', 'وبحضور'].map(normaliseString));
const SIGNED = new Set(
  [
    'وقع',
    'وقعت',
    'وقعا',
    'وقعوا',
    'ووقع',
    'ووقعت',
    'ووقعا',
    'ووقعوا',
    'يوقع',
    'يوقعان',
    'توقيع',
    'التوقيع',
    'بتوقيع',
  ].map(normaliseString),
);
/** How many words (titles) may stand between the verb and the first leader (`شهد الرئيس الروسي`). */
const WITNESS_TITLE_REACH = 3;
/** How many words after the second leader the signing may come (`، اليوم الأربعاء، توقيع`). */
const WITNESS_OBJECT_REACH = 5;
/** How many words (a title) may join the second leader to the first after `و` (`ونظيره الصيني`). */
const PARTNER_TITLE_REACH = 3;

/**
 * The two leaders witness a signing together (`شهد الرئيس الروسي بوتين ونظيره الصيني شي …
 * توقيع اتفاق`, `بوتين وشي يشهدان توقيع صفقة الغاز`, `وقع البلدان اتفاقيات بحضور الرئيسين بوتين
 * وشي`): a joint event in one room, the Arabic press's standard formula for the signings of a
 * visit. Only as a clause of its own: the two leaders joined by `و` (a title at most between), the
 * verb of witnessing right before them (titles between) and the signing its object a few words
 * after them, or the dual verb right after them and the signing right after it; or `بحضور` right
 * before them with a signing word before it. `شهد` with another object (`شهدت العلاقات`, `شهد
 * العالم`, `شهد بوتين وشي عرضا`) or one leader witnessing (`شهد بوتين توقيع اتفاق مع مودي`) is none.
 */
function addWitnessCue(sentence: Sentence, dir: Directory, ref: string | null): void {
  const { text } = sentence;
  // Every form names the signing (`توقيع`, `وقع`): a sentence with neither pairs no leaders.
  if (!containsAnyStem(text, SIGNING_STEMS, sentence.start, sentence.end)) return;
  addPairCue(sentence, dir, ref, (a, b) => {
    if (!joinedByAnd(text, a.nEnd, b.nStart)) return null;
    const span = witnessing(text, a, b, sentence.start, sentence.end);
    // In person, as a reception is: a ceremony of the two, not talks (the talks of the same
    // visit, when told, date it first).
    return span ? { kind: 'in-person', start: span[0], end: span[1] } : null;
  });
}

/**
 * One leader invests the other with an order (`قلد الرئيس الصيني شي … نظيره الروسي بوتين "وسام
 * الصداقة"`): a ceremony of the two in one room, in person (see investiture.ts).
 */
function addInvestitureCue(sentence: Sentence, dir: Directory, ref: string | null): void {
  if (!mayNameOrder(sentence.text, sentence.start, sentence.end)) return;
  addPairCue(sentence, dir, ref, (a, b) => {
    const span = investiture(sentence.text, a, b, sentence.start, sentence.end);
    return span ? { kind: 'in-person', start: span[0], end: span[1] } : null;
  });
}

/** `بوتين وشي`, `بوتين ونظيره الصيني شي`: `و` opens the words between, a title at most, no punctuation. */
function joinedByAnd(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).trim().split(/\s+/);
  const first = words[0] ?? '';
  return first.startsWith('و') && words.length <= PARTNER_TITLE_REACH && words.every((w) => /^\p{L}+$/u.test(w));
}

/** The span from the verb (or `بحضور`) to the signing when `a` and `b` witness it, else null. */
function witnessing(text: string, a: Candidate, b: Candidate, from: number, to: number): [number, number] | null {
  const before = wordSpansBefore(text, a.nStart, WITNESS_TITLE_REACH + 1, from, false);
  const after = wordSpansAfter(text, b.nEnd, WITNESS_OBJECT_REACH + 1, to);
  const word = ([s, e]: [number, number]) => text.slice(s, e);
  // `شهد <titles> a و b …، توقيع`
  const verb = before.find((w) => WITNESSING.has(word(w)));
  if (verb) {
    const object = signingAt(text, after);
    if (object) return [verb[0], object[1]];
  }
  // `a و b يشهدان توقيع`
  const [next, ...rest] = after;
  if (next && WITNESSING.has(word(next)) && text.slice(b.nEnd, next[0]).trim() === '') {
    const object = signingAt(text, rest.slice(0, 2));
    if (object) return [next[0], object[1]];
  }
  // `وقع … بحضور <titles> a و b`
  const presence = before.find((w) => PRESENCE.has(word(w)));
  if (presence && wordSpansBefore(text, presence[0], 40, from, false).some((w) => SIGNED.has(word(w))))
    return [presence[0], b.nEnd];
  return null;
}

/** Stems of the signing words (`توقيع`, `وقع`, `يوقعان`), looked for before leaders are paired. */
const SIGNING_STEMS = [normaliseString('توقيع'), normaliseString('وقع')];

/** The first signing word among `words` (`توقيع`, or `مراسم`/`حفل` right before one). */
function signingAt(text: string, words: readonly [number, number][]): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const w = text.slice(...(words[i] as [number, number]));
    if (SIGNING.has(w)) return words[i] as [number, number];
    const next = words[i + 1];
    if (CEREMONY.has(w) && next && SIGNING.has(text.slice(...next))) return next;
  }
  return null;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}
