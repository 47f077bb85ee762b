// One page, from first reading to the reader's last hover: read the story, run the engine, paint,
// explain, hand the result to the background, keep up with a page that changes. Logic lives in
// lib/page (reading, painting, hit-testing, watching) and components/page (the card and badge);
// this file wires them to each other and to the message layer.

import { MessageError, send } from '../../adapters/messaging';
import { type MountedUi, mountPageUi } from '../../components/page/page-ui';
import { createStore, initialModel, type PageUiActions, type XrefView, xrefViewOf } from '../../components/page/store';
import { S } from '../../components/page/strings';
import { fingerprint } from '../../lib/db/ids';
import type { Settings } from '../../lib/db/settings';
import type { ExtractionResult, MentionType } from '../../lib/extract/types';
import type { TextExtraction } from '../../lib/messages';
import { describeMeeting, describeMention } from '../../lib/page/describe-mention';
import { HighlightRegistry, highlightsSupported, type Painted } from '../../lib/page/highlights';
import { HitTester } from '../../lib/page/hit-test';
import { Interaction, type OpenedBy, type ViewBox } from '../../lib/page/interaction';
import { staleHighlights, storyChanged } from '../../lib/page/page-changes';
import { PageWatcher } from '../../lib/page/page-watch';
import { paintableSteps } from '../../lib/page/paint';
import { type PageReading, readPage } from '../../lib/page/read-page';
import { runSliced, SLICE_MS, timed, yieldToPage } from '../../lib/page/schedule';
import { isDarkBehind } from '../../lib/page/surface';
import { offsetAt, rangeFor } from '../../lib/page/text-map';
import { siteOfHost } from '../../lib/url/canonical-url';
import { applyColours } from './colours';
import { NoteLayer } from './notes';

/** Mentions sent to the background at most (the message schema's bound). */
const MAX_MENTIONS_SENT = 20_000;

export class PageSession {
  private readonly registry = new HighlightRegistry();
  private readonly store = createStore(initialModel());
  private readonly interaction: Interaction;
  private readonly watcher: PageWatcher;
  private readonly notes: NoteLayer;
  private ui: MountedUi | null = null;
  private reading: PageReading | null = null;
  private result: ExtractionResult | null = null;
  private labels: Record<string, string> = {};
  private hit: HitTester | null = null;
  private settings: Settings | null = null;
  private settingsReady: Promise<void> = Promise.resolve();
  private running = false;
  private again = false;
  private badgeDismissed = false;
  private lastSent: string | null = null;
  private readonly xref = new Map<string, XrefView>();
  private serial = 0;
  private firstPaint = true;
  /** Batches of page mutations seen so far. */
  private changes = 0;

  constructor(private readonly doc: Document) {
    this.interaction = new Interaction(doc, this.registry, {
      hitTester: () => this.hit,
      open: (p, by, rect) => this.openCard(p, by, rect),
      moved: (_p, rect) => this.store.set((m) => ({ card: m.card ? { ...m.card, rect } : null })),
      close: () => this.store.set({ card: null }),
      fromOwnUi: (e) => this.ui !== null && e.composedPath().includes(this.ui.host),
      toggleAll: () => this.toggleAll(),
      noteFromSelection: () => this.noteFromSelection(),
    });
    this.watcher = new PageWatcher(doc, {
      isOwn: (node) => this.ui !== null && (node === this.ui.host || this.ui.host.contains(node)),
      changed: (records) => {
        this.changes++;
        timed('mutations', () => this.dropChanged(records));
      },
      matters: (records) => storyChanged(records, this.reading?.where.roots ?? []),
      settled: () => void this.run(),
      navigated: () => this.navigated(),
      heartbeat: () => this.registry.sync(),
    });
    this.notes = new NoteLayer(this.registry, {
      reading: () => this.reading,
      pageRef: () => this.pageRef(),
      showDraft: (draft) => this.store.set({ draft }),
      counts: (placed, orphans) =>
        this.store.set((m) => ({ badge: m.badge ? { ...m.badge, notesPlaced: placed, orphans } : null })),
      announce: (text) => this.announce(text),
      mountUi: () => this.mountUi(),
    });
  }

  async start(): Promise<void> {
    if (!highlightsSupported())
      console.info('[qimma] this browser has no CSS Custom Highlight API; nothing is painted');
    performance.mark('qimma:start');
    // Asked at once: the question also wakes the background's service worker while the page is read.
    this.settingsReady = send<'settings:get'>({ type: 'settings:get' })
      .catch(() => null)
      .then((settings) => {
        this.settings = settings;
        if (settings?.colours) applyColours(this.doc, settings.colours);
        this.registry.setKinds(settings?.highlightKinds ?? {});
      });
    // Watching starts before the first reading: paragraphs a page adds while it is being read
    // must still be picked up.
    this.watcher.start();
    this.interaction.start();
    // The page's thread back before reading: the task that injected the script has already paid
    // for compiling it.
    await yieldToPage();
    await this.run();
  }

  /** Background → page: the keyboard commands and the context menu. */
  async command(type: 'highlights:toggle' | 'note:create-from-selection' | 'page:save'): Promise<void> {
    if (type === 'highlights:toggle' && !this.interaction.handledRecently('toggle')) this.toggleAll();
    if (type === 'note:create-from-selection' && !this.interaction.handledRecently('note')) this.noteFromSelection();
    if (type === 'page:save') await this.report('manual');
  }

  /** Reads the page and paints; a call while a reading runs makes it run once more afterwards. */
  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.readAndPaint();
      } while (this.again);
    } catch (error) {
      console.warn('[qimma] page not read:', error);
    } finally {
      this.running = false;
    }
  }

  private get highlightsAllowed(): boolean {
    const site = this.settings?.sites[siteOfHost(location.hostname)];
    return site?.highlights !== false;
  }

  private async readAndPaint(): Promise<void> {
    const changesBefore = this.changes;
    const reading = await readPage(this.doc, location.href);
    if (reading.map.text.trim().length === 0) {
      this.clear();
      return;
    }
    if (this.firstPaint) performance.mark('qimma:read');
    const { result, labels } = await this.extract(reading);
    await this.settingsReady;
    if (this.firstPaint) performance.mark('qimma:extracted');
    // Unchanged since it was read, the page cannot disagree with the map: ranges need no checking.
    const verify = this.changes !== changesBefore;
    const painted =
      result.relevant && this.highlightsAllowed
        ? await runSliced(
            'ranges',
            paintableSteps(reading.map, result.mentions, this.doc, verify),
            verify ? SLICE_MS : 16,
          )
        : [];
    // The page may have changed while the engine read it: only ranges that still hold their words.
    if (!reading.where.roots.every((r) => r.isConnected)) {
      this.again = true;
      return;
    }
    timed('paint', () => {
      this.interaction.close();
      this.reading = reading;
      this.result = result;
      this.labels = labels;
      this.registry.show(painted);
      this.hit = new HitTester(reading.map, painted);
      if (this.firstPaint) {
        performance.mark('qimma:highlights');
        this.firstPaint = false;
      }
    });
    // The badge (and the first mounting of the in-page UI) in a task of its own, after the page
    // has had the chance to paint the highlights.
    await yieldToPage();
    timed('badge', () => this.updateBadge(painted));
    await this.report('auto');
    await this.notes.refresh();
  }

  /** The engine runs in the background (see lib/messages, `text:extract`). */
  private extract(reading: PageReading): Promise<TextExtraction> {
    return timed('send', () =>
      send<'text:extract'>({
        type: 'text:extract',
        text: reading.map.text,
        published: reading.facts.published,
        title: reading.facts.title?.slice(0, 2_000) ?? null,
      }),
    );
  }

  private clear(): void {
    this.interaction.close();
    this.registry.show([]);
    this.registry.setNotes([]);
    this.hit = null;
    this.reading = null;
    this.result = null;
    this.store.set({ badge: null, card: null, draft: null });
  }

  /** The page's URL for the store: the address it declares as canonical, else the one in the tab. */
  private pageRef(): { url: string; title: string } {
    const facts = this.reading?.facts;
    return { url: facts?.url ?? location.href.split('#')[0] ?? location.href, title: facts?.title ?? this.doc.title };
  }

  /** Sends the extraction to the background once per distinct text (and whenever asked to save). */
  private async report(save: 'auto' | 'manual'): Promise<void> {
    const reading = this.reading;
    const result = this.result;
    if (!reading || !result) return;
    const ref = this.pageRef();
    const print = `${ref.url} ${fingerprint(reading.map.text)} ${result.relevant}`;
    if (save === 'auto' && print === this.lastSent) return;
    this.lastSent = print;
    try {
      const outcome = await timed('report', () =>
        send<'page:extracted'>({
          type: 'page:extracted',
          page: {
            url: ref.url,
            title: ref.title.slice(0, 2_000),
            siteName: reading.facts.siteName?.slice(0, 2_000) ?? null,
            lang: reading.facts.lang?.slice(0, 20) ?? null,
            text: reading.map.text,
          },
          result: { ...result, mentions: result.mentions.slice(0, MAX_MENTIONS_SENT) },
          save,
        }),
      );
      if (save === 'manual') this.announce(outcome.saved ? 'حُفظ المقال.' : `لم يُحفظ المقال: ${outcome.reason ?? ''}`);
    } catch (error) {
      // The background may be restarting; the next change or visit reports again.
      this.lastSent = null;
      if (!(error instanceof MessageError)) throw error;
      console.warn('[qimma] page not reported:', error.message);
    }
  }

  private mountUi(): MountedUi {
    if (!this.ui) {
      const actions: PageUiActions = {
        closeCard: () => this.interaction.close(),
        hoverCard: (over) => this.interaction.hoverCard(over),
        addNote: (comment) => this.addNoteOnCard(comment),
        toggleKind: (kind) => this.toggleKind(kind),
        toggleAll: () => this.toggleAll(),
        collapseBadge: (collapsed) => this.store.set((m) => ({ badge: m.badge ? { ...m.badge, collapsed } : null })),
        dismissBadge: () => {
          this.badgeDismissed = true;
          this.store.set({ badge: null });
        },
        saveDraft: (comment) => this.notes.saveDraft(comment),
        cancelDraft: () => this.notes.cancelDraft(),
      };
      this.ui = mountPageUi(this.doc, this.store, actions);
      const root = this.reading?.where.roots[0];
      if (root) this.store.set({ darkPage: isDarkBehind(root) });
    }
    return this.ui;
  }

  private updateBadge(painted: Painted[]): void {
    const meeting = this.result?.relevant ? this.result.meeting : null;
    if (!meeting || this.badgeDismissed || painted.length === 0) {
      this.store.set({ badge: null });
      return;
    }
    this.mountUi();
    const counts = { leader: 0, venue: 0, date: 0, figure: 0 } as Record<MentionType, number>;
    for (const p of painted) counts[p.mention.type]++;
    const previous = this.store.get().badge;
    this.store.set({
      badge: {
        meeting: describeMeeting(meeting, this.labels),
        counts,
        kinds: { ...this.registry.kinds },
        all: this.registry.on,
        collapsed: previous?.collapsed ?? false,
        notesPlaced: previous?.notesPlaced ?? 0,
        orphans: previous?.orphans ?? 0,
      },
    });
  }

  private toggleAll(): void {
    const on = !this.registry.on;
    this.registry.setAll(on);
    if (!on) this.interaction.close();
    this.store.set((m) => ({ badge: m.badge ? { ...m.badge, all: on } : null }));
    this.announce(on ? 'أُظهر التمييز.' : 'أُخفي التمييز.');
  }

  private toggleKind(kind: MentionType): void {
    const on = !this.registry.kinds[kind];
    this.registry.setKind(kind, on);
    const opened = this.interaction.opened;
    if (!on && opened?.painted.mention.type === kind) this.interaction.close();
    this.store.set((m) => ({ badge: m.badge ? { ...m.badge, kinds: { ...this.registry.kinds } } : null }));
  }

  private announce(text: string): void {
    // A changed string is what makes a live region speak; the same message twice needs a change.
    this.store.set((m) => ({ announce: m.announce === text ? `${text} ` : text }));
  }

  private openCard(p: Painted, by: OpenedBy, rect: ViewBox): void {
    this.mountUi();
    const description = describeMention(p.mention, { labels: this.labels });
    const meeting =
      this.result?.relevant && this.result.meeting ? describeMeeting(this.result.meeting, this.labels) : null;
    const key = description.key;
    const cached = key ? this.xref.get(key) : undefined;
    const serial = ++this.serial;
    this.store.set({
      card: {
        serial,
        description,
        meeting,
        rect,
        via: by,
        xref: cached ? { state: 'ready', view: cached } : { state: 'loading' },
        status: null,
      },
    });
    if (key && !cached) void this.loadXref(key, serial);
  }

  private async loadXref(key: string, serial: number): Promise<void> {
    const update = (xref: NonNullable<ReturnType<typeof this.store.get>['card']>['xref']) =>
      this.store.set((m) => (m.card?.serial === serial ? { card: { ...m.card, xref } } : {}));
    try {
      const reply = await send<'xref:query'>({
        type: 'xref:query',
        keys: [key],
        excludeUrl: this.pageRef().url,
        limit: 5,
      });
      const view = xrefViewOf(reply[key]);
      this.xref.set(key, view);
      update({ state: 'ready', view });
    } catch (error) {
      console.warn('[qimma] cross-references not loaded:', error instanceof Error ? error.message : error);
      update({ state: 'unavailable' });
    }
  }

  private async addNoteOnCard(comment: string): Promise<void> {
    const opened = this.interaction.opened;
    if (!opened) return;
    const { mention } = opened.painted;
    const status = await this.notes.add(mention.start, mention.end, comment);
    const key = describeMention(mention, { labels: this.labels }).key;
    if (key) this.xref.delete(key);
    this.store.set((m) => ({ card: m.card ? { ...m.card, status } : null }));
  }

  private noteFromSelection(): void {
    const reading = this.reading;
    const selection = this.doc.getSelection();
    if (!reading || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      this.announce(S.selectionOutside);
      this.notes.tell(S.selectionOutside);
      return;
    }
    const range = selection.getRangeAt(0);
    const start = offsetAt(reading.map, range.startContainer, range.startOffset, 'start');
    const end = offsetAt(reading.map, range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start || !rangeFor(reading.map, start, end, this.doc)) {
      this.announce(S.selectionOutside);
      this.notes.tell(S.selectionOutside);
      return;
    }
    const r = range.getBoundingClientRect();
    this.notes.draft(start, end, { left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }

  /** Drops, before the next paint, every highlight whose words the page just changed. */
  private dropChanged(records: MutationRecord[]): void {
    const hit = this.hit;
    if (!hit) return;
    hit.invalidate();
    const { stale, touched } = staleHighlights(records, hit, [...this.registry.entries]);
    for (const p of stale) {
      this.registry.drop(p);
      hit.forget(p);
      this.interaction.forget(p);
    }
    if (touched) this.notes.verify();
  }

  private navigated(): void {
    // Another article in the same page: nothing of the old one may stay painted on the new one.
    this.clear();
    this.badgeDismissed = false;
    this.lastSent = null;
    this.firstPaint = false;
    this.watcher.schedule();
  }
}
