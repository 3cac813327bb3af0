import type { PolicyInstrument, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { ImportError } from './errors.js';
import type { ObservationModule } from './observations.js';
import { RAW_FILES, convertObservationFile } from './observations.js';
import { POLICY_FILE, convertPolicyInstruments } from './policy.js';

/** A raw file given to the import: its name (no directory) and its text. */
export type RawFile = { readonly name: string; readonly text: string };

export type ImportOutput = {
  /** One module per raw observation file, sorted by module name. */
  readonly observations: readonly ObservationModule[];
  readonly policyInstruments: readonly PolicyInstrument[];
};

export type ImportOptions = {
  /** Require every known raw file to be present (the real import); a fixture may hold a subset. */
  readonly requireAll?: boolean;
};

/**
 * Converts the raw folder (long-format observation CSVs + `policy_instruments.csv`) into the package's own
 * data. Pure and deterministic: the same files give the same output, whatever their order.
 */
export function convertRaw(files: readonly RawFile[], options: ImportOptions): Result<ImportOutput, ImportError[]> {
  const errors: ImportError[] = [];
  const observations: ObservationModule[] = [];
  let policyInstruments: PolicyInstrument[] = [];
  const names = new Set(files.map((f) => f.name));
  if (options.requireAll === true)
    for (const name of [...Object.keys(RAW_FILES), POLICY_FILE])
      if (!names.has(name))
        errors.push({ code: 'missing_file', file: name, hint: 'The raw folder must hold every registered file' });
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (f.name === POLICY_FILE) {
      const r = convertPolicyInstruments(f.text, f.name);
      if (r.ok) policyInstruments = r.value;
      else errors.push(...r.error);
      continue;
    }
    const r = convertObservationFile(f.name, f.text);
    if (r.ok) observations.push(r.value);
    else errors.push(...r.error);
  }
  if (errors.length > 0) return err(errors);
  observations.sort((a, b) => (a.module < b.module ? -1 : 1));
  return ok({ observations, policyInstruments });
}
