// Failures of the store, said plainly. IndexedDB reports a full disk as QuotaExceededError (often
// wrapped by Dexie in an AbortError of the transaction); callers get one StoreError with a reason
// they can show. A failed transaction writes nothing, so what was stored before is intact — the
// message says so, because that is what the reader wants to know.

export type StoreErrorKind = 'quota' | 'invalid' | 'not-found' | 'conflict' | 'failed';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);

function isQuota(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: string; inner?: unknown; cause?: unknown };
    if (name && QUOTA_NAMES.has(name)) return true;
    e = inner ?? cause;
  }
  return false;
}

/** Turns whatever a Dexie operation threw into a StoreError that says what happened. */
export function toStoreError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuota(error)) {
    return new StoreError(
      'quota',
      `Could not ${doing}: the browser refused to store more (disk full or storage quota reached). Nothing already saved was lost; free some space and try again.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError('failed', `Could not ${doing}: ${detail}. Nothing was changed.`, { cause: error });
}

/** Runs a store operation and rethrows any failure as a StoreError. */
export async function guarded<T>(doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error, doing);
  }
}
