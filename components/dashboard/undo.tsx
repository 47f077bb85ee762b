// Undo for the reader's edits and deletions. A deletion is held back, not sent: the note disappears
// from view at once, and is deleted for good when the undo offer expires, when another change is
// offered, or when the page is left. Undo then just forgets it — nothing to restore, nothing lost.
// An edit is sent at once; its undo sends the previous text back.

import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../shared/app-context';

const OFFER_MS = 10_000;

export interface UndoOffer {
  message: string;
  /** Called when the reader presses undo. */
  undo(): void | Promise<void>;
  /** Called when the offer ends without undo (expiry, another offer, page left). */
  commit?(): void | Promise<void>;
  /** Ids hidden from view while the offer stands (a held-back deletion). */
  hides?: string[];
}

interface UndoContextValue {
  offer(o: UndoOffer): void;
  hidden: ReadonlySet<string>;
}

const UndoContext = createContext<UndoContextValue>({ offer: () => undefined, hidden: new Set() });

export function useUndo(): UndoContextValue {
  return useContext(UndoContext);
}

export function UndoProvider({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState<UndoOffer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const currentRef = useRef<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const settle = useCallback(
    (how: 'commit' | 'undo') => {
      const o = currentRef.current;
      currentRef.current = null;
      if (timer.current) clearTimeout(timer.current);
      setCurrent(null);
      if (!o) return;
      const run = how === 'undo' ? o.undo : o.commit;
      Promise.resolve(run?.()).catch((error: unknown) =>
        setFailed(t('action.failed', { reason: error instanceof Error ? error.message : String(error) })),
      );
    },
    [t],
  );

  const offer = useCallback(
    (o: UndoOffer) => {
      settle('commit');
      setFailed(null);
      currentRef.current = o;
      setCurrent(o);
      timer.current = setTimeout(() => settle('commit'), OFFER_MS);
    },
    [settle],
  );

  useEffect(() => {
    const leave = () => settle('commit');
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, [settle]);

  const hidden = useMemo(() => new Set(current?.hides ?? []), [current]);
  const value = useMemo(() => ({ offer, hidden }), [offer, hidden]);
  return (
    <UndoContext.Provider value={value}>
      {children}
      <div class="toast-region" role="status" aria-live="polite" data-testid="undo-region">
        {current ? (
          <div class="toast">
            <span>{current.message}</span>
            <button type="button" class="secondary" data-testid="undo" onClick={() => settle('undo')}>
              {t('note.undo')}
            </button>
          </div>
        ) : null}
        {failed ? <div class="toast error">{failed}</div> : null}
      </div>
    </UndoContext.Provider>
  );
}
