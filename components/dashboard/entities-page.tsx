// Every leader, venue, date and figure in the reader's record, each leading to its entity page.

import { db } from '../../adapters/db';
import { entitiesOfType } from '../../lib/db/entity-list';
import type { EntityRecord } from '../../lib/db/schema';
import type { MentionType } from '../../lib/extract/types';
import { parseFigureKey } from '../../lib/i18n/figures';
import { useI18n } from '../shared/app-context';
import { entityLabel } from '../shared/entity-label';
import { useLiveQuery } from '../use-live-query';

const TYPES: MentionType[] = ['leader', 'venue', 'date', 'figure'];

type Labelled = { key: string; label: string; order: number | string };

export function EntitiesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const groups = useLiveQuery(
    () => Promise.all(TYPES.map((type) => entitiesOfType(db, type))),
    [],
    null as EntityRecord[][] | null,
  );
  return (
    <section class="entities-page" aria-labelledby="entities-heading">
      <h1 id="entities-heading" tabIndex={-1}>
        {t('entity.list')}
      </h1>
      {groups === null ? <p class="muted">…</p> : null}
      {groups?.map((list, i) => {
        const type = TYPES[i] as MentionType;
        if (list.length === 0) return null;
        const items: Labelled[] = list.map((e) => {
          const label = entityLabel(e.key, i18n, e.labels[0]);
          return {
            key: e.key,
            label,
            order: type === 'figure' ? (parseFigureKey(e.key)?.value ?? 0) : type === 'date' ? e.key : label,
          };
        });
        items.sort((a, b) =>
          type === 'figure'
            ? (b.order as number) - (a.order as number)
            : type === 'date'
              ? String(b.order).localeCompare(String(a.order))
              : String(a.order).localeCompare(String(b.order), i18n.language),
        );
        return (
          <section key={type} aria-labelledby={`entities-${type}`}>
            <h2 id={`entities-${type}`}>
              {t(`type.${type}`)} <span class="muted">({i18n.number(items.length)})</span>
            </h2>
            <ul class="chips">
              {items.map((e) => (
                <li key={e.key}>
                  <a class={`chip chip-${type}`} href={`#/entity/${encodeURIComponent(e.key)}`}>
                    {e.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
