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

/** A deadline `sliceMs` from now: `() => true` once it has passed. */
export function deadlineIn(sliceMs = SLICE_MS): () => boolean {
  const end = performance.now() + sliceMs;
  return () => performance.now() >= end;
}

/**
 * Runs a generator whose `yield`s mark points where work may pause, giving the page its thread
 * back whenever a slice has run out. Returns the generator's result.
 */
export async function runSliced<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  let expired = deadlineIn(sliceMs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (expired()) {
      await yieldToPage();
      expired = deadlineIn(sliceMs);
    }
  }
}

/** Runs a resumable `step(deadline)` job (true when finished) in slices. */
export async function runSteps(step: (expired: () => boolean) => boolean, sliceMs = SLICE_MS): Promise<void> {
  while (!step(deadlineIn(sliceMs))) await yieldToPage();
}
