// A cross-reference key (`leader:putin`, `venue:samarkand`, `date:2022-09-15`,
// `figure:227000000000 USD`) as the reader's language names it.

import { parseFigureKey } from '../../lib/i18n/figures';
import { leaderName, venueName } from '../../lib/i18n/names';
import type { Translator } from '../../lib/i18n/translate';

export type KeyType = 'leader' | 'venue' | 'date' | 'figure';

export function keyType(key: string): KeyType | null {
  const type = key.slice(0, key.indexOf(':'));
  return type === 'leader' || type === 'venue' || type === 'date' || type === 'figure' ? type : null;
}

/**
 * `written`: the entity as an article wrote it (the store keeps the surface forms of every key),
 * shown for a leader or venue the gazetteer does not know.
 */
export function entityLabel(key: string, i18n: Translator, written?: string | null): string {
  const value = key.slice(key.indexOf(':') + 1);
  switch (keyType(key)) {
    case 'leader':
      return leaderName(value, i18n.language, written);
    case 'venue':
      return venueName(value, i18n.language, i18n.t('venue.virtual'), written);
    case 'date':
      return i18n.date(value);
    case 'figure': {
      const f = parseFigureKey(key);
      return f ? i18n.figure(f.value, f.unit) : value;
    }
    default:
      return key;
  }
}
