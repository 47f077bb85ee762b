// Dexie's liveQuery as a Preact hook: the component re-renders whenever the data it read changes,
// including changes made by the background while the popup is open.
// Subscribed in a layout effect, not a plain effect: Preact runs plain effects after the next
// paint, which would start every first query a frame late — the popup's first render waits on it.

import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[qimma] query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
