export { supportedLocales, isLocale, displayLocales, isDisplayLocale } from './types.js';
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
// the formatters, also published without the catalogues as `@dsc/i18n/format`
export * from './format/index.js';
export { checkCatalogs, catalogProblemCodes, requiredPluralCategories } from './check/check.js';
export type { CatalogProblem, CatalogProblemCode, CheckCatalogsInput, CheckCatalogsReport } from './check/check.js';
export { checkProjectCatalogs } from './check/project.js';
export { formatCatalogProblem, formatCheckReport } from './check/format.js';
export { sameAsEnglishAllowList } from './check/allow-list.js';
export { documentIssueText, documentKindName, displayLocaleName, formatDocumentError, formatDocumentIssue } from './domain-errors.js';
export { formatRecommendationTemplate, recommendationText } from './recommendation-text.js';
export { glossary, officialNames } from './glossary.js';
export type { GlossaryEntry, GlossaryConfidence, OfficialName } from './glossary.js';
export type { GlossaryRule } from './check/check.js';
