// Shapes of the UI string catalogue.
//
// Why a catalogue of our own and not `browser.i18n` / `@wxt-dev/i18n`: both read the browser's UI
// language once and cannot switch at run time, while Qimma lets the reader pick Arabic or English
// in its settings and expects the popup and dashboard to flip at once. So the manifest strings
// (name, description) stay in `public/_locales/` for the browser, and every UI string lives here,
// typed, pure, driven by the `language` setting.

export type Language = 'ar' | 'en';

export const LANGUAGES: readonly Language[] = ['ar', 'en'];

/**
 * Plural forms chosen with `Intl.PluralRules` (Arabic has six: zero, one, two, few 3–10,
 * many 11–99, other 100+). `other` is required; missing forms fall back to it.
 */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message: plain text or plural forms; `{name}` placeholders are filled from the parameters. */
export type Entry = string | PluralForms;

export type Catalogue = Record<string, Entry>;

export function textDirection(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'ar' || value === 'en';
}
