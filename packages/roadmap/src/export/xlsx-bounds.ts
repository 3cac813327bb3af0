import type { UnzipFileInfo } from 'fflate';
import { unzipSync } from 'fflate';

/**
 * Bounds checked before a workbook is handed to the XLSX reader, which allocates from the row and column numbers
 * and the sizes a workbook claims: a crafted workbook of a few kilobytes could otherwise exhaust memory.
 */
export const XLSX_IMPORT_LIMITS = {
  /** Highest row number (as in Excel). */
  maxRows: 1_048_576,
  /** Highest column number (XFD, as in Excel). */
  maxColumns: 16_384,
  /** Members of the zip container. */
  maxEntries: 10_000,
  /** Unzipped bytes of all members together, and of one member. */
  maxUnzippedBytes: 256 * 1024 * 1024,
  /** Unzipped/compressed ratio of one member larger than 1 MiB. */
  maxRatio: 100,
} as const;

/** The limit a workbook exceeds: which, the value claimed, the maximum, and where (zip member, cell or row). */
export type XlsxBoundsExceeded = {
  readonly limit: 'rows' | 'columns' | 'entries' | 'unzipped_bytes' | 'ratio';
  readonly value: number;
  readonly max: number;
  readonly part: string;
  readonly cell: string;
};

class Stop extends Error {
  constructor(readonly why: XlsxBoundsExceeded) {
    super(why.limit);
  }
}

const L = XLSX_IMPORT_LIMITS;

const columnNumber = (letters: string): number => {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/** The first row or column number beyond the limits claimed by a worksheet (cell references, rows, dimension). */
function checkSheet(xml: string, part: string): XlsxBoundsExceeded | undefined {
  const refs = /<(?:c|row|dimension)\b[^>]*?\s(?:r|ref)="([^"]*)"/g;
  for (let m = refs.exec(xml); m; m = refs.exec(xml)) {
    for (const ref of m[1]!.split(':')) {
      const cell = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref.trim());
      if (!cell) continue;
      const col = columnNumber(cell[1]!.toUpperCase());
      const row = cell[2] ? Number(cell[2]) : 0;
      if (!(row <= L.maxRows)) return { limit: 'rows', value: row, max: L.maxRows, part, cell: ref };
      if (!(col <= L.maxColumns)) return { limit: 'columns', value: col, max: L.maxColumns, part, cell: ref };
    }
  }
  return undefined;
}

/**
 * Checks a workbook against {@link XLSX_IMPORT_LIMITS}: zip entries, unzipped sizes and ratios from the central
 * directory before inflating anything, then the row and column numbers the worksheets claim. Returns the first
 * limit exceeded, or `undefined`; a file that is not a zip is left to the reader to refuse.
 */
export function xlsxBoundsExceeded(bytes: Uint8Array): XlsxBoundsExceeded | undefined {
  let entries = 0;
  let total = 0;
  const filter = (f: UnzipFileInfo): boolean => {
    entries++;
    if (entries > L.maxEntries) throw new Stop({ limit: 'entries', value: entries, max: L.maxEntries, part: '', cell: '' });
    total += f.originalSize;
    if (f.originalSize > L.maxUnzippedBytes || total > L.maxUnzippedBytes)
      throw new Stop({ limit: 'unzipped_bytes', value: total, max: L.maxUnzippedBytes, part: f.name, cell: '' });
    if (f.originalSize > 1 << 20 && f.originalSize > Math.max(1, f.size) * L.maxRatio)
      throw new Stop({ limit: 'ratio', value: Math.round(f.originalSize / Math.max(1, f.size)), max: L.maxRatio, part: f.name, cell: '' });
    return /^xl\/worksheets\/[^/]+\.xml$/.test(f.name);
  };
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, { filter });
  } catch (e) {
    if (e instanceof Stop) return e.why;
    return undefined;
  }
  const dec = new TextDecoder();
  for (const [part, data] of Object.entries(sheets)) {
    const over = checkSheet(dec.decode(data), part);
    if (over) return over;
  }
  return undefined;
}
