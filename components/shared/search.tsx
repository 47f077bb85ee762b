// Search over the reader's notes, articles and the names and figures they mention. The box is a
// plain search input; results follow the store live; their count is announced in a polite live
// region so a screen-reader user hears that the list changed.

import { useEffect, useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { type SearchResults, search } from '../../lib/db/queries';
import { useLiveQuery } from '../use-live-query';
import { useI18n } from './app-context';
import { entityLabel } from './entity-label';
import { MetaLine } from './meta-line';

const DEBOUNCE_MS = 150;
const SHOWN_PER_KIND = 8;

export function SearchBox({ value, onInput, id }: { value: string; onInput(value: string): void; id: string }) {
  const { t } = useI18n();
  return (
    <search class="search">
      <label for={id} class="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        data-testid="search"
        value={value}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </search>
  );
}

/** The query after the reader paused typing; null while empty. */
export function useDebounced(query: string): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setSettled(null);
      return;
    }
    const timer = setTimeout(() => setSettled(q), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return settled;
}

export function useSearch(query: string | null): SearchResults | null {
  return useLiveQuery(
    () => (query === null ? Promise.resolve(null) : search(db, query)),
    [query],
    null as SearchResults | null,
  );
}

export function resultCount(r: SearchResults): number {
  return r.notes.length + r.articles.length + r.entities.length;
}

export function SearchResultsView({
  query,
  results,
  meetingHref,
  entityHref,
  target,
}: {
  query: string;
  results: SearchResults;
  meetingHref(id: string): string;
  entityHref(key: string): string;
  /** `_blank` from the popup, where a link opens the dashboard. */
  target?: '_blank';
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const count = resultCount(results);
  const rel = target ? 'noreferrer' : undefined;
  return (
    <section class="search-results" aria-labelledby="search-results-heading" data-testid="search-results">
      <h2 id="search-results-heading" class="visually-hidden">
        {t('search.label')}
      </h2>
      {count === 0 ? <p class="muted">{t('search.none', { query })}</p> : null}
      {results.entities.length > 0 ? (
        <div class="result-group">
          <h3>{t('search.entities')}</h3>
          <ul class="chips">
            {results.entities.slice(0, SHOWN_PER_KIND).map((e) => (
              <li key={e.key}>
                <a class={`chip chip-${e.type}`} href={entityHref(e.key)} target={target} rel={rel}>
                  {entityLabel(e.key, i18n, e.labels[0])}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {results.notes.length > 0 ? (
        <div class="result-group">
          <h3>{t('search.notes')}</h3>
          <ul class="results">
            {results.notes.slice(0, SHOWN_PER_KIND).map((n) => (
              <li key={n.id} data-testid="note-hit">
                {n.meetingId ? (
                  <a href={meetingHref(n.meetingId)} target={target} rel={rel}>
                    <q>{n.quote}</q>
                  </a>
                ) : (
                  <q>{n.quote}</q>
                )}
                {n.comment ? <p class="comment">{n.comment}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {results.articles.length > 0 ? (
        <div class="result-group">
          <h3>{t('search.articles')}</h3>
          <ul class="results">
            {results.articles.slice(0, SHOWN_PER_KIND).map((a) => (
              <li key={a.id} data-testid="article-hit">
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.title}
                </a>
                <MetaLine items={[a.siteName, a.published && i18n.date(a.published)]} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The live region: says how many results there are whenever the query or the results change. */
export function SearchAnnouncer({ results }: { results: SearchResults | null }) {
  const { t } = useI18n();
  return (
    <p class="visually-hidden" role="status" aria-live="polite" data-testid="search-status">
      {results ? t('search.results', { count: resultCount(results) }) : ''}
    </p>
  );
}
