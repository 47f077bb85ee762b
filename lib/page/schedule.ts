// Long work on a page in slices: the content script shares the main thread with the page, so
// anything that may take more than a few milliseconds (reading a 5 MB page, laying out its text)
// runs in slices with the page's own tasks, input and rendering in between.

/** A slice of work stops after this long (well under the 50 ms of a "long task"). */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Lets the page run. `scheduler.yield()` keeps our continuation ahead of other queued work where
 * it exists; a message-channel task (not clamped like nested timeouts) elsewhere.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * After the page's next frame (or `timeoutMs`, for a tab in the background where frames do not
 * come): a page still settling its first layout does that work in its own rendering task, not in
 * whatever the extension runs next.
 */
export function afterNextFrame(win: Window, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    win.requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, timeoutMs);
  });
}

/** At most this many stretches of work are recorded per page (the timeline is the page's too). */
const MAX_RECORDS = 2_000;
let recorded = 0;

/**
 * Records a stretch of the extension's own main-thread work as a `qimma:work` performance
 * measure (when it took 1 ms or more), so a benchmark can tell the extension's tasks from the
 * page's own.
 */
export function recordWork(start: number, what: string): void {
  const end = performance.now();
  if (end - start < 1 || recorded >= MAX_RECORDS) return;
  recorded++;
  performance.measure('qimma:work', { start, end, detail: what });
}

/** Runs `fn` and records it as the extension's work. */
export function timed<T>(what: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    recordWork(start, what);
  }
}

/** A deadline `sliceMs` from now: `() => true` once it has passed. */
export function deadlineIn(sliceMs = SLICE_MS): () => boolean {
  const end = performance.now() + sliceMs;
  return () => performance.now() >= end;
}

/**
 * Runs a generator whose `yield`s mark points where work may pause, giving the page its thread
 * back whenever a slice has run out. Returns the generator's result.
 */
export async function runSliced<T>(what: string, steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  let expired = deadlineIn(sliceMs);
  for (;;) {
    const r = steps.next();
    if (r.done) {
      recordWork(start, what);
      return r.value;
    }
    if (expired()) {
      recordWork(start, what);
      await yieldToPage();
      start = performance.now();
      expired = deadlineIn(sliceMs);
    }
  }
}

/** Runs a resumable `step(deadline)` job (true when finished) in slices. */
export async function runSteps(
  what: string,
  step: (expired: () => boolean) => boolean,
  sliceMs = SLICE_MS,
): Promise<void> {
  for (;;) {
    const start = performance.now();
    const done = step(deadlineIn(sliceMs));
    recordWork(start, what);
    if (done) return;
    await yieldToPage();
  }
}
