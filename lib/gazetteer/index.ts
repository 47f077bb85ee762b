// Public face of the gazetteer: find leaders and venues in a text, and look them up.

export { findEntities } from './find-entities';
export {
  allLeaders,
  allVenues,
  cityOf,
  holdersOf,
  leaderById,
  officeById,
  roleAt,
  venueById,
  venuesCompatible,
} from './lookup';
export type { Bilingual, Leader, Office, Role, Venue } from './types';
