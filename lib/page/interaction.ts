// How a reader reaches a highlight's card: by resting the pointer on it, or from the keyboard
// (Alt+Shift+J / Alt+Shift+K move through the highlights in reading order, Escape closes). The
// Highlight API has no events, so the pointer is hit-tested on animation frames (one caret lookup
// per frame, see hit-test.ts), and keyboard focus is a highlight of its own (`qimma-focus`).

import type { HighlightRegistry, Painted } from './highlights';
import type { HitTester } from './hit-test';

export type OpenedBy = 'pointer' | 'keyboard';

export interface ViewBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface InteractionHooks {
  hitTester(): HitTester | null;
  open(p: Painted, by: OpenedBy, rect: ViewBox): void;
  /** The card of `p` stays open but its highlight moved (scroll, resize). */
  moved(p: Painted, rect: ViewBox): void;
  close(): void;
  /** Whether an event comes from the extension's own UI (its shadow host). */
  fromOwnUi(e: Event): boolean;
  toggleAll(): void;
  noteFromSelection(): void;
}

/** Resting this long on a highlight opens its card; leaving for this long closes it. */
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;

/** Keys by physical position (`code`), so the shortcuts work with an Arabic keyboard layout too. */
const NEXT = 'KeyJ';
const PREVIOUS = 'KeyK';
const TOGGLE = 'KeyH';
const NOTE = 'KeyN';

function boxOf(rects: DOMRect[]): ViewBox | null {
  const r = rects[0];
  return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}

export class Interaction {
  private current: Painted | null = null;
  private by: OpenedBy | null = null;
  private pending: Painted | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private pointer: { x: number; y: number; own: boolean } | null = null;
  private overCard = false;
  private focusBefore: Element | null = null;
  /** When the page's own keydown handled a shortcut the browser may also deliver as a command. */
  private lastShortcut = { toggle: 0, note: 0 };

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
    private readonly hooks: InteractionHooks,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    win.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
    win.addEventListener('keydown', this.onKeyDown, { capture: true });
    win.addEventListener('scroll', this.onLayoutChange, { capture: true, passive: true });
    win.addEventListener('resize', this.onLayoutChange, { passive: true });
  }

  stop(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    win.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    win.removeEventListener('keydown', this.onKeyDown, { capture: true });
    win.removeEventListener('scroll', this.onLayoutChange, { capture: true });
    win.removeEventListener('resize', this.onLayoutChange);
    this.reset();
  }

  /** What the card shows now, and how it was opened. */
  get opened(): { painted: Painted; by: OpenedBy } | null {
    return this.current && this.by ? { painted: this.current, by: this.by } : null;
  }

  /** The pointer entered or left the card: an open card stays while the pointer is on it. */
  hoverCard(over: boolean): void {
    this.overCard = over;
    if (over) this.cancelClose();
    else if (this.by === 'pointer') this.scheduleClose();
  }

  /** Closes the card (Escape, the close button, highlights switched off). */
  close(): void {
    const wasKeyboard = this.by === 'keyboard';
    this.reset();
    this.hooks.close();
    if (wasKeyboard) this.restoreFocus();
  }

  /** A painted mention went away (its text changed): its card goes too. */
  forget(p: Painted): void {
    if (this.current === p) this.close();
    if (this.pending === p) this.pending = null;
  }

  /** Whether a browser command for this shortcut was already handled by the page's keydown. */
  handledRecently(which: 'toggle' | 'note'): boolean {
    return Date.now() - this.lastShortcut[which] < 500;
  }

  /** Moves keyboard focus to the next (or previous) visible highlight and opens its card. */
  step(direction: 1 | -1): void {
    const hit = this.hooks.hitTester();
    const list = this.registry.visibleEntries();
    if (!hit || list.length === 0) return;
    let index = this.current ? list.indexOf(this.current) : -1;
    if (index < 0) index = this.firstInView(list, hit) - (direction > 0 ? 1 : 0);
    const next = list[(index + direction + list.length) % list.length] as Painted;
    if (this.by !== 'keyboard') this.focusBefore = this.activeOutsideUi();
    this.registry.focus(next);
    this.reveal(next);
    hit.invalidate();
    const rect = boxOf(hit.rectsOf(next)) ?? next.range.getBoundingClientRect();
    this.cancelTimers();
    this.current = next;
    this.by = 'keyboard';
    this.hooks.open(next, 'keyboard', rect);
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.current) {
      this.close();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code === NEXT || e.code === PREVIOUS) {
      e.preventDefault();
      e.stopPropagation();
      this.step(e.code === NEXT ? 1 : -1);
    } else if (e.code === TOGGLE) {
      e.preventDefault();
      this.lastShortcut.toggle = Date.now();
      this.hooks.toggleAll();
    } else if (e.code === NOTE) {
      e.preventDefault();
      this.lastShortcut.note = Date.now();
      this.hooks.noteFromSelection();
    }
  };

  private readonly onPointerMove = (e: PointerEvent) => {
    this.pointer = { x: e.clientX, y: e.clientY, own: this.hooks.fromOwnUi(e) };
    if (this.frame) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.hitTest();
    });
  };

  private readonly onLayoutChange = (e: Event) => {
    // Scrolling inside the extension's own card moves no highlight.
    if (e.type === 'scroll' && this.hooks.fromOwnUi(e)) return;
    const hit = this.hooks.hitTester();
    hit?.invalidate();
    if (!this.current || !hit) return;
    if (this.by === 'pointer') {
      this.close();
      return;
    }
    const rect = boxOf(hit.rectsOf(this.current));
    if (rect) this.hooks.moved(this.current, rect);
  };

  private hitTest(): void {
    const pointer = this.pointer;
    const hit = this.hooks.hitTester();
    if (!pointer || !hit) return;
    if (pointer.own) {
      this.cancelClose();
      return;
    }
    const under = this.registry.on
      ? hit.at(this.doc, pointer.x, pointer.y, (p) => this.registry.kinds[p.mention.type])
      : null;
    if (under && under === this.current) {
      this.cancelClose();
      return;
    }
    if (under !== this.pending) {
      if (this.openTimer) clearTimeout(this.openTimer);
      this.openTimer = null;
      this.pending = under;
      if (under) {
        this.openTimer = setTimeout(() => {
          this.openTimer = null;
          this.pending = null;
          const rect = this.rectUnderPointer(under);
          if (!rect) return;
          this.cancelClose();
          if (this.by === 'keyboard') this.registry.focus(null);
          this.current = under;
          this.by = 'pointer';
          this.hooks.open(under, 'pointer', rect);
        }, OPEN_DELAY_MS);
      }
    }
    if (!under && this.current && this.by === 'pointer' && !this.overCard) this.scheduleClose();
  }

  /** The line box of the highlight the pointer is on (a mention may wrap over two lines). */
  private rectUnderPointer(p: Painted): ViewBox | null {
    const rects = this.hooks.hitTester()?.rectsOf(p) ?? [];
    const at = this.pointer;
    const on = at ? rects.find((r) => at.y >= r.top - 1 && at.y <= r.bottom + 1) : undefined;
    return boxOf(on ? [on] : rects);
  }

  /** Index of the first highlight at or below the top of the viewport (reading order ≈ top to bottom). */
  private firstInView(list: Painted[], hit: HitTester): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = hit.rectsOf(list[mid] as Painted)[0];
      if (r === undefined || r.bottom >= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo % list.length;
  }

  private reveal(p: Painted): void {
    const win = this.doc.defaultView;
    const r = p.range.getBoundingClientRect();
    if (!win || (r.top >= 0 && r.bottom <= win.innerHeight)) return;
    const anchor = p.range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  }

  private activeOutsideUi(): Element | null {
    const active = this.doc.activeElement;
    return active && active !== this.doc.body ? active : null;
  }

  private restoreFocus(): void {
    const el = this.focusBefore as (Element & { focus?: (o?: FocusOptions) => void }) | null;
    this.focusBefore = null;
    if (el?.isConnected && typeof el.focus === 'function') el.focus({ preventScroll: true });
    else (this.doc.activeElement as HTMLElement | null)?.blur?.();
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (!this.overCard && this.by === 'pointer') this.close();
    }, CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private cancelTimers(): void {
    this.cancelClose();
    if (this.openTimer) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private reset(): void {
    this.cancelTimers();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.current) this.registry.focus(null);
    this.current = null;
    this.by = null;
    this.overCard = false;
  }
}
