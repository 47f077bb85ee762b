// What a new reader sees: what Qimma does, and how the first meeting gets here.

import { useI18n } from '../shared/app-context';

export function EmptyState({ backupHref }: { backupHref: string }) {
  const { t } = useI18n();
  return (
    <div class="empty-state" data-testid="empty">
      <p class="empty-title">{t('empty.title')}</p>
      <p>{t('empty.body')}</p>
      <ol>
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>{t('empty.step3')}</li>
      </ol>
      <p>
        <a href={backupHref} target="_blank" rel="noreferrer">
          {t('empty.import')}
        </a>
      </p>
    </div>
  );
}
