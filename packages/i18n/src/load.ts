import type { Locale, Messages } from './types.js';

const cache = new Map<Locale, Promise<Messages>>();

/** Loads one locale's catalogue on demand (a dynamic import: one chunk per locale in a browser bundle). */
export const loadMessages = (locale: Locale): Promise<Messages> => {
  let pending = cache.get(locale);
  if (!pending) {
    const load =
      locale === 'ru' ? import('./locales/ru.js') : locale === 'kk' ? import('./locales/kk.js') : import('./locales/en.js');
    pending = load.then((module): Messages => module.messages);
    cache.set(locale, pending);
  }
  return pending;
};
