// The Arabic and English catalogues must stay twins: same keys, same placeholders, plural entries
// on the same keys — a string added in one language only would show a raw key to some readers.

import { describe, expect, it } from 'vitest';
import { ar } from '../../../lib/i18n/ar';
import { en } from '../../../lib/i18n/en';
import type { Entry } from '../../../lib/i18n/types';

function placeholders(entry: Entry): string[] {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry).filter((x): x is string => !!x);
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/\{(\w+)\}/g)) names.add(m[1] as string);
  return [...names].sort();
}

describe('UI catalogues', () => {
  const arKeys = Object.keys(ar).sort();
  const enKeys = Object.keys(en).sort();

  it('have the same keys', () => {
    expect(enKeys).toEqual(arKeys);
  });

  it.each(arKeys)('%s: same placeholders and shape in both languages', (key) => {
    const a = ar[key as keyof typeof ar] as Entry;
    const e = en[key as keyof typeof en];
    expect(typeof e).toBe(typeof a);
    // A plural entry may omit `{count}` in a form that spells the number out (`لقاء واحد`).
    const withoutCount = (p: string[]) => (typeof a === 'string' ? p : p.filter((x) => x !== 'count'));
    expect(withoutCount(placeholders(e))).toEqual(withoutCount(placeholders(a)));
  });

  it('writes Arabic in the Arabic catalogue and no Arabic in the English one (bar language names)', () => {
    const arabic = /[\u0600-\u06FF]/;
    for (const [key, entry] of Object.entries(ar)) {
      const text = typeof entry === 'string' ? entry : entry.other;
      if (key !== 'settings.language.en') expect(text, key).toMatch(arabic);
    }
    for (const [key, entry] of Object.entries(en)) {
      const text = typeof entry === 'string' ? entry : entry.other;
      if (key !== 'settings.language.ar') expect(text, key).not.toMatch(arabic);
    }
  });
});
