import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/i18n-context.js';

/** Shown when a screen fails to render: the message, and a way back. The rest of the app keeps working. */
export function RouteError({ error }: ErrorComponentProps) {
  const { t } = useI18n();
  return (
    <section>
      <p className="notice notice--error" role="alert">
        {t('planner.state.error', { message: error instanceof Error ? error.message : String(error) })}
      </p>
      <p>
        <Link to="/">{t('planner.state.backHome')}</Link>
      </p>
    </section>
  );
}
