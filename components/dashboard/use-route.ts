// The current dashboard route, following the URL hash.

import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  // Set by a navigation, taken by the effect after the new page has rendered.
  const focusHeading = useRef(false);
  useEffect(() => {
    const onChange = () => {
      focusHeading.current = true;
      setRoute(parseRoute(location.hash));
    };
    addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this effect: catch up.
    setRoute(parseRoute(location.hash));
    return () => removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => {
    // A new page: put keyboard and screen-reader focus on its heading, as a page load would —
    // once the page is rendered (a frame's timer could still find the old page's heading, or
    // take the focus back from a reader who has already tabbed on).
    if (!focusHeading.current) return;
    focusHeading.current = false;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [route]);
  return route;
}
