// Leaders and venues in a text: names, titles that stand for a person (`الرئيس الصيني`,
// `نظيره الروسي`), descriptors that stand for a city (`العاصمة الروسية`), and seats that stand for
// an institution (`أعلن الكرملين`). One scan over the tokens, then one pass over its matches.
// Beyond the data: a person named right after a title of office (`unknown-names.ts`), and a place
// named after a known city (`جامعة موسكو الحكومية`, `sites.ts`).

import type { Candidate, Doc } from '../extract/document';
import { withConjunctions } from '../text/conjunctions';
import { normaliseString, toOriginal } from '../text/normalise';
import { closesOutletCredit } from '../text/outlet-credit';
import { type Token, tokenTable, WORD_BIT } from '../text/tokens';
import { wordId } from '../text/vocabulary';
import { readsAsCity } from './city-context';
import { SURNAME_FIRST_COUNTRIES } from './data/name-order';
import { officeById } from './data/offices';
import { type EntryKind, familyMembers, getLexicon } from './lexicon';
import { cityOf, leaderById, rolesIn, venueById } from './lookup';
import { type Period, textPeriod } from './period';
import { resolveCounterpart, resolveOffice } from './resolve-title';
import { type RawMatch, scan } from './scan';
import { siteAroundCity } from './sites';
import { type EntityAt, nameAfterHead, nameAfterTitle, type UnknownName } from './unknown-names';
import {
  BETWEEN_TITLE_AND_NAME_BIT,
  CLOCK_PERIOD_BIT,
  COMPARISON_BEFORE_COUNTERPART_BIT,
  COMPARISON_PREPOSITION_BIT,
  CONTACT_BEFORE_COUNTERPART_BIT,
  contextAt,
  GENERIC_HEAD_BIT,
  JOINT_NATIONALITY_BIT,
  LOCATIVE_BEFORE_SEAT_BIT,
  locativeBeforeSeat,
  NOT_CURRENT_AFTER_TITLE_BIT,
  NOT_HOLDER_BEFORE_TITLE_BIT,
  NOT_NAME_AFTER_BIT,
  OUTLET_BEFORE_PLACE_BIT,
  TIME_ZONE_BEFORE_PLACE_BIT,
} from './word-sets';

/** How far back (in tokens, same line) a counterpart looks for the person it is the counterpart of. */
const ANTECEDENT_REACH = 80;
/** How far back a title for the same person supports an ambiguous short name (`شي`). */
const TITLE_SUPPORT_REACH = 25;

interface LeaderSeen {
  id: string;
  country: string;
  token: number;
  offset: number;
  byTitle: boolean;
}

export function findEntities(doc: Doc, ref: string | null): Candidate[] {
  const tokens = doc.tokens;
  const raws = resolveFamilies(capitalisedLatin(doc, scan(tokens, getLexicon())));
  if (raws.length === 0) return [];

  // Leaders named unambiguously anywhere in the text: they support their own short names
  // (`شي` once `شي جين بينغ` appears) and break ties between holders of an office.
  const named = new Set<string>();
  for (const r of raws) if (r.entry.kind === 'leader' && !r.entry.needs) named.add(r.entry.id);

  let period: Period | null = null;
  const when = () => {
    period ??= textPeriod(tokens, ref);
    return period;
  };
  const text = doc.norm.text;
  // The checks around a match read the typed columns (word bit, id) and per-word flags
  // (`contextAt`), not the token objects.
  const table = tokenTable(tokens);
  const { ids } = table;
  const bits = table.bits;
  const context = (i: number) => contextAt(tokens, ids, i);
  const seen: LeaderSeen[] = [];
  const out: Candidate[] = [];
  let starts: Set<number> | null = null;
  let namedCities: Set<string> | null = null;
  const unknownAt = new Set<number>();
  // Leaders some title in the text stands for, and short names waiting for such a title.
  const titled = new Set<string>();
  const waiting: RawMatch[] = [];
  const addLeader = (r: RawMatch, id: string, byTitle: boolean) => {
    out.push(candidate('leader', id, r, byTitle));
    if (byTitle) titled.add(id);
    seen.push({ id, country: leaderById(id)?.country ?? '', token: r.first, offset: r.nStart, byTitle });
  };

  for (let k = 0; k < raws.length; k++) {
    const r = raws[k] as RawMatch;
    const { kind, id } = r.entry;
    if (kind === 'leader') {
      if (r.entry.needs === 'speaker') {
        if (standsAsSpeaker(tokens, r)) addLeader(r, id, false);
      } else if (!r.entry.needs || isSupported(k)) addLeader(r, id, false);
      else if (r.entry.needs === 'named' && !readsAsCommonNoun(r)) waiting.push(r);
    } else if (kind === 'venue') {
      if (namesTimeZone(r)) continue;
      // `بغداد اليوم - متابعة`: the outlet's credit line, no place; `جريدة الرياض`: a paper's name.
      if (r.clitics === '' && closesOutletCredit(tokens, table.line, r.last + 1)) continue;
      if (r.clitics === '' && context(r.first - 1) & OUTLET_BEFORE_PLACE_BIT) continue;
      // `قادة «شنغهاي»`, `اجتماع «شنغهاي+»`: a city alone in quotes is the name of something else
      // (a site's name is quoted as itself: `«عش الطائر»`, `«بوتشاروف روتشي»`).
      const venue = venueById(id);
      if (r.clitics === '' && venue?.kind === 'city' && quotedAlone(r)) continue;
      const needs = r.entry.needs;
      if (
        needs === 'city'
          ? !readsAsCity(tokens, text, r, raws[k - 1])
          : needs === 'beside'
            ? !cityBeside(k)
            : needs && !cityNamed(id)
      )
        continue;
      const site =
        venue?.kind === 'city' && r.clitics === '' ? siteAroundCity(tokens, r.first, r.last, startsEntity) : null;
      if (site) out.push({ ...candidate('venue', id, r, false), ...site });
      else out.push(candidate('venue', id, r, venue?.seat === true && !isLocative(r)));
    } else if (kind === 'descriptor') {
      if (!introducesName(k, 'venue') && standsAlone(r)) out.push(candidate('venue', id, r, true));
    } else if (kind === 'head') {
      if (!inPrepositionalPhrase(r)) addUnknown(nameAfterHead(tokens, r.last, entityAt));
    } else if (TITLE_KINDS.has(kind)) {
      // A person the data does not know, named after the title: the title is theirs. (Not after
      // `نظيره الروسي`, nor after `للرئيس الصيني`: verbs, objects and purposes follow them as
      // often as names.)
      if (
        kind === 'title' &&
        !inPrepositionalPhrase(r) &&
        !introducesName(k, 'leader') &&
        addUnknown(nameAfterTitle(tokens, r.last, entityAt, surnameFirstOffice(id)))
      )
        continue;
      if (introducesName(k, 'leader') || !standsAlone(r)) continue;
      const antecedent = kind === 'title' ? null : antecedentOf(r, id);
      if (kind !== 'title' && !counterpartOfPerson(r, antecedent)) continue;
      const who =
        kind === 'title'
          ? resolveOffice(id, when(), named)
          : kind === 'guest'
            ? (lastSeenOf(id) ?? nextNamedOf(k, id))
            : resolveCounterpart(id, antecedent, when(), named);
      if (who && !namedJustAfter(k, who) && !namedJustBefore(k, who)) addLeader(r, who, true);
    }
  }
  // A short name is also supported by a title for the same person elsewhere in the text
  // (`الرئيس الصيني` in the headline, `وقال شي` three paragraphs later).
  const late = waiting.filter((r) => titled.has(r.entry.id));
  for (const r of late) out.push(candidate('leader', r.entry.id, r, false));
  // Unknown names and late short names are added out of text order.
  return late.length > 0 || unknownAt.size > 0 ? out.sort((a, b) => a.nStart - b.nStart) : out;

  /** A site's city is named in the text (`بكين`, or another of its sites): the site's generic name counts. */
  function cityNamed(site: string): boolean {
    if (!namedCities) {
      namedCities = new Set<string>();
      for (const r of raws) if (r.entry.kind === 'venue' && !r.entry.needs) namedCities.add(cityOf(r.entry.id));
    }
    return namedCities.has(cityOf(site));
  }

  /** The site at `k` is followed right away by its own city: `قصر الشعب ببكين`, `قصر الشعب في بكين`. */
  function cityBeside(k: number): boolean {
    const r = raws[k] as RawMatch;
    const next = raws[k + 1];
    if (next?.entry.kind !== 'venue' || next.entry.id !== cityOf(r.entry.id) || next.entry.needs) return false;
    if (next.first === r.last + 1) return next.clitics === 'ب';
    return next.first === r.last + 2 && next.clitics === '' && tokens[r.last + 1]?.text === 'في';
  }

  /**
   * Whether `نظيره الروسي` is a person's counterpart: not in a comparison (`يفوق نظيره الروسي`,
   * `أكبر من نظيره`), and, with no leader before it on its line, only in a report of contact
   * (`التقى نظيره`, `اتصل بنظيره`, `ونظيره`).
   */
  function counterpartOfPerson(r: RawMatch, antecedent: string | null): boolean {
    let before = previousWord(r.first);
    const prev = before >= 0 ? context(before) : 0;
    if (/[بل]/.test(r.clitics) && prev & COMPARISON_BEFORE_COUNTERPART_BIT) return false;
    if (prev & COMPARISON_PREPOSITION_BIT) before = previousWord(before);
    if (before >= 0 && context(before) & COMPARISON_BEFORE_COUNTERPART_BIT) return false;
    if (antecedent !== null) return true;
    return /[بول]/.test(r.clitics) || (prev & CONTACT_BEFORE_COUNTERPART_BIT) !== 0;
  }

  /**
   * The place names a clock time's zone, not a venue: right after `بتوقيت`/`توقيت` (`الساعة 10
   * بتوقيت أبوظبي`), or alone in brackets right after a clock time (`18:47 (مكة المكرمة)`, `03:47
   * م (أبوظبي)`). A place anywhere else near a time (`الساعة 10 في أبوظبي`) is left alone.
   */
  function namesTimeZone(r: RawMatch): boolean {
    if (r.clitics !== '') return false;
    if (context(r.first - 1) & TIME_ZONE_BEFORE_PLACE_BIT) return true;
    // By id (the brackets are interned): most places are not in brackets, and no token object is read.
    if (ids[r.first - 1] !== OPEN_PAREN || ids[r.last + 1] !== CLOSE_PAREN) return false;
    let k = r.first - 2;
    if (context(k) & CLOCK_PERIOD_BIT) k--;
    // A clock time: minutes after a colon (`18:47`).
    return tokens[k]?.kind === 'number' && tokens[k - 1]?.text === ':' && tokens[k - 2]?.kind === 'number';
  }

  /**
   * A city's name that is all a pair of quotes holds (`قادة «شنغهاي» في أستانا`, `اجتماع «شنغهاي+»`,
   * quotes folded to `"`): the press quotes a city's name when it names an organisation, a format or
   * an exercise, a ship or a paper (`«الرياض»`, the destroyer `«أورومتشي»`), not the city itself.
   */
  function quotedAlone(r: RawMatch): boolean {
    if (ids[r.first - 1] !== QUOTE_MARK) return false;
    const after = ids[r.last + 1] === PLUS ? r.last + 2 : r.last + 1;
    if (ids[after] !== QUOTE_MARK) return false;
    // After a preposition of place or a word of naming, the quoted name is the place (`وصل إلى
    // "شنغهاي"`, `التي يسميها الروس "خاربين"`).
    if (context(r.first - 2) & LOCATIVE_BEFORE_SEAT_BIT) return false;
    // The word of naming may stand a word further back, before its subject (`يسميها الروس`).
    for (let k = r.first - 2; k >= r.first - 3; k--) {
      const before = tokens[k];
      if (before?.kind === 'word' && NAMING_WORDS.has(before.text)) return false;
    }
    return true;
  }

  /** `للرئيس`, `بوزير`: a title inside a prepositional phrase (`وجه الدعوة للرئيس … لحضور`). */
  function inPrepositionalPhrase(r: RawMatch): boolean {
    return r.clitics !== '' && /[بلك]/.test(r.clitics);
  }

  /** An unknown person named after a title, once (a head and its title may both lead to it). */
  function addUnknown(name: UnknownName | null): boolean {
    if (!name) return false;
    if (!unknownAt.has(name.first)) {
      unknownAt.add(name.first);
      const first = tokens[name.first] as Token;
      const last = tokens[name.last] as Token;
      out.push({ type: 'leader', id: name.id, value: null, unit: null, nStart: first.start, nEnd: last.end });
    }
    return true;
  }

  /** The match of the gazetteer starting at token `i`, as the title grammar needs it (binary search). */
  function entityAt(i: number): EntityAt | null {
    let lo = 0;
    let hi = raws.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = raws[mid] as RawMatch;
      if (r.first === i) return { kind: r.entry.kind, last: r.last };
      if (r.first < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Whether a match of the gazetteer starts at token `i`. */
  function startsEntity(i: number): boolean {
    starts ??= new Set(raws.map((r) => r.first));
    return starts.has(i);
  }

  /** The title or descriptor at `k` is directly followed by a name (punctuation aside). */
  function introducesName(k: number, kind: 'leader' | 'venue'): boolean {
    const next = raws[k + 1];
    return (
      next !== undefined && next.entry.kind === kind && onlyPunctuationBetween((raws[k] as RawMatch).last, next.first)
    );
  }

  /**
   * The person a title resolved to is named right after it, past one unknown word: a first name
   * the gazetteer lacks (`الرئيس الروسي ولاديمير بوتين`) — the title is still just a title.
   */
  function namedJustAfter(k: number, who: string): boolean {
    const r = raws[k] as RawMatch;
    const next = raws[k + 1];
    if (next?.entry.kind === 'leader' && next.entry.id === who) return wordsBetween(r.last, next.first, 1);
    return namedAfterTitles(k, who);
  }

  /**
   * A title, then more of the same person's titles, then the person (`نائب رئيس مجلس الأمن الروسي
   * رئيس حزب روسيا الموحدة دميتري ميدفيديف`, the same with commas): the first title too stands
   * before the name. Each further title (known, or a title's head with up to four words of its
   * own, none a particle: `الرئيس الروسي رئيس البلاد إن بوتين` is a sentence) follows right after
   * the one before it; the name ends the chain and is the person the first title stands for
   * (`الرئيس الروسي رئيس الوزراء الهندي مودي` is two people).
   */
  function namedAfterTitles(k: number, who: string): boolean {
    let last = (raws[k] as RawMatch).last;
    let j = k + 1;
    for (; j < raws.length && j <= k + 4; j++) {
      const t = raws[j] as RawMatch;
      if (t.entry.kind !== 'title' && t.entry.kind !== 'head') break;
      if (!wordsBetween(last, t.first, j === k + 1 ? 0 : 4) || particleBetween(last, t.first)) return false;
      last = t.last;
    }
    const name = raws[j];
    return (
      j > k + 1 &&
      name?.entry.kind === 'leader' &&
      name.entry.id === who &&
      wordsBetween(last, name.first, 4) &&
      !particleBetween(last, name.first)
    );
  }

  function particleBetween(last: number, first: number): boolean {
    for (let i = last + 1; i < first; i++) if (PARTICLES.has((tokens[i] as Token).text)) return true;
    return false;
  }

  /** Between tokens `last` and `first`: at most `most` words, and only marks that stand in titles. */
  function wordsBetween(last: number, first: number, most: number): boolean {
    if (first - last > most + 3) return false;
    let words = 0;
    for (let i = last + 1; i < first; i++) {
      if ((bits[i] as number) & WORD_BIT) words++;
      else if (!(context(i) & BETWEEN_TITLE_AND_NAME_BIT)) return false;
    }
    return words <= most;
  }

  /** An apposition (`شي جين بينغ، الرئيس الصيني،`): the title repeats the name just given. */
  function namedJustBefore(k: number, who: string): boolean {
    const prev = raws[k - 1];
    return (
      prev?.entry.kind === 'leader' &&
      prev.entry.id === who &&
      onlyPunctuationBetween(prev.last, (raws[k] as RawMatch).first)
    );
  }

  function onlyPunctuationBetween(last: number, first: number): boolean {
    if (first - last > 4) return false;
    for (let i = last + 1; i < first; i++) if (!(context(i) & BETWEEN_TITLE_AND_NAME_BIT)) return false;
    return true;
  }

  /** A title that is about its current holder, alone (not `نائب …`, `… السابق`, `… والروسي`). */
  function standsAlone(r: RawMatch): boolean {
    if (context(r.first - 1) & NOT_HOLDER_BEFORE_TITLE_BIT) return false;
    return !(context(r.last + 1) & (NOT_CURRENT_AFTER_TITLE_BIT | JOINT_NATIONALITY_BIT));
  }

  /** `أي شي`, `كل شي`: the short name is a common noun here. */
  function readsAsCommonNoun(r: RawMatch): boolean {
    return r.clitics === '' && (context(r.first - 1) & NOT_NAME_AFTER_BIT) !== 0;
  }

  /** An ambiguous short name (`شي`, `لولا`) with support in the text. */
  function isSupported(k: number): boolean {
    const r = raws[k] as RawMatch;
    if (readsAsCommonNoun(r)) return false;
    const before = previousWord(r.first);
    if (r.entry.needs === 'named' && named.has(r.entry.id)) return true;
    const prev = raws[k - 1];
    if (prev && TITLE_KINDS.has(prev.entry.kind)) {
      if (onlyPunctuationBetween(prev.last, r.first)) return true;
    }
    if (before >= 0 && context(before) & GENERIC_HEAD_BIT) return true;
    // `بوتين وشي يبحثان …`, `شي وبوتين`: joined by `و` to a leader named in full, a short name is
    // the other of a pair of leaders (a headline's usual form), not a common noun.
    const next = raws[k + 1];
    if (r.clitics === 'و' && prev && prev.last + 1 === r.first && namedLeader(prev)) return true;
    if (next && next.clitics === 'و' && r.last + 1 === next.first && namedLeader(next)) return true;
    if (r.entry.needs === 'named') {
      for (let s = seen.length - 1; s >= 0; s--) {
        const p = seen[s] as LeaderSeen;
        if (r.first - p.token > TITLE_SUPPORT_REACH || !sameLine(p.offset, r.nStart)) break;
        if (p.byTitle && p.id === r.entry.id) return true;
      }
    }
    return false;
  }

  /** A leader's name that needs no support of its own (`بوتين`, not `شي` or a title). */
  function namedLeader(m: RawMatch): boolean {
    return m.entry.kind === 'leader' && m.entry.needs === undefined;
  }

  /** Index of the word before token `i`, skipping punctuation that may stand around a name. */
  function previousWord(i: number): number {
    let j = i - 1;
    while (j >= 0 && j >= i - 3 && context(j) & BETWEEN_TITLE_AND_NAME_BIT) j--;
    return j >= 0 && (bits[j] as number) & WORD_BIT ? j : -1;
  }

  /** `في الكرملين`, `بالكرملين`, `قصر الكرملين`: the place, not the institution. */
  function isLocative(r: RawMatch): boolean {
    if (r.clitics.includes('ب') || locativeBeforeSeat.has(r.entry.tokens[0] as string)) return true;
    return (context(r.first - 1) & LOCATIVE_BEFORE_SEAT_BIT) !== 0;
  }

  /** The nearest earlier leader of another country on the same line, for `نظيره` + nationality. */
  function antecedentOf(r: RawMatch, country: string): string | null {
    for (let s = seen.length - 1; s >= 0; s--) {
      const p = seen[s] as LeaderSeen;
      if (r.first - p.token > ANTECEDENT_REACH || !sameLine(p.offset, r.nStart)) return null;
      if (p.country !== country) return p.id;
    }
    return null;
  }

  /**
   * The first leader of `country` named after raw match `k` (`ضيفه الروسي وزير الخارجية سيرغي
   * لافروف`: the guest is Lavrov, not the counterpart), or null.
   */
  function nextNamedOf(k: number, country: string): string | null {
    for (let j = k + 1; j < raws.length; j++) {
      const e = (raws[j] as RawMatch).entry;
      if (e.kind === 'leader' && !e.needs && leaderById(e.id)?.country === country && mayBeGuest(e.id)) return e.id;
    }
    return null;
  }

  /** The last leader of `country` named before (the guest or host a `ضيفه الصيني` refers back to). */
  function lastSeenOf(country: string): string | null {
    for (let s = seen.length - 1; s >= 0; s--) {
      const p = seen[s] as LeaderSeen;
      if (p.country === country && mayBeGuest(p.id)) return p.id;
    }
    return null;
  }

  /** A guest or a host holds an office of state in the period, not an aide's or a spokesperson's. */
  function mayBeGuest(id: string): boolean {
    const leader = leaderById(id);
    return (leader ? rolesIn(leader, when()) : []).some((role) => {
      const type = role.office ? officeById(role.office)?.type : undefined;
      return type !== undefined && !NOT_GUEST_OFFICES.has(type);
    });
  }

  function sameLine(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return false;
    return true;
  }
}

/** Entries that name a person by a title: of office, a counterpart's (`نظيره`), a guest's (`ضيفه`). */
const TITLE_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['title', 'counterpart', 'guest']);

/** Offices whose holders are no one's guest or host in a report (they accompany or speak). */
const NOT_GUEST_OFFICES = new Set(['foreign-policy-aide', 'spokesperson', 'ambassador', 'other']);

const OPEN_PAREN = wordId('(');
const QUOTE_MARK = wordId('"');
/** Words that give a place's name (`يسميها الروس "خاربين"`, `المعروفة باسم`), normalised. */
const NAMING_WORDS: ReadonlySet<string> = new Set(
  ['يسميها', 'يسمونها', 'يسمى', 'تسمى', 'يدعى', 'تدعى', 'باسم', 'اسم', 'المعروفة', 'المعروف', 'سابقا'].map(
    normaliseString,
  ),
);
const PLUS = wordId('+');
const CLOSE_PAREN = wordId(')');

const SURNAME_FIRST = new Set(SURNAME_FIRST_COUNTRIES);

/** The holder of this office writes the surname first (China, Korea, Vietnam). */
function surnameFirstOffice(officeId: string): boolean {
  return SURNAME_FIRST.has(officeById(officeId)?.country ?? '');
}

/** Words that end a title's own words: a clause or a phrase of place or time begins. */
const PARTICLES = new Set(
  [
    'إن',
    'أن',
    'إنه',
    'أنه',
    'الذي',
    'التي',
    'قد',
    'لقد',
    'ما',
    'لا',
    'لم',
    'لن',
    'في',
    'من',
    'إلى',
    'على',
    'عن',
    'مع',
    'بعد',
    'قبل',
    'خلال',
    'يوم',
    'اليوم',
    'أمس',
  ]
    .flatMap((w) => [w, `و${w}`])
    .map(normaliseString),
);

/** Verbs of saying after which a surname alone is the one who speaks (`وقال لي إن`, `وأكد لي أن`). */
const SAYING = withConjunctions([
  'قال',
  'أكد',
  'أضاف',
  'أوضح',
  'أشار',
  'شدد',
  'لفت',
  'أعرب',
  'دعا',
  'اعتبر',
  'رأى',
  'صرح',
  'تابع',
  'ذكر',
  'أعلن',
]);
/** What follows the speaker: `إن`/`أن` opening the words said, `إنه`, or a comma before an aside. */
const AFTER_SPEAKER = new Set(['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', '،', ','].map(normaliseString));

/**
 * A surname that is also an everyday word (`لي`, "for me") is the person only where a speaker
 * stands: bare (no `و`: `ولي العهد`), after a verb of saying and before the words said (`وقال لي
 * إن`, `وأكد لي، خلال اللقاء، أن`), or opening a quote (`لي: …`). `صديق لي`, `بالنسبة لي`, `قال
 * لي مسؤول` stay words.
 */
function standsAsSpeaker(tokens: readonly Token[], r: RawMatch): boolean {
  if (r.clitics !== '') return false;
  const next = tokens[r.last + 1]?.text ?? '';
  const before = tokens[r.first - 1];
  if (next === ':') return !before || before.kind === 'punct';
  return before?.kind === 'word' && SAYING.has(before.text) && AFTER_SPEAKER.has(next);
}

/**
 * Names in Latin letters only where the original capitalises their first and last words
 * (`Li Qiang`, `Beijing`): normalisation lowercases Latin, and `nice`, `perm` are words.
 */
function capitalisedLatin(doc: Doc, raws: RawMatch[]): RawMatch[] {
  if (!raws.some((r) => r.entry.latin)) return raws;
  const upper = (i: number) => {
    const at = toOriginal(doc.norm, (doc.tokens[i] as Token).start, (doc.tokens[i] as Token).start + 1)[0];
    const c = doc.original[at] ?? '';
    return c !== c.toLowerCase();
  };
  return raws.filter((r) => !r.entry.latin || (upper(r.first) && upper(r.last)));
}

function candidate(type: 'leader' | 'venue', id: string, r: RawMatch, byTitle: boolean): Candidate {
  const c: Candidate = { type, id, value: null, unit: null, nStart: r.nStart, nEnd: r.nEnd };
  if (byTitle) c.byTitle = true;
  return c;
}

/**
 * A surname alone (`وانغ`) is the person of that surname named in full most recently before it
 * (`وانغ يي … وقال وانغ`); with nobody of that surname named before, it is no one and is dropped,
 * so it hides nothing else (a new person's name read after a title, say).
 */
function resolveFamilies(raws: RawMatch[]): RawMatch[] {
  if (!raws.some((r) => r.entry.kind === 'family')) return raws;
  const members = familyMembers();
  const out: RawMatch[] = [];
  const lastNamed = new Map<string, number>();
  for (const r of raws) {
    if (r.entry.kind === 'leader' && !r.entry.needs) lastNamed.set(r.entry.id, r.first);
    if (r.entry.kind !== 'family') {
      out.push(r);
      continue;
    }
    let best: string | null = null;
    let bestAt = -1;
    for (const id of members.get(r.entry.id) ?? []) {
      const at = lastNamed.get(id);
      if (at !== undefined && at > bestAt) {
        best = id;
        bestAt = at;
      }
    }
    if (best) out.push({ ...r, entry: { ...r.entry, kind: 'leader', id: best } });
  }
  return out;
}
