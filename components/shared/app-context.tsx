// What every extension page shares: the translator for the reader's language, the settings (live
// from the database) and the theme. Changing the language re-renders the whole page in the other
// language and flips its direction, with no reload.

import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { db } from '../../adapters/db';
import { send } from '../../adapters/messaging';
import { getSettings, mergeSettings, type Settings, type SettingsPatch } from '../../lib/db/settings';
import { type Translator, translator } from '../../lib/i18n/translate';
import { useLiveQuery } from '../use-live-query';
import {
  applyToDocument,
  cachedLanguage,
  cacheLanguage,
  storedTheme,
  storeTheme,
  type ThemeChoice,
} from './preferences';

export interface AppContextValue {
  i18n: Translator;
  /** null until the database has answered. */
  settings: Settings | null;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  theme: ThemeChoice;
  setTheme(theme: ThemeChoice): void;
}

const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() outside <AppRoot>');
  return value;
}

export function useI18n(): Translator {
  return useApp().i18n;
}

export function AppRoot({ children }: { children: ComponentChildren }) {
  const stored = useLiveQuery(() => getSettings(db), [], null as Settings | null);
  // A change shows at once (a radio button must not spring back while the background saves it);
  // the stored settings replace the guess as soon as they arrive.
  const [pending, setPending] = useState<SettingsPatch | null>(null);
  useEffect(() => setPending(null), [stored]);
  const settings = useMemo(() => (stored && pending ? mergeSettings(stored, pending) : stored), [stored, pending]);
  const [theme, setThemeState] = useState<ThemeChoice>(storedTheme);
  const language = settings?.language ?? cachedLanguage();

  useLayoutEffect(() => {
    applyToDocument(document, language, theme);
    cacheLanguage(language);
  }, [language, theme]);

  const setTheme = useCallback((next: ThemeChoice) => {
    storeTheme(next);
    setThemeState(next);
  }, []);
  const updateSettings = useCallback((patch: SettingsPatch) => {
    setPending((p) => ({ ...p, ...patch }));
    return send<'settings:set'>({ type: 'settings:set', patch: patch as never }).catch((error: unknown) => {
      setPending(null);
      throw error;
    });
  }, []);

  const value = useMemo<AppContextValue>(
    () => ({ i18n: translator(language), settings, updateSettings, theme, setTheme }),
    [language, settings, updateSettings, theme, setTheme],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
