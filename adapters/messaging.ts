// The seam between the message layer (lib/messages, pure) and the browser's runtime messaging.
// Senders get typed replies; listeners see only messages that parsed, from this extension.

import { browser } from 'wxt/browser';
import {
  parseRequest,
  type Reply,
  type Request,
  type RequestOf,
  type RequestType,
  type Responses,
} from '../lib/messages';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a request to the background and returns its typed reply, or throws a MessageError. */
export async function send<T extends RequestType>(message: RequestOf<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[T]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new MessageError('no reply from the background');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export type Handlers = {
  [K in RequestType]: (
    message: RequestOf<K>,
    sender: { tabId: number | null; url: string | null },
  ) => Promise<Responses[K]>;
};

/** Installs the background's one listener: validates, dispatches, wraps the reply. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) {
      console.warn('[qimma] message refused — sent by another extension or page');
      return undefined;
    }
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      console.warn(`[qimma] ${parsed.reason}`);
      return Promise.resolve({ ok: false, error: parsed.reason } satisfies Reply<never>);
    }
    const message: Request = parsed.message;
    const handler = handlers[message.type] as (
      m: Request,
      s: { tabId: number | null; url: string | null },
    ) => Promise<unknown>;
    const from = { tabId: sender.tab?.id ?? null, url: sender.tab?.url ?? sender.url ?? null };
    return handler(message, from).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        console.error(`[qimma] ${message.type} failed: ${text}`);
        return { ok: false, error: text };
      },
    );
  });
}
