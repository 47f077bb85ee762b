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
  return new StoreError('failed', `Could not ${doing}: ${describe(error)}. Nothing was changed.`, { cause: error });
}

/** One line: Dexie repeats the inner error on further lines of its message. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const first = (error.message.split('\n')[0] ?? '').trim().replace(/\.+$/, '');
  const named = first.startsWith(error.name) ? first : `${error.name}: ${first}`;
  return named.slice(0, 300);
}

/** Runs a store operation and rethrows any failure as a StoreError. */
export async function guarded<T>(doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error, doing);
  }
}
