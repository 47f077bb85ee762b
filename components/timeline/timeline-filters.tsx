// Filters of the timeline: year, kind, participant, venue. Native selects: keyboard and screen
// readers know them, and they fit the popup's width.

import type { Facets, TimelineFilter } from '../../lib/db/queries';
import type { MeetingKind } from '../../lib/extract/types';
import { leaderName, venueName } from '../../lib/i18n/names';
import { useI18n } from '../shared/app-context';
import { hasFilters } from './timeline-model';

const ANY = '';

export function TimelineFiltersForm({
  options,
  value,
  onChange,
}: {
  /** null while the store is asked: the menus are drawn at once (nothing moves when they fill in). */
  options: Facets | null;
  value: TimelineFilter;
  onChange(next: TimelineFilter): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const yearValue = value.year === undefined ? ANY : String(value.year);
  const o: Facets = options ?? { years: [], kinds: [], participants: [], venues: [] };
  return (
    <fieldset class="filters" data-testid="filters">
      <legend class="visually-hidden">{t('filter.label')}</legend>
      <label>
        <span>{t('filter.year')}</span>
        <select
          disabled={options === null}
          data-testid="filter-year"
          value={yearValue}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...value, year: v === ANY ? undefined : Number(v) });
          }}
        >
          <option value={ANY}>{t('filter.anyYear')}</option>
          {o.years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.kind')}</span>
        <select
          disabled={options === null}
          data-testid="filter-kind"
          value={value.kind ?? ANY}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...value, kind: v === ANY ? undefined : (v as MeetingKind) });
          }}
        >
          <option value={ANY}>{t('filter.anyKind')}</option>
          {o.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.participant')}</span>
        <select
          disabled={options === null}
          data-testid="filter-participant"
          value={value.participant ?? ANY}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...value, participant: v === ANY ? undefined : v });
          }}
        >
          <option value={ANY}>{t('filter.anyParticipant')}</option>
          {o.participants.map((p) => (
            <option key={p} value={p}>
              {leaderName(p, i18n.language, o.written?.[`leader:${p}`])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.venue')}</span>
        <select
          disabled={options === null}
          data-testid="filter-venue"
          value={value.venue ?? ANY}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...value, venue: v === ANY ? undefined : v });
          }}
        >
          <option value={ANY}>{t('filter.anyVenue')}</option>
          {o.venues.map((v) => (
            <option key={v} value={v}>
              {venueName(v, i18n.language, t('venue.virtual'), o.written?.[`venue:${v}`])}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(value) ? (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          {t('filter.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
