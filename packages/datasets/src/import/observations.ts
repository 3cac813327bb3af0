import type { ObsStatus, Result } from '@dsc/domain';
import { err, isAggregateAreaCode, isIsoAlpha3, ok } from '@dsc/domain';
import { INDICATOR_FILES, INDICATORS } from '../catalogue/indicators.js';
import type { SourceId } from '../catalogue/sources.js';
import type { ObservationTuple } from '../observation-tuple.js';
import type { CsvRow, CsvTable } from './csv.js';
import { readCsv } from './csv.js';
import type { ImportError } from './errors.js';

/** Columns of the long raw format shared by every observation file. */
export const LONG_COLUMNS = ['iso3', 'indicator_code', 'indicator_name', 'year', 'value', 'unit', 'source'] as const;

type RawFileSpec = {
  /** Name of the generated module (kebab-case). */
  readonly module: string;
  /** Source id of a row, from the raw `source` column; undefined when the text is not recognised. */
  readonly source: (text: string) => SourceId | undefined;
  /** First year whose values the source itself calls provisional (SDMX status P), and why. */
  readonly provisional?: { readonly from: number; readonly note: string };
};

/** The raw observation files the import knows, by file name. */
export const RAW_FILES: Readonly<Record<string, RawFileSpec>> = {
  'wb_wdi_ict_macro.csv': {
    module: 'wb-wdi',
    source: (t) => (t.startsWith('World Bank WDI') ? 'wb-wdi' : undefined),
    provisional: {
      from: 2025,
      note: 'Provisional: 2025 values of this WDI vintage (population, GDP, aggregates) are to be treated as provisional.',
    },
  },
  'owid_itu_internet_users.csv': {
    module: 'owid-itu-internet',
    source: (t) => (t.includes('Our World in Data') && t.includes('ITU') ? 'owid-itu-internet' : undefined),
  },
  'owid_itu_mobile_network_coverage.csv': {
    module: 'owid-un-sdg-9c1',
    source: (t) => (t.includes('SDG Global Database') ? 'owid-un-sdg-9c1' : undefined),
  },
  'un_egov_survey.csv': {
    module: 'un-desa-egov',
    source: (t) => {
      if (!t.startsWith('UN DESA E-Government Survey')) return undefined;
      if (t.includes('UNU-EGOV/datasets')) return 'un-desa-egov-unu';
      if (t.includes('EGOV_DATA_2022.csv')) return 'un-desa-egov-2022';
      if (t.includes('EGOV_DATA_2024.csv')) return 'un-desa-egov-2024';
      return undefined;
    },
  },
};

export type ObservationModule = {
  readonly module: string;
  readonly file: string;
  /** Sorted by area, indicator, year. */
  readonly rows: readonly ObservationTuple[];
  /** Unit of each indicator in the file. */
  readonly units: Readonly<Record<string, string>>;
  /** Explanation attached to observations of a given status (e.g. why P). */
  readonly statusNotes: Readonly<Partial<Record<ObsStatus, string>>>;
};

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const catalogue = new Map(INDICATORS.map((i) => [i.code, i]));

/** Converts one raw long-format observation file into a sorted module of observation tuples. */
export function convertObservationFile(file: string, text: string): Result<ObservationModule, ImportError[]> {
  const spec = RAW_FILES[file];
  if (!spec)
    return err([
      {
        code: 'unknown_file',
        file,
        expected: [...Object.keys(RAW_FILES), 'policy_instruments.csv'],
        hint: 'Register the file in RAW_FILES (src/import/observations.ts) with its source before importing it',
      },
    ]);
  const table = readCsv(file, text, LONG_COLUMNS);
  if (!table.ok) return table;
  const errors: ImportError[] = [];
  const rows: ObservationTuple[] = [];
  const units: Record<string, string> = {};
  const unitLine = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const row of table.value.rows) {
    const t = convertRow(table.value, row, spec, units, unitLine, errors);
    if (!t) continue;
    const key = `${t[0]}/${t[1]}/${t[2]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        code: 'duplicate_row',
        file,
        line: row.line,
        firstLine: first,
        key: `iso3 ${t[0]}, indicator ${t[1]}, year ${t[2]}`,
        hint: 'Each area, indicator and year may appear once per file',
      });
      continue;
    }
    seen.set(key, row.line);
    rows.push(t);
  }
  if (errors.length > 0) return err(errors);
  rows.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || a[2] - b[2]);
  const sortedUnits = Object.fromEntries(Object.entries(units).sort(([a], [b]) => cmp(a, b)));
  const statusNotes = spec.provisional && rows.some((t) => t[4] === 'P') ? { P: spec.provisional.note } : {};
  return ok({ module: spec.module, file, rows, units: sortedUnits, statusNotes });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function convertRow(
  table: CsvTable,
  row: CsvRow,
  spec: RawFileSpec,
  units: Record<string, string>,
  unitLine: Map<string, number>,
  errors: ImportError[],
): ObservationTuple | undefined {
  const { file } = table;
  const f = row.fields;
  const at = (field: (typeof LONG_COLUMNS)[number]) => ({ file, line: row.line, column: table.column(field), field });
  const before = errors.length;
  const iso3 = f['iso3'] ?? '';
  if (!isIsoAlpha3(iso3) && !isAggregateAreaCode(iso3))
    errors.push({
      code: 'unknown_area',
      ...at('iso3'),
      value: iso3,
      expected: 'an ISO 3166-1 alpha-3 code or an aggregate code (WLD, ECS, EAS, SAS, UN_CSA, …)',
      hint: 'Aggregates must be registered in @dsc/domain AGGREGATE_AREA_CODES',
    });
  const code = f['indicator_code'] ?? '';
  const entry = catalogue.get(code);
  if (!entry)
    errors.push({
      code: 'unknown_indicator',
      ...at('indicator_code'),
      value: code,
      expected: 'a code of the indicator catalogue',
      hint: 'Add the series to src/catalogue/indicators.ts (unit, direction, goalposts, source) before importing it',
    });
  else if (INDICATOR_FILES.get(code) !== file)
    errors.push({
      code: 'indicator_in_wrong_file',
      ...at('indicator_code'),
      value: code,
      expected: `the series in ${INDICATOR_FILES.get(code) ?? '?'}`,
      hint: 'A series is imported from one raw file only: the catalogue names it',
    });
  const yearText = f['year'] ?? '';
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100)
    errors.push({ code: 'invalid_year', ...at('year'), value: yearText, expected: 'a four-digit year', hint: 'Years are calendar years, e.g. 2023' });
  const valueText = f['value'] ?? '';
  const value = Number(valueText);
  if (!NUMBER.test(valueText) || !Number.isFinite(value))
    errors.push({
      code: 'invalid_value',
      ...at('value'),
      value: valueText,
      expected: 'a decimal number with "." as separator',
      hint: 'A missing figure is a missing row, never an empty or zero value',
    });
  const unit = f['unit'] ?? '';
  if (entry && unit !== entry.unit)
    errors.push({
      code: 'inconsistent_unit',
      ...at('unit'),
      value: unit,
      expected: `"${entry.unit}" (catalogue unit of ${code}${unitLine.has(code) ? `, as on line ${unitLine.get(code)}` : ''})`,
      hint: 'Convert the figures or register a separate series for the other unit',
    });
  const sourceText = f['source'] ?? '';
  const source = spec.source(sourceText);
  if (!source)
    errors.push({
      code: 'unknown_source',
      ...at('source'),
      value: sourceText,
      expected: 'a source text the file specification recognises',
      hint: 'Register the source in src/catalogue/sources.ts and map it in RAW_FILES',
    });
  if (errors.length > before || !source) return undefined;
  units[code] = unit;
  if (!unitLine.has(code)) unitLine.set(code, row.line);
  const status: ObsStatus = spec.provisional !== undefined && year >= spec.provisional.from ? 'P' : 'A';
  return [iso3, code, year, value, status, row.line, source];
}
