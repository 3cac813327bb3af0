import type { ObsStatus, PolicyInstrument, Result } from '@dsc/domain';
import { ObsStatus as ObsStatusSchema, err, ok } from '@dsc/domain';
import type { SourceId } from '../catalogue/sources.js';
import { SOURCES } from '../catalogue/sources.js';
import type { ObservationTuple } from '../observation-tuple.js';
import type { ImportOutput } from './convert.js';
import { readCsv } from './csv.js';
import type { ImportError } from './errors.js';
import type { ObservationModule } from './observations.js';

/**
 * The committed data folder of the package (`data/`): what the raw import writes and what the generator reads.
 *
 *   observations/<module>.csv    one observation a line (columns below), sorted by area, indicator, year
 *   observations/modules.json    per module: the raw file it came from, the unit of each series, status notes
 *   policy-instruments.json      the date the register was compiled and its instruments (documents)
 */
export const OBSERVATION_COLUMNS = ['iso3', 'indicator', 'year', 'value', 'status', 'raw_line', 'source'] as const;
export const MODULES_FILE = 'observations/modules.json';
export const POLICY_DATA_FILE = 'policy-instruments.json';

/** A file of the data folder or of the generated output: its relative path and its text. */
export type DataFile = { readonly path: string; readonly text: string };

export type ModuleMeta = Pick<ObservationModule, 'file' | 'units' | 'statusNotes'>;
export type PolicyData = { readonly compiled: string; readonly instruments: readonly PolicyInstrument[] };

/** What the data folder holds, read back. */
export type DataSet = { readonly observations: readonly ObservationModule[]; readonly policy: PolicyData };

const quote = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
const csvLine = (fields: readonly (string | number)[]): string => fields.map((f) => quote(String(f))).join(',');

/** Writes the import output as the data folder (paths relative to `data/`). */
export function toDataFiles(out: Pick<ImportOutput, 'observations' | 'policyInstruments'>, compiled: string): DataFile[] {
  const mods = [...out.observations].sort((a, b) => (a.module < b.module ? -1 : 1));
  const meta: Record<string, ModuleMeta> = {};
  for (const m of mods) meta[m.module] = { file: m.file, units: m.units, statusNotes: m.statusNotes };
  const policy: PolicyData = { compiled, instruments: out.policyInstruments };
  return [
    ...mods.map((m) => ({
      path: `observations/${m.module}.csv`,
      text: [csvLine(OBSERVATION_COLUMNS), ...m.rows.map((r) => csvLine(r))].join('\n') + '\n',
    })),
    { path: MODULES_FILE, text: `${JSON.stringify(meta, null, 2)}\n` },
    { path: POLICY_DATA_FILE, text: `${JSON.stringify(policy, null, 2)}\n` },
  ];
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const STATUSES: readonly string[] = ObsStatusSchema.options;
const isSource = (s: string): s is SourceId => Object.hasOwn(SOURCES, s);

/** Reads one observation CSV of the data folder back into tuples; every bad field is a located error. */
export function readObservationCsv(path: string, text: string): Result<ObservationTuple[], ImportError[]> {
  const table = readCsv(path, text, OBSERVATION_COLUMNS);
  if (!table.ok) return table;
  const errors: ImportError[] = [];
  const rows: ObservationTuple[] = [];
  for (const row of table.value.rows) {
    const f = (name: (typeof OBSERVATION_COLUMNS)[number]): string => row.fields[name] ?? '';
    const bad = (field: (typeof OBSERVATION_COLUMNS)[number], expected: string): void =>
      void errors.push({
        code: 'invalid_field',
        file: path,
        line: row.line,
        column: table.value.column(field),
        field,
        value: f(field),
        expected,
        hint: 'The data folder is written by the raw import; fix the raw file and import again',
      });
    const before = errors.length;
    if (!INTEGER.test(f('year'))) bad('year', 'a whole year');
    if (!NUMBER.test(f('value'))) bad('value', 'a decimal number with "." as separator');
    if (!STATUSES.includes(f('status'))) bad('status', `an SDMX observation status (${STATUSES.join(', ')})`);
    if (!INTEGER.test(f('raw_line'))) bad('raw_line', 'a line number of the raw file');
    const source = f('source');
    if (!isSource(source)) bad('source', 'a source id of src/catalogue/sources.ts');
    if (errors.length > before || !isSource(source)) continue;
    rows.push([f('iso3'), f('indicator'), Number(f('year')), Number(f('value')), f('status') as ObsStatus, Number(f('raw_line')), source]);
  }
  return errors.length > 0 ? err(errors) : ok(rows);
}

/**
 * Reads the data folder (`read` returns a file's text by path relative to `data/`, or undefined when absent).
 * JSON files are trusted to have the shape written by `toDataFiles`: the generated modules are type-checked.
 */
export function readDataFiles(read: (path: string) => string | undefined): Result<DataSet, ImportError[]> {
  const missing = [MODULES_FILE, POLICY_DATA_FILE].filter((p) => read(p) === undefined);
  if (missing.length > 0)
    return err(missing.map((file) => ({ code: 'missing_file' as const, file, hint: 'Run the raw import to write the data folder' })));
  const meta = JSON.parse(read(MODULES_FILE) ?? '{}') as Record<string, ModuleMeta>;
  const policy = JSON.parse(read(POLICY_DATA_FILE) ?? '{}') as PolicyData;
  const errors: ImportError[] = [];
  const observations: ObservationModule[] = [];
  for (const [module, m] of Object.entries(meta).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = `observations/${module}.csv`;
    const text = read(path);
    if (text === undefined) {
      errors.push({ code: 'missing_file', file: path, hint: `${MODULES_FILE} lists the module ${module}` });
      continue;
    }
    const rows = readObservationCsv(path, text);
    if (rows.ok) observations.push({ module, ...m, rows: rows.value });
    else errors.push(...rows.error);
  }
  return errors.length > 0 ? err(errors) : ok({ observations, policy });
}
