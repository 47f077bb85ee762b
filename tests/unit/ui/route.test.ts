import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from '../../../components/dashboard/route';

describe('dashboard routes', () => {
  it('round-trips every page through the hash, keys with colons and spaces included', () => {
    const routes: Route[] = [
      { page: 'timeline' },
      { page: 'meeting', id: '2f1c-44' },
      { page: 'entity', key: 'figure:227000000000 USD' },
      { page: 'entity', key: 'venue:samarkand' },
      { page: 'entities' },
      { page: 'backup' },
      { page: 'settings' },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });

  it('falls back to the timeline for anything unknown or incomplete', () => {
    expect(parseRoute('')).toEqual({ page: 'timeline' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'timeline' });
    expect(parseRoute('#/meeting/')).toEqual({ page: 'timeline' });
    expect(parseRoute('#/entity/')).toEqual({ page: 'entities' });
    expect(parseRoute('#/entity/%E0%A4%A')).toEqual({ page: 'entity', key: '%E0%A4%A' });
  });
});
