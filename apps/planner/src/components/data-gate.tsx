import type { ReactNode } from 'react';
import { useDataApi } from '../model/data-context.js';
import type { AppData } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Renders its child with the loaded data, or the loading / unavailable / error state. */
export function DataGate({ children }: { children: (data: AppData) => ReactNode }) {
  const { state } = useDataApi();
  const { t } = useI18n();
  switch (state.status) {
    case 'loading':
      return (
        <p className="muted" role="status">
          {t('planner.state.loading')}
        </p>
      );
    case 'error':
      return <p className="notice notice--error">{t('planner.state.error', { message: state.message })}</p>;
    case 'ready':
      return <>{children(state.data)}</>;
  }
}
