import type { UnzipFileInfo } from 'fflate';

/**
 * Bounds on the work an XLSX workbook can ask for. Every number a workbook claims (entries, unzipped sizes, row and
 * column numbers) is checked against these before anything is allocated from it, so a crafted workbook of a few
 * kilobytes gives a located finding instead of exhausting memory.
 */
export type XlsxLimits = {
  /** Highest row number (default 1,048,576, as in Excel). */
  readonly maxRows?: number;
  /** Highest column number (default 16,384, column XFD, as in Excel). */
  readonly maxColumns?: number;
  /** Members of the zip container (default 10,000). */
  readonly maxEntries?: number;
  /** Unzipped bytes of the parts that are read, together (default 256 MiB). */
  readonly maxUnzippedBytes?: number;
  /** Unzipped bytes of one member (default 256 MiB). */
  readonly maxEntryBytes?: number;
  /** Unzipped/compressed ratio of one member larger than 1 MiB unzipped (default 100). */
  readonly maxRatio?: number;
  /** Characters of the sheet once read as text, empty cells included (default 256 Mi). */
  readonly maxSheetChars?: number;
};

export const XLSX_LIMITS: Required<XlsxLimits> = {
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxEntries: 10_000,
  maxUnzippedBytes: 256 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
  maxRatio: 100,
  maxSheetChars: 256 * 1024 * 1024,
};

/** Which limit a workbook exceeds. */
export type XlsxLimitName = 'rows' | 'columns' | 'entries' | 'unzipped_bytes' | 'entry_bytes' | 'ratio' | 'sheet_chars';

/** A workbook that exceeds a limit, as data: the limit, the value claimed or reached, the maximum, and where. */
export type XlsxLimitExceeded = {
  readonly code: 'xlsx_limit';
  readonly limit: XlsxLimitName;
  readonly value: number;
  readonly max: number;
  /** The zip member or sheet name ('' when the whole container is meant). */
  readonly part: string;
  /** Sheet row and column (1-based) when the limit is about a cell or row. */
  readonly row: number | null;
  readonly column: number | null;
};

export const limitsOf = (l: XlsxLimits | undefined): Required<XlsxLimits> => ({ ...XLSX_LIMITS, ...l });

const exceeded = (limit: XlsxLimitName, value: number, max: number, part: string, row: number | null = null, column: number | null = null): XlsxLimitExceeded => ({
  code: 'xlsx_limit',
  limit,
  value,
  max,
  part,
  row: row !== null && Number.isSafeInteger(row) ? row : null,
  column: column !== null && Number.isSafeInteger(column) ? column : null,
});

/** Thrown out of fflate's filter to stop reading the central directory at the first member over a limit. */
class Stop extends Error {
  constructor(readonly why: XlsxLimitExceeded) {
    super(why.limit);
  }
}

/**
 * A filter for `unzipSync` that extracts the members `wanted` accepts and stops at the first member over a limit,
 * judged from the sizes in the central directory (fflate never writes past the size a member declares).
 */
export function boundedFilter(limits: Required<XlsxLimits>, wanted: (name: string) => boolean): (f: UnzipFileInfo) => boolean {
  let entries = 0;
  let total = 0;
  return (f) => {
    entries++;
    if (entries > limits.maxEntries) throw new Stop(exceeded('entries', entries, limits.maxEntries, ''));
    if (!wanted(f.name)) return false;
    if (f.originalSize > limits.maxEntryBytes) throw new Stop(exceeded('entry_bytes', f.originalSize, limits.maxEntryBytes, f.name));
    total += f.originalSize;
    if (total > limits.maxUnzippedBytes) throw new Stop(exceeded('unzipped_bytes', total, limits.maxUnzippedBytes, f.name));
    if (f.originalSize > 1 << 20 && f.originalSize > Math.max(1, f.size) * limits.maxRatio)
      throw new Stop(exceeded('ratio', Math.round(f.originalSize / Math.max(1, f.size)), limits.maxRatio, f.name));
    return true;
  };
}

/** Runs `unzip` with a bounded filter: the members, or the first limit exceeded. */
export function unzipBounded<T>(unzip: () => T): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: XlsxLimitExceeded } {
  try {
    return { ok: true, value: unzip() };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: e.why };
    throw e;
  }
}

/** The limit a sheet row or cell reference exceeds, if any. */
export function checkCell(limits: Required<XlsxLimits>, sheet: string, row: number, column: number): XlsxLimitExceeded | undefined {
  if (!(row <= limits.maxRows)) return exceeded('rows', Number.isFinite(row) ? row : Number.MAX_SAFE_INTEGER, limits.maxRows, sheet, row, null);
  if (!(column <= limits.maxColumns)) return exceeded('columns', column, limits.maxColumns, sheet, row, column);
  return undefined;
}

export const sheetTooLarge = (limits: Required<XlsxLimits>, sheet: string, chars: number, row: number): XlsxLimitExceeded =>
  exceeded('sheet_chars', chars, limits.maxSheetChars, sheet, row, null);
