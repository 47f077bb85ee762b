// Hidden text on a live page: besides what the markup hides (`hidden`, inline display:none), what
// the site's stylesheets hide — collapsed menus, screen-reader copies of headlines, templates for
// "load more". The engine should not read what a reader cannot see, and a highlight there would
// be invisible anyway. Uses layout, so only in a browser; the command line uses the markup test.

import { isHiddenElement } from './text-map';

interface VisibilityCheck {
  checkVisibility?: (options?: Record<string, boolean>) => boolean;
}

/** Whether an element (whose ancestors are visible) is hidden by markup or by the page's CSS. */
export function isHiddenOnPage(el: Element): boolean {
  if (isHiddenElement(el)) return true;
  const check = (el as Element & VisibilityCheck).checkVisibility;
  if (typeof check !== 'function') return false;
  if (check.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
  // `display: contents` has no box of its own, yet its children are shown.
  const view = el.ownerDocument.defaultView;
  return view?.getComputedStyle(el).display !== 'contents';
}
