// Dexie's liveQuery as a Preact hook: the component re-renders whenever the data it read changes,
// including changes made by the background while the popup is open.

import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[qimma] query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
