import { IntlMessageFormat } from 'intl-messageformat';
import type { Formatters } from 'intl-messageformat';
import { getDateTimeFormatter } from './format/date.js';
import { getNumberFormatter } from './format/number.js';
import { transliterateKazakh } from './transliterate.js';
import type { TransliterationOptions } from './transliterate.js';
import type { DisplayLocale, Locale, MessageKey, MessageValues, Messages } from './types.js';

/** `t(key)` for messages without placeholders, `t(key, values)` otherwise (values typed from English). */
export type TranslateArgs<K extends MessageKey> = [keyof MessageValues<K>] extends [never]
  ? [values?: Record<string, never>]
  : [values: MessageValues<K>];

export type Translator = {
  /** The catalogue locale (`kk` for `kk-Latn`). */
  readonly locale: Locale;
  /** The display variant requested. */
  readonly display: DisplayLocale;
  readonly messages: Messages;
  /** Formats a message; with `kk-Latn` the result is transliterated to the 2021 Latin alphabet. */
  readonly t: <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;
};

export type TranslatorOptions = {
  /** How `kk-Latn` treats the letters the 2021 alphabet does not cover. */
  readonly transliteration?: TransliterationOptions;
};

/** Catalogue locale of a display variant. */
export const catalogLocale = (display: DisplayLocale): Locale => (display === 'kk-Latn' ? 'kk' : display);

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Formatters handed to intl-messageformat so that `#` and `{n, number}` are right in Kazakh everywhere.
 * It asks for them on every `format`, so they are cached.
 */
const formattersFor = (locale: Locale): Formatters => ({
  getNumberFormat: (_locales, opts) => getNumberFormatter(locale, opts) as Intl.NumberFormat,
  getDateTimeFormat: (_locales, opts) => getDateTimeFormatter(locale, opts ?? {}) as Intl.DateTimeFormat,
  getPluralRules: (_locales, opts) => {
    const key = `${locale}|${opts?.type ?? 'cardinal'}|${opts ? JSON.stringify(opts) : ''}`;
    let rules = pluralRules.get(key);
    if (!rules) {
      rules = new Intl.PluralRules(locale, opts);
      pluralRules.set(key, rules);
    }
    return rules;
  },
});

/**
 * A translator over one catalogue. Compiled messages are cached. In the browser, pass the catalogue from
 * `loadMessages(locale)`; in Node, `getMessages(locale)`.
 *
 * @example
 * const { t } = createTranslator('ru', getMessages('ru'));
 * t('common.count.indicators', { count: 21 }); // "21 показатель"
 */
export const createTranslator = (display: DisplayLocale, messages: Messages, options: TranslatorOptions = {}): Translator => {
  const locale = catalogLocale(display);
  const formatters = formattersFor(locale);
  const compiled = new Map<string, IntlMessageFormat>();
  const compile = (key: MessageKey): IntlMessageFormat => {
    let message = compiled.get(key);
    if (!message) {
      const source: string | undefined = messages[key];
      if (source === undefined) throw new Error(`@dsc/i18n: no message "${key}" in the ${locale} catalogue`);
      message = new IntlMessageFormat(source, locale, undefined, { formatters, ignoreTag: true });
      compiled.set(key, message);
    }
    return message;
  };
  const t = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>): string => {
    const out = compile(key).format<string>(args[0] as Record<string, string | number | Date> | undefined);
    const text = typeof out === 'string' ? out : String(out);
    return display === 'kk-Latn' ? transliterateKazakh(text, options.transliteration).text : text;
  };
  return { locale, display, messages, t };
};
