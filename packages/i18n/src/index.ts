export { supportedLocales, isLocale } from './types.js';
export type { Locale, DisplayLocale, MessageKey, Messages, MessageValues, EnglishMessages } from './types.js';
export type { IcuArgs, IcuArgNames, IcuValues, TranslationOf, PlaceholderMismatch } from './icu-types.js';
export { defineMessages, defineTranslation } from './define.js';
export { namespaces } from './namespaces.js';
export type { Namespace } from './namespaces.js';
export { getMessages } from './catalogs.js';
export { loadMessages } from './load.js';
export { createTranslator, catalogLocale } from './translator.js';
export type { Translator, TranslatorOptions, TranslateArgs } from './translator.js';
export {
  transliterateKazakh,
  toKazakhLatin,
  kazakhLatinUpperCase,
  kazakhLatinLowerCase,
  unmappedKazakhLetters,
  projectLoanLetters,
} from './transliterate.js';
export type {
  TransliterationOptions,
  TransliterationResult,
  LoanLetterPolicy,
  UnmappedKazakhLetter,
} from './transliterate.js';
export { hasNativeKazakhIntl, setKazakhIntlMode } from './format/kk-support.js';
export type { KazakhIntlMode } from './format/kk-support.js';
export { getNumberFormatter, numberLocale } from './format/number.js';
export type { NumberFormatter } from './format/number.js';
export { getDateTimeFormatter } from './format/date.js';
export type { DateTimeFormatter } from './format/date.js';
