// The builds are loadable and ask for no more than the product needs.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, ROOT } from './harness/paths';

const read = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

describe('manifest', () => {
  it('Chrome MV3 declares the service worker, the content script and the popup', () => {
    const m = read(CHROME_BUILD);
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBe('background.js');
    expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts[0].js).toEqual(['content-scripts/content.js']);
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.default_locale).toBe('ar');
  });

  it('asks for the least privilege: no tabs, no history, no host permissions beyond the content script', () => {
    const m = read(CHROME_BUILD);
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions ?? []).toEqual([]);
  });

  it('Firefox build has a gecko id and the same permissions', () => {
    const m = read(`${ROOT}.output/firefox-mv2`);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.background.scripts ?? m.background.service_worker).toBeTruthy();
    expect(m.permissions).toEqual(expect.arrayContaining(['storage', 'unlimitedStorage', 'contextMenus']));
  });
});
