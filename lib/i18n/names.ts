// Names of leaders and venues in the reader's language, from the gazetteer (the one list of them;
// the UI keeps none of its own). An id the gazetteer does not know is shown as it is.

// The lookup module itself, not the gazetteer's index: the UI needs the names, not the text scanner.
import { leaderById, venueById } from '../gazetteer/lookup';
import type { Language } from './types';

/** The pseudo-venue of phone and video calls. */
export const VIRTUAL_VENUE = 'virtual';

export function leaderName(id: string, language: Language): string {
  return leaderById(id)?.name[language] ?? id;
}

/** The venue's name; a site inside a city names the city too (`الكرملين، موسكو`). */
export function venueName(id: string, language: Language, virtualLabel: string): string {
  if (id === VIRTUAL_VENUE) return virtualLabel;
  const venue = venueById(id);
  if (!venue) return id;
  const city = venue.kind === 'site' && venue.in ? venueById(venue.in) : undefined;
  const separator = language === 'ar' ? '، ' : ', ';
  return city ? `${venue.name[language]}${separator}${city.name[language]}` : venue.name[language];
}
