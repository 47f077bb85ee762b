// Names of leaders and venues by id, for the extension's pages: the small generated table
// (directory-data.ts), not the whole gazetteer. Same answers as lookup.ts for names, kinds and
// cities; the engine and the store keep using lookup.ts.

import { DIRECTORY } from './directory-data';
import type { Bilingual, VenueKind } from './types';

export interface NamedVenue {
  name: Bilingual;
  kind: VenueKind;
  /** The city a site is in; null for a city. */
  in: string | null;
}

export function leaderNames(id: string): Bilingual | null {
  const e = Object.hasOwn(DIRECTORY.leaders, id) ? DIRECTORY.leaders[id] : undefined;
  return e ? { ar: e[0], en: e[1] } : null;
}

export function namedVenue(id: string): NamedVenue | null {
  const e = Object.hasOwn(DIRECTORY.venues, id) ? DIRECTORY.venues[id] : undefined;
  return e ? { name: { ar: e[0], en: e[1] }, kind: e[2], in: e[3] || null } : null;
}

/** The city a venue is in: itself for a city (or an id the table does not know), its city for a site. */
export function cityOf(venueId: string): string {
  return namedVenue(venueId)?.in ?? venueId;
}

/**
 * Whether two venue ids can name the same meeting place: the same venue, a site and the city
 * it is in, or two sites of one city.
 */
export function venuesCompatible(a: string, b: string): boolean {
  return a === b || cityOf(a) === cityOf(b);
}
