import { catalogLocale, createTranslator, loadMessages, toKazakhLatin } from '@dsc/i18n';
import type { Locale, Messages, Translator } from '@dsc/i18n';
import { createContext, use, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Formatters } from './formatters.js';
import { makeFormatters } from './formatters.js';
import type { UiLocale } from './locale.js';

/** A text in the three working languages (the shape of @dsc/domain's I18nText). */
export interface LocalisedText {
  en: string;
  ru?: string | undefined;
  kk?: string | undefined;
}

export interface I18n {
  locale: UiLocale;
  base: Locale;
  t: Translator['t'];
  /** Picks the text of the UI language, falling back to English when a translation is missing. */
  text: (value: LocalisedText | undefined) => string;
  fmt: Formatters;
  /** Applies the display variant (Kazakh Latin) to text that does not come from the catalogue. */
  display: (s: string) => string;
}

export function makeI18n(locale: UiLocale, messages: Messages): I18n {
  const translator = createTranslator(locale, messages);
  const base = translator.locale;
  const display = locale === 'kk-Latn' ? toKazakhLatin : (s: string) => s;
  return {
    locale,
    base,
    t: translator.t,
    display,
    fmt: makeFormatters(base, display),
    text: (value) => (value === undefined ? '' : display(value[base] ?? value.en)),
  };
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** Loads the catalogue of the UI language (one chunk per language) and provides `t` and the formatters. */
export function I18nProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  const base = catalogLocale(locale);
  const [loaded, setLoaded] = useState<{ base: Locale; messages: Messages } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadMessages(base).then((messages) => {
      if (live) setLoaded({ base, messages });
    });
    return () => {
      live = false;
    };
  }, [base]);
  // Until the requested catalogue arrives, keep showing the previous language consistently.
  const effective: UiLocale | undefined = loaded === undefined ? undefined : loaded.base === base ? locale : loaded.base;
  const value = useMemo(
    () => (loaded && effective ? makeI18n(effective, loaded.messages) : undefined),
    [effective, loaded],
  );
  useEffect(() => {
    if (!value) return;
    document.documentElement.lang = value.locale;
    document.title = value.t('planner.app.title');
  }, [value]);
  if (!value) return null;
  return <I18nContext value={value}>{children}</I18nContext>;
}

export const useI18n = (): I18n => {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
};
