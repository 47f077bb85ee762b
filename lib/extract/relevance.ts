// Is the main story coverage of a meeting between Russia's and China's leaders (summit, state
// visit, sideline meeting, phone or video call; past, ongoing or announced)?
//
// News puts its subject in the headline and the first paragraphs, so evidence counts by place:
// - an event sentence (both leaders + a meeting word) in the headline or the lead is strong;
//   later ones add a little each, so an analysis that recalls a past summit in passing stays out;
// - both leaders in the headline without a meeting word, or one leader with a meeting word, help;
// - one of them meeting a third country's leader in the headline or lead, with no event there,
//   counts against (`بوتين يستقبل السيسي`), as do greetings by message with no call or visit
//   (`برقية تهنئة`) and a meeting said not to happen (`لا خطط لاتصال`, `لم يعقدا أي لقاء`).
//   Ministers meeting (Lavrov–Wang Yi) never make an event: they are no side. Earlier meetings
//   recalled as background (`وكان … قد التقيا`) are no event either;
// - one leader receiving an official of the other country at the top (`استقبل بوتين وانغ يي`)
//   counts against, even beside a sentence that looks like an event: the story is the envoy's;
// - a meeting guessed or hoped (`قد يلتقيان`, `من المرجح`), with no event at the top, counts against;
// - a meeting of the two said not to happen in the headline or lead (`لم يلتق بوتين وشي`, `لا
//   توجد خطط لعقد لقاء بين بوتين وشي`, `دون أن يلتقي الزعيمان`) counts against even beside what
//   looks like an event: two leaders at one summit are not a meeting of the two;
// - a headline that asks (`هل يلتقي بوتين وشي؟`) reports no event;
// - the headline's subject (or the opening paragraph's, when the headline names no one) decides
//   what the lead's meetings are (main-subject): under a headline
//   about someone else's event (ministers, an envoy, a third leader) only a leaders' meeting the
//   opening paragraph reports, not recalls (recalled), is the story's; one further down or told
//   in passing (`مذكّراً بأن الرئيس أطلع نظيره …`, `خلال لقائهما … مطلع الشهر الجاري`) counts
//   as a later mention, and the headline itself counts against; under a headline that names no
//   leader and no meeting, a lead meeting placed back in time is told in passing too, and so is
//   one further down (it adds nothing);
// - a story that names one of the two countries only (its leaders, cities and name) counts against.
// The points go through a logistic so the score lies in (0, 1); relevant means score ≥ 0.5.

import { normaliseString } from '../text/normalise';
import { headlineSubject, namesSeminar, visitsThirdCountry } from './main-subject';
import { isRecalled } from './recalled';
import type { SentenceRoles } from './sentence-roles';

export const RELEVANCE_THRESHOLD = 0.5;

/** Paragraphs after the headline that make up the lead. */
const LEAD_PARAGRAPHS = 3;
/** A story line shorter than this is a dateline or caption, not a lead paragraph. */
const PARAGRAPH_MIN_WORDS = 8;

const WEIGHTS = {
  base: -2,
  headlineEvent: 3,
  headlineBoth: 1.5,
  headlineOneSided: 1,
  headlineOtherMeeting: -3,
  headlineOtherSubject: -1,
  leadEvent: 3,
  leadOneSided: 1,
  leadOtherMeeting: -2,
  laterEvent: 0.75,
  laterEventsMax: 3,
  messageOnly: -3,
  negatedMeeting: -1.5,
  negatedOfTheTwo: -2.5,
  speculatedOfTheTwo: -1.5,
  envoyMeeting: -3,
  oneSideOnly: -2,
};

export interface Relevance {
  score: number;
  relevant: boolean;
}

export type Place = 'headline' | 'lead' | 'later';

/**
 * Where each sentence stands: the headline (the first story line, or `headlineLine` when a date
 * line stands above it), the lead (the next few real paragraphs, datelines and captions skipped
 * over; a date line above the headline counts with them), or later. `captions` marks the lines that
 * read as photo captions (see caption.ts): long as they may be, they are no paragraph of the lead.
 */
export function placeSentences(
  roles: readonly SentenceRoles[],
  lineWords: readonly number[],
  captions: readonly boolean[] = [],
  headlineLine = 0,
): Place[] {
  // The lead is the lines from 1 up to (not including) `leadEnd`, the headline aside: a date line
  // above the headline moves the headline, not the lead's reach.
  let leadEnd = 1;
  for (let n = 0; leadEnd < lineWords.length && n < LEAD_PARAGRAPHS; leadEnd++) {
    if ((lineWords[leadEnd] as number) >= PARAGRAPH_MIN_WORDS && captions[leadEnd] !== true) n++;
  }
  const places: Place[] = [];
  for (const r of roles) {
    const line = r.sentence.line;
    places.push(line === headlineLine ? 'headline' : line >= 0 && line < leadEnd ? 'lead' : 'later');
  }
  return places;
}

/** A line this long reads as a paragraph even with no full stop at its end. */
const PARAGRAPH_UNSTOPPED_MIN_WORDS = 25;

/**
 * The line of the opening paragraph: the first real paragraph under the headline; -1 if none.
 * A standfirst under the headline (`موسكو تعدّ لقمة بوتين وشي... وبكين تتمسك بالحوار`) is a
 * second headline, not a report: a paragraph ends with a full stop (`stopped`) or is long.
 */
export function openingLine(lineWords: readonly number[], stopped: readonly boolean[] = [], headlineLine = 0): number {
  for (let line = headlineLine + 1; line < lineWords.length; line++) {
    const words = lineWords[line] as number;
    if (words >= PARAGRAPH_UNSTOPPED_MIN_WORDS || (words >= PARAGRAPH_MIN_WORDS && stopped[line] !== false))
      return line;
  }
  return -1;
}

export function assessRelevance(
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  opening = -1,
  published: string | null = null,
  bothSides = true,
): Relevance {
  let points = WEIGHTS.base;
  // A story that names one country only (no leader, city or country word of the other side) is
  // one side's visit or talks with someone it leaves unnamed to us (`يستقبل نظيره`, `رئيس
  // الجمهورية`): see sides-named.ts.
  if (!bothSides) points += WEIGHTS.oneSideOnly;
  // A digest's headline (`موجز أخبار العالم: الفيدرالي يرفع الفائدة.. واتصال بين بوتين وشي.. وقادة
  // أوروبا في كييف`) lists its items: only the first one is the page's own story.
  const fullHeadline = rolesAt(roles, places, 'headline');
  const items = roundupItems(fullHeadline);
  const headline = items ?? fullHeadline;
  const lead = rolesAt(roles, places, 'lead');
  const top = headline.concat(lead);

  // A headline that names no one (`هل تستطيع واشنطن فصل موسكو عن بكين؟`) leaves the subject to
  // the opening paragraph (`منذ لقاء روبيو بنظيره الروسي لافروف …`).
  // A headline of one leader's trip that names no destination (`بوتين في مقال … عشية زيارته`) takes
  // it from the opening paragraph: a country of neither side makes it someone else's event.
  const headlineAlone = headlineSubject(headline);
  const titled =
    headlineAlone === 'leaders' &&
    !headline.some((r) => r.both || r.event) &&
    roles.some((r) => r.sentence.line === opening && visitsThirdCountry(r))
      ? 'other'
      : headlineAlone;
  const subject =
    titled === 'none' && opening > 0 ? headlineSubject(roles.filter((r) => r.sentence.line === opening)) : titled;
  // A headline about another event (a seminar on the summit, an envoy received) reports no
  // meeting of the two, whatever words of theirs it holds.
  const headlineEvent =
    titled !== 'other' && (headline.some((r) => r.event && !isQuestion(r)) || splitHeadlineEvent(headline));
  if (headlineEvent) points += WEIGHTS.headlineEvent;
  else if (subject === 'other') points += WEIGHTS.headlineOtherSubject;
  // A headline asking whether they will meet (`هل يلتقي بوتين وشي في بالي؟`) names both and reports nothing.
  else if (headline.some((r) => r.both && !isQuestion(r))) points += WEIGHTS.headlineBoth;
  else if (headline.some((r) => oneSided(r) || r.abroad)) points += WEIGHTS.headlineOneSided;
  if (!headlineEvent && headline.some(otherMeeting)) points += WEIGHTS.headlineOtherMeeting;

  // Under a headline about another event, the lead's meeting is the story's only when the
  // opening paragraph reports it; anywhere else it is told in passing, as later in the story.
  // Under a headline that names no leader and no meeting (`240 مليار دولار.. المبادلات التجارية
  // تحطم رقما قياسيا`), a meeting the lead places back in time (`خلال قمة موسكو في مارس من العام
  // الماضي`) is background to another subject too.
  const silent = headline.length > 0 && headline.every((r) => r.ru.length + r.cn.length === 0 && !r.meeting && !r.both);
  const story: StorySubject = { subject, opening, silent, published };
  // Asked of each lead sentence once (it reads the sentence's words for a recall), used twice.
  // Under a digest's headline whose first item is no meeting of theirs, the lead's items are
  // other stories of the digest: told in passing, as later in the page.
  const digestOfOthers = items !== null && !headlineEvent;
  const ownEvents = lead.map((r) => !digestOfOthers && isOwnEvent(r, story));
  const leadEvent = ownEvents.includes(true);
  if (leadEvent) points += WEIGHTS.leadEvent;
  else if (lead.some(oneSided)) points += WEIGHTS.leadOneSided;
  if (!headlineEvent && !leadEvent && lead.some(otherMeeting)) points += WEIGHTS.leadOtherMeeting;

  let laterEvents = 0;
  for (let i = 0; i < lead.length; i++) if ((lead[i] as SentenceRoles).event && !ownEvents[i]) laterEvents++;
  // Under a silent headline the story is about something else, and a meeting dated back in time
  // further down is its background as it is in the lead: an energy feature that recalls the
  // summits where the gas deals were signed (`حين وقّعت … بحضور الرئيسين بوتين وشي` in May 2014,
  // in a story of January 2024) is no coverage of them, however many it recalls.
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i] as SentenceRoles;
    if (places[i] === 'later' && r.event && !(silent && isRecalled(r.sentence, published))) laterEvents++;
  }
  points += Math.min(WEIGHTS.laterEventsMax, laterEvents * WEIGHTS.laterEvent);

  if (top.some(negatedOfTheTwo)) points += WEIGHTS.negatedOfTheTwo;
  else if (!headlineEvent && !leadEvent && roles.some((r) => r.negated)) points += WEIGHTS.negatedMeeting;
  // A forecast (`قد يلتقيان`, `من المرجح أن يلتقي الرئيسان`) with no meeting reported at the top.
  if (!headlineEvent && !leadEvent && top.some(speculatedOfTheTwo)) points += WEIGHTS.speculatedOfTheTwo;
  // The top reports one leader receiving the other country's envoy: the story is that meeting,
  // whatever it says of the leaders' contacts (`نقل وانغ يي تحيات شي`, `ننتظر زيارة`).
  if (top.some((r) => r.envoy)) points += WEIGHTS.envoyMeeting;

  const message = top.some((r) => r.kinds.has('message'));
  // `اتصال بوتين بشي` is a call all the same: in an event sentence `اتصال` is no mere contact, and
  // a figurative `رسالة` beside it (`رسالة دعم`, `رسائل إلى الغرب`) sends no greeting instead.
  if (message && !top.some(realMeeting)) points += WEIGHTS.messageOnly;

  const score = 1 / (1 + Math.exp(-points));
  return { score: Math.round(score * 1000) / 1000, relevant: score >= RELEVANCE_THRESHOLD };
}

// The tests below are module functions rather than closures of `assessRelevance`: it runs once
// per story, and closures made per call cost more than these few tests.

/** The sentences at one place, in order. */
function rolesAt(roles: readonly SentenceRoles[], places: readonly Place[], place: Place): SentenceRoles[] {
  const out: SentenceRoles[] = [];
  for (let i = 0; i < roles.length; i++) if (places[i] === place) out.push(roles[i] as SentenceRoles);
  return out;
}

/** One leader and a meeting word, no one else: one side's visit or talks. */
function oneSided(r: SentenceRoles): boolean {
  return r.meeting && !r.both && !r.sentence.background && r.ru.length + r.cn.length > 0 && r.others.length === 0;
}

/** A meeting of someone else than the two. */
function otherMeeting(r: SentenceRoles): boolean {
  return r.meeting && !r.both && r.others.length > 0;
}

interface StorySubject {
  subject: ReturnType<typeof headlineSubject>;
  opening: number;
  silent: boolean;
  published: string | null;
}

/** An event sentence of the lead that reports the story's own meeting, not one told in passing. */
function isOwnEvent(r: SentenceRoles, story: StorySubject): boolean {
  return (
    r.event &&
    (story.subject !== 'other' ||
      (r.sentence.line === story.opening &&
        !isRecalled(r.sentence, story.published) &&
        // `نظم المركز حلقة نقاشية بعنوان "القمة الروسية الصينية …"`: the seminar's report.
        !namesSeminar(r.sentence.text, r.sentence.start, r.sentence.end))) &&
    !(story.silent && isRecalled(r.sentence, story.published))
  );
}

/** An event sentence with a meeting proper: a call, a visit, talks. */
function realMeeting(r: SentenceRoles): boolean {
  return (
    r.event &&
    (r.kinds.has('phone') ||
      r.kinds.has('call') ||
      r.kinds.has('video') ||
      r.kinds.has('in-person') ||
      r.kinds.has('meet'))
  );
}

/** A negated meeting word in a sentence naming both leaders (or `الزعيمان`). */
function negatedOfTheTwo(r: SentenceRoles): boolean {
  return r.negated && (r.both || r.kinds.has('leaders'));
}

/** A guessed meeting word in a sentence naming both leaders (or `الزعيمان`). */
function speculatedOfTheTwo(r: SentenceRoles): boolean {
  return r.speculative && (r.both || r.kinds.has('leaders'));
}

/** A sentence that ends with a question mark. */
/**
 * A headline cut in two by `..` or `|` tells one event across its parts: `شي في موسكو.. محادثات في
 * الكرملين عشية عيد النصر` names the visitor in one part and the talks in the other; `الصين تؤكد
 * مشاركة شي في قمة بريكس.. ولقاء مرتقب مع بوتين في قازان` names one leader in each. Both leaders
 * (or one in the other's country) across the parts, a meeting word in one, and no third leader,
 * question, negation or guess anywhere in it.
 */
function splitHeadlineEvent(headline: readonly SentenceRoles[]): boolean {
  if (headline.length < 2) return false;
  let ru = false;
  let cn = false;
  let abroad = false;
  let meeting = false;
  for (const r of headline) {
    if (r.others.length > 0 || r.negated || r.speculative || r.envoy || isQuestion(r)) return false;
    // A part that names both with a meeting word and was judged no event (a history of meetings,
    // a recall) keeps that judgement.
    if (r.both && r.meeting && !r.event) return false;
    if (r.ru.length > 0 || r.both) ru = true;
    if (r.cn.length > 0 || r.both) cn = true;
    if (r.abroad) abroad = true;
    if (r.meeting) meeting = true;
  }
  return meeting && ((ru && cn) || abroad);
}

/** First words of a digest's headline (`موجز`, `أبرز الأخبار`, `حصاد الأسبوع`, `نشرة المساء`). */
const ROUNDUP_WORDS = new Set(['موجز', 'أبرز', 'ابرز', 'حصاد', 'نشرة', 'ملخص', 'أهم', 'اهم'].map(normaliseString));

/**
 * The headline's first item when it is a digest's: it opens with a digest's word and lists two
 * items or more (sentences with words, cut at `..`); null for any other headline.
 */
function roundupItems(headline: readonly SentenceRoles[]): SentenceRoles[] | null {
  const first = headline[0];
  if (!first) return null;
  const { text, start, end } = first.sentence;
  const word = /^[^\s:،,.]+/u.exec(text.slice(start, Math.min(end, start + 12)).trimStart())?.[0] ?? '';
  if (!ROUNDUP_WORDS.has(word)) return null;
  const worded = headline.filter((r) => /\p{L}/u.test(r.sentence.text.slice(r.sentence.start, r.sentence.end)));
  return worded.length >= 2 ? [first] : null;
}

/**
 * A headline that asks whether or when something will happen (`هل يلتقي بوتين وشي؟`) reports no
 * event; one that asks what a reported event means or why it happened (`ماذا يعني هاتف بوتين
 * لشي؟`, `لماذا اختار شي موسكو؟`) takes the event as given.
 */
function isQuestion(r: SentenceRoles): boolean {
  const { text, start, end } = r.sentence;
  const last = text[end - 1];
  if (last !== '؟' && last !== '?') return false;
  const first = /^[\p{L}]+/u.exec(text.slice(start, Math.min(end, start + 12)).trimStart())?.[0] ?? '';
  return !PRESUPPOSING.has(first);
}

/** Question words that take the event asked about as given (normalised). */
const PRESUPPOSING = new Set(['ماذا', 'لماذا', 'كيف'].map(normaliseString));
