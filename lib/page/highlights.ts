// Painting with the CSS Custom Highlight API: one registry entry per kind (`qimma-leader`,
// `qimma-venue`, `qimma-date`, `qimma-figure`), plus the reader's notes and the highlight that has
// keyboard focus. Ranges are painted, never wrapped: the page's DOM and text stay exactly as they
// were, so its scripts, selection and layout are untouched.
//
// The registry belongs to the document, and a page may clear it (`CSS.highlights.clear()`);
// `restore()` puts ours back.

import type { Mention, MentionType } from '../extract/types';

export const HIGHLIGHT_NAMES: Record<MentionType, string> = {
  leader: 'qimma-leader',
  venue: 'qimma-venue',
  date: 'qimma-date',
  figure: 'qimma-figure',
};
export const NOTE_HIGHLIGHT = 'qimma-note';
export const FOCUS_HIGHLIGHT = 'qimma-focus';

export const KINDS: readonly MentionType[] = ['leader', 'venue', 'date', 'figure'];

/** A mention painted on the page. */
export interface Painted {
  mention: Mention;
  range: Range;
}

/** Overlapping highlights paint in this order (higher on top): a focused one above all. */
const PRIORITY: Record<string, number> = {
  'qimma-figure': 1,
  'qimma-date': 2,
  'qimma-venue': 3,
  'qimma-leader': 4,
  'qimma-note': 0,
  'qimma-focus': 10,
};

type Registry = { get(name: string): unknown; set(name: string, h: Highlight): unknown; delete(name: string): boolean };

function registry(): Registry | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights ?? null;
}

export function highlightsSupported(): boolean {
  return registry() !== null && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

function makeHighlight(name: string, ranges: Range[] = []): Highlight {
  const h = new Highlight(...ranges);
  h.priority = PRIORITY[name] ?? 0;
  return h;
}

export class HighlightRegistry {
  private readonly byKind = new Map<MentionType, Highlight>();
  private readonly notes = makeHighlight(NOTE_HIGHLIGHT);
  private readonly focused = makeHighlight(FOCUS_HIGHLIGHT);
  private painted: Painted[] = [];
  private kindsOn: Record<MentionType, boolean> = { leader: true, venue: true, date: true, figure: true };
  private allOn = true;
  /** Names this registry has put in the document's registry (to tell "cleared by the page" apart). */
  private readonly wasShown = new Set<string>();

  constructor() {
    for (const kind of KINDS) this.byKind.set(kind, makeHighlight(HIGHLIGHT_NAMES[kind]));
  }

  /** Replaces what is painted; `painted` in text order. */
  show(painted: Painted[]): void {
    this.painted = painted;
    for (const kind of KINDS) (this.byKind.get(kind) as Highlight).clear();
    for (const p of painted) (this.byKind.get(p.mention.type) as Highlight).add(p.range);
    this.focused.clear();
    this.sync();
  }

  /** Drops one painted mention (its text changed under it). */
  drop(p: Painted): void {
    this.byKind.get(p.mention.type)?.delete(p.range);
    this.focused.delete(p.range);
    this.painted = this.painted.filter((x) => x !== p);
    this.sync();
  }

  get entries(): readonly Painted[] {
    return this.painted;
  }

  /** Entries a reader can see now (their kind switched on), in text order. */
  visibleEntries(): Painted[] {
    if (!this.allOn) return [];
    return this.painted.filter((p) => this.kindsOn[p.mention.type]);
  }

  setNotes(ranges: Range[]): void {
    this.notes.clear();
    for (const r of ranges) this.notes.add(r);
    this.sync();
  }

  addNote(range: Range): void {
    this.notes.add(range);
    this.sync();
  }

  focus(p: Painted | null): void {
    this.focused.clear();
    if (p) this.focused.add(p.range);
    this.sync();
  }

  setKind(kind: MentionType, on: boolean): void {
    this.kindsOn = { ...this.kindsOn, [kind]: on };
    this.sync();
  }

  setKinds(kinds: Partial<Record<MentionType, boolean>>): void {
    this.kindsOn = { ...this.kindsOn, ...kinds };
    this.sync();
  }

  get kinds(): Readonly<Record<MentionType, boolean>> {
    return this.kindsOn;
  }

  setAll(on: boolean): void {
    this.allOn = on;
    this.sync();
  }

  get on(): boolean {
    return this.allOn;
  }

  /** Removes everything this extension registered. */
  clear(): void {
    this.show([]);
    this.notes.clear();
    const reg = registry();
    if (!reg) return;
    for (const name of [...Object.values(HIGHLIGHT_NAMES), NOTE_HIGHLIGHT, FOCUS_HIGHLIGHT]) {
      if (reg.get(name) !== undefined) reg.delete(name);
    }
  }

  /**
   * Makes the document's registry match what should show. Returns true when something had to be
   * put back (the page cleared or replaced one of our entries).
   */
  sync(): boolean {
    const reg = registry();
    if (!reg) return false;
    let restored = false;
    const want = (name: string, h: Highlight, show: boolean) => {
      const current = reg.get(name);
      if (show && h.size > 0) {
        if (current !== h) {
          restored ||= current !== undefined || this.wasShown.has(name);
          reg.set(name, h);
        }
        this.wasShown.add(name);
      } else {
        if (current === h) reg.delete(name);
        this.wasShown.delete(name);
      }
    };
    for (const kind of KINDS)
      want(HIGHLIGHT_NAMES[kind], this.byKind.get(kind) as Highlight, this.allOn && this.kindsOn[kind]);
    want(NOTE_HIGHLIGHT, this.notes, this.allOn);
    want(FOCUS_HIGHLIGHT, this.focused, this.allOn);
    return restored;
  }
}
