// One note, quoted with its source, with editing (comment and tags) and deletion, both undoable.

import { useState } from 'preact/hooks';
import { send } from '../../adapters/messaging';
import type { NoteRecord } from '../../lib/db/schema';
import { useI18n } from '../shared/app-context';
import { MetaLine } from '../shared/meta-line';
import { quoteLink } from '../shared/quote-link';
import { useUndo } from './undo';

export interface NoteSource {
  title: string;
  url: string;
  siteName: string | null;
  published: string | null;
}

const QUOTE_IN_LABEL = 40;

function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,،]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ].slice(0, 50);
}

export function NoteItem({ note, source }: { note: NoteRecord; source: NoteSource | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const undo = useUndo();
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState(note.comment);
  const [tags, setTags] = useState(note.tags.join('، '));
  const [error, setError] = useState<string | null>(null);
  const short = note.quote.length > QUOTE_IN_LABEL ? `${note.quote.slice(0, QUOTE_IN_LABEL)}…` : note.quote;

  if (undo.hidden.has(note.id)) return null;

  const startEditing = () => {
    setComment(note.comment);
    setTags(note.tags.join(i18n.language === 'ar' ? '، ' : ', '));
    setEditing(true);
  };

  const save = async () => {
    const before = { comment: note.comment, tags: note.tags };
    const after = { comment: comment.trim(), tags: parseTags(tags) };
    try {
      await send<'note:update'>({ type: 'note:update', noteId: note.id, ...after });
      setEditing(false);
      setError(null);
      undo.offer({
        message: t('note.edited'),
        undo: () => send<'note:update'>({ type: 'note:update', noteId: note.id, ...before }).then(() => undefined),
      });
    } catch (e) {
      setError(t('action.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const remove = () => {
    undo.offer({
      message: t('note.deleted'),
      hides: [note.id],
      undo: () => undefined,
      commit: () => send<'note:delete'>({ type: 'note:delete', noteId: note.id }).then(() => undefined),
    });
  };

  return (
    <article class={`note note-${note.origin}`} data-testid="note" data-note-id={note.id}>
      <blockquote cite={source?.url}>
        <p>{note.quote}</p>
      </blockquote>
      {source ? (
        <p class="note-source">
          <a href={quoteLink(source.url, note.quote)} target="_blank" rel="noreferrer">
            {source.title}
          </a>
          <MetaLine items={[source.siteName, source.published && i18n.date(source.published)]} />
        </p>
      ) : null}
      {editing ? (
        <form
          class="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
        >
          <label>
            <span>{t('note.comment')}</span>
            <textarea
              value={comment}
              rows={3}
              data-testid="note-comment"
              onInput={(e) => setComment(e.currentTarget.value)}
              // biome-ignore lint/a11y/noAutofocus: the reader just asked to edit this note
              autoFocus
            />
          </label>
          <label>
            <span>{t('note.tags')}</span>
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <div class="note-actions">
            <button type="submit" data-testid="note-save">
              {t('note.save')}
            </button>
            <button type="button" class="secondary" onClick={() => setEditing(false)}>
              {t('note.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class={note.comment ? 'note-comment' : 'note-comment muted'}>
            <span class="origin">{note.origin === 'auto' ? t('page.auto') : t('page.reader')}</span>
            {note.comment ? ` — ${note.comment}` : ''}
          </p>
          {note.tags.length > 0 ? (
            <ul class="chips">
              {note.tags.map((tag) => (
                <li key={tag} class="chip">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
          <div class="note-actions">
            <button
              type="button"
              class="secondary"
              data-testid="note-edit"
              aria-label={t('note.editLabel', { quote: short })}
              onClick={startEditing}
            >
              {t('note.edit')}
            </button>
            <button
              type="button"
              class="danger"
              data-testid="note-delete"
              aria-label={t('note.deleteLabel', { quote: short })}
              onClick={remove}
            >
              {t('note.delete')}
            </button>
          </div>
        </>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
