// The engine's vocabulary: what an extraction produces. Everything here is plain data, so a result
// can cross the message layer, be stored in IndexedDB and be printed by the command line unchanged.

export type MentionType = 'leader' | 'venue' | 'date' | 'figure';

/** Date grain: a day (`2023-03-20`, `--09-15`), a month (`2023-03`, `--02`) or a year (`2023`). */
export type DateGrain = 'day' | 'month' | 'year';

export interface Mention {
  type: MentionType;
  /** UTF-16 offsets into the original text, exactly as given: `text === original.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Entity id for leaders and venues (`putin`, `samarkand`); null for dates and figures. */
  id: string | null;
  /**
   * Dates: ISO `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or partial `--MM-DD` / `--MM` when the year is
   * unknown; null when the expression cannot be resolved (e.g. `العام الجاري` with no date).
   * Figures: the number (227000000000). Leaders and venues: null.
   */
  value: string | number | null;
  /** Figures: ISO currency code, `%`, `fraction`, or the counted noun in English singular. */
  unit: string | null;
  /** Dates given as a range (`15-16 سبتمبر`): the last day, same format as `value`. */
  valueEnd?: string | null;
  grain?: DateGrain | null;
  /**
   * A leader or venue named only by a title or descriptor (`الرئيس الصيني`, `نظيره الروسي`,
   * `العاصمة الروسية`), or an institution standing for its seat (`الكرملين`): resolved, but weaker.
   */
  byTitle?: boolean;
}

export type MeetingKind = 'in-person' | 'phone-call' | 'video-call';

export interface MeetingInfo {
  /** Same formats as a date mention's value; null when the text does not say. */
  start: string | null;
  end: string | null;
  /** Venue id, `virtual` for calls, null when unknown. */
  venue: string | null;
  kind: MeetingKind | null;
  /** Leader ids, sorted. */
  participants: string[];
  /** Whether the text announces a meeting still to come. */
  announced: boolean;
  /** Id of the matching entry in the bundled catalogue of known Putin–Xi meetings, if any. */
  catalogueId: string | null;
  /** Full ISO date from the catalogue when the text alone gives a partial one. */
  knownStart: string | null;
  title: { ar: string; en: string } | null;
}

export interface ExtractionResult {
  /** Version of the extractor, so stored results can be refreshed when it improves. */
  version: string;
  relevant: boolean;
  /** Relevance score in [0, 1]; `relevant` is `score >= threshold`. */
  score: number;
  /** Publication date (ISO day) given by the caller or found in a dateline; null if neither. */
  published: string | null;
  meeting: MeetingInfo | null;
  /** Mentions in the main story only, in text order. */
  mentions: Mention[];
  /** Character ranges `[start, end)` of the original text that make up the main story. */
  body: Array<[number, number]>;
}

export interface ExtractOptions {
  /** Publication date from page metadata (ISO day); wins over a dateline in the text. */
  published?: string | null;
  /** Title of the page when known (from metadata); the text's first line is used otherwise. */
  title?: string | null;
}
