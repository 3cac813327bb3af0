/**
 * Regenerates the committed data of @dsc/datasets from the raw CSV folder.
 *
 *   pnpm --filter @dsc/datasets import-raw -- --raw <dir>          write src/data/**
 *   pnpm --filter @dsc/datasets import-raw -- --raw <dir> --check  exit 1 when the committed data differ
 *   options: --out <dir> write elsewhere than src/data; --partial accept a folder with only some of the files
 * Exit codes: 0 done / up to date, 1 data errors or differences, 2 usage error, 3 unreadable folder.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SCOPE_COUNTRIES } from '../src/catalogue/countries.js';
import { convertRaw } from '../src/import/convert.js';
import { emit } from '../src/import/emit.js';
import { formatImportError } from '../src/import/errors.js';

/** Compile date of policy_instruments.csv (its POLICY_SOURCES.md): the `asOf` of the assessments. */
const POLICY_AS_OF = '2026-11-22';

const here = dirname(fileURLToPath(import.meta.url));
const defaultDataDir = resolve(here, '../src/data');
const USAGE =
  'usage: import-raw --raw <dir> [--check] [--out <dir>] [--partial]\n' +
  '  --raw      folder with the raw CSV files (see DATA-LICENCE.md)\n' +
  '  --check    compare with the committed data instead of writing\n' +
  '  --out      write the generated modules to this folder (default src/data)\n' +
  '  --partial  accept a folder that holds only some of the registered files';

function main(): number {
  let values: {
    raw?: string | undefined;
    out?: string | undefined;
    check?: boolean | undefined;
    partial?: boolean | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: {
        raw: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean' },
        partial: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(`usage error: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help === true || values.raw === undefined) {
    console.error(USAGE);
    return values.help === true ? 0 : 2;
  }
  const rawDir = resolve(values.raw);
  let names: string[];
  try {
    names = readdirSync(rawDir).filter((n) => n.endsWith('.csv'));
  } catch {
    console.error(`${rawDir}: unreadable: not a folder (hint: pass the folder that holds wb_wdi_ict_macro.csv)`);
    return 3;
  }
  const files = names.map((name) => ({ name, text: readFileSync(join(rawDir, name), 'utf8') }));
  const dataDir = values.out === undefined ? defaultDataDir : resolve(values.out);
  const out = convertRaw(files, { assess: SCOPE_COUNTRIES, policyAsOf: POLICY_AS_OF, requireAll: values.partial !== true });
  if (!out.ok) {
    for (const e of out.error) console.error(formatImportError(e));
    console.error(`${out.error.length} error(s); nothing written`);
    return 1;
  }
  const emitted = emit(out.value);
  let differ = 0;
  for (const f of emitted) {
    const path = join(dataDir, f.path);
    if (values.check === true) {
      let current: string;
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        current = '';
      }
      if (current !== f.text) {
        differ++;
        console.error(`differs: ${path}`);
      }
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  const obs = out.value.observations.reduce((n, m) => n + m.rows.length, 0);
  const summary = `${obs} observations in ${out.value.observations.length} modules, ${out.value.policyInstruments.length} policy instruments, ${out.value.policyAssessments.length} assessments`;
  if (values.check === true) {
    console.log(differ === 0 ? `up to date: ${summary}` : `${differ} file(s) differ from the raw folder`);
    return differ === 0 ? 0 : 1;
  }
  console.log(`wrote ${emitted.length} files: ${summary}`);
  return 0;
}

process.exitCode = main();
