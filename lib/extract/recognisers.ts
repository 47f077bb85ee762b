// The recognisers the pipeline runs, in one place: the gazetteer (leaders, venues, title
// references), the dates engine, the figures engine and the meeting catalogue, plus the directory
// view of the gazetteer that relevance and meeting rules use. Passing another `Recognisers` to
// `extractStrict` is how tests isolate the orchestration from the grammars.

import { matchCatalogue } from '../catalogue';
import { findDates, findPublishedDate } from '../dates';
import { cityOf, findEntities, holdersOf, leaderById, officeById, venueById } from '../gazetteer';
import type { Role } from '../gazetteer/types';
import { findFigures } from '../numbers/find-figures';
import type { Directory, Side } from './directory';
import type { Candidate, Doc } from './document';
import type { CatalogueEntry, CatalogueMatcher } from './meeting';

export interface Recognisers {
  findEntities(doc: Doc, ref: string | null): Candidate[];
  findDates(doc: Doc, ref: string | null): Candidate[];
  findFigures(doc: Doc): Candidate[];
  findPublishedDate(doc: Doc): string | null;
  matchCatalogue: CatalogueMatcher;
  directory: Directory;
}

/** Offices whose holder can be the other party of a meeting (not aides, spokespeople, envoys). */
const COUNTERPART_OFFICES = new Set([
  'head-of-state',
  'head-of-government',
  'vice-president',
  'foreign-minister',
  'defence-minister',
  'finance-minister',
  'parliament-speaker',
  'upper-house-speaker',
  'security-council-secretary',
]);

/**
 * A role described in place (no office in the table: `President of Sudan`, `Prime Minister of
 * Egypt`, `Minister of Foreign Affairs of Iraq`): its holder can be the other party when its
 * title opens as one of the offices above (not a deputy's: `Deputy Foreign Minister of Russia`).
 */
const COUNTERPART_TITLE =
  /^(?:President|Vice President|Prime Minister|Head of (?:State|Government)|King|Emir|Sultan|Crown Prince|Chairman of the Presidential|Minister of Foreign Affairs|Foreign Minister|Minister Responsible for Foreign Affairs|Minister of Defence)\b/;

const SIDES: Record<string, Side> = { RU: 'ru', CN: 'cn' };

/** Roles in force on `ref` (an ISO day); every role ever held when the day is unknown. */
function rolesAt(roles: readonly Role[], ref: string | null): readonly Role[] {
  if (!ref) return roles;
  return roles.filter((r) => r.from <= ref && (r.to === null || r.to >= ref));
}

/** What the directory answers about a leader on a day, worked out once when cached. */
type OfficeTypes = { side: Side | null; counterpart: boolean };
/** By day, then by leader: no key string to build per question. */
const officeCache = new Map<string, Map<string, OfficeTypes>>();
let officeCacheSize = 0;

/** A leader's side and whether they can be the other party, on a day; cached, since every mention asks. */
function officeTypes(leaderId: string, ref: string | null): OfficeTypes {
  let byLeader = officeCache.get(ref ?? '');
  const cached = byLeader?.get(leaderId);
  if (cached) return cached;
  const leader = leaderById(leaderId);
  const held = leader ? rolesAt(leader.roles, ref) : [];
  const types = held
    .map((r) => (r.office ? officeById(r.office)?.type : undefined))
    .filter((t): t is NonNullable<typeof t> => !!t);
  const country = leader?.country ?? null;
  const side = country ? SIDES[country] : undefined;
  const found: OfficeTypes = {
    side: side && types.includes('head-of-state') ? side : null,
    counterpart:
      types.some((t) => COUNTERPART_OFFICES.has(t)) || held.some((r) => !r.office && COUNTERPART_TITLE.test(r.role.en)),
  };
  if (officeCacheSize > 10_000) {
    officeCache.clear();
    officeCacheSize = 0;
    byLeader = undefined;
  }
  if (!byLeader) {
    byLeader = new Map();
    officeCache.set(ref ?? '', byLeader);
  }
  byLeader.set(leaderId, found);
  officeCacheSize++;
  return found;
}

export const gazetteerDirectory: Directory = {
  sideOf(leaderId, ref) {
    return officeTypes(leaderId, ref).side;
  },
  isCounterpart(leaderId, ref) {
    return officeTypes(leaderId, ref).counterpart;
  },
  cityOf: (venueId) => cityOf(venueId),
  countryOf: (venueId) => venueById(venueId)?.country ?? null,
  leaderCountry: (leaderId) => leaderById(leaderId)?.country ?? null,
  headOf(side, day) {
    const on = day ?? new Date().toISOString().slice(0, 10);
    const holders = holdersOf(side === 'ru' ? 'ru-president' : 'cn-president', { from: on, to: on });
    return holders[holders.length - 1]?.id ?? null;
  },
};

const catalogueAnswers = new Map<string, CatalogueEntry | null>();

export const RECOGNISERS: Recognisers = {
  findEntities,
  findDates,
  findFigures,
  findPublishedDate,
  matchCatalogue: (q) => {
    // The meeting record asks the catalogue about a few dates per story, and readers meet the same
    // meetings again and again: answers are remembered (the catalogue is bundled and fixed).
    const key = `${q.start}|${q.end}|${q.venue}|${q.kind}`;
    const remembered = catalogueAnswers.get(key);
    if (remembered !== undefined) return remembered;
    const known = matchCatalogue(q);
    const entry = known
      ? { id: known.id, start: known.start, end: known.end ?? null, venue: known.venue, title: known.event }
      : null;
    if (catalogueAnswers.size >= 5_000) catalogueAnswers.clear();
    catalogueAnswers.set(key, entry);
    return entry;
  },
  directory: gazetteerDirectory,
};
