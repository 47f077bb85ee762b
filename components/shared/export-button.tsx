// Export of the whole record as a JSON file (the store's format, `docs/export-format.md`).

import { useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { useI18n } from './app-context';
import { exportRecord } from './backup-api';
import { downloadText, exportFileName } from './download';

type State =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; file: string }
  | { phase: 'failed'; reason: string };

export function ExportButton() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'working' });
    try {
      const file = exportFileName(new Date());
      const data = await exportRecord(db);
      downloadText(file, JSON.stringify(data, null, 1));
      setState({ phase: 'done', file });
    } catch (error) {
      setState({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="export">
      <button type="button" data-testid="export" disabled={state.phase === 'working'} onClick={run}>
        {state.phase === 'working' ? t('export.working') : t('export.button')}
      </button>
      <span class="muted" role="status" aria-live="polite">
        {state.phase === 'done' ? t('export.done', { file: state.file }) : ''}
        {state.phase === 'failed' ? t('export.failed', { reason: state.reason }) : ''}
      </span>
    </div>
  );
}
