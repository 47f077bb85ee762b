// Export of the whole record as a file: Qimma's JSON (re-importable), or W3C Web Annotations
// (JSON-LD) for other annotation tools.

import { useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { useI18n } from './app-context';
import type { ExportKind } from './backup-api';
import { downloadBlob } from './download';

type State =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; file: string }
  | { phase: 'failed'; reason: string };

export function ExportButton({ kind = 'json' }: { kind?: ExportKind }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'working' });
    try {
      // Loaded on demand: the export code (and its schemas) stays out of the popup's first render.
      const { exportFile } = await import('./backup-api');
      const file = await exportFile(db, kind);
      downloadBlob(file.name, file.blob);
      setState({ phase: 'done', file: file.name });
    } catch (error) {
      setState({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const label = kind === 'json' ? t('export.button') : t('export.annotations');
  return (
    <div class="export">
      <button
        type="button"
        class={kind === 'json' ? undefined : 'secondary'}
        data-testid={kind === 'json' ? 'export' : 'export-annotations'}
        disabled={state.phase === 'working'}
        onClick={run}
      >
        {state.phase === 'working' ? t('export.working') : label}
      </button>
      <span class="muted" role="status" aria-live="polite">
        {state.phase === 'done' ? t('export.done', { file: state.file }) : ''}
        {state.phase === 'failed' ? t('export.failed', { reason: state.reason }) : ''}
      </span>
    </div>
  );
}
