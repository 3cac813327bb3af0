/**
 * What can go wrong when the raw folder is imported. Every error is located (file, line, column) and
 * carries what was expected and a hint; messages for users come from the caller, never from here.
 */
export type ImportError =
  | {
      readonly code: 'csv_syntax';
      readonly file: string;
      readonly line: number;
      readonly column?: number;
      readonly message: string;
      readonly hint: string;
    }
  | {
      readonly code: 'missing_column';
      readonly file: string;
      readonly line: 1;
      readonly column: string;
      readonly expected: readonly string[];
      readonly hint: string;
    }
  | { readonly code: 'unknown_file'; readonly file: string; readonly expected: readonly string[]; readonly hint: string }
  | { readonly code: 'missing_file'; readonly file: string; readonly hint: string }
  | {
      readonly code:
        | 'unknown_indicator'
        | 'unknown_area'
        | 'invalid_year'
        | 'invalid_value'
        | 'unknown_source'
        | 'inconsistent_unit'
        | 'indicator_in_wrong_file'
        | 'invalid_field';
      readonly file: string;
      readonly line: number;
      readonly column: number;
      readonly field: string;
      readonly value: string;
      readonly expected: string;
      readonly hint: string;
    }
  | {
      readonly code: 'invalid_document';
      readonly file: string;
      /** JSON pointer of the offending value inside the file. */
      readonly pointer: string;
      readonly expected: string;
      readonly hint: string;
    }
  | {
      readonly code: 'duplicate_row';
      readonly file: string;
      readonly line: number;
      readonly firstLine: number;
      readonly key: string;
      readonly hint: string;
    };

/** One line of text for an error: `file:line:column code: expected … (hint)`. */
export function formatImportError(e: ImportError): string {
  switch (e.code) {
    case 'csv_syntax':
      return `${e.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`} ${e.code}: ${e.message} (${e.hint})`;
    case 'missing_column':
      return `${e.file}:1 ${e.code}: column "${e.column}" not found; expected columns ${e.expected.join(', ')} (${e.hint})`;
    case 'unknown_file':
      return `${e.file} ${e.code}: expected one of ${e.expected.join(', ')} (${e.hint})`;
    case 'missing_file':
      return `${e.file} ${e.code}: (${e.hint})`;
    case 'invalid_document':
      return `${e.file}${e.pointer} ${e.code}: expected ${e.expected} (${e.hint})`;
    case 'duplicate_row':
      return `${e.file}:${e.line} ${e.code}: ${e.key} already on line ${e.firstLine} (${e.hint})`;
    case 'unknown_indicator':
    case 'unknown_area':
    case 'invalid_year':
    case 'invalid_value':
    case 'unknown_source':
    case 'inconsistent_unit':
    case 'indicator_in_wrong_file':
    case 'invalid_field':
      return `${e.file}:${e.line}:${e.column} ${e.code}: ${e.field} = ${JSON.stringify(e.value)}, expected ${e.expected} (${e.hint})`;
  }
}
