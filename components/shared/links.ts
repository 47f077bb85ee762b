// Addresses of the dashboard's pages, for links from the popup (a new tab) and inside the dashboard.

import { browser } from 'wxt/browser';
import { type Route, routeHash } from '../dashboard/route';

export function dashboardUrl(route: Route = { page: 'timeline' }): string {
  return `${browser.runtime.getURL('/dashboard.html')}${routeHash(route)}`;
}

export const meetingUrl = (id: string) => dashboardUrl({ page: 'meeting', id });
export const entityUrl = (key: string) => dashboardUrl({ page: 'entity', key });
