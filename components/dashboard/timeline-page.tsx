// The dashboard's first page: the whole timeline with search and filters.

import { useI18n } from '../shared/app-context';
import { SearchableTimeline } from '../timeline/searchable-timeline';

const LINKS = {
  meeting: (id: string) => `#/meeting/${encodeURIComponent(id)}`,
  entity: (key: string) => `#/entity/${encodeURIComponent(key)}`,
  newTab: false,
};

export function TimelinePage() {
  const { t } = useI18n();
  return (
    <SearchableTimeline
      links={LINKS}
      headingLevel={1}
      emptyState={
        <section data-testid="empty">
          <h1 tabIndex={-1}>{t('empty.title')}</h1>
          <p>{t('empty.body')}</p>
          <ol>
            <li>{t('empty.step1')}</li>
            <li>{t('empty.step2')}</li>
            <li>{t('empty.step3')}</li>
          </ol>
          <p>
            <a href="#/backup">{t('empty.importHere')}</a>
          </p>
        </section>
      }
    />
  );
}
