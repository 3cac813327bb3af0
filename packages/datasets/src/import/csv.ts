import { CsvError, parse } from 'csv-parse/sync';
import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { ImportError } from './errors.js';

/** A data row of a CSV file with the 1-based line it starts on (the header is line 1). */
export type CsvRow = { readonly line: number; readonly fields: Readonly<Record<string, string>> };

export type CsvTable = {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  /** 1-based column number of a header name. */
  readonly column: (name: string) => number;
};

/** Parses an RFC 4180 CSV text with a header line; checks that the required columns are there. */
export function readCsv(file: string, text: string, required: readonly string[]): Result<CsvTable, ImportError[]> {
  let records: string[][];
  let lines: number[];
  try {
    const parsed = parse(text, { bom: true, info: true, relax_column_count: false, skip_empty_lines: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    records = parsed.map((p) => p.record);
    lines = parsed.map((p) => p.info.lines);
  } catch (e) {
    if (e instanceof CsvError) {
      const info = e as CsvError & { lines?: number; column?: number | string };
      return err([
        {
          code: 'csv_syntax',
          file,
          line: typeof info.lines === 'number' ? info.lines : 1,
          ...(typeof info.column === 'number' ? { column: info.column + 1 } : {}),
          message: e.message,
          hint: 'Check quoting: a field with a comma or a quote must be quoted, inner quotes doubled',
        },
      ]);
    }
    throw e;
  }
  const header = records[0] ?? [];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0)
    return err(
      missing.map((column) => ({
        code: 'missing_column' as const,
        file,
        line: 1 as const,
        column,
        expected: required,
        hint: 'The first line must name the columns; names are case-sensitive',
      })),
    );
  const rows = records.slice(1).map((record, i): CsvRow => {
    const fields: Record<string, string> = {};
    header.forEach((h, j) => (fields[h] = record[j] ?? ''));
    return { line: lines[i + 1] ?? i + 2, fields };
  });
  return ok({ file, header, rows, column: (name) => header.indexOf(name) + 1 });
}
