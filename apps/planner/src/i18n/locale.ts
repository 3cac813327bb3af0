import type { DisplayLocale } from '@dsc/i18n';

/** UI languages: English, Russian, Kazakh (Cyrillic) and the Kazakh Latin display variant (2021 alphabet). */
export const uiLocales = ['en', 'ru', 'kk', 'kk-Latn'] as const satisfies readonly DisplayLocale[];
export type UiLocale = (typeof uiLocales)[number];

export const isUiLocale = (v: unknown): v is UiLocale => typeof v === 'string' && (uiLocales as readonly string[]).includes(v);
