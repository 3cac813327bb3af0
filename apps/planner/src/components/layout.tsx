import { Link, Outlet, useNavigate, useSearch } from '@tanstack/react-router';
import type { ChangeEvent } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-context.js';
import type { UiLocale } from '../i18n/locale.js';
import { isUiLocale } from '../i18n/locale.js';

/** Language names in their own language (not translated). */
const LANGUAGES: ReadonlyArray<{ locale: UiLocale; label: string; lang: string }> = [
  { locale: 'en', label: 'English', lang: 'en' },
  { locale: 'ru', label: 'Русский', lang: 'ru' },
  { locale: 'kk', label: 'Қазақша', lang: 'kk' },
  { locale: 'kk-Latn', label: 'Qazaqşa (latyn)', lang: 'kk-Latn' },
];

function LanguageSwitch() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const onChange = (e: ChangeEvent<HTMLSelectElement>) => {
    const value = e.target.value;
    if (!isUiLocale(value)) return;
    void navigate({ to: '.', search: (prev) => ({ ...prev, lang: value === 'en' ? undefined : value }) });
  };
  return (
    <label className="lang-switch">
      <span>{t('planner.lang.label')}</span>
      <select value={locale} onChange={onChange}>
        {LANGUAGES.map((l) => (
          <option key={l.locale} value={l.locale} lang={l.lang}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Shell() {
  const { t } = useI18n();
  const nav = [
    { to: '/', label: t('planner.nav.overview'), exact: true },
    { to: '/country', label: t('planner.nav.country'), exact: false },
    { to: '/indicators', label: t('planner.nav.indicators'), exact: false },
    { to: '/compare', label: t('planner.nav.compare'), exact: false },
    { to: '/methodology', label: t('planner.nav.methodology'), exact: false },
    { to: '/initiatives', label: t('datasets.initiatives.planner.nav'), exact: false },
    { to: '/import', label: t('planner.nav.import'), exact: false },
    { to: '/plans', label: t('plan.nav.plans'), exact: false },
  ] as const;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('planner.app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <text x="16" y="20.5" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">DSC</text>
            </svg>
            <span className="brand__text">
              <span className="brand__title">{t('planner.app.title')}</span>
              <span className="brand__tagline">{t('planner.app.tagline')}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('planner.nav.label')}>
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeOptions={{ exact: item.exact, includeSearch: false }}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('planner.footer.about')}</p>
        <p>{t('planner.footer.sources')}</p>
      </footer>
    </>
  );
}

export function Layout() {
  const { lang } = useSearch({ from: '__root__' });
  return (
    <I18nProvider locale={lang ?? 'en'}>
      <Shell />
    </I18nProvider>
  );
}
