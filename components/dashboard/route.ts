// The dashboard's pages, addressed by the URL hash so that the popup can link straight to a meeting
// or an entity, the browser's back button works, and a reload keeps the page.

export type Route =
  | { page: 'timeline' }
  | { page: 'meeting'; id: string }
  | { page: 'entity'; key: string }
  | { page: 'entities' }
  | { page: 'backup' }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  const arg = rest.length > 0 ? safeDecode(rest.join('/')) : '';
  switch (head) {
    case 'meeting':
      return arg ? { page: 'meeting', id: arg } : { page: 'timeline' };
    case 'entity':
      return arg ? { page: 'entity', key: arg } : { page: 'entities' };
    case 'entities':
      return { page: 'entities' };
    case 'backup':
      return { page: 'backup' };
    case 'settings':
      return { page: 'settings' };
    default:
      return { page: 'timeline' };
  }
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'meeting':
      return `#/meeting/${encodeURIComponent(route.id)}`;
    case 'entity':
      return `#/entity/${encodeURIComponent(route.key)}`;
    case 'timeline':
      return '#/';
    default:
      return `#/${route.page}`;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
