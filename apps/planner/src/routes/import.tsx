import { useI18n } from '../i18n/i18n-context.js';

export function ImportPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.import.title')}</h1>
      </div>
    </section>
  );
}
