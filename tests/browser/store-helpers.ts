// Helpers of the store's browser tests: reading the extension's real IndexedDB from the service
// worker, and sending messages to the background from an extension page as the UI does.

import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/browser';

/** Every record of one object store of the `qimma` database, read in the service worker. */
export async function readAll<T>(browser: ExtensionBrowser, store: string): Promise<T[]> {
  return browser.worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('qimma');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/** The database's version and object stores, as IndexedDB reports them. */
export async function describeDatabase(browser: ExtensionBrowser): Promise<{ version: number; stores: string[] }> {
  return browser.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('qimma');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out = { version: db.version, stores: [...db.objectStoreNames].sort() };
    db.close();
    return out;
  });
}

/** Sends one message to the background from an extension page; returns the reply's value or throws. */
export async function sendFrom<T>(page: Page, message: unknown, timeoutMs = 30_000): Promise<T> {
  const type = (message as { type?: string }).type;
  const reply = await Promise.race([
    page.evaluate(async (m) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } })
        .chrome;
      return (await api.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string };
    }, message),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no reply to ${type} within ${timeoutMs} ms`)), timeoutMs),
    ),
  ]);
  if (!reply?.ok) throw new Error(`message refused: ${reply?.error ?? 'no reply'}`);
  return reply.value as T;
}
