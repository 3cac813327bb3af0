import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { convertRaw } from '../src/import/convert.js';
import type { ModuleMeta } from '../src/import/data-files.js';
import { MODULES_FILE, toDataFiles } from '../src/import/data-files.js';
import { formatImportError } from '../src/import/errors.js';
import type { ScriptIo } from './generate-command.js';
import { PACKAGE_DIR } from './generate-command.js';

/** Compile date of policy_instruments.csv (as its POLICY_SOURCES notes in the raw folder state). */
const POLICY_AS_OF = '2026-11-22';

const USAGE =
  'usage: import-raw --raw <dir> [--check] [--out <dir>] [--partial]\n' +
  '  --raw      folder with the raw CSV files (see data/DATA-LICENCE.md)\n' +
  '  --check    compare with the committed data folder instead of writing\n' +
  '  --out      write the data files to this folder (default data/)\n' +
  '  --partial  accept a folder that holds only some of the registered files';

/**
 * `import-raw --raw <dir>`: converts the raw CSV folder into the package's data folder (`data/`).
 * Exit codes: 0 done / up to date, 1 data errors or differences, 2 usage error, 3 unreadable folder.
 */
export function importRaw(args: readonly string[], io: ScriptIo): number {
  let values: { raw?: string | undefined; out?: string | undefined; check?: boolean | undefined; partial?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: args.filter((a) => a !== '--'),
      options: {
        raw: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean' },
        partial: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.error(`usage error: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help === true || values.raw === undefined) {
    io.error(USAGE);
    return values.help === true ? 0 : 2;
  }
  const rawDir = resolve(values.raw);
  let names: string[];
  try {
    names = readdirSync(rawDir).filter((n) => n.endsWith('.csv'));
  } catch {
    io.error(`${rawDir}: unreadable: not a folder (hint: pass the folder that holds wb_wdi_ict_macro.csv)`);
    return 3;
  }
  const files = names.map((name) => ({ name, text: readFileSync(join(rawDir, name), 'utf8') }));
  const dataDir = values.out === undefined ? join(PACKAGE_DIR, 'data') : resolve(values.out);
  const out = convertRaw(files, { requireAll: values.partial !== true });
  if (!out.ok) {
    for (const e of out.error) io.error(formatImportError(e));
    io.error(`${out.error.length} error(s); nothing written`);
    return 1;
  }
  const committed = ((): Record<string, ModuleMeta> => {
    try {
      return JSON.parse(readFileSync(join(dataDir, MODULES_FILE), 'utf8')) as Record<string, ModuleMeta>;
    } catch {
      return {};
    }
  })();
  const written = toDataFiles(out.value, POLICY_AS_OF, committed);
  const obs = out.value.observations.reduce((n, m) => n + m.rows.length, 0);
  const summary = `${obs} observations in ${out.value.observations.length} modules, ${out.value.policyInstruments.length} policy instruments`;
  if (values.check === true) {
    const read = (p: string): string => {
      try {
        return readFileSync(join(dataDir, p), 'utf8');
      } catch {
        return '';
      }
    };
    const differ = written.filter((f) => read(f.path) !== f.text);
    for (const f of differ) io.error(`differs: ${join(dataDir, f.path)}`);
    if (differ.length === 0) io.log(`up to date: ${summary}`);
    else io.error(`${differ.length} file(s) differ from the raw folder`);
    return differ.length === 0 ? 0 : 1;
  }
  for (const f of written) {
    const path = join(dataDir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  io.log(`wrote ${written.length} files: ${summary}`);
  if (values.out === undefined) io.log('now run `pnpm --filter @dsc/datasets generate` to update the typed modules');
  return 0;
}
