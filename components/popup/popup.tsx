// The popup: the current page's status, search, filters and the timeline of saved meetings,
// export, and the way to the dashboard. Arabic first; every string comes from lib/i18n.

import { useEffect } from 'preact/hooks';
import { AppRoot, useI18n } from '../shared/app-context';
import { ExportButton } from '../shared/export-button';
import { dashboardUrl, entityUrl, meetingUrl } from '../shared/links';
import { SearchableTimeline } from '../timeline/searchable-timeline';
import { EmptyState } from './empty-state';
import { PageStatus } from './page-status';
import '../timeline/timeline.css';
import './popup.css';

const LINKS = { meeting: meetingUrl, entity: entityUrl, newTab: true };

export function Popup() {
  return (
    <AppRoot>
      <PopupBody />
    </AppRoot>
  );
}

function PopupBody() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <a href={dashboardUrl()} target="_blank" rel="noreferrer" data-testid="open-dashboard">
          {t('nav.openDashboard')}
        </a>
      </header>
      <main>
        <PageStatus meetingHref={meetingUrl} />
        <SearchableTimeline links={LINKS} emptyState={<EmptyState backupHref={dashboardUrl({ page: 'backup' })} />} />
      </main>
      <footer class="popup-footer">
        <ExportButton />
      </footer>
    </div>
  );
}
