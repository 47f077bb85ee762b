// The in-page UI's state: a plain store the content script writes and the Preact tree reads.

import type { MentionType } from '../../lib/extract/types';
import type { XrefEntry } from '../../lib/messages';
import type { MeetingDescription, MentionDescription } from '../../lib/page/describe-mention';

export interface ViewRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface XrefView {
  articles: Array<{ url: string; title: string; siteName: string | null; published: string | null }>;
  notes: Array<{ quote: string; comment: string; articleTitle: string; articleUrl: string }>;
  totalArticles: number;
  totalNotes: number;
}

export type XrefState = { state: 'loading' } | { state: 'ready'; view: XrefView } | { state: 'unavailable' };

export interface CardModel {
  /** Changes at every opening, so the card resets its own state (an open note editor). */
  serial: number;
  description: MentionDescription;
  meeting: MeetingDescription | null;
  rect: ViewRect;
  via: 'pointer' | 'keyboard';
  xref: XrefState;
  /** The result of the last note action, announced in the card. */
  status: string | null;
}

export interface BadgeModel {
  meeting: MeetingDescription;
  counts: Record<MentionType, number>;
  kinds: Record<MentionType, boolean>;
  all: boolean;
  collapsed: boolean;
  notesPlaced: number;
  orphans: number;
}

/** A reader's note being written on a selected passage. */
export interface NoteDraft {
  serial: number;
  quote: string;
  rect: ViewRect;
  status: string | null;
}

export interface PageUiModel {
  card: CardModel | null;
  badge: BadgeModel | null;
  draft: NoteDraft | null;
  /** Said by the live region (screen readers), e.g. "highlights hidden". */
  announce: string;
  /** The page's own background is dark: the card follows it, not the system setting. */
  darkPage: boolean;
}

export interface PageUiActions {
  closeCard(): void;
  /** The pointer entered (true) or left (false) the card. */
  hoverCard(over: boolean): void;
  addNote(comment: string): Promise<void>;
  toggleKind(kind: MentionType): void;
  toggleAll(): void;
  collapseBadge(collapsed: boolean): void;
  dismissBadge(): void;
  saveDraft(comment: string): Promise<void>;
  cancelDraft(): void;
}

export interface Store<T> {
  get(): T;
  set(patch: Partial<T> | ((current: T) => Partial<T>)): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(patch) {
      const next = typeof patch === 'function' ? patch(value) : patch;
      value = { ...value, ...next };
      for (const l of listeners) l(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function initialModel(): PageUiModel {
  return { card: null, badge: null, draft: null, announce: '', darkPage: false };
}

/** A cross-reference reply as the card shows it (nothing but what it shows). */
export function xrefViewOf(entry: XrefEntry | undefined): XrefView {
  if (!entry) return { articles: [], notes: [], totalArticles: 0, totalNotes: 0 };
  return {
    articles: entry.articles.map((a) => ({ url: a.url, title: a.title, siteName: a.siteName, published: a.published })),
    notes: entry.notes.map((n) => ({
      quote: n.quote,
      comment: n.comment,
      articleTitle: n.articleTitle,
      articleUrl: n.articleUrl,
    })),
    totalArticles: entry.totalArticles,
    totalNotes: entry.totalNotes,
  };
}
