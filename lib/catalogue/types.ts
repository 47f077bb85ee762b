// A Putin–Xi meeting from the public record, as the catalogue lists it.

import type { MeetingKind } from '../extract/types';
import type { Bilingual } from '../gazetteer/types';

export interface KnownMeeting {
  /** `YYYY-MM-DD-venue` (the first day and the venue id), stable across releases. */
  id: string;
  /** The day the leaders met (for a visit, the day of the talks, not of the arrival). */
  start: string;
  /** Last day of the visit or summit, when the meeting spans several days. */
  end?: string;
  /** Venue id from the gazetteer, or `virtual` for calls. */
  venue: string;
  /** Other venues of the same visit (`tianjin` on Putin's 2018 visit to Beijing). */
  alsoAt?: string[];
  kind: MeetingKind;
  event: Bilingual;
  /** The date is known to a day or two only: kept, but never preferred over an exact entry. */
  approximate?: boolean;
  sources?: string[];
}

export interface CatalogueQuery {
  /** A date value as extraction gives it: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD`, `--MM`. */
  start: string | null;
  end?: string | null;
  venue: string | null;
  kind: string | null;
}
