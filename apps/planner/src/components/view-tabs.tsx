import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/i18n-context.js';

/** View switcher (map / chart / table …) whose state lives in the `tab` search parameter. */
export type ViewTab = 'map' | 'chart' | 'table' | 'bars' | 'radar';

export function ViewTabs<T extends ViewTab>({
  tabs,
  current,
  fallback,
}: {
  tabs: ReadonlyArray<{ id: T; label: string }>;
  current: T | undefined;
  fallback: T;
}) {
  const { t } = useI18n();
  const active = current ?? fallback;
  return (
    <nav className="tabs" aria-label={t('planner.view.label')}>
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          to="."
          search={(prev) => ({ ...prev, tab: tab.id === fallback ? undefined : tab.id })}
          aria-current={tab.id === active ? 'true' : undefined}
          replace
          resetScroll={false}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
