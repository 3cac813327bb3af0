import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';

/**
 * A problem in a CSV file: a literal `code`, the place (`file`, 1-based `line` and `column`) and named fields. No
 * text: the messages are `indicators.csv.*` in @dsc/i18n, chosen by `code` when the reader's language is known.
 * `field` is the column the problem is in, `value` the text found there.
 */
export type CsvIssue = { readonly file: string; readonly line: number; readonly column: number } & (
  | { readonly code: 'unterminated_quote' }
  | { readonly code: 'text_after_quote' }
  | { readonly code: 'empty_file' }
  | { readonly code: 'field_count'; readonly found: number; readonly header: number }
  | { readonly code: 'duplicate_column'; readonly field: string }
  /** A required column is missing from the iMeta, iData or denominator table. */
  | { readonly code: 'missing_column'; readonly table: 'iMeta' | 'iData' | 'denominators'; readonly field: string }
  /** iData has no column for an indicator of iMeta (`field` is its code). */
  | { readonly code: 'missing_indicator_column'; readonly field: string }
  /** An empty iCode or uCode cell. */
  | { readonly code: 'missing_value'; readonly field: string }
  | { readonly code: 'missing_level'; readonly field: 'Level'; readonly indicator: string }
  | { readonly code: 'invalid_type'; readonly field: 'Type'; readonly value: string; readonly indicator: string }
  | { readonly code: 'invalid_direction'; readonly field: 'Direction'; readonly value: string; readonly indicator: string }
  /** A numeric iMeta cell (Weight, Target, goalposts…) that is not a number. */
  | { readonly code: 'meta_not_a_number'; readonly field: string; readonly value: string; readonly indicator: string }
  | { readonly code: 'time_not_a_number'; readonly field: 'Time'; readonly value: string }
  /** An iData value that is not a number (`field` is the indicator code). */
  | { readonly code: 'not_a_number'; readonly field: string; readonly value: string; readonly unit: string }
  | { readonly code: 'unknown_column'; readonly field: string }
  | { readonly code: 'duplicate_unit'; readonly field: 'uCode'; readonly value: string; readonly time?: number }
);

export type CsvIssueCode = CsvIssue['code'];

export type CsvError = { readonly code: 'invalid_csv'; readonly issues: readonly CsvIssue[] };

/** A parsed CSV: header names and records, each cell with its 1-based line and column. */
export type CsvTable = {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly {
    readonly line: number;
    readonly cells: readonly string[];
    readonly columns: readonly number[];
  }[];
};

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM). Fails with located issues on an
 * unterminated quote, text after a closing quote, or a record with the wrong number of fields.
 */
export function parseCsv(text: string, file = '<csv>'): Result<CsvTable, CsvError> {
  const src = text.replace(/^\uFEFF/, '');
  const records: { line: number; cells: string[]; columns: number[] }[] = [];
  const issues: CsvIssue[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  let cells: string[] = [];
  let columns: number[] = [];
  let recLine = 1;
  const n = src.length;
  while (i <= n) {
    if (i === n) {
      if (cells.length > 0) records.push({ line: recLine, cells, columns });
      break;
    }
    const startCol = col;
    let value = '';
    if (src[i] === '"') {
      const qLine = line;
      const qCol = col;
      i++;
      col++;
      let closed = false;
      while (i < n) {
        const ch = src[i]!;
        if (ch === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          closed = true;
          break;
        }
        if (ch === '\n') {
          line++;
          col = 1;
        } else col++;
        value += ch;
        i++;
      }
      if (!closed) {
        issues.push({ code: 'unterminated_quote', file, line: qLine, column: qCol });
        break;
      }
      if (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        issues.push({ code: 'text_after_quote', file, line, column: col });
        while (i < n && src[i] !== ',' && src[i] !== '\n') {
          i++;
          col++;
        }
      }
    } else {
      const start = i;
      while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') i++;
      value = src.slice(start, i);
      col += i - start;
    }
    cells.push(value);
    columns.push(startCol);
    if (i < n && src[i] === ',') {
      i++;
      col++;
      continue;
    }
    if (i < n && src[i] === '\r') i++;
    if (i < n && src[i] === '\n') i++;
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recLine, cells, columns });
    line++;
    col = 1;
    recLine = line;
    cells = [];
    columns = [];
    if (i === n) break;
  }
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  const [head, ...rows] = records;
  if (!head)
    return err({ code: 'invalid_csv', issues: [{ code: 'empty_file', file, line: 1, column: 1 }] });
  const header = head.cells.map((h) => h.trim());
  for (const r of rows) {
    if (r.cells.length !== header.length)
      issues.push({
        code: 'field_count',
        file,
        line: r.line,
        column: r.columns[Math.min(r.cells.length, header.length) - 1] ?? 1,
        found: r.cells.length,
        header: header.length,
      });
  }
  const seen = new Map<string, number>();
  header.forEach((h, j) => {
    if (seen.has(h))
      issues.push({
        code: 'duplicate_column',
        file,
        line: head.line,
        column: head.columns[j]!,
        field: h,
      });
    seen.set(h, j);
  });
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  return ok({ file, header, rows });
}

/** Missing-value spellings accepted in numeric cells. */
export const NA_STRINGS = new Set(['', 'NA', 'N/A', 'NaN', 'na', '..', '-']);

/** Parses a numeric cell: `null` for NA, a number, or `undefined` when the text is not a number. */
export function parseNumber(s: string): number | null | undefined {
  const t = s.trim();
  if (NA_STRINGS.has(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}

/** Formats a number for CSV output at full precision (shortest round-trip form); NA is empty. */
export const formatNumber = (v: number | null | undefined): string =>
  v === null || v === undefined || Number.isNaN(v) ? '' : Number.isFinite(v) ? String(v) : '';

/** Quotes a CSV field when needed. */
export const csvField = (s: string): string => (/[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s);

export const csvLine = (cells: readonly string[]): string => cells.map(csvField).join(',') + '\n';
