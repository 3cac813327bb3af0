import { useI18n } from '../i18n/i18n-context.js';

export function ComparePage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.compare.title')}</h1>
      </div>
    </section>
  );
}
