import type { Finding } from './collector.js';
import type { TableSchema } from './descriptors.js';
import type { Layout } from './layouts.js';
import type { SeverityOverride } from './rules.js';

/** Indicator catalogue the rule pack checks codes (and default units) against. */
export type IndicatorCatalogue = {
  readonly codes: ReadonlySet<string>;
  /** Unit per indicator code, used when the file has no unit column. */
  readonly units?: ReadonlyMap<string, string>;
};

/** A code list a foreign key can point to (Table Schema `foreignKeys` with `reference.resource`). */
export type CodeLists = Readonly<Record<string, ReadonlySet<string>>>;

export type ValidateOptions = {
  /** Name used in findings (a path for files). */
  readonly file?: string;
  /** IANA encoding name; missing → detect (UTF-8 strict, BOMs). */
  readonly encoding?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly quoteChar?: string | undefined;
  readonly doubleQuote?: boolean | undefined;
  readonly escapeChar?: string | undefined;
  /** false: the file has no header row (columns are named field1…fieldN). */
  readonly header?: boolean | undefined;
  /** Table Dialect `headerRows` (1-based physical records forming the header, joined with `headerJoin`). */
  readonly headerRows?: readonly number[] | undefined;
  readonly headerJoin?: string | undefined;
  /** Records whose first field starts with this character are comments (skipped). */
  readonly commentChar?: string | undefined;
  /** Table Dialect `commentRows`: 1-based physical record numbers to skip. */
  readonly commentRows?: readonly number[] | undefined;
  /** Drop spaces right after a delimiter. */
  readonly skipInitialSpace?: boolean | undefined;
  /** A value meaning null in every field (added to the missing values). */
  readonly nullSequence?: string | undefined;
  readonly decimalChar?: string | undefined;
  readonly groupChar?: string | undefined;
  /** Schema-level missing values (default `[""]`). */
  readonly missingValues?: readonly string[] | undefined;
  /** A Table Schema; its fields override the layout defaults by name. */
  readonly schema?: TableSchema | undefined;
  readonly layout?: Layout | undefined;
  /** Years after it are errors unless flagged F (default: the current UTC year). */
  readonly referenceYear?: number | undefined;
  readonly catalogue?: IndicatorCatalogue | undefined;
  /** Extra allowed aggregate area codes. */
  readonly aggregates?: readonly string[] | undefined;
  readonly codeLists?: CodeLists | undefined;
  readonly severities?: Readonly<Record<string, SeverityOverride>> | undefined;
  /** Samples kept per rule (default 100); counts are always complete. */
  readonly maxSamples?: number | undefined;
  readonly maxFieldBytes?: number | undefined;
  readonly maxLineBytes?: number | undefined;
  /** Minimum data rows (default 1): fewer → `csv/no-data-rows`. */
  readonly minRows?: number | undefined;
  /** Robust z-score above which a year-on-year change is reported (default 6). */
  readonly jumpThreshold?: number | undefined;
  /** Only structure and encoding (parse, column counts, UTF-8): no cell, key or domain checks. */
  readonly structureOnly?: boolean | undefined;
  /** Series checks (jumps, coverage, percent-as-fraction). Default true. */
  readonly seriesChecks?: boolean | undefined;
  /** Called for every kept finding as soon as it is found (data: render it with `renderFinding`). */
  readonly onFinding?: ((f: Finding) => void) | undefined;
  /** Called for every record with whether it is free of errors (for --write-valid / --write-invalid). */
  readonly onRow?: ((raw: string, valid: boolean, header: boolean) => void) | undefined;
};
