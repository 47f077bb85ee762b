// Names of leaders and venues in the reader's language, from the gazetteer (the one list of them;
// the UI keeps none of its own). An id the gazetteer does not know — the engine also reports people
// it reads from a title of office (`نائب وزير الخارجية الروسي ميخائيل غالوزين`, id `ghaluzin`) — is
// shown as an article wrote it when the caller has that text, else as the id itself.

// The gazetteer's generated names table, not its data: the UI needs the names, not the spellings.
import { leaderNames, namedVenue } from '../gazetteer/directory';
import type { Language } from './types';

/** The pseudo-venue of phone and video calls. */
export const VIRTUAL_VENUE = 'virtual';

export function leaderName(id: string, language: Language, written?: string | null): string {
  return leaderNames(id)?.[language] ?? (written || id);
}

/** The venue's name; a site inside a city names the city too (`الكرملين، موسكو`). */
export function venueName(id: string, language: Language, virtualLabel: string, written?: string | null): string {
  if (id === VIRTUAL_VENUE) return virtualLabel;
  const venue = namedVenue(id);
  if (!venue) return written || id;
  const city = venue.kind === 'site' && venue.in ? namedVenue(venue.in) : null;
  const separator = language === 'ar' ? '، ' : ', ';
  return city ? `${venue.name[language]}${separator}${city.name[language]}` : venue.name[language];
}
