// The meeting a relevant story is about: when, where, in what form, who, and whether it is still
// to come; then the bundled catalogue of known Putin–Xi meetings names it, supplies the full
// date when the text gives only a day and a month, and the place when the text dates the meeting
// to a day but places it nowhere.
//
// Evidence comes from the event sentences (both leaders and a meeting word), then from sentences
// where one leader meets (the other is in a neighbouring sentence), then from sentences naming
// both. The form is weighed over sentences: phone and video words, weighted by place (headline >
// lead > later), against visit and reception words; talks with no form named are in person. The
// venue (meeting-venue) and the date (meeting-date) are read clause by clause (event-clauses), so
// that each belongs to the event it modifies and an older meeting recalled in passing, a later
// one announced beside, or the dateline's city and day do not stand in for the story's own.

import { normaliseString } from '../text/normalise';
import type { Span } from './body';
import type { Directory } from './directory';
import { type EventClause, eventClauses } from './event-clauses';
import { gapBetween, isFullDay, meetingDate } from './meeting-date';
import { meetingVenue, VenueReadings } from './meeting-venue';
import { FACE_TO_FACE_WORDS } from './meeting-words';
import type { Place } from './relevance';
import type { SentenceRoles } from './sentence-roles';
import type { Cue, CueKind, Sentence } from './story-analysis';
import type { MeetingInfo, MeetingKind } from './types';

export interface CatalogueQuery {
  start: string | null;
  end: string | null;
  venue: string | null;
  kind: MeetingKind | null;
}

export interface CatalogueEntry {
  id: string;
  start: string;
  /** Last day of a meeting that spans several days. */
  end?: string | null;
  /** Where it took place (`virtual` for a call). */
  venue?: string | null;
  title: { ar: string; en: string };
}

export type CatalogueMatcher = (q: CatalogueQuery) => CatalogueEntry | null;

const PLACE_WEIGHT: Record<Place, number> = { headline: 3, lead: 2, later: 1 };

/** How strongly a sentence speaks of the meeting itself. */
function rank(r: SentenceRoles): number {
  if (r.event) return 3;
  if (r.sentence.background) return 0;
  if (r.meeting && r.others.length === 0 && r.ru.length + r.cn.length > 0) return 2;
  if (r.both) return 1;
  return 0;
}

export function describeMeeting(
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  lines: readonly Span[],
  dir: Directory,
  published: string | null,
  catalogue: CatalogueMatcher,
): MeetingInfo {
  const kind = meetingKind(roles, places);
  const clauses = eventClauses(roles, dir, published);
  const readings = new VenueReadings();
  const foretold = announcedByWords(roles, places, kind, clauses);
  const venue =
    kind === 'in-person' ? meetingVenue(clauses, roles, places, lines, dir, readings, foretold, published) : 'virtual';
  const date = meetingDate({
    clauses,
    roles,
    lines,
    dir,
    venue,
    kind,
    notBefore: foretold ? published : null,
    published,
    // As given: the date asks it under a try of its own (see knownDay), no wrapper per story.
    catalogue,
    readings,
  });
  const start = date?.value ?? null;
  const end = date?.valueEnd ?? null;
  const announced = isFullDay(start) && published && start !== published ? (start as string) > published : foretold;
  const entry = safeMatch(catalogue, { start, end, venue, kind });
  return {
    start: typeof start === 'string' ? start : null,
    end: typeof end === 'string' ? end : null,
    venue: venue ?? knownVenue(entry, start, kind),
    kind,
    participants: participants(roles, dir, isFullDay(start) ? (start as string) : published),
    announced,
    catalogueId: entry?.id ?? null,
    knownStart: entry && !isFullDay(start) ? entry.start : null,
    title: entry?.title ?? null,
  };
}

/**
 * The place of the known meeting a story tells on a given day, when the story names none for it
 * (`عقب محادثات أجراها بوتين مع شي أمس على هامش قمة سيكا`, the city given only for the contract
 * signed the next day): a day's date with the kind picks one meeting of the public record, and the
 * record says where it was. A month or a year is too loose a date to place a meeting by.
 */
function knownVenue(entry: CatalogueEntry | null, start: string | null, kind: MeetingKind | null): string | null {
  if (!entry?.venue || kind !== 'in-person' || typeof start !== 'string') return null;
  return isFullDay(start) || YEARLESS_DAY.test(start) ? entry.venue : null;
}

const YEARLESS_DAY = /^--\d{2}-\d{2}$/;

function safeMatch(catalogue: CatalogueMatcher, q: CatalogueQuery): CatalogueEntry | null {
  try {
    return catalogue(q);
  } catch {
    return null;
  }
}

/**
 * The leaders of the event sentences, else of any sentence; a side the text names only by a word
 * the gazetteer cannot place (`مع شي` without his full name) is its head of state on the day.
 */
function participants(roles: readonly SentenceRoles[], dir: Directory, day: string | null): string[] {
  const ru = new Set<string>();
  const cn = new Set<string>();
  collectParties(roles, EVENTS, ru, cn);
  if (ru.size === 0 || cn.size === 0) collectParties(roles, RANKED, ru, cn);
  if (ru.size === 0 || cn.size === 0) collectParties(roles, ANY, ru, cn);
  if (ru.size === 0) addHead(ru, dir.headOf('ru', day));
  if (cn.size === 0) addHead(cn, dir.headOf('cn', day));
  return [...ru, ...cn].sort();
}

function addHead(side: Set<string>, id: string | null): void {
  if (id) side.add(id);
}

/** Which sentences `collectParties` reads: event sentences, ranked ones, any. */
const EVENTS = 0;
const RANKED = 1;
const ANY = 2;

/** Adds the leaders of the sentences `which` selects (a constant, not a closure per story). */
function collectParties(roles: readonly SentenceRoles[], which: number, ru: Set<string>, cn: Set<string>): void {
  for (const r of roles) {
    if (which === EVENTS ? !r.event : which === RANKED && rank(r) < 1) continue;
    for (const id of r.ru) ru.add(id);
    for (const id of r.cn) cn.add(id);
  }
}

function meetingKind(roles: readonly SentenceRoles[], places: readonly Place[]): MeetingKind {
  let phone = 0;
  let video = 0;
  let inPerson = 0;
  // Whether some sentence tells the two's meeting (rank 3).
  const event = roles.some((r) => rank(r) === 3 && !r.envoy);
  let fragmentForm: MeetingKind | null = null;
  /** A form named in a sentence of the meeting (not talks of no form). */
  let named = false;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i] as SentenceRoles;
    const rk = rank(r);
    // `في اتصال هاتفي بالذكرى الثالثة … .. الرئيس الصيني يرحب …`: a phrase of the form naming nobody,
    // cut off as a sentence of its own by `..` in the headline or the lead, tells the form of the
    // meeting the story tells, when nothing else names one.
    // Not a sentence that tells a meeting of its own words (`… إن الزعيمين سيعقدان لقاء وجها لوجه
    // …، بعد أن اقتصرت اتصالاتهما على الهاتف`): its phone is the past it sets against.
    if (rk < 2 && event && places[i] !== 'later' && r.ru.length + r.cn.length + r.others.length === 0) {
      if (!tellsMeetingItself(r)) {
        if (r.kinds.has('video')) fragmentForm ??= 'video-call';
        else if (r.kinds.has('phone')) fragmentForm ??= 'phone-call';
      }
      continue;
    }
    // One leader receiving the other country's envoy (`زار ميدفيديف بكين والتقى مع شي`) tells
    // the envoy's meeting: its form is not the leaders'.
    if (rk < 2 || r.envoy) continue;
    const w = PLACE_WEIGHT[places[i] as Place] * (rk === 3 ? 1 : 0.5);
    if (r.kinds.has('video') || r.kinds.has('phone') || r.kinds.has('in-person') || r.kinds.has('sideline'))
      named = true;
    // A sentence naming its meeting in person and a remote form after it (`وهذا أول لقاء مباشر
    // بين الرئيسين، إذ اقتصرت اتصالاتهما على المكالمات الهاتفية`) sets the remote form against it.
    if (remoteAfterInPerson(r)) {
      inPerson += w;
      continue;
    }
    if (r.kinds.has('video')) video += 2 * w;
    if (r.kinds.has('phone')) phone += 2 * w;
    // `اتصال` alone is a call only in an event sentence (else a contact: `الاتصال الاستراتيجي`).
    else if (rk === 3 && r.kinds.has('call') && !r.kinds.has('video')) phone += w;
    if (r.kinds.has('in-person') || r.kinds.has('sideline')) inPerson += w;
    // Talks with no form named happen in person.
    else if (r.kinds.has('meet') && !r.kinds.has('video') && !r.kinds.has('phone')) inPerson += w / 2;
  }
  if (!named && fragmentForm) return fragmentForm;
  if (video > inPerson && video >= phone) return 'video-call';
  if (phone > inPerson && phone > video) return 'phone-call';
  return 'in-person';
}

/**
 * The sentence's first word of a form says they met face to face (`لقاء مباشر`, `وجها لوجه`,
 * `حضوري`), and a phone or video word follows it. Not a visit word (`دعاه إلى زيارة موسكو … خلال
 * محادثات عبر الفيديو` tells the call, the visit being invited to), nor a sideline (`بعد لقائهما
 * على هامش قمة … وبعد قمتهما عبر الفيديو` lists two meetings).
 */
function remoteAfterInPerson(r: SentenceRoles): boolean {
  const { text } = r.sentence;
  let inPerson = false;
  for (const c of r.sentence.cues) {
    if (c.kind === 'sideline' && FACE_TO_FACE.has(text.slice(c.start, c.end))) inPerson = true;
    else if (c.kind === 'phone' || c.kind === 'video') return inPerson;
  }
  return false;
}

const FACE_TO_FACE = new Set(FACE_TO_FACE_WORDS.map(normaliseString));

/** A sentence with words of a meeting besides its form (`لقاء`, `وجها لوجه`, `الزعيمين`). */
function tellsMeetingItself(r: SentenceRoles): boolean {
  return r.kinds.has('meet') || r.kinds.has('in-person') || r.kinds.has('sideline') || r.kinds.has('leaders');
}

/** The words of each form of meeting; talks and summits (`محادثات`, `قمة`) are of any form. */
const FORM_CUES: Record<MeetingKind, ReadonlySet<CueKind>> = {
  'in-person': new Set(['in-person', 'sideline']),
  'phone-call': new Set(['phone', 'call']),
  'video-call': new Set(['video']),
};
const ANY_FORM: ReadonlySet<CueKind> = new Set(['meet', 'summit', 'pair', 'dual']);
const FORMS = Object.keys(FORM_CUES) as MeetingKind[];
/** For each form, the words of the other forms. */
const OTHER_FORM_CUES = byForm((kind) => FORMS.filter((k) => k !== kind).flatMap((k) => [...FORM_CUES[k]]));
/**
 * For each form, what a future word may speak of instead of it: another form, a visit invited to
 * or a meeting guessed (`دعاه إلى زيارة … الربيع المقبل`).
 */
const ASIDE_CUES = byForm((kind) => [...OTHER_FORM_CUES[kind], 'invited', 'speculative']);

function byForm(kinds: (form: MeetingKind) => CueKind[]): Record<MeetingKind, ReadonlySet<CueKind>> {
  return {
    'in-person': new Set(kinds('in-person')),
    'phone-call': new Set(kinds('phone-call')),
    'video-call': new Set(kinds('video-call')),
  };
}

/** An announcement word this close (in characters) to a meeting word speaks of that meeting. */
const ANNOUNCE_REACH = 30;

/**
 * An event sentence of the headline or lead puts a future word beside a word for a meeting of the
 * story's form (`سيزور`, `القمة المرتقبة`, `من المقرر أن يلتقي`): the story announces the meeting. A full meeting date on or before
 * publication settles it the other way (see `describeMeeting`).
 */
function announcedByWords(
  roles: readonly SentenceRoles[],
  places: readonly Place[],
  kind: MeetingKind,
  clauses: readonly EventClause[],
): boolean {
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i] as SentenceRoles;
    if (places[i] === 'later' || !r.event) continue;
    if (announcesForm(r.sentence, kind, clauses, i)) return true;
  }
  return false;
}

/**
 * Whether offset `at` of sentence `index` lies in a clause about no meeting of the two (rank 0):
 * `بوتين يطلع شي على محادثاته مع ويتكوف قبيل قمة مرتقبة مع ترامب` foretells the summit with
 * another leader, not the call the story reports.
 */
function inOtherClause(clauses: readonly EventClause[], index: number, at: number): boolean {
  for (const cl of clauses) {
    if (cl.sentence === index && cl.start <= at && at < cl.end) return cl.rank === 0;
  }
  return false;
}

/** A future word of the sentence speaks of a meeting word of this form (see `announcedByWords`). */
function announcesForm(sentence: Sentence, kind: MeetingKind, clauses: readonly EventClause[], index: number): boolean {
  const cues = sentence.cues;
  const ownForm = FORM_CUES[kind];
  const other = OTHER_FORM_CUES[kind];
  const aside = ASIDE_CUES[kind];
  let mixed: boolean | null = null;
  for (const a of cues) {
    if (a.kind !== 'announce' || inOtherClause(clauses, index, a.start)) continue;
    // The future word speaks of the meeting word nearest to it (`زيارة مرتقبة`: the visit): it
    // announces this meeting if that word is of this form, or of no form in a sentence that
    // names no other form (`الاتصال … قبل زيارة مرتقبة` announces the visit, not the call).
    let nearest: CueKind | null = null;
    let gap = ANNOUNCE_REACH + 1;
    for (const m of cues) {
      if (m === a || !(ownForm.has(m.kind) || ANY_FORM.has(m.kind) || aside.has(m.kind))) continue;
      let g = m.start === a.start ? 0 : gapBetween(m, { nStart: a.start, nEnd: a.end });
      // A comma between them puts the meeting word in another clause (`لزيارة روسيا في ربيع
      // العام المقبل، وذلك خلال قمة عبر الفيديو`: the spring is the visit's, not the summit's).
      if (g > 0 && acrossComma(sentence.text, m, a)) g += ANNOUNCE_REACH;
      if (g < gap || (g === gap && aside.has(m.kind))) {
        gap = g;
        nearest = m.kind;
      }
    }
    if (nearest === null) continue;
    if (ownForm.has(nearest)) return true;
    mixed ??=
      cues.some((c) => other.has(c.kind)) ||
      (kind !== 'in-person' && callToldDone(cues, ownForm, (at) => inOtherClause(clauses, index, at)));
    if (ANY_FORM.has(nearest) && !mixed) return true;
  }
  return false;
}

/**
 * The sentence tells a call of the story's form with no future word beside it (`أجرى بوتين وشي
 * اليوم محادثات عبر تقنية الفيديو، وأعلن بوتين أنه سيلتقي شي في بكين في فبراير المقبل`): a call is
 * over in an hour, so a future meeting word of no form after it in the same sentence is another
 * meeting. The call is told first, and as news (not `قمته الافتراضية مع بايدن التي جرت`, a call
 * pointed back to after the future word).
 */
function callToldDone(
  cues: readonly Cue[],
  ownForm: ReadonlySet<CueKind>,
  otherMeeting: (at: number) => boolean,
): boolean {
  return cues.some(
    (m) =>
      ownForm.has(m.kind) &&
      !m.definite &&
      !otherMeeting(m.start) &&
      // No future word before it, nor one just after it (`سيجري … محادثات عبر الفيديو`).
      !cues.some(
        (a) =>
          a.kind === 'announce' &&
          (a.start < m.start || gapBetween(m, { nStart: a.start, nEnd: a.end }) <= ANNOUNCE_REACH),
      ),
  );
}

function acrossComma(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b) return true;
  }
  return false;
}
