// The popup: the current page's status and the timeline of saved meetings.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { db } from '../../adapters/db';
import { send } from '../../adapters/messaging';
import { popupTargetTabId } from '../../adapters/tabs';
import type { MeetingRecord } from '../../lib/db/schema';
import type { TabStatus } from '../../lib/messages';
import { useLiveQuery } from '../use-live-query';
import './popup.css';

export function Popup() {
  const meetings = useLiveQuery(() => db.meetings.orderBy('start').reverse().toArray(), [], [] as MeetingRecord[]);
  const [status, setStatus] = useState<TabStatus | null | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      setStatus(await send<'tab:status'>({ type: 'tab:status', tabId: await popupTargetTabId() }));
    })().catch(() => setStatus(null));
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>قمة</h1>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          لوحة الملاحظات
        </a>
      </header>
      <section aria-label="هذه الصفحة" data-testid="page-status" class="status">
        {status === undefined ? '…' : status === null ? 'لم تُقرأ هذه الصفحة.' : <PageStatus status={status} />}
      </section>
      <section aria-label="اللقاءات المحفوظة">
        <h2>اللقاءات المحفوظة</h2>
        {meetings.length === 0 ? (
          <p class="empty">لا لقاءات محفوظة بعد. افتح خبرًا عن قمة روسية صينية وسيحفظه «قمة» تلقائيًا.</p>
        ) : (
          <ol class="timeline">
            {meetings.map((m) => (
              <li
                key={m.id}
                data-testid="meeting"
                data-start={m.start ?? ''}
                data-venue={m.venue ?? ''}
                data-kind={m.kind ?? ''}
              >
                <span class="date">{m.start ?? '؟'}</span> <span>{m.titleAr ?? m.venue ?? ''}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}

function PageStatus({ status }: { status: TabStatus }) {
  if (!status.relevant) return <p>لا تغطي هذه الصفحة لقاءً روسيًا صينيًا.</p>;
  return (
    <p>
      تغطي هذه الصفحة لقاءً روسيًا صينيًا
      {status.outcome?.saved ? ' — حُفظت.' : '.'}
    </p>
  );
}
