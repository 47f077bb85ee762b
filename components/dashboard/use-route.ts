// The current dashboard route, following the URL hash.

import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(location.hash));
      // A new page: put keyboard and screen-reader focus on its heading, as a page load would.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
    };
    addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this effect: catch up.
    setRoute(parseRoute(location.hash));
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
