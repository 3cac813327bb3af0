import type { I18nText, Locale } from '@dsc/domain';
import type { Translator } from '@dsc/i18n';
import {
  countryName,
  createTranslator,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  getMessages,
  pickText,
} from '@dsc/i18n';
import type { Run, Text } from './model.js';

/** What the section builders share: the language, its messages and its number and date formats. */
export type Writer = {
  readonly lang: Locale;
  readonly t: Translator['t'];
  /** A run in the report's language. */
  readonly run: (text: string, bold?: boolean) => Run;
  /** One paragraph's text in the report's language. */
  readonly line: (text: string) => Text;
  /** A number with at most `digits` decimals, written the way the language writes numbers. */
  readonly num: (value: number, digits?: number) => string;
  readonly pct: (ratio: number) => string;
  readonly date: (iso: string) => string;
  readonly list: (items: readonly string[]) => string;
  readonly country: (iso3: string) => string;
  /**
   * A catalogued text in the report's language, or Russian in a Kazakh report when it has no Kazakh; when only
   * English exists, a Russian or Kazakh report says that it is not available instead of printing English.
   */
  readonly text: (value: I18nText) => Run;
  /** A proper name: in the report's language when it has an official one there, otherwise as it is officially named. */
  readonly name: (value: I18nText) => Run;
};

export function writer(lang: Locale): Writer {
  const { t } = createTranslator(lang, getMessages(lang));
  const run = (text: string, bold?: boolean): Run => (bold ? { text, lang, bold } : { text, lang });
  return {
    lang,
    t,
    run,
    line: (text) => [run(text)],
    num: (value, digits = 1) => formatNumber(lang, value, { maximumFractionDigits: digits }),
    pct: (ratio) => formatPercent(lang, ratio, { maximumFractionDigits: 0 }),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(lang, iso, 'long') : iso),
    list: (items) => formatList(lang, items),
    country: (iso3) => countryName(lang, iso3) ?? iso3,
    text: (value) => {
      const picked = pickText(lang, value);
      if (picked.locale === 'en' && lang !== 'en') return { text: `(${t('report.notTranslated')})`, lang };
      return { text: picked.text, lang: picked.locale };
    },
    name: (value) => {
      const picked = pickText(lang, value);
      return { text: picked.text, lang: picked.locale };
    },
  };
}

/** The language tag of a proper name in its original language: Kazakh or Russian Cyrillic, otherwise unknown. */
export const originalLang = (text: string): string =>
  /[әғқңөұүһі]/iu.test(text) ? 'kk' : /[а-яё]/iu.test(text) ? 'ru' : 'und';
