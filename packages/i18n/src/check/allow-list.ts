/**
 * Texts that are correctly identical to English in another locale (product names, acronyms, codes).
 * `dsc i18n check` does not report them as untranslated. Entries are message keys.
 */
export const sameAsEnglishAllowList: readonly string[] = ['common.app.name'];
