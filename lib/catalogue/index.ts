// The bundled catalogue of known Putin–Xi meetings, and the matcher that ties a text to one.

export { KNOWN_MEETINGS } from './data/meetings';
export { knownMeetingById, knownMeetings, matchCatalogue } from './match';
export type { CatalogueQuery, KnownMeeting } from './types';
