// What the extension's pages need of the gazetteer to name things: each leader's and venue's name
// in both languages, a venue's kind and city. The pages (popup, dashboard) load this small table
// (directory-data.ts, generated from it by `npm run gen:directory`) instead of the whole gazetteer,
// whose spellings, offices and title words only the engine reads — a few hundred kilobytes less for
// the popup to load before its first paint.

import type { Leader, Venue, VenueKind } from './types';

/** A leader's names: [Arabic, English]. */
export type LeaderEntry = readonly [ar: string, en: string];
/** A venue's names, kind and the city a site is in: [Arabic, English, kind, city id or ''] */
export type VenueEntry = readonly [ar: string, en: string, kind: VenueKind, city: string];

export interface DirectoryData {
  leaders: Record<string, LeaderEntry>;
  venues: Record<string, VenueEntry>;
}

export function buildDirectory(leaders: readonly Leader[], venues: readonly Venue[]): DirectoryData {
  const out: DirectoryData = { leaders: {}, venues: {} };
  for (const l of leaders) out.leaders[l.id] = [l.name.ar, l.name.en];
  for (const v of venues) out.venues[v.id] = [v.name.ar, v.name.en, v.kind, v.in ?? ''];
  return out;
}
