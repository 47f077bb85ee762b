// The reader's own notes on the page: found again on every visit (their quote and position
// selectors re-anchored in the current text; those that cannot be placed are reported as orphans),
// painted as `qimma-note`, and written from a selection or from a highlight's card.

import { send } from '../../adapters/messaging';
import type { NoteDraft, ViewRect } from '../../components/page/store';
import { S } from '../../components/page/strings';
import { describeQuote, reanchorAll } from '../../lib/anchoring';
import type { PageNote } from '../../lib/messages';
import type { HighlightRegistry } from '../../lib/page/highlights';
import type { PageReading } from '../../lib/page/read-page';
import { timed } from '../../lib/page/schedule';
import { rangeFor } from '../../lib/page/text-map';

export interface NoteHooks {
  reading(): PageReading | null;
  pageRef(): { url: string; title: string };
  showDraft(draft: NoteDraft | null): void;
  counts(placed: number, orphans: number): void;
  announce(text: string): void;
  mountUi(): unknown;
}

interface PlacedNote {
  exact: string;
  range: Range;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export class NoteLayer {
  private placed: PlacedNote[] = [];
  private orphans = 0;
  private span: { start: number; end: number } | null = null;
  private serial = 0;
  private lastUrl: string | null = null;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly hooks: NoteHooks,
  ) {}

  /** Fetches this article's notes and places them in the text as it is now. */
  async refresh(): Promise<void> {
    const reading = this.hooks.reading();
    if (!reading) return;
    const { url } = this.hooks.pageRef();
    let notes: PageNote[];
    try {
      notes = await send<'notes:for-page'>({ type: 'notes:for-page', url });
    } catch (error) {
      console.warn('[qimma] notes not loaded:', error instanceof Error ? error.message : error);
      return;
    }
    if (this.hooks.reading() !== reading) return;
    const own = notes.filter((n) => n.origin === 'reader');
    if (own.length === 0 && this.placed.length === 0 && this.orphans === 0) return;
    timed('notes', () => this.place(reading, own, url));
  }

  private place(reading: PageReading, own: PageNote[], url: string): void {
    const { anchored, orphans } = reanchorAll(reading.map.text, own);
    const doc = reading.where.roots[0]?.ownerDocument ?? document;
    this.placed = [];
    for (const a of anchored) {
      const range = rangeFor(reading.map, a.anchor.start, a.anchor.end, doc);
      if (range) this.placed.push({ exact: reading.map.text.slice(a.anchor.start, a.anchor.end), range });
    }
    this.orphans = orphans.length + (anchored.length - this.placed.length);
    this.registry.setNotes(this.placed.map((p) => p.range));
    if (this.placed.length > 0 || this.orphans > 0) this.hooks.counts(this.placed.length, this.orphans);
    if (this.orphans > 0 && url !== this.lastUrl) {
      console.info(`[qimma] ${this.orphans} note(s) of this article could not be placed in its current text`);
    }
    this.lastUrl = url;
  }

  /** Drops note highlights whose words the page changed (they are placed again on the next reading). */
  verify(): void {
    const before = this.placed.length;
    this.placed = this.placed.filter(
      (p) => p.range.startContainer.isConnected && squash(p.range.toString()) === squash(p.exact),
    );
    if (this.placed.length !== before) this.registry.setNotes(this.placed.map((p) => p.range));
  }

  /** Saves a note on `[start, end)` of the article text; returns what to tell the reader. */
  async add(start: number, end: number, comment: string): Promise<string> {
    const reading = this.hooks.reading();
    if (!reading) return S.noteFailed;
    const text = reading.map.text;
    try {
      await send<'note:add'>({
        type: 'note:add',
        page: this.hooks.pageRef(),
        selector: { quote: describeQuote(text, start, end), position: { start, end } },
        comment: comment.trim(),
      });
    } catch (error) {
      return `${S.noteFailed}: ${error instanceof Error ? error.message : String(error)}`;
    }
    const doc = reading.where.roots[0]?.ownerDocument ?? document;
    const range = rangeFor(reading.map, start, end, doc);
    if (range) {
      this.placed.push({ exact: text.slice(start, end), range });
      this.registry.addNote(range);
      this.hooks.counts(this.placed.length, this.orphans);
    }
    this.hooks.announce(S.noteSaved);
    return S.noteSaved;
  }

  /** Opens the note editor on a selected passage. */
  draft(start: number, end: number, rect: ViewRect): void {
    const reading = this.hooks.reading();
    if (!reading) return;
    this.span = { start, end };
    this.hooks.mountUi();
    const quote = reading.map.text.slice(start, end);
    this.hooks.showDraft({
      serial: ++this.serial,
      quote: quote.length > 400 ? `${quote.slice(0, 400)}…` : quote,
      rect,
      status: null,
    });
  }

  async saveDraft(comment: string): Promise<void> {
    const span = this.span;
    if (!span) return;
    const status = await this.add(span.start, span.end, comment);
    if (status === S.noteSaved) {
      this.span = null;
      this.hooks.showDraft(null);
    } else {
      this.tell(status);
    }
  }

  cancelDraft(): void {
    this.span = null;
    this.hooks.showDraft(null);
  }

  /** A message about notes when there is no passage to write on (nothing selected in the story). */
  tell(text: string): void {
    this.hooks.announce(text);
  }
}
