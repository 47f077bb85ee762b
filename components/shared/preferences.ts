// The reader's language and theme as the extension pages need them on first paint. The language is
// a stored setting (the background owns it; `settings:set` changes it); it is mirrored in
// localStorage so that a page opens straight in the right language and direction instead of
// flashing Arabic before the database answers. The theme is a display preference of these pages
// only, so it lives in localStorage alone (shared by popup and dashboard: same extension origin).

import { isLanguage, type Language } from '../../lib/i18n/types';

const LANGUAGE_KEY = 'qimma.language';
const THEME_KEY = 'qimma.theme';

export type ThemeChoice = 'system' | 'light' | 'dark';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function cachedLanguage(): Language {
  const value = storage()?.getItem(LANGUAGE_KEY);
  return isLanguage(value) ? value : 'ar';
}

export function cacheLanguage(language: Language): void {
  storage()?.setItem(LANGUAGE_KEY, language);
}

export function storedTheme(): ThemeChoice {
  const value = storage()?.getItem(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function storeTheme(theme: ThemeChoice): void {
  storage()?.setItem(THEME_KEY, theme);
}

/** Puts language, direction and theme on the root element, where the CSS reads them. */
export function applyToDocument(doc: Document, language: Language, theme: ThemeChoice): void {
  const root = doc.documentElement;
  root.lang = language;
  root.dir = language === 'ar' ? 'rtl' : 'ltr';
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
