import type { ObsStatus, ObservationProvenance, PolicyInstrument, Result } from '@dsc/domain';
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
 *   observations/modules.json    per module: the raw file it came from, the unit of each series, status notes;
 *                                `curated: true` for a module read by hand from publications (no raw file: the
 *                                CSV is its own record, `raw_line` its own line, plus the PROVENANCE_COLUMNS)
 *   policy-instruments.json      the date the register was compiled and its instruments (documents)
 */
export const OBSERVATION_COLUMNS = ['iso3', 'indicator', 'year', 'value', 'status', 'raw_line', 'source'] as const;
/** Extra columns of a curated observation file: where each figure was read. */
const PROVENANCE_COLUMNS = ['provenance', 'edition', 'table', 'url', 'secondary_url'] as const;
export const MODULES_FILE = 'observations/modules.json';
export const POLICY_DATA_FILE = 'policy-instruments.json';

/** A file of the data folder or of the generated output: its relative path and its text. */
export type DataFile = { readonly path: string; readonly text: string };

export type ModuleMeta = Pick<ObservationModule, 'file' | 'units' | 'statusNotes'> & {
  /** A module curated by hand from publications: the raw import keeps it as it is. */
  readonly curated?: true;
};
export type PolicyData = { readonly compiled: string; readonly instruments: readonly PolicyInstrument[] };

/** What the data folder holds, read back. */
export type DataSet = { readonly observations: readonly ObservationModule[]; readonly policy: PolicyData };

const quote = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
const csvLine = (fields: readonly (string | number)[]): string => fields.map((f) => quote(String(f))).join(',');

/**
 * Writes the import output as the data folder (paths relative to `data/`). `curated` are the entries of the
 * committed modules.json marked `curated`: their files are not written, their entries are kept.
 */
export function toDataFiles(
  out: Pick<ImportOutput, 'observations' | 'policyInstruments'>,
  compiled: string,
  curated: Readonly<Record<string, ModuleMeta>> = {},
): DataFile[] {
  const mods = [...out.observations].sort((a, b) => (a.module < b.module ? -1 : 1));
  const entries: [string, ModuleMeta][] = [
    ...mods.map((m): [string, ModuleMeta] => [m.module, { file: m.file, units: m.units, statusNotes: m.statusNotes }]),
    ...Object.entries(curated).filter(([k, m]) => m.curated === true && !mods.some((x) => x.module === k)),
  ];
  const meta = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  const policy: PolicyData = { compiled, instruments: out.policyInstruments };
  return [
    ...mods.map((m) => ({
      path: `observations/${m.module}.csv`,
      text: [csvLine(OBSERVATION_COLUMNS), ...m.rows.map(([a, i, y, v, st, l, src]) => csvLine([a, i, y, v, st, l, src]))].join('\n') + '\n',
    })),
    { path: MODULES_FILE, text: `${JSON.stringify(meta, null, 2)}\n` },
    { path: POLICY_DATA_FILE, text: `${JSON.stringify(policy, null, 2)}\n` },
  ];
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const STATUSES: readonly string[] = ObsStatusSchema.options;
const isSource = (s: string): s is SourceId => Object.hasOwn(SOURCES, s);
const URL_TEXT = /^https?:\/\/\S+$/;

type Field = (typeof OBSERVATION_COLUMNS)[number] | (typeof PROVENANCE_COLUMNS)[number];

/** The provenance of a curated row, or undefined when the file has no provenance column; errors go to `bad`. */
function readProvenance(f: (name: Field) => string, bad: (field: Field, expected: string) => void): ObservationProvenance | undefined {
  const kind = f('provenance');
  if (kind !== 'source' && kind !== 'secondary') {
    bad('provenance', '"source" (read in the publisher\'s document) or "secondary" (read in a page quoting it)');
    return undefined;
  }
  const url = f('url');
  const secondaryUrl = f('secondary_url');
  if (url !== '' && !URL_TEXT.test(url)) bad('url', 'an http(s) address of the publisher\'s document, or empty');
  if (kind === 'secondary' ? !URL_TEXT.test(secondaryUrl) : secondaryUrl !== '')
    bad('secondary_url', kind === 'secondary' ? 'the http(s) address of the quoting page' : 'empty for a figure read in the source');
  const edition = f('edition');
  const table = f('table');
  return {
    provenance: kind,
    ...(url === '' ? {} : { url }),
    ...(edition === '' ? {} : { edition }),
    ...(table === '' ? {} : { table }),
    ...(secondaryUrl === '' ? {} : { secondaryUrl }),
  };
}

/** Reads one observation CSV of the data folder back into tuples; every bad field is a located error. */
export function readObservationCsv(path: string, text: string, curated = false): Result<ObservationTuple[], ImportError[]> {
  const table = readCsv(path, text, curated ? [...OBSERVATION_COLUMNS, ...PROVENANCE_COLUMNS] : OBSERVATION_COLUMNS);
  if (!table.ok) return table;
  const errors: ImportError[] = [];
  const rows: ObservationTuple[] = [];
  for (const row of table.value.rows) {
    const f = (name: Field): string => row.fields[name] ?? '';
    const bad = (field: Field, expected: string): void =>
      void errors.push({
        code: 'invalid_field',
        file: path,
        line: row.line,
        column: table.value.column(field),
        field,
        value: f(field),
        expected,
        hint: curated
          ? 'A curated file is edited by hand: fix the row (data/DATA-LICENCE.md describes the columns)'
          : 'The data folder is written by the raw import; fix the raw file and import again',
      });
    const before = errors.length;
    if (!INTEGER.test(f('year'))) bad('year', 'a whole year');
    if (!NUMBER.test(f('value'))) bad('value', 'a decimal number with "." as separator');
    if (!STATUSES.includes(f('status'))) bad('status', `an SDMX observation status (${STATUSES.join(', ')})`);
    if (!INTEGER.test(f('raw_line'))) bad('raw_line', 'a line number of the raw file');
    const source = f('source');
    if (!isSource(source)) bad('source', 'a source id of src/catalogue/sources.ts');
    const provenance = curated ? readProvenance(f, bad) : undefined;
    if (errors.length > before || !isSource(source)) continue;
    const [iso3, code, year, value, status, line] = [f('iso3'), f('indicator'), Number(f('year')), Number(f('value')), f('status') as ObsStatus, Number(f('raw_line'))];
    rows.push(provenance === undefined ? [iso3, code, year, value, status, line, source] : [iso3, code, year, value, status, line, source, provenance]);
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
    const rows = readObservationCsv(path, text, m.curated === true);
    if (rows.ok && m.curated === true)
      for (const [i, t] of rows.value.entries())
        if (!Object.hasOwn(m.units, t[1]))
          errors.push({
            code: 'invalid_field',
            file: path,
            line: i + 2,
            column: 2,
            field: 'indicator',
            value: t[1],
            expected: `a series listed in the units of ${module} (${MODULES_FILE})`,
            hint: 'Give the series its unit in modules.json (the unit of its catalogue entry)',
          });
    if (rows.ok) observations.push({ module, file: m.file, units: m.units, statusNotes: m.statusNotes, rows: rows.value });
    else errors.push(...rows.error);
  }
  return errors.length > 0 ? err(errors) : ok({ observations, policy });
}
