import type { IcuValues } from './icu-types.js';
import type { messages as en } from './locales/en.js';

/** The locales of every message catalogue. `kk` is Kazakh in Cyrillic; `kk-Latn` is a display variant of it. */
export const supportedLocales = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof supportedLocales)[number];

/** Display variants: a locale, or Kazakh transliterated to the 2021 Latin alphabet. */
export type DisplayLocale = Locale | 'kk-Latn';

/** Every display variant, in the order of a language switcher. */
export const displayLocales = ['en', 'ru', 'kk', 'kk-Latn'] as const satisfies readonly DisplayLocale[];

export const isDisplayLocale = (value: unknown): value is DisplayLocale =>
  typeof value === 'string' && (displayLocales as readonly string[]).includes(value);

/** The English catalogue, with each message as a literal type (used to type `t`). */
export type EnglishMessages = typeof en;
/** Every message key, e.g. `'common.count.indicators'`. */
export type MessageKey = Extract<keyof EnglishMessages, string>;
/** A complete catalogue of one locale: every key → ICU MessageFormat string. */
export type Messages = { readonly [K in MessageKey]: string };
/** The values a message needs, read from its English text (`{count, plural, …}` → `{ count: number }`). */
export type MessageValues<K extends MessageKey> = IcuValues<EnglishMessages[K]>;

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
