import { messages as en } from './locales/en.js';
import { messages as kk } from './locales/kk.js';
import { messages as ru } from './locales/ru.js';
import type { Locale, Messages } from './types.js';

const all: Record<Locale, Messages> = { en, ru, kk };

/**
 * The flat catalogue of a locale (`key → ICU string`), synchronously. Bundles all three locales: use it in
 * Node; in the browser prefer `loadMessages`, which loads one locale per chunk.
 */
export const getMessages = (locale: Locale): Messages => all[locale];
