/**
 * `@dsc/roadmap/export`: the document writers and readers with heavy dependencies (DOCX through `docx`, XLSX
 * through `write-excel-file` and `read-excel-file`), kept off the main entry so that an app importing the
 * planning engine does not bundle them.
 */
export { proposalToDocx } from './docx.js';
export { tablesToXlsx } from './xlsx.js';
export type { XlsxExpected, XlsxFound, XlsxImportError } from './xlsx-import-error.js';
export { PLAN_SHEET, planFromXlsx, planToXlsx } from './xlsx-import.js';
export type { XlsxBoundsExceeded } from './xlsx-bounds.js';
export { XLSX_IMPORT_LIMITS } from './xlsx-bounds.js';
