// The dashboard (a full tab): the timeline with search and filters, a page per meeting and per
// entity, notes with editing and undo, backup (export / import) and settings. Pages are addressed
// by the URL hash (route.ts), so the popup links straight to them.

import { useEffect } from 'preact/hooks';
import { AppRoot, useI18n } from '../shared/app-context';
import { BackupPage } from './backup-page';
import { EntitiesPage } from './entities-page';
import { EntityPage } from './entity-page';
import { MeetingPage } from './meeting-page';
import type { Route } from './route';
import { SettingsPage } from './settings-page';
import { TimelinePage } from './timeline-page';
import { UndoProvider } from './undo';
import { useRoute } from './use-route';
import '../timeline/timeline.css';
import './dashboard.css';

export function Dashboard() {
  return (
    <AppRoot>
      <UndoProvider>
        <DashboardBody />
      </UndoProvider>
    </AppRoot>
  );
}

const NAV: Array<{
  page: Route['page'];
  href: string;
  label: 'nav.timeline' | 'nav.entities' | 'nav.backup' | 'nav.settings';
}> = [
  { page: 'timeline', href: '#/', label: 'nav.timeline' },
  { page: 'entities', href: '#/entities', label: 'nav.entities' },
  { page: 'backup', href: '#/backup', label: 'nav.backup' },
  { page: 'settings', href: '#/settings', label: 'nav.settings' },
];

function DashboardBody() {
  const { t } = useI18n();
  const route = useRoute();
  useEffect(() => {
    document.title = `${t('app.name')} — ${t('nav.dashboard')}`;
  }, [t]);
  const section = route.page === 'meeting' ? 'timeline' : route.page === 'entity' ? 'entities' : route.page;
  return (
    <div class="dashboard">
      <header class="dash-header">
        <div class="brand">
          <span class="brand-name">{t('app.name')}</span>
          <span class="muted">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a href={item.href} aria-current={section === item.page ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="content">
        <Page route={route} />
      </main>
    </div>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'entity':
      return <EntityPage key={route.key} entityKey={route.key} />;
    case 'entities':
      return <EntitiesPage />;
    case 'backup':
      return <BackupPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <TimelinePage />;
  }
}
