import type { Collector, Finding } from './collector.js';
import type { Layout } from './layouts.js';
import type { Unreadable } from './unreadable.js';

export type { UnreadableCode } from './unreadable.js';

export type FileResult = {
  file: string;
  /** The Data Package resource the file holds (`dsc validate datapackage.json`). */
  resource?: string;
  rows: number;
  rowsChecked: number;
  observations: number;
  bytes: number;
  encoding: string | null;
  layout: Layout | null;
  dialect: Record<string, unknown> | null;
  /** False when scanning stopped before the end (binary file, size guard, unreadable). */
  complete: boolean;
  /** Why the input could not be read at all, as data (rendered by `renderUnreadable`). */
  unreadable?: Unreadable;
  findings: Finding[];
  counts: Record<string, number>;
  errors: number;
  warnings: number;
  infos: number;
  /** Declared missing-value markers met, with counts. */
  missing: Record<string, number>;
  coverage: CoverageRow[];
};

export type CoverageRow = { indicator: string; areas: number; firstYear: number; lastYear: number; values: number; gaps: number };

/**
 * The result of a file that has no rows (yet): what the collector found, no rows, no dialect. Every reader starts
 * from it (an empty or unreadable file, a JSON document, a workbook that cannot be opened, the end of a stream);
 * `over` sets the fields it knows.
 */
export function emptyFileResult(file: string, c?: Collector, over: Partial<FileResult> = {}): FileResult {
  return {
    file,
    rows: 0,
    rowsChecked: 0,
    observations: 0,
    bytes: 0,
    encoding: null,
    layout: null,
    dialect: null,
    complete: false,
    findings: c ? c.findings : [],
    counts: c ? Object.fromEntries(c.counts) : {},
    errors: c ? c.errors : 0,
    warnings: c ? c.warnings : 0,
    infos: c ? c.infos : 0,
    missing: {},
    coverage: [],
    ...over,
  };
}
