import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT builds every browser target from the same entrypoints; the manifest asks for the least the
// product needs (each permission is explained in README.md, "Permissions").
export default defineConfig({
  // Explicit imports everywhere: auto-imports would let the Dexie module slip into the content
  // script, where IndexedDB belongs to the news site, not to the extension.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    // Keyboard shortcuts; the background forwards each to the page (adapters/page-actions.ts).
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdAddNote__' },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSavePage__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'qimma@qimma.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});
