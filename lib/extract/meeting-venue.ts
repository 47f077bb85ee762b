// Where the leaders met. Venues vote, clause by clause (see event-clauses):
// - a venue counts where something happens (`في سمرقند`, `إلى موسكو`, `بالكرملين`), a site for its
//   city (the Kremlin → Moscow); capitals named together (`بين موسكو وبكين`) stand for
//   governments and count against;
// - the clause of the meeting of the two counts fully, the clause of one leader's visit or
//   arrival (`وصل بوتين إلى هاربين`) half: the talks' place is the meeting's, not the stop of a
//   tour;
// - a clause about an earlier meeting (`بعد لقائهما في سمرقند`) does not count when the story
//   has talks of its own;
// - a place after a sequel word (`ثم يتوجه إلى هاربين`, `على أن يلتقي رئيسا الوزراء في …`) is a
//   later step's, not the meeting's (later-step);
// - the headline and lead weigh more than later paragraphs;
// - the dateline's city (`هاربين 17 مايو (شينخوا) --`) is where the story was filed: it names the
//   venue only when nothing else in the text does, and not when the meeting's clause sends a
//   leader to another country (`بكين -- … سيقوم بزيارة إلى روسيا`: no city named, venue null).

import type { Span } from './body';
import { datedDaysBefore } from './clause-days';
import { destinationCountries } from './destination-country';
import type { Directory } from './directory';
import type { Candidate } from './document';
import { DATELINE_LINES, type EventClause } from './event-clauses';
import { isLaterStep } from './later-step';
import type { Place } from './relevance';
import { SAYING_WORDS } from './saying-words';
import type { SentenceRoles } from './sentence-roles';
import type { Sentence } from './story-analysis';
import { isLetterAt, wordsBefore } from './words-before';

const PLACE_WEIGHT: Record<Place, number> = { headline: 3, lead: 2, later: 1 };

/**
 * What a story's venue mentions are, read once per mention: the venue and the date of the meeting
 * both ask whether a venue is a later step's place (`ثم يتوجه إلى هاربين`) and whether it is
 * where something happens (`في بكين`). One per story (the answers depend on its text only).
 */
export class VenueReadings {
  private readonly laterStep = new Map<Candidate, boolean>();
  private readonly locative = new Map<Candidate, boolean>();

  /** `isLaterStep` of a venue, in the sentence it belongs to. */
  isLaterStep(text: string, v: Candidate, sentence: Sentence): boolean {
    let known = this.laterStep.get(v);
    if (known === undefined) {
      known = isLaterStep(text, v, sentence);
      this.laterStep.set(v, known);
    }
    return known;
  }

  /** `isLocative` of a venue. */
  isLocative(text: string, v: Candidate): boolean {
    let known = this.locative.get(v);
    if (known === undefined) {
      known = isLocative(text, v);
      this.locative.set(v, known);
    }
    return known;
  }
}

export function meetingVenue(
  clauses: readonly EventClause[],
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  lines: readonly Span[],
  dir: Directory,
  readings: VenueReadings = new VenueReadings(),
  foretold = false,
  published: string | null = null,
): string | null {
  const scores = new Map<string, number>();
  // The clauses of the two's meeting (rank 3) place it before the stops of one leader's tour
  // (`اختتم بوتين زيارته بجولة في هاربين، غداة محادثات في بكين`), however often a report names the
  // stop; in a story that foretells its meeting they only vote with the rest (a visit named ahead,
  // its talks placed by a briefing elsewhere).
  const talks = new Map<string, number>();
  const datelines = new Map<string, number>();
  // Cities named where something happens (`في بكين`), not only as a voice (`أعلن الكرملين`).
  const placed = new Map<string, number>();
  // Places the headline or the lead puts both leaders in, with no meeting word (see below).
  const together = new Map<string, number>();
  const own = hasOwnMeeting(clauses, published);
  for (const c of clauses) {
    if (isOtherEvent(c, own)) continue;
    // A story that announces its meeting (`سيقوم بزيارة دولة إلى روسيا`) is about that one, even
    // with no talks of the two named in one clause: a meeting recalled beside it (`وكان الرئيسان
    // قد التقيا آخر مرة في قازان`) is past, and its place is not the coming meeting's.
    if (foretold && c.earlier) continue;
    const r = roles[c.sentence] as SentenceRoles;
    const text = r.sentence.text;
    const storyLine = r.sentence.storyLine;
    const line = storyLine !== null && storyLine < DATELINE_LINES ? lines[storyLine] : undefined;
    // A weak clause's venue counts only as the dateline's city, or as the place the headline or the
    // lead puts the two in (below): none further down.
    const weak = c.rank === 1 && places[c.sentence] !== 'later' && !c.earlier && !c.again && !c.guessed;
    if (c.rank < 2 && line === undefined && !weak) continue;
    const venues = venuesOf(c);
    if (venues.length === 0) continue;
    // A clause that places its event (`على هامش قمة … التي تستضيفها مدينة قازان`) has its place:
    // the cities it names otherwise are actors or objects (`يسعى الكرملين`, `لعزل موسكو`). Read
    // only when a venue neither placed nor paired asks it (most never do): null until then.
    let placesEvent: boolean | null = null;
    for (let k = 0; k < venues.length; k++) {
      const v = venues[k] as Candidate;
      // The dateline first: `بكين: «الخليج»، وكالات` is where the story was filed, not a voice.
      if (line !== undefined && isDatelineVenue(text, v, line)) {
        addPoints(datelines, dir, v.id as string, 1);
        continue;
      }
      // `أعلن الكرملين`, `المتحدث باسم الكرملين`, `قالت بكين`: the seat speaks, it is not a place.
      if (speaksAsVoice(text, v)) continue;
      // `ثم يتوجه إلى هاربين`, `على أن يلتقي رئيسا الوزراء في سان بطرسبورغ`: a later step's place.
      if (c.rank < 2 && !weak) continue;
      // `استقل الرئيسان القطار من العاصمة الصينية بكين إلى مدينة تيانجين`: where they set out from.
      if (isOrigin(text, v, venues[k + 1])) continue;
      if (readings.isLaterStep(text, v, r.sentence)) continue;
      // Both leaders named in the headline or the lead with no meeting word, in a place (`بوتين
      // يتسلم وسام الصداقة من الرئيس الصيني في قاعة الشعب الكبرى`): where they were that day,
      // the meeting's place when no meeting clause names one.
      if (c.rank < 2) {
        if (
          readings.isLocative(text, v) &&
          !pairedWithCapital(text, venues[k - 1], v) &&
          !pairedWithCapital(text, v, venues[k + 1])
        )
          addPoints(together, dir, v.id as string, PLACE_WEIGHT[places[c.sentence] as Place]);
        continue;
      }
      const locative = readings.isLocative(text, v);
      const paired = pairedWithCapital(text, venues[k - 1], v) || pairedWithCapital(text, v, venues[k + 1]);
      // Capitals named together still count against (below).
      // `أن بكين لم تؤكد`, `إن موسكو تحتاج`: the subject of a clause of its own is a government.
      if (!locative && !paired && isClauseSubject(text, v)) continue;
      if (!locative && !paired) {
        placesEvent ??= placesAnyVenue(text, venues, line, readings, r.sentence);
        if (placesEvent) continue;
      }
      let points = 3 * (PLACE_WEIGHT[places[c.sentence] as Place] / 2);
      if (locative) {
        points += 2;
        addPoints(placed, dir, v.id as string, 1);
      }
      if (paired) points -= 3;
      addPoints(scores, dir, v.id as string, c.rank === 3 ? points : points / 2);
      // `وفي موسكو، قال أوشاكوف إن بوتين سيعقد محادثات مع شي`: where the talks were spoken of, not
      // held (it still counts as a place of the story: a visit to Russia is met in its capital).
      if (c.rank === 3 && !saidThere(text, v)) addPoints(talks, dir, v.id as string, points);
    }
  }
  // A visit sent to a country (`سيقوم بزيارة دولة إلى روسيا`) is met there: a place in another
  // country (`وفي بكين، أعلنت المتحدثة …`) is where something else was said or done.
  // Read only when it can change the choice (a clause's words are scanned for countries): when the
  // places that scored lie in more than one country, or to check the dateline's city below.
  let sentTo =
    (!own && inSeveralCountries(talks, dir)) || inSeveralCountries(scores, dir)
      ? destinations(clauses, roles, places, own, readings)
      : null;
  const top = sentTo?.top ?? NO_COUNTRIES;
  const named =
    (own && foretold ? null : best(inCountries(talks, top, dir))) ??
    best(inCountries(scores, top, dir)) ??
    best(together) ??
    best(datelines);
  if (named !== null && together.has(named)) placed.set(named, 1);
  // A city named only as the dateline (`موسكو - سبوتنيك`) while the meeting's clause sends a
  // leader to another country (`بكين (شينخوا) -- … سيقوم بزيارة دولة إلى روسيا`) is where the
  // story was filed at home about a trip, not the meeting's place. So is a city only the headline
  // or the lead puts the two in, with no meeting word (an archive photo's `بوتين وشي … في موسكو،
  // 21 مارس 2023` over `سيقوم بزيارة دولة إلى الصين`): the catalogue may then name the visit's city.
  const home = named ? dir.countryOf(named) : null;
  const onlyTogether = named !== null && together.has(named) && !scores.has(named);
  if (named && (!placed.has(named) || onlyTogether) && home) {
    sentTo ??= destinations(clauses, roles, places, own, readings);
    if ([...sentTo.all].some((code) => code !== home)) return null;
  }
  return named;
}

/** Some venue of the clause places its event (see placesClause). */
function placesAnyVenue(
  text: string,
  venues: readonly Candidate[],
  line: Span | undefined,
  readings: VenueReadings,
  sentence: Sentence,
): boolean {
  for (const v of venues) if (placesClause(text, v, line, readings, sentence)) return true;
  return false;
}

/** A venue that places its clause's event: where something happens, not the dateline's or a later step's. */
function placesClause(
  text: string,
  v: Candidate,
  line: Span | undefined,
  readings: VenueReadings,
  sentence: Sentence,
): boolean {
  if (speaksAsVoice(text, v) || (line !== undefined && isDatelineVenue(text, v, line))) return false;
  return readings.isLocative(text, v) && !readings.isLaterStep(text, v, sentence);
}

/** Adds points to a venue's city. */
function addPoints(to: Map<string, number>, dir: Directory, venueId: string, points: number): void {
  const city = dir.cityOf(venueId) ?? venueId;
  to.set(city, (to.get(city) ?? 0) + points);
}

const NO_VENUES: readonly Candidate[] = [];

/** The clause's venues with an id, in text order (most clauses have none: no list is made then). */
export function venuesOf(c: EventClause): readonly Candidate[] {
  let out: Candidate[] | null = null;
  for (const m of c.mentions) {
    if (m.type !== 'venue' || !m.id) continue;
    out ??= [];
    out.push(m);
  }
  return out ?? NO_VENUES;
}

/**
 * The countries the meeting's clauses send a leader to (`بزيارة دولة إلى روسيا`): from every such
 * clause (`all`), and from the headline's and the lead's only (`top`) — further down, a visit is
 * often another one (`وبحثا التحضير لزيارة يقوم بها بوتين إلى الصين في مايو المقبل`).
 */
function destinations(
  clauses: readonly EventClause[],
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  own: boolean,
  readings: VenueReadings,
): { top: Set<string>; all: Set<string> } {
  const top = new Set<string>();
  const all = new Set<string>();
  // The two's meeting placed at the top (`بوتين وشي يبحثان في آستانة …`): one leader's visit
  // still to come (`إن زيارته المرتقبة إلى روسيا ستكون الحدث الرئيسي`) is another event, and its
  // country is not where they met.
  let placedAtTop: boolean | null = null;
  for (const c of clauses) {
    if (c.rank < 2 || isOtherEvent(c, own)) continue;
    const { text, cues } = (roles[c.sentence] as SentenceRoles).sentence;
    if (c.rank < 3 && cues.some((k) => k.kind === 'announce' && k.start >= c.start && k.start < c.end)) {
      placedAtTop ??= meetingPlacedAtTop(clauses, roles, places, own, readings);
      if (placedAtTop) continue;
    }
    // A visit invited to or prepared (`بحث الرئيسان في آستانة التحضيرات لزيارة الرئيس الصيني إلى
    // روسيا`) is to come: its country is not where this meeting was held.
    const invited = cues.find((k) => k.kind === 'invited' && k.start >= c.start && k.start < c.end);
    for (const code of destinationCountries(text, c.start, invited ? invited.start : c.end)) {
      all.add(code);
      if (places[c.sentence] !== 'later') top.add(code);
    }
  }
  return { top, all };
}

/** A clause of the two's own meeting in the headline or the lead names a place it happens in (`في آستانة`). */
function meetingPlacedAtTop(
  clauses: readonly EventClause[],
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  own: boolean,
  readings: VenueReadings,
): boolean {
  return clauses.some((c) => {
    if (c.rank < 3 || c.guessed || isOtherEvent(c, own) || places[c.sentence] === 'later') return false;
    const text = (roles[c.sentence] as SentenceRoles).sentence.text;
    return c.mentions.some((v) => v.type === 'venue' && v.id !== null && readings.isLocative(text, v));
  });
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * Places that scored (above 0) lie in more than one country. If not, `inCountries` cannot change
 * which of them is best: it keeps either all of them or none (and then gives back all).
 */
function inSeveralCountries(scores: ReadonlyMap<string, number>, dir: Directory): boolean {
  let first: string | null = null;
  for (const [id, s] of scores) {
    if (s <= 0) continue;
    const country = dir.countryOf(id) ?? '';
    if (first === null) first = country;
    else if (country !== first) return true;
  }
  return false;
}

/** The scores of places in `countries`, when any place there scored; else all of them. */
function inCountries(scores: Map<string, number>, countries: ReadonlySet<string>, dir: Directory): Map<string, number> {
  if (countries.size === 0) return scores;
  const kept = new Map([...scores].filter(([id, s]) => s > 0 && countries.has(dir.countryOf(id) ?? '')));
  return kept.size > 0 ? kept : scores;
}

/**
 * A meeting of the two, both named in its clause, that is neither recalled nor still to come again:
 * the story has a meeting of its own, and the others it mentions are other events. A clause that
 * only points back to the two (`وأجرى الزعيمان محادثات موسعة`, `وجرت المحادثات الثلاثاء`) counts
 * only before any recalled meeting: after one (`وكان الزعيمان قد التقيا في سمرقند … واتفق الزعيمان
 * خلال المحادثات`) it may point to the recalled meeting itself.
 */
export function hasOwnMeeting(clauses: readonly EventClause[], published: string | null = null): boolean {
  let recalled = false;
  for (const c of clauses) {
    if (c.earlier && c.rank >= 2) recalled = true;
    if (c.earlier || c.again) continue;
    // `وصل شي اليوم إلى موسكو في زيارة دولة، عقب لقاء جمعه ببوتين في سمرقند في سبتمبر الماضي`: one
    // leader's visit, dated and placed, is the story's meeting beside an earlier one of the two.
    if (c.rank === 2 && !c.guessed && c.kinds.has('in-person') && arrivedLately(c, published)) return true;
    if (c.rank !== 3) continue;
    if (c.explicit || (c.pointsToPair && !recalled)) return true;
  }
  return false;
}

/**
 * The clause names a place and a full day of the same trip as the page (up to `SAME_TRIP_DAYS`
 * before `published`): one leader's visit reported as the page's news.
 */
function arrivedLately(c: EventClause, published: string | null): boolean {
  return c.mentions.some((m) => m.type === 'venue') && datedDaysBefore(c, published);
}

/** A clause about another meeting than the story's own: earlier, further, or only guessed. */
export function isOtherEvent(c: EventClause, ownMeeting: boolean): boolean {
  return ownMeeting && (c.earlier || c.again || c.guessed);
}

function best(scores: ReadonlyMap<string, number>): string | null {
  let id: string | null = null;
  let top = 0;
  for (const [k, s] of scores) {
    if (s > top) {
      id = k;
      top = s;
    }
  }
  return id;
}

const LOCATIVE_PREPOSITIONS = new Set(['في', 'الي', 'من', 'داخل', 'عند']);
const PLACE_NOUNS = new Set(['مدينه', 'منتجع', 'قصر', 'مقر', 'العاصمه', 'عاصمه']);
const ATTACHED_BI = /^[وف]?با?ل?$/;

/**
 * `في سمرقند`, `إلى موسكو`, `بالكرملين`, `في مدينة سمرقند`, `في العاصمة الروسية موسكو`: the venue
 * is where something happens.
 */
export function isLocative(text: string, v: Candidate): boolean {
  let k = v.nStart;
  while (k > 0 && isLetterAt(text, k - 1) && v.nStart - k < 4) k--;
  if (k < v.nStart && ATTACHED_BI.test(text.slice(k, v.nStart))) return true;
  const words = wordsBefore(text, k, 4);
  if (LOCATIVE_PREPOSITIONS.has(words[0] ?? '') || isHosting(words[0])) return true;
  for (let p = 0; p < 3; p++) {
    if (PLACE_NOUNS.has(words[p] ?? ''))
      return LOCATIVE_PREPOSITIONS.has(words[p + 1] ?? '') || isHosting(words[p + 1]);
  }
  return false;
}

/** Characters between a journey's origin and its destination (`من بكين إلى مدينة تيانجين`). */
const JOURNEY_REACH = 40;

/**
 * The venue is where a journey sets out from: `من` before it (`من بكين`, `من العاصمة الصينية
 * بكين`) and `إلى` before the next venue of the clause, close after it with no break between
 * (`القطار فائق السرعة من بكين إلى مدينة تيانجين`). The destination is where the story goes on;
 * `قادما من موسكو` alone, or `من موسكو` and a place in another phrase, is left as it was.
 */
export function isOrigin(text: string, v: Candidate, next: Candidate | undefined): boolean {
  if (!next || next.id === v.id || next.nStart - v.nEnd > JOURNEY_REACH) return false;
  const between = text.slice(v.nEnd, next.nStart);
  if (/[،,.:;؛!?؟]/.test(between)) return false;
  if (!/(^|[^\p{L}])الي([^\p{L}]|$)/u.test(between)) return false;
  const words = wordsBefore(text, v.nStart, 4);
  if (words[0] === 'من') return true;
  for (let p = 0; p < 3; p++) if (PLACE_NOUNS.has(words[p] ?? '')) return words[p + 1] === 'من';
  return false;
}

/** Words before a seat or a capital that make it the voice of its government (`باسم الكرملين`). */
const VOICE_HEADS = new Set([
  'باسم',
  'بيان',
  'وبيان',
  'لبيان',
  'بحسب',
  'وبحسب',
  'حسب',
  'وفق',
  'وفقا',
  'مساعد',
  'مستشار',
]);

/**
 * The venue is the subject of a verb of saying or named as a government's voice (`أعلن
 * الكرملين`, `وقالت بكين إن`, `المتحدث باسم الكرملين`, `وفقا للكرملين`): the word before it,
 * past any proclitic attached to it, says so. Only spaces or quotes may stand between.
 */
export function speaksAsVoice(text: string, v: Candidate): boolean {
  let k = v.nStart;
  while (k > 0 && isLetterAt(text, k - 1) && v.nStart - k < 3) k--;
  if (k > 0 && isLetterAt(text, k - 1)) return false;
  if (quotedAfter(text, v, k)) return true;
  const [word] = wordsBefore(text, k, 1);
  return word !== undefined && (SAYING_WORDS.has(word) || VOICE_HEADS.has(word));
}

/** `وفي موسكو، قال مساعد الرئيس الروسي …`: a verb of saying right after the place (a comma between). */
function saidThere(text: string, v: Candidate): boolean {
  const m = /^[\s،,]*(\p{L}+)/u.exec(text.slice(v.nEnd, v.nEnd + 24));
  return m !== null && SAYING_WORDS.has(m[1] as string);
}

/**
 * `… والكرملين: لقاء مع بوتين الثلاثاء`, `الكرملين: بوتين وشي يبحثان …`: a headline's source before
 * the colon of what it says. The venue opens its phrase (at a line's start or after punctuation,
 * with at most `و`/`ف` joined to it); `في بكين:` is a place.
 */
function quotedAfter(text: string, v: Candidate, wordStart: number): boolean {
  let after = v.nEnd;
  while (after < text.length && text.charCodeAt(after) === 0x20) after++;
  if (text.charCodeAt(after) !== 0x3a) return false;
  const clitic = text.slice(wordStart, v.nStart);
  if (clitic !== '' && clitic !== 'و' && clitic !== 'ف') return false;
  let before = wordStart - 1;
  while (before >= 0 && text.charCodeAt(before) === 0x20) before--;
  return before < 0 || !isLetterAt(text, before);
}

/** Stems of hosting (`التي تستضيفها مدينة هانغتشو`, `احتضنت قازان القمة`): the venue is the host. */
const HOSTING_STEMS = ['تستضيف', 'يستضيف', 'استضاف', 'تحتضن', 'يحتضن', 'احتضن', 'تستقبل', 'تنعقد', 'المنعقده'];

function isHosting(word: string | undefined): boolean {
  if (!word) return false;
  for (const stem of HOSTING_STEMS) if (word.startsWith(stem) || word.startsWith(`و${stem}`)) return true;
  return false;
}

/** Words that open a clause of its own, whose subject follows (`أن`, `إن`, `بأن`, `لأن`, normalised). */
const COMPLEMENTISERS = new Set(['ان', 'وان', 'بان', 'لان', 'فان']);

/**
 * The venue opens a clause as its subject (`مشيرين إلى أن بكين لم تؤكد الاتفاق`, `ويرى محللون أن
 * موسكو تحتاج`): it stands for its government, not for a place, unless it hosts (`أن موسكو
 * ستستضيف القمة`).
 */
export function isClauseSubject(text: string, v: Candidate): boolean {
  const [word] = wordsBefore(text, v.nStart, 1);
  if (word === undefined || !COMPLEMENTISERS.has(word)) return false;
  const next = /^[\s"«»]*(\p{L}+)/u.exec(text.slice(v.nEnd, v.nEnd + 30))?.[1];
  return !(next && (isHosting(next) || isHosting(next.replace(/^و?س/, ''))));
}

/** `موسكو وبكين`: two cities joined by و stand for their governments, not for a place. */
export function pairedWithCapital(text: string, a: Candidate | undefined, b: Candidate | undefined): boolean {
  if (!a || !b || a.id === b.id) return false;
  return /^\s*و$/.test(text.slice(a.nEnd, b.nStart));
}

/** A venue opening one of the first lines: `موسكو - سانا`, `بكين-سانا`, `سوتشي في 6 فبراير / وام /`. */
export function isDatelineVenue(text: string, v: Candidate, [lineStart]: Span): boolean {
  if (!/^[\s"«(]*$/.test(text.slice(lineStart, v.nStart))) return false;
  return /^\s*([-/:,،(]|في\s|\d|$)/.test(text.slice(v.nEnd, v.nEnd + 4));
}
