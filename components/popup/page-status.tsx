// The page the popup was opened on: is it about a Russia–China meeting, is it saved, save it now.

import { useEffect, useState } from 'preact/hooks';
import { send } from '../../adapters/messaging';
import { popupTargetTabId } from '../../adapters/tabs';
import type { TabStatus } from '../../lib/messages';
import { useI18n } from '../shared/app-context';
import { requestSave } from './save-tab';

/**
 * `popup.html?tab=N`: the popup about tab N, when it is opened as a page of its own (a keyboard
 * user's bookmark, the browser tests) rather than from the toolbar.
 */
function tabFromAddress(): number | null {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** How long "save now" waits for the background to report the page saved. */
const SAVE_WAIT_MS = 10_000;

type State = { phase: 'loading' } | { phase: 'ready'; tabId: number | null; status: TabStatus | null };

export function PageStatus({ meetingHref }: { meetingHref(id: string): string }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [saving, setSaving] = useState<'idle' | 'saving' | { error: string }>('idle');

  const refresh = async (): Promise<TabStatus | null> => {
    const tabId = tabFromAddress() ?? (await popupTargetTabId());
    const status = await send<'tab:status'>({ type: 'tab:status', tabId });
    setState({ phase: 'ready', tabId, status });
    return status;
  };
  useEffect(() => {
    refresh().catch(() => setState({ phase: 'ready', tabId: null, status: null }));
  }, []);

  const save = async (tabId: number | null) => {
    setSaving('saving');
    try {
      await requestSave(tabId);
      const until = Date.now() + SAVE_WAIT_MS;
      while (!(await refresh())?.outcome?.saved) {
        if (Date.now() > until) throw new Error(t('status.notSaved'));
        await new Promise((r) => setTimeout(r, 200));
      }
      setSaving('idle');
    } catch (error) {
      setSaving({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  let body = <p>{t('status.loading')}</p>;
  if (state.phase === 'ready') {
    const { status, tabId } = state;
    if (!status) body = <p>{t('status.unread')}</p>;
    else if (!status.relevant) body = <p>{t('status.notRelevant')}</p>;
    else {
      const saved = status.outcome?.saved === true;
      const meetingId = status.outcome?.meetingId ?? null;
      body = (
        <>
          <p>
            {t('status.relevant')}{' '}
            <strong data-testid="saved-state">{saved ? t('status.saved') : t('status.notSaved')}</strong>
          </p>
          <div class="status-actions">
            {saved && meetingId ? (
              <a href={meetingHref(meetingId)} target="_blank" rel="noreferrer">
                {t('status.openMeeting')}
              </a>
            ) : (
              <button type="button" data-testid="save-now" disabled={saving === 'saving'} onClick={() => save(tabId)}>
                {saving === 'saving' ? t('status.saving') : t('status.saveNow')}
              </button>
            )}
          </div>
          {typeof saving === 'object' ? (
            <p class="error" role="alert">
              {t('status.saveFailed', { reason: saving.error })}
            </p>
          ) : null}
        </>
      );
    }
  }
  return (
    <section class="status card" aria-labelledby="status-heading" data-testid="page-status">
      <h2 id="status-heading" class="visually-hidden">
        {t('status.label')}
      </h2>
      {body}
    </section>
  );
}
