// TEMPORARY placeholder so the foundation builds before the engine lands; the extraction lead
// replaces this file. It finds nothing.
import type { ExtractionResult, ExtractOptions } from './types';

export const EXTRACTOR_VERSION = '0.0.0';

export function extract(_text: string, opts: ExtractOptions = {}): ExtractionResult {
  return {
    version: EXTRACTOR_VERSION,
    relevant: false,
    score: 0,
    published: opts.published ?? null,
    meeting: null,
    mentions: [],
    body: [],
  };
}
