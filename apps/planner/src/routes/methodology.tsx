import { useI18n } from '../i18n/i18n-context.js';

export function MethodologyPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.methodology.title')}</h1>
      </div>
    </section>
  );
}
