// Pages that change after load: paragraphs that arrive late, "load more", infinite scroll, live
// blogs, single-page navigation — and pages that clear the highlight registry. Mutations are seen
// at once (before the next paint) so a highlight whose words changed can be dropped immediately;
// re-reading the page waits until the changes settle (debounced, with a ceiling so a page that never
// stops changing is still read).

export interface WatchHooks {
  /** Called synchronously for every batch of mutations that are not the extension's own. */
  changed(records: MutationRecord[]): void;
  /** Whether a batch is worth re-reading the page for. */
  matters(records: MutationRecord[]): boolean;
  /** The changes have settled: read the page again. */
  settled(): void;
  /** The address changed without a page load (single-page navigation). */
  navigated(url: string): void;
  /** Periodic check that the page has not cleared the highlight registry. */
  heartbeat(): void;
  /** Nodes of the extension itself (its shadow host), whose mutations are ignored. */
  isOwn(node: Node): boolean;
}

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  heartbeatMs?: number;
}

/** The address without its fragment: an in-page anchor is not a new article. */
function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private address: string;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly heartbeatMs: number;

  constructor(
    private readonly doc: Document,
    private readonly hooks: WatchHooks,
    options: WatchOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 2_000;
    this.heartbeatMs = options.heartbeatMs ?? 1_000;
    this.address = pageAddress(doc.location?.href ?? '');
  }

  start(): void {
    const win = this.doc.defaultView;
    if (!win || this.observer) return;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, { subtree: true, childList: true, characterData: true });
    this.heartbeat = setInterval(() => this.tick(), this.heartbeatMs);
    win.addEventListener('popstate', this.onLocation);
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', this.onLocation);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.timer = null;
    this.heartbeat = null;
    const win = this.doc.defaultView;
    win?.removeEventListener('popstate', this.onLocation);
    (win as (Window & { navigation?: EventTarget }) | null)?.navigation?.removeEventListener(
      'navigatesuccess',
      this.onLocation,
    );
  }

  /** Asks for a re-read after the usual settling delay (e.g. after a navigation). */
  schedule(): void {
    const now = Date.now();
    if (this.timer === null) this.firstPending = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPending + this.maxWaitMs - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.hooks.settled();
    }, wait);
  }

  private onMutations(records: MutationRecord[]): void {
    const theirs = records.filter((r) => !this.hooks.isOwn(r.target) && !this.onlyOwnNodes(r));
    if (theirs.length === 0) return;
    this.hooks.changed(theirs);
    this.checkAddress();
    if (this.hooks.matters(theirs)) this.schedule();
  }

  private onlyOwnNodes(r: MutationRecord): boolean {
    if (r.type !== 'childList') return false;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every((n) => this.hooks.isOwn(n));
  }

  private readonly onLocation = () => this.checkAddress();

  private checkAddress(): void {
    const now = pageAddress(this.doc.location?.href ?? '');
    if (now === this.address) return;
    this.address = now;
    this.hooks.navigated(now);
  }

  private tick(): void {
    this.checkAddress();
    this.hooks.heartbeat();
  }
}
