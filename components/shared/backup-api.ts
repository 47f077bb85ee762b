// The one seam between the UI and the store's export/import (lib/export), so the UI's shapes stay
// put if the store's change.

import type { QimmaDB } from '../../lib/db/schema';

export interface ImportSummary {
  meetings: number;
  articles: number;
  notes: number;
}

export async function exportRecord(_db: QimmaDB): Promise<unknown> {
  throw new Error('export is not available yet');
}

export async function importRecord(_db: QimmaDB, _text: string): Promise<ImportSummary> {
  throw new Error('import is not available yet');
}
