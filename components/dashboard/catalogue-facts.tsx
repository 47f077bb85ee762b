// What the bundled catalogue of known Putin–Xi meetings (public record) says about this meeting.

import { useI18n } from '../shared/app-context';

export function CatalogueFacts({ catalogueId }: { catalogueId: string | null }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="catalogue-heading" class="catalogue card">
      <h2 id="catalogue-heading">{t('page.catalogue')}</h2>
      {catalogueId === null ? <p class="muted">{t('page.catalogueNone')}</p> : <p>{catalogueId}</p>}
    </section>
  );
}
