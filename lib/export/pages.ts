// Reading a table in pages of its primary key: an export of a large store never holds the whole
// table, and each page is read in its own short transaction (a slow writer in between — a file
// stream, a download — cannot keep an IndexedDB transaction open).

import type { Table } from 'dexie';

export const PAGE_SIZE = 1_000;

export async function* pagesOf<T>(
  // biome-ignore lint/suspicious/noExplicitAny: the insert type of an EntityTable does not matter for reading.
  table: Table<T, string, any>,
  keyOf: (record: T) => string,
  size = PAGE_SIZE,
): AsyncGenerator<T[]> {
  let last: string | undefined;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(size).toArray()
        : await table.where(':id').above(last).limit(size).toArray();
    if (page.length === 0) return;
    yield page;
    if (page.length < size) return;
    last = keyOf(page[page.length - 1] as T);
  }
}
