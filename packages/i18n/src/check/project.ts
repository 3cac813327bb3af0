import { getMessages } from '../catalogs.js';
import { glossary } from '../glossary.js';
import { namespaces } from '../namespaces.js';
import { projectLoanLetters } from '../transliterate.js';
import { supportedLocales } from '../types.js';
import { sameAsEnglishAllowList } from './allow-list.js';
import { checkCatalogs } from './check.js';
import type { CheckCatalogsInput, CheckCatalogsReport } from './check.js';

/**
 * Checks this package's own catalogues (en, ru, kk) with the project's namespaces, allow-list and the
 * project convention for the loanword letters in Kazakh Latin (`projectLoanLetters`).
 */
export const checkProjectCatalogs = (overrides: Partial<CheckCatalogsInput> = {}): CheckCatalogsReport =>
  checkCatalogs({
    catalogs: Object.fromEntries(supportedLocales.map((locale) => [locale, getMessages(locale)])),
    source: 'en',
    namespaces,
    allowSameAsEnglish: sameAsEnglishAllowList,
    latinLocale: 'kk',
    transliteration: { loanLetters: projectLoanLetters },
    glossary,
    ...overrides,
  });
