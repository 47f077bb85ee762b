// The reader's preferences, kept as one row of the `settings` table. Stored values are merged over
// the defaults on every read, so a setting added later has a value in an older store too.

import type { MentionType } from '../extract/types';
import { siteOfHost } from '../url/canonical-url';
import type { QimmaDB } from './schema';

export interface SiteSettings {
  autoSave?: boolean;
  highlights?: boolean;
}

export interface Settings {
  /** Save detected coverage without being asked (per-site switches in `sites` win). */
  autoSave: boolean;
  /** Per host (`www.` dropped), e.g. `aljazeera.net`. */
  sites: Record<string, SiteSettings>;
  highlightKinds: Record<MentionType, boolean>;
  colours?: Partial<Record<MentionType, string>>;
  language: 'ar' | 'en';
}

export type SettingsPatch = Partial<Omit<Settings, 'sites' | 'highlightKinds'>> & {
  /** A site set to null forgets its switches. */
  sites?: Record<string, SiteSettings | null>;
  highlightKinds?: Partial<Record<MentionType, boolean>>;
};

export const SETTINGS_KEY = 'settings';

export function defaultSettings(): Settings {
  return {
    autoSave: true,
    sites: {},
    highlightKinds: { leader: true, venue: true, date: true, figure: true },
    language: 'ar',
  };
}

/** Applies a patch: nested records (`sites`, `highlightKinds`, `colours`) merge key by key. */
export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  const sites: Record<string, SiteSettings> = { ...base.sites };
  for (const [host, site] of Object.entries(patch.sites ?? {})) {
    const key = siteKey(host);
    if (site === null) delete sites[key];
    else sites[key] = { ...sites[key], ...site };
  }
  const merged: Settings = {
    autoSave: patch.autoSave ?? base.autoSave,
    sites,
    highlightKinds: { ...base.highlightKinds, ...patch.highlightKinds },
    language: patch.language ?? base.language,
  };
  const colours = patch.colours === undefined ? base.colours : { ...base.colours, ...patch.colours };
  if (colours && Object.keys(colours).length > 0) merged.colours = colours;
  return merged;
}

/** The key of a site in `sites`: the host name, lower case, without `www.`/`m.`/`amp.`. */
export const siteKey = siteOfHost;

/** Whether detected coverage on this host may be saved without the reader asking. */
export function autoSaveAllowed(settings: Settings, host: string): boolean {
  return settings.sites[siteKey(host)]?.autoSave ?? settings.autoSave;
}

export async function getSettings(db: QimmaDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return mergeSettings(defaultSettings(), (row?.value ?? {}) as SettingsPatch);
}

export async function setSettings(db: QimmaDB, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = mergeSettings(await getSettings(db), patch);
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}
