import { useI18n } from '../i18n/i18n-context.js';

export function CountryIndexPage() {
  const { t } = useI18n();
  return <h1>{t('planner.country.title')}</h1>;
}
export function CountryPage() {
  const { t } = useI18n();
  return <h1>{t('planner.country.title')}</h1>;
}
