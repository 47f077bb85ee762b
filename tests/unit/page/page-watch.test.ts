// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher, type WatchHooks } from '../../../lib/page/page-watch';

function hooks(overrides: Partial<WatchHooks> = {}) {
  const calls = { changed: 0, settled: 0, navigated: [] as string[], heartbeat: 0 };
  const h: WatchHooks = {
    changed: () => calls.changed++,
    matters: () => true,
    settled: () => calls.settled++,
    navigated: (url) => calls.navigated.push(url),
    heartbeat: () => calls.heartbeat++,
    isOwn: (node) => node instanceof Element && node.tagName === 'QIMMA-UI',
    ...overrides,
  };
  return { h, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.useRealTimers());

describe('PageWatcher', () => {
  it('reports changes at once and re-reads once they settle, not once per change', async () => {
    document.body.innerHTML = '<article><p>نص</p></article>';
    const { h, calls } = hooks();
    const w = new PageWatcher(document, h, { debounceMs: 30, maxWaitMs: 1_000, heartbeatMs: 10_000 });
    w.start();
    for (let i = 0; i < 5; i++) {
      document
        .querySelector('article')
        ?.append(Object.assign(document.createElement('p'), { textContent: `فقرة ${i}` }));
      await flush();
    }
    expect(calls.changed).toBe(5);
    expect(calls.settled).toBe(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(calls.settled).toBe(1);
    w.stop();
  });

  it('reads a page that never stops changing at least every maxWait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    document.body.innerHTML = '<p id="t">0</p>';
    const { h, calls } = hooks();
    const w = new PageWatcher(document, h, { debounceMs: 40, maxWaitMs: 100, heartbeatMs: 10_000 });
    w.start();
    // A change every 10 ms for 260 ms: the debounce alone would never fire.
    for (let i = 0; i < 26; i++) {
      (document.getElementById('t') as HTMLElement).textContent = String(i);
      await Promise.resolve();
      vi.advanceTimersByTime(10);
    }
    expect(calls.settled).toBe(2);
    w.stop();
  });

  it('ignores the extension’s own host and changes that do not matter', async () => {
    document.body.innerHTML = '<p>نص</p>';
    const { h, calls } = hooks({ matters: () => false });
    const w = new PageWatcher(document, h, { debounceMs: 5, heartbeatMs: 10_000 });
    w.start();
    document.documentElement.append(document.createElement('qimma-ui'));
    await flush();
    expect(calls.changed).toBe(0);
    document.body.append('تغيير');
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.changed).toBe(1);
    expect(calls.settled).toBe(0);
    w.stop();
  });

  it('notices single-page navigation, but not a jump to an anchor', async () => {
    const { h, calls } = hooks();
    const w = new PageWatcher(document, h, { heartbeatMs: 10 });
    w.start();
    history.pushState({}, '', '#section');
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.navigated).toEqual([]);
    history.pushState({}, '', '/news/2023/other-story');
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.navigated).toHaveLength(1);
    expect(calls.navigated[0]).toMatch(/\/news\/2023\/other-story$/);
    expect(calls.heartbeat).toBeGreaterThan(0);
    w.stop();
  });
});
