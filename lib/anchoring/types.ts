// The W3C Web Annotation selectors a note is stored with, and what finding it again yields.

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuote;
  position?: TextPosition | null;
}

/** How a passage was found: its exact words, its recorded place, or words that changed a little. */
export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}
