// The reader's corrections when extraction grouped articles wrongly: merge another meeting into
// this one, or split chosen articles off into a new meeting. The store does the work
// (`meetings:merge`, `meetings:split`); every view follows the database and updates itself.

import { useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { send } from '../../adapters/messaging';
import { timeline } from '../../lib/db/queries';
import type { ArticleRecord, MeetingRecord } from '../../lib/db/schema';
import { useI18n } from '../shared/app-context';
import { meetingTitle } from '../shared/meeting-text';
import { useLiveQuery } from '../use-live-query';

export function MergeSplit({ meeting, articles }: { meeting: MeetingRecord; articles: ArticleRecord[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const others = useLiveQuery(
    async () => (await timeline(db)).filter((m) => m.id !== meeting.id),
    [meeting.id],
    [] as MeetingRecord[],
  );
  const [mergeId, setMergeId] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; link?: string } | null>(null);

  const fail = (e: unknown) =>
    setMessage({ text: t('action.failed', { reason: e instanceof Error ? e.message : String(e) }) });

  const merge = async () => {
    if (!mergeId) return;
    try {
      await send<'meetings:merge'>({ type: 'meetings:merge', targetId: meeting.id, sourceIds: [mergeId] });
      setMergeId('');
      setMessage({ text: t('merge.done') });
    } catch (e) {
      fail(e);
    }
  };

  const split = async () => {
    if (chosen.size === 0) return;
    try {
      const reply = await send<'meetings:split'>({
        type: 'meetings:split',
        meetingId: meeting.id,
        articleIds: [...chosen],
      });
      setChosen(new Set());
      setMessage({ text: t('split.done'), link: `#/meeting/${encodeURIComponent(reply.meetingId)}` });
    } catch (e) {
      fail(e);
    }
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <section aria-labelledby="merge-heading" class="merge-split">
      <h2 id="merge-heading">{t('merge.heading')}</h2>
      <div class="merge">
        <label>
          <span>{t('merge.with')}</span>
          <select value={mergeId} data-testid="merge-select" onChange={(e) => setMergeId(e.currentTarget.value)}>
            <option value="">{t('merge.choose')}</option>
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {meetingTitle(m, i18n)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="merge" disabled={!mergeId} onClick={merge}>
          {t('merge.button')}
        </button>
      </div>
      {articles.length > 1 ? (
        <fieldset class="split">
          <legend>{t('split.hint')}</legend>
          {articles.map((a) => (
            <label key={a.id} class="check">
              <input
                type="checkbox"
                checked={chosen.has(a.id)}
                aria-label={t('split.select', { title: a.title })}
                onChange={(e) => toggle(a.id, e.currentTarget.checked)}
              />
              <span>{a.title}</span>
            </label>
          ))}
          <button
            type="button"
            data-testid="split"
            disabled={chosen.size === 0 || chosen.size === articles.length}
            onClick={split}
          >
            {t('split.button')}
          </button>
        </fieldset>
      ) : null}
      <p role="status" aria-live="polite">
        {message ? message.text : ''}
        {message?.link ? (
          <>
            {' '}
            <a href={message.link}>{t('status.openMeeting')}</a>
          </>
        ) : null}
      </p>
    </section>
  );
}
