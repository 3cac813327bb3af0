/** The CSV parser's data: the dialect it honours, the records and issues it emits, located positions. */

/** Table Dialect options the parser honours (Frictionless Table Dialect names). */
export type ParserDialect = {
  readonly delimiter: string;
  readonly quoteChar: string;
  readonly doubleQuote: boolean;
  readonly escapeChar?: string | undefined;
};

/** One parsed record. Positions are char indexes into the parser buffer, valid during the callback only. */
export type RawRecord = {
  fields: string[];
  /** Char index of each field's first character (the opening quote for a quoted field). */
  starts: number[];
  /** Physical line (1-based) of the record's first character. */
  line: number;
  /** Char index of the record start and end (end excludes the line terminator). */
  start: number;
  end: number;
  /** Char indexes of line breaks inside the record (quoted newlines). */
  breaks: number[];
  /** The record ends inside an unclosed quote (its fields are not checked: one finding per root cause). */
  unclosed?: boolean;
};

export type ParserIssue =
  | { rule: 'csv/stray-quote'; at: number }
  | { rule: 'csv/unclosed-quote'; at: number; reason: 'eof' | 'too-large' }
  | { rule: 'csv/mixed-line-endings'; at: number; found: string; first: string }
  | { rule: 'csv/field-too-large'; at: number; fieldIndex: number; size: number }
  | { rule: 'csv/line-too-long'; at: number; size: number };

export type Position = { line: number; column: number; byteOffset: number };
