// Names of leaders and venues in the reader's language, from the gazetteer (the one list of them;
// the UI keeps none of its own). An id the gazetteer does not know — the engine also reports people
// it reads from a title of office (`نائب وزير الخارجية الروسي ميخائيل غالوزين`, id `ghaluzin`) — is
// shown as an article wrote it when the caller has that text, else as the id itself.

// The lookup module itself, not the gazetteer's index: the UI needs the names, not the text scanner.
import { leaderById, venueById } from '../gazetteer/lookup';
import type { Language } from './types';

/** The pseudo-venue of phone and video calls. */
export const VIRTUAL_VENUE = 'virtual';

export function leaderName(id: string, language: Language, written?: string | null): string {
  return leaderById(id)?.name[language] ?? (written || id);
}

/** The venue's name; a site inside a city names the city too (`الكرملين، موسكو`). */
export function venueName(id: string, language: Language, virtualLabel: string, written?: string | null): string {
  if (id === VIRTUAL_VENUE) return virtualLabel;
  const venue = venueById(id);
  if (!venue) return written || id;
  const city = venue.kind === 'site' && venue.in ? venueById(venue.in) : undefined;
  const separator = language === 'ar' ? '، ' : ', ';
  return city ? `${venue.name[language]}${separator}${city.name[language]}` : venue.name[language];
}
