import type { XlsxBoundsExceeded } from './xlsx-bounds.js';

/** What a cell or sheet of a plan workbook should hold: data, rendered through @dsc/i18n (`plan.xlsx.expected`). */
export type XlsxSimple = 'text' | 'id' | 'activity_name' | 'risk_description' | 'funding_name' | 'funding_stage' | 'duration' | 'budget_class' | 'amount' | 'probability' | 'rating';
export type XlsxExpected =
  | { readonly what: XlsxSimple }
  | { readonly what: 'date' | 'currency' | 'boolean' | 'predecessors' | 'plan_json' | 'plan_document' | 'schedulable_plan' | 'workbook' | 'accepted_value' }
  | { readonly what: 'sheet' | 'plan_sheet' | 'column'; readonly name: string }
  | { readonly what: 'unused_id'; readonly id: string; readonly row: number }
  | { readonly what: 'part_number'; readonly part: number }
  | { readonly what: 'one_of'; readonly choices: string }
  | { readonly what: 'at_most'; readonly max: number };

/** What a cell or sheet of a plan workbook holds instead (`plan.xlsx.found`). */
export type XlsxFound =
  | { readonly what: 'empty' | 'no_header' | 'not_json' | 'not_workbook' }
  | { readonly what: 'value' | 'number' | 'sheets'; readonly value: string }
  | { readonly what: 'issue'; readonly path: string; readonly issue: string };

/**
 * A located problem in a plan workbook: `cell` is an A1 reference with its sheet (`Budget!I3`),
 * `expected` says what the cell (or sheet) should hold and `found` what it holds, both as data.
 */
export type XlsxImportError = {
  readonly code:
    | 'xlsx_unreadable'
    | 'xlsx_limit'
    | 'xlsx_missing_sheet'
    | 'xlsx_missing_column'
    | 'xlsx_bad_cell'
    | 'xlsx_duplicate_id'
    | 'xlsx_bad_plan_sheet'
    | 'xlsx_invalid_plan';
  readonly sheet: string;
  readonly cell: string;
  readonly expected: XlsxExpected;
  readonly found: XlsxFound;
  /** For `xlsx_limit`: which limit of `XLSX_IMPORT_LIMITS` the workbook exceeds. */
  readonly limit?: XlsxBoundsExceeded['limit'];
};
