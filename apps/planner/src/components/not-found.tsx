import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/i18n-context.js';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('planner.state.notFound')}</h1>
      <p>
        <Link to="/">{t('planner.state.backHome')}</Link>
      </p>
    </section>
  );
}
