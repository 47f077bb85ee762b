// What the orchestrator needs to know about the people and places the gazetteer recognised: which
// side of a Russia–China leaders' meeting a person is on, whether a third person is another
// country's leader, and where a venue is. One seam over the gazetteer, so relevance and meeting
// rules speak of sides and cities, not of data files.

export type Side = 'ru' | 'cn';

export interface Directory {
  /** `ru`/`cn` for Russia's or China's head of state at `ref` (any time when `ref` is null). */
  sideOf(leaderId: string, ref: string | null): Side | null;
  /**
   * Holds an office whose holder can be the other party of a meeting (a head of state or
   * government, a minister, a speaker) at `ref`: with one side only, a meeting with someone else.
   */
  isCounterpart(leaderId: string, ref: string | null): boolean;
  /** The city a venue is (a city) or is in (a site such as the Kremlin); null if unknown. */
  cityOf(venueId: string): string | null;
  /** ISO country code of a venue; null if unknown. */
  countryOf(venueId: string): string | null;
  /** ISO country code of a person; null if unknown. */
  leaderCountry(leaderId: string): string | null;
  /** Russia's or China's head of state on `day` (today when null), for a side the text leaves unnamed. */
  headOf(side: Side, day: string | null): string | null;
}
