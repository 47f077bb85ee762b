// Search, filters and the timeline together, as the popup and the dashboard's first page show
// them. Search narrows the timeline to the meetings it found and lists the notes, articles and
// names that matched; filters narrow it by year, kind, participant and venue.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { type Facets, type TimelineFilter, timeline, timelineFacets } from '../../lib/db/queries';
import type { MeetingRecord } from '../../lib/db/schema';
import { useI18n } from '../shared/app-context';
import { SearchAnnouncer, SearchBox, SearchResultsView, useDebounced, useSearch } from '../shared/search';
import { useLiveQuery } from '../use-live-query';
import { Timeline } from './timeline';
import { cachedTimeline, rememberTimeline } from './timeline-cache';
import { TimelineFiltersForm } from './timeline-filters';
import { hasFilters, keepOnly } from './timeline-model';

export interface Links {
  meeting(id: string): string;
  entity(key: string): string;
  /** Links open a new tab (from the popup). */
  newTab: boolean;
}

export function SearchableTimeline({
  links,
  emptyState,
  headingLevel = 2,
}: {
  links: Links;
  /** Shown instead of everything when the store has no meeting at all. */
  emptyState: preact.ComponentChildren;
  headingLevel?: 1 | 2;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<TimelineFilter>({});
  const [query, setQuery] = useState('');
  const settledQuery = useDebounced(query);
  const results = useSearch(settledQuery);
  const filterKey = JSON.stringify(filter);
  // Unfiltered, the last timeline seen paints at once while the live query reads the store.
  const [cached] = useState(cachedTimeline);
  const live = useLiveQuery(() => timeline(db, filter), [filterKey], null as MeetingRecord[] | null);
  const unfiltered = !hasFilters(filter);
  const meetings = live ?? (unfiltered ? cached : null);
  useEffect(() => {
    if (live && unfiltered) rememberTimeline(live, cached);
  }, [live, unfiltered, cached]);
  // The filter menus wait for the timeline: on opening, the meetings are what the reader came for.
  const loaded = meetings !== null;
  const facets = useLiveQuery(
    () => (loaded ? timelineFacets(db) : Promise.resolve(null)),
    [loaded],
    null as Facets | null,
  );
  const hits = useMemo(() => (results ? new Set(results.meetings.map((m) => m.id)) : null), [results]);
  const shown = useMemo(() => (meetings ? keepOnly(meetings, hits) : null), [meetings, hits]);

  if (meetings !== null && meetings.length === 0 && !hasFilters(filter)) return <>{emptyState}</>;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const target = links.newTab ? ('_blank' as const) : undefined;

  return (
    <>
      <SearchBox id="timeline-search" value={query} onInput={setQuery} />
      <SearchAnnouncer results={results} />
      {results && settledQuery ? (
        <SearchResultsView
          query={settledQuery}
          results={results}
          meetingHref={links.meeting}
          entityHref={links.entity}
          target={target}
        />
      ) : null}
      <section class="saved" aria-labelledby="timeline-heading">
        <div class="section-head">
          <Heading id="timeline-heading" tabIndex={-1}>
            {t('timeline.heading')}
          </Heading>
          {shown ? (
            <span class="muted" data-testid="timeline-count">
              {t('timeline.count', { count: shown.length })}
            </span>
          ) : null}
        </div>
        <TimelineFiltersForm options={facets} value={filter} onChange={setFilter} />
        {shown && shown.length === 0 ? <p class="muted">{t('timeline.noMatch')}</p> : null}
        {shown ? (
          <Timeline
            key={`${filterKey}\u0000${settledQuery ?? ''}`}
            meetings={shown}
            meetingHref={links.meeting}
            labelledBy="timeline-heading"
            newTab={links.newTab}
          />
        ) : null}
      </section>
    </>
  );
}
