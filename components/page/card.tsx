// The hover card: what a highlight is, its normalised value, the meeting the article covers, and
// what else the reader has saved about the same thing, with "add note". Text only ever enters the
// DOM as text (Preact text nodes), never as markup.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear } from './position';
import type { CardModel, PageUiActions, XrefState } from './store';
import { S } from './strings';

/** Long quotes shortened for a small card (the dashboard shows them whole). */
function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max).trimEnd()}…` : s;
}

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

function Xref({ xref }: { xref: XrefState }) {
  if (xref.state === 'loading') return <p class="muted">{S.xrefLoading}</p>;
  if (xref.state === 'unavailable') return <p class="muted">{S.xrefUnavailable}</p>;
  const { view } = xref;
  if (view.totalArticles + view.totalNotes === 0) return <p class="muted">{S.xrefNone}</p>;
  return (
    <>
      <p data-testid="xref-count">
        {[view.totalArticles ? S.articles(view.totalArticles) : null, view.totalNotes ? S.notes(view.totalNotes) : null]
          .filter(Boolean)
          .join('، ')}
      </p>
      <ul class="xref-list">
        {view.articles.map((a) => (
          <li key={a.url}>
            <a href={safeHref(a.url)} target="_blank" rel="noreferrer noopener">
              {a.title}
            </a>
            <span class="muted"> {[a.siteName, a.published].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
        {view.notes.map((n, i) => (
          <li key={`n${i}`}>
            <q>{clip(n.quote, 140)}</q> {n.comment ? `— ${clip(n.comment, 200)}` : ''}
            <span class="muted"> ({n.articleTitle})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function NoteForm({ onSave, onCancel }: { onSave: (comment: string) => void; onCancel: () => void }) {
  const [comment, setComment] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => area.current?.focus(), []);
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(comment);
      }}
    >
      <textarea
        ref={area}
        aria-label={S.notePlaceholder}
        placeholder={S.notePlaceholder}
        value={comment}
        onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div class="actions">
        <button type="submit" class="btn primary" data-testid="note-save">
          {S.save}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {S.cancel}
        </button>
      </div>
    </form>
  );
}

export function Card({ card, actions }: { card: CardModel; actions: PageUiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const d = card.description;

  useLayoutEffect(() => setEditing(false), [card.serial]);
  // Placed after layout, from the card's real size.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    setPlace(placeNear(card.rect, box, { width: window.innerWidth, height: window.innerHeight }));
    if (card.via === 'keyboard') el.focus({ preventScroll: true });
  }, [card.serial, card.rect, card.via]);

  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={`${S.cardLabel}: ${d.text}`}
      tabIndex={-1}
      data-testid="card"
      data-kind={d.type}
      style={place ? { left: `${place.left}px`, top: `${place.top}px` } : { left: '-9999px', top: '0px' }}
      onPointerEnter={() => actions.hoverCard(true)}
      onPointerLeave={() => actions.hoverCard(false)}
    >
      <div class="card-head">
        <span class={`kind kind-${d.type}`}>{d.kindLabel}</span>
        <span class="page-text">{d.text}</span>
        <button type="button" class="close" aria-label={S.close} onClick={actions.closeCard}>
          ×
        </button>
      </div>
      {d.identity && (
        <p class="identity" data-testid="identity">
          {d.identity}
        </p>
      )}
      {d.byTitle && <p class="by-title">{S.byTitle}</p>}
      {d.value && (
        <p class="value">
          {S.value}: <bdi data-testid="value">{d.value}</bdi>
        </p>
      )}
      {card.meeting && (
        <div class="section">
          <h3>{S.meeting}</h3>
          <p data-testid="meeting">
            <strong>{card.meeting.title}</strong>
            {card.meeting.line ? ` — ${card.meeting.line}` : ''}
          </p>
          {card.meeting.announced && <p class="muted">{S.announced}</p>}
        </div>
      )}
      {d.key && (
        <div class="section">
          <h3>{S.xref}</h3>
          <Xref xref={card.xref} />
        </div>
      )}
      {editing ? (
        <NoteForm
          onSave={(comment) => {
            setEditing(false);
            void actions.addNote(comment);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div class="actions">
          <button type="button" class="btn" data-testid="add-note" onClick={() => setEditing(true)}>
            {S.addNote}
          </button>
        </div>
      )}
      {card.status && (
        <p class="muted" role="status">
          {card.status}
        </p>
      )}
    </div>
  );
}
