// An entity's page: every mention of بوتين, سمرقند or 227 مليار دولار across the reader's
// articles and notes, newest first, with the meetings they belong to.

import { db } from '../../adapters/db';
import { type EntityDossier, entityDossier } from '../../lib/db/xref';
import { useI18n } from '../shared/app-context';
import { entityLabel, keyType } from '../shared/entity-label';
import { meetingKind, meetingParticipants, meetingTitle } from '../shared/meeting-text';
import { MetaLine } from '../shared/meta-line';
import { useLiveQuery } from '../use-live-query';
import { NoteItem } from './note-item';
import { useUndo } from './undo';

export function EntityPage({ entityKey }: { entityKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { hidden } = useUndo();
  const dossier = useLiveQuery(() => entityDossier(db, entityKey), [entityKey], null as EntityDossier | null);
  const type = keyType(entityKey);
  if (!dossier) return <p class="muted">…</p>;
  const written = dossier.entity?.labels[0] ?? null;
  const name = entityLabel(entityKey, i18n, written);
  // A leader the gazetteer does not know is named in the meetings below as the articles wrote him.
  const writtenNames: Record<string, string> =
    type === 'leader' && written ? { [entityKey.slice('leader:'.length)]: written } : {};
  const notes = dossier.notes.filter((n) => !hidden.has(n.id));
  const empty = dossier.totalArticles === 0 && dossier.totalNotes === 0;
  return (
    <article class="entity-page" data-testid="entity-page" data-key={entityKey}>
      <p>
        <a href="#/entities">{t('entity.list')}</a>
      </p>
      <h1 tabIndex={-1}>
        {t('entity.heading', { name })}
        {type ? <span class={`chip chip-${type} heading-chip`}>{t(`type.${type}`)}</span> : null}
      </h1>
      {dossier.entity && dossier.entity.labels.length > 0 ? (
        <p class="muted" data-testid="entity-labels">
          {i18n.list(dossier.entity.labels.map((l) => `«${l}»`))}
        </p>
      ) : null}
      <p data-testid="entity-count">
        {t('entity.mentions', { count: dossier.mentionCount })} ·{' '}
        {t('meeting.articles', { count: dossier.totalArticles })} · {t('meeting.notes', { count: dossier.totalNotes })}
      </p>
      {empty ? <p>{t('entity.none')}</p> : null}

      {dossier.meetings.length > 0 ? (
        <section aria-labelledby="entity-meetings">
          <h2 id="entity-meetings">{t('timeline.heading')}</h2>
          <ul class="plain">
            {dossier.meetings.map((m) => (
              <li key={m.id}>
                <a href={`#/meeting/${encodeURIComponent(m.id)}`}>{meetingTitle(m, i18n)}</a>
                <MetaLine items={[meetingKind(m, i18n), meetingParticipants(m, i18n, writtenNames)]} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {dossier.articles.length > 0 ? (
        <section aria-labelledby="entity-articles">
          <h2 id="entity-articles">{t('entity.inArticles')}</h2>
          <ol class="articles">
            {dossier.articles.map((a) => (
              <li key={a.id} data-testid="entity-article">
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.title}
                </a>
                <MetaLine items={[a.siteName, a.published && i18n.date(a.published)]} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {notes.length > 0 ? (
        <section aria-labelledby="entity-notes">
          <h2 id="entity-notes">{t('entity.inNotes')}</h2>
          <div class="notes">
            {notes.map((n) => (
              <NoteItem
                key={n.id}
                note={n}
                source={{
                  title: n.article.title,
                  url: n.article.url,
                  siteName: n.article.siteName,
                  published: n.article.published,
                }}
              />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  );
}
