// Backup: export the whole record (Qimma's JSON, or Web Annotations for other tools), and import a
// Qimma export — merged into the current record, nothing deleted, refused whole if anything in it
// is wrong (the store says what and where).

import { useRef, useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import type { ImportRefusal } from '../../lib/export';
import type { Translator } from '../../lib/i18n/translate';
import { useI18n } from '../shared/app-context';
import type { ImportOutcome } from '../shared/backup-api';
import { ExportButton } from '../shared/export-button';

type State =
  | { phase: 'idle' }
  | { phase: 'working' }
  | ImportOutcome
  | { ok: false; message: string; refusal: ImportRefusal | null; problems: string[] };

export function BackupPage() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: 'working' });
    try {
      const { importFile } = await import('../shared/backup-api');
      setState(await importFile(db, file));
    } catch (error) {
      setState({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        refusal: null,
        problems: [],
      });
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
        <ExportButton kind="web-annotation" />
        <p class="muted">{t('export.annotationsHint')}</p>
      </div>
      <div class="card">
        {/* The browser's own file control speaks the browser's language, not the reader's: a button
            of ours opens it, and the control itself stays out of sight. */}
        <div class="import">
          <button type="button" data-testid="import-button" onClick={() => fileInput.current?.click()}>
            {t('import.label')}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </div>
        <p class="muted">{t('import.hint')}</p>
        <p role="status" aria-live="polite" data-testid="import-status">
          {'phase' in state && state.phase === 'working' ? t('import.working') : ''}
          {'ok' in state && state.ok
            ? t('import.done', {
                meetings: t('timeline.count', { count: state.meetings }),
                articles: t('meeting.articles', { count: state.articles }),
                notes: t('meeting.notes', { count: state.notes }),
              })
            : ''}
        </p>
        {'ok' in state && !state.ok ? (
          <div class="error" role="alert" data-testid="import-error">
            <p>{t('import.failed', { reason: refusalText(t, state.refusal, state.message) })}</p>
            {/* Field by field, in the format's own (English) terms: only when the file broke the format. */}
            {state.problems.length > 0 && (state.refusal === null || state.refusal.code === 'invalid') ? (
              <ul dir="ltr" lang="en">
                {state.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

/**
 * Why the file was refused, in the reader's language; the store's English message only for what it
 * has no words for (an unexpected error). The problems listed under it stay technical: field paths.
 */
function refusalText(t: Translator['t'], refusal: ImportRefusal | null, message: string): string {
  if (!refusal) return message;
  const { code, ...params } = refusal;
  return `${t(`import.refused.${code}`, params)} ${t('import.unchanged')}`;
}
