// The extension's whole presence in a page's DOM: one host element with a closed shadow root,
// holding the card, the badge and the note editor. Closed, because the card shows the reader's
// own saved articles and notes, which the news site must not be able to read.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Badge } from './badge';
import { Card } from './card';
import { NoteDraftPanel } from './note-draft';
import css from './page-ui.css?inline';
import type { PageUiActions, PageUiModel, Store } from './store';

/** Tag name of the host element: the one thing the extension adds to a page's DOM. */
export const HOST_TAG = 'qimma-ui';

const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0 auto auto 0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
];

function PageUi({ store, actions }: { store: Store<PageUiModel>; actions: PageUiActions }) {
  const [model, setModel] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setModel);
    // Changes made between the first render and this effect would otherwise be missed.
    setModel(store.get());
    return unsubscribe;
  }, [store]);
  return (
    <div class="qimma" lang="ar" dir="rtl" data-surface={model.darkPage ? 'dark' : 'light'}>
      {model.badge && <Badge badge={model.badge} actions={actions} />}
      {model.card && <Card card={model.card} actions={actions} />}
      {model.draft && <NoteDraftPanel draft={model.draft} actions={actions} />}
      <p class="sr-only" role="status" aria-live="polite">
        {model.announce}
      </p>
    </div>
  );
}

export interface MountedUi {
  host: HTMLElement;
  unmount(): void;
}

function styleRoot(root: ShadowRoot): void {
  // A constructed stylesheet is not subject to the page's Content-Security-Policy for inline
  // styles; where it is missing, a <style> element inside the shadow root does the job.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export function mountPageUi(doc: Document, store: Store<PageUiModel>, actions: PageUiActions): MountedUi {
  const host = doc.createElement(HOST_TAG);
  // Set through the CSSOM (which a page's CSP does not restrict), important so that no page rule
  // for an unknown element can hide or move it; the panels inside are fixed to the viewport.
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  styleRoot(root);
  const container = doc.createElement('div');
  root.append(container);
  // After <body>, under the root element: out of the page's layout and of scripts that walk <body>.
  doc.documentElement.append(host);
  render(<PageUi store={store} actions={actions} />, container);
  return {
    host,
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}
