// The queries the popup and the dashboard make, each served by an index: the timeline filtered by
// year, kind, participant or venue; the values to offer in those filters; search over articles,
// notes, entities and meetings by word prefix.

import type { Table } from 'dexie';
import type { MeetingKind } from '../extract/types';
import { leaderNames, namedVenue } from '../gazetteer/directory';
import type { ArticleRecord, EntityRecord, MeetingRecord, NoteRecord, QimmaDB } from './schema';
import { matchesAll, queryWords } from './search-words';
import { byStartDescending } from './xref';

export interface TimelineFilter {
  year?: number;
  kind?: MeetingKind;
  participant?: string;
  venue?: string;
}

/** Meetings newest first (undated last), narrowed by the most selective filter's index, then the rest. */
export async function timeline(db: QimmaDB, filter: TimelineFilter = {}): Promise<MeetingRecord[]> {
  const { year, kind, participant, venue } = filter;
  const base =
    venue !== undefined
      ? db.meetings.where('venue').equals(venue)
      : participant !== undefined
        ? db.meetings.where('participants').equals(participant)
        : year !== undefined
          ? db.meetings.where('year').equals(year)
          : kind !== undefined
            ? db.meetings.where('kind').equals(kind)
            : db.meetings.toCollection();
  const unfiltered = year === undefined && kind === undefined && participant === undefined && venue === undefined;
  // No filter: one getAll. A Dexie filter walks a cursor record by record, several times slower
  // over the whole table, and the unfiltered timeline is what every popup opens with.
  const meetings = unfiltered
    ? await db.meetings.toArray()
    : await base
        .filter(
          (m) =>
            (year === undefined || m.year === year) &&
            (kind === undefined || m.kind === kind) &&
            (participant === undefined || m.participants.includes(participant)) &&
            (venue === undefined || m.venue === venue),
        )
        .toArray();
  return meetings.sort(byStartDescending);
}

export interface Facets {
  years: number[];
  kinds: MeetingKind[];
  participants: string[];
  venues: string[];
  /**
   * For ids the gazetteer does not know (people the engine read from a title of office), the
   * entity as articles wrote it, by key (`leader:ghaluzin` → `ميخائيل غالوزين`). Absent when none.
   */
  written?: Record<string, string>;
}

/** The values present in the store, for the timeline's filter menus (unique keys of each index). */
export async function timelineFacets(db: QimmaDB): Promise<Facets> {
  const [years, kinds, participants, venues] = await Promise.all([
    db.meetings.orderBy('year').uniqueKeys(),
    db.meetings.orderBy('kind').uniqueKeys(),
    db.meetings.orderBy('participants').uniqueKeys(),
    db.meetings.orderBy('venue').uniqueKeys(),
  ]);
  const unknown = [
    ...(participants as string[]).filter((p) => !leaderNames(p)).map((p) => `leader:${p}`),
    ...(venues as string[]).filter((v) => v !== 'virtual' && !namedVenue(v)).map((v) => `venue:${v}`),
  ];
  const written: Record<string, string> = {};
  if (unknown.length > 0)
    for (const e of await db.entities.bulkGet(unknown)) if (e?.labels[0]) written[e.key] = e.labels[0];
  return {
    years: (years as number[]).filter((y) => y > 0).sort((a, b) => b - a),
    kinds: kinds as MeetingKind[],
    participants: participants as string[],
    venues: venues as string[],
    ...(Object.keys(written).length > 0 ? { written } : {}),
  };
}

/** Records considered per table for one search, at most, and how many are read at a time. */
const MAX_CANDIDATES = 2_000;
const BATCH = 100;

export interface SearchResults {
  articles: ArticleRecord[];
  notes: NoteRecord[];
  entities: EntityRecord[];
  meetings: MeetingRecord[];
}

/**
 * Every query word must begin some word of a result (after Arabic normalisation and proclitics):
 * `قمة سمرقند` finds `القمة في سمرقند`. The index gives the candidates of the longest query word.
 */
export async function search(db: QimmaDB, query: string, limit = 50): Promise<SearchResults> {
  const words = queryWords(query);
  const empty: SearchResults = { articles: [], notes: [], entities: [], meetings: [] };
  if (words.length === 0) return empty;
  const probe = words.reduce((a, b) => (b.length > a.length ? b : a));
  return db.transaction('r', [db.articles, db.notes, db.entities, db.meetings], async () => {
    // Keys first (a multi-entry index lists a record once per matching word), then the records:
    // a one-letter prefix matches most of a large store, so the candidates are capped and search
    // while typing stays fast (the next letter narrows it again).
    const [articles, notes, entities] = await Promise.all([
      candidates(db.articles, probe, words, limit),
      candidates(db.notes, probe, words, limit),
      candidates(db.entities, probe, words, limit),
    ]);
    const foundArticles = articles;
    const foundEntities = entities;
    // Meetings have no words of their own: they are found through their title, articles and entities.
    const meetingIds = new Set(foundArticles.map((a) => a.meetingId).filter((id): id is string => id !== null));
    const byEntity = foundEntities
      .filter((e) => e.type === 'leader' || e.type === 'venue')
      .map((e) => e.key.slice(e.type.length + 1));
    const meetings = (await db.meetings.bulkGet([...meetingIds])).filter((m): m is MeetingRecord => m !== undefined);
    for (const id of byEntity) {
      for (const m of await db.meetings.where('venue').equals(id).toArray())
        if (!meetingIds.has(m.id)) meetings.push(m);
      for (const m of await db.meetings.where('participants').equals(id).limit(limit).toArray())
        if (!meetingIds.has(m.id)) meetings.push(m);
    }
    const unique = [...new Map(meetings.map((m) => [m.id, m])).values()].sort(byStartDescending).slice(0, limit);
    return {
      articles: foundArticles.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
      notes: notes.sort((a, b) => b.updatedAt - a.updatedAt),
      entities: foundEntities,
      meetings: unique,
    };
  });
}

/** Records whose words begin with `probe` and contain every query word: read in batches, until `limit` are found. */
async function candidates<T extends { words: string[] }, K extends string>(
  // biome-ignore lint/suspicious/noExplicitAny: the insert type of an EntityTable does not matter for reading.
  table: Table<T, K, any>,
  probe: string,
  words: readonly string[],
  limit: number,
): Promise<T[]> {
  // Index entries, not records: a record with several words under the prefix appears several times.
  const entries = await table
    .where('words')
    .startsWith(probe)
    .limit(MAX_CANDIDATES * 4)
    .primaryKeys();
  const keys = [...new Set(entries)].slice(0, MAX_CANDIDATES);
  const found: T[] = [];
  for (let i = 0; i < keys.length && found.length < limit; i += BATCH) {
    const batch = await table.bulkGet(keys.slice(i, i + BATCH));
    for (const x of batch) if (x && matchesAll(x.words, words) && found.length < limit) found.push(x);
  }
  return found;
}

/** The reader's latest notes (automatic ones left out), newest first. */
export async function recentNotes(db: QimmaDB, limit = 50): Promise<NoteRecord[]> {
  return db.notes
    .orderBy('updatedAt')
    .reverse()
    .filter((n) => n.origin === 'reader')
    .limit(limit)
    .toArray();
}
