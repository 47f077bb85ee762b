// Writing a note on a passage the reader selected: the quote, a comment, save.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear } from './position';
import type { NoteDraft, PageUiActions } from './store';
import { S } from './strings';

export function NoteDraftPanel({ draft, actions }: { draft: NoteDraft; actions: PageUiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState('');
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    setComment('');
    const el = ref.current;
    if (el)
      setPlace(
        placeNear(draft.rect, el.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }),
      );
    area.current?.focus({ preventScroll: true });
  }, [draft.serial]);
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={S.addNote}
      data-testid="note-draft"
      style={place ? { left: `${place.left}px`, top: `${place.top}px` } : { left: '-9999px', top: '0px' }}
    >
      <form
        class="note-editor"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.saveDraft(comment);
        }}
      >
        <h3 class="muted">{S.noteOn}</h3>
        <p class="quote">{draft.quote}</p>
        <textarea
          ref={area}
          aria-label={S.notePlaceholder}
          placeholder={S.notePlaceholder}
          value={comment}
          onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="actions">
          <button type="submit" class="btn primary" data-testid="draft-save">
            {S.save}
          </button>
          <button type="button" class="btn" onClick={actions.cancelDraft}>
            {S.cancel}
          </button>
        </div>
      </form>
      {draft.status && (
        <p class="muted" role="status">
          {draft.status}
        </p>
      )}
    </div>
  );
}
