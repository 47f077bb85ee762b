// Backup: export the whole record as a JSON file, and import one (merged into the current record,
// nothing deleted). The file format is the store's (`docs/export-format.md`).

import { useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { useI18n } from '../shared/app-context';
import { importRecord } from '../shared/backup-api';
import { ExportButton } from '../shared/export-button';

type State =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; meetings: number; articles: number; notes: number }
  | { phase: 'failed'; reason: string };

export function BackupPage() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: 'working' });
    try {
      const summary = await importRecord(db, await file.text());
      setState({ phase: 'done', ...summary });
    } catch (error) {
      setState({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      input.value = '';
    }
  };

  return (
    <section class="backup-page" aria-labelledby="backup-heading">
      <h1 id="backup-heading" tabIndex={-1}>
        {t('nav.backup')}
      </h1>
      <div class="card">
        <ExportButton />
      </div>
      <div class="card">
        <label class="import">
          <span>{t('import.label')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        <p class="muted">{t('import.hint')}</p>
        <p role="status" aria-live="polite" data-testid="import-status">
          {state.phase === 'working' ? t('import.working') : ''}
          {state.phase === 'done'
            ? t('import.done', {
                meetings: t('timeline.count', { count: state.meetings }),
                articles: t('meeting.articles', { count: state.articles }),
                notes: t('meeting.notes', { count: state.notes }),
              })
            : ''}
        </p>
        {state.phase === 'failed' ? (
          <p class="error" role="alert">
            {t('import.failed', { reason: state.reason })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
