import type { TranslationOf } from './icu-types.js';

/** Rejects keys that do not start with `<namespace>.`. */
type NamespacedKeys<Ns extends string, T> = {
  readonly [K in keyof T]: K extends `${Ns}.${string}` ? string : { readonly keyMustStartWith: `${Ns}.` };
};

/**
 * Declares the English (source) messages of one namespace. Keys are flat, dotted and start with the
 * namespace; values are ICU MessageFormat strings.
 *
 * @example
 * export default defineMessages('cli')({ 'cli.check.ok': 'All {count, plural, one {# file} other {# files}} are valid.' });
 */
export const defineMessages =
  <const Ns extends string>(_namespace: Ns) =>
  <const T extends Record<string, string>>(messages: T & NoInfer<NamespacedKeys<Ns, T>>): T =>
    messages;

/**
 * Declares a translation of one namespace, type-checked against its English messages: a missing key, an
 * extra key or a message whose placeholders differ from English fails `tsc`. The English module is only
 * imported as a type, so a locale's bundle never contains another locale.
 *
 * @example
 * import type en from './en.js';
 * export default defineTranslation<typeof en>()({ 'cli.check.ok': '…' });
 */
export const defineTranslation =
  <En extends Record<string, string>>() =>
  <const T extends Record<string, string>>(messages: T & NoInfer<TranslationOf<En, T>>): T =>
    messages;
