// Settings: language (switches the whole UI at once), theme, auto-save, per-site switches, which
// kinds are highlighted on pages and in which colour. Each change is saved as made.

import { useState } from 'preact/hooks';
import type { SettingsPatch } from '../../lib/db/settings';
import type { MentionType } from '../../lib/extract/types';
import type { Language } from '../../lib/i18n/types';
import { useApp } from '../shared/app-context';
import type { ThemeChoice } from '../shared/preferences';

const KINDS: MentionType[] = ['leader', 'venue', 'date', 'figure'];
/** Shown in the colour pickers when the reader has not chosen one (the page's own defaults). */
const DEFAULT_COLOURS: Record<MentionType, string> = {
  leader: '#ffc400',
  venue: '#00aa8c',
  date: '#508cff',
  figure: '#e650a0',
};
const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];
const LANGUAGES: Language[] = ['ar', 'en'];

export function SettingsPage() {
  const { i18n, settings, updateSettings, theme, setTheme } = useApp();
  const { t } = i18n;
  const [newSite, setNewSite] = useState('');
  const [status, setStatus] = useState<string>('');

  const apply = (patch: SettingsPatch) => {
    updateSettings(patch).then(
      () => setStatus(t('settings.saved')),
      (e: unknown) => setStatus(t('action.failed', { reason: e instanceof Error ? e.message : String(e) })),
    );
  };

  if (!settings) return <p class="muted">…</p>;
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const addSite = () => {
    const host = newSite
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!host) return;
    apply({ sites: { [host]: { autoSave: false } } });
    setNewSite('');
  };

  return (
    <section class="settings-page" aria-labelledby="settings-heading">
      <h1 id="settings-heading" tabIndex={-1}>
        {t('settings.heading')}
      </h1>

      <fieldset class="card">
        <legend>{t('settings.language')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} class="check">
            <input
              type="radio"
              name="language"
              value={lang}
              data-testid={`language-${lang}`}
              checked={settings.language === lang}
              onChange={() => apply({ language: lang })}
            />
            {/* Each language names itself in itself; its own direction, the page's alignment. */}
            <bdi lang={lang}>{t(`settings.language.${lang}`)}</bdi>
          </label>
        ))}
      </fieldset>

      <fieldset class="card">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((choice) => (
          <label key={choice} class="check">
            <input
              type="radio"
              name="theme"
              value={choice}
              data-testid={`theme-${choice}`}
              checked={theme === choice}
              onChange={() => setTheme(choice)}
            />
            <span>{t(`settings.theme.${choice}`)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class="card">
        <legend>{t('settings.highlights')}</legend>
        <label class="check">
          <input
            type="checkbox"
            data-testid="auto-save"
            checked={settings.autoSave}
            onChange={(e) => apply({ autoSave: e.currentTarget.checked })}
          />
          <span>{t('settings.autoSave')}</span>
        </label>
        {KINDS.map((kind) => (
          <div key={kind} class="kind-setting">
            <label class="check">
              <input
                type="checkbox"
                checked={settings.highlightKinds[kind]}
                onChange={(e) => apply({ highlightKinds: { [kind]: e.currentTarget.checked } })}
              />
              <span>{t(`type.${kind}`)}</span>
            </label>
            <label class="colour">
              <span class="visually-hidden">{t('settings.colour', { kind: t(`type.${kind}`) })}</span>
              <input
                type="color"
                value={settings.colours?.[kind] ?? DEFAULT_COLOURS[kind]}
                onChange={(e) => apply({ colours: { [kind]: e.currentTarget.value } })}
              />
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset class="card">
        <legend>{t('settings.sites')}</legend>
        <p class="muted">{t('settings.sitesHint')}</p>
        {sites.length === 0 ? <p class="muted">{t('settings.sitesNone')}</p> : null}
        {sites.length > 0 ? (
          <table class="sites">
            <thead>
              <tr>
                <th scope="col">{t('settings.siteHost')}</th>
                <th scope="col">{t('settings.siteAutoSave')}</th>
                <th scope="col">{t('settings.siteHighlights')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('note.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.map(([host, site]) => (
                <tr key={host}>
                  <th scope="row" dir="ltr">
                    {host}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('settings.siteAutoSave')} — ${host}`}
                      checked={site.autoSave ?? settings.autoSave}
                      onChange={(e) => apply({ sites: { [host]: { autoSave: e.currentTarget.checked } } })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('settings.siteHighlights')} — ${host}`}
                      checked={site.highlights ?? true}
                      onChange={(e) => apply({ sites: { [host]: { highlights: e.currentTarget.checked } } })}
                    />
                  </td>
                  <td>
                    <button type="button" class="danger" onClick={() => apply({ sites: { [host]: null } })}>
                      {t('settings.siteRemove', { host })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <form
          class="add-site"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <label>
            <span>{t('settings.siteHost')}</span>
            <input
              type="text"
              dir="ltr"
              value={newSite}
              placeholder="example.com"
              onInput={(e) => setNewSite(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('settings.siteAdd')}</button>
        </form>
      </fieldset>

      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </section>
  );
}
