import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, FileOptions, FileResult } from '@dsc/validation';
import { validateBytes, validateStream } from '@dsc/validation';
import type { CommandContext } from '../io.js';
import { readInput } from '../io.js';

// `dsc validate datapackage.json` (or a folder holding one): the descriptor is checked, then each tabular resource
// is validated with its own Table Schema and Table Dialect, as one result per resource named by its path and
// carrying the resource name, so every report format lists the resources one by one.

/** Whether an input is a Frictionless Data Package descriptor. */
export const isDataPackage = (arg: string): boolean => /(^|[\\/])datapackage\.json$/i.test(arg);

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** The chunks of a resource's files, one after the other (a resource split into parts is one table). */
async function* parts(files: readonly string[], cwd: string): AsyncGenerator<Uint8Array> {
  for (const f of files) yield* createReadStream(resolve(cwd, f), { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>;
}

/**
 * The results of a Data Package: the descriptor's, then one per tabular resource. A file that cannot be read
 * becomes the result `unreadable` gives it (exit 3).
 */
export async function validatePackage(arg: string, base: FileOptions, ctx: CommandContext, unreadable: (file: string, e: unknown) => FileResult): Promise<FileResult[]> {
  const { t } = ctx.i18n;
  const cwd = ctx.io.cwd;
  let text: string;
  try {
    text = (await readInput(resolve(cwd, arg), t)).toString('utf8');
  } catch (e) {
    return [unreadable(arg, e)];
  }
  const [schemas, zodErrors] = await Promise.all([import('@dsc/validation/schemas'), import('@dsc/i18n/zod')]);
  zodErrors.configureZodLocale(ctx.i18n.locale);
  const plan = schemas.planDataPackage(text, {
    file: arg,
    readText: (f) => {
      try {
        return readFileSync(resolve(cwd, f), 'utf8');
      } catch {
        return undefined;
      }
    },
    severities: base.severities,
    maxSamples: base.maxSamples,
    onFinding: base.onFinding,
  });
  const results: FileResult[] = [plan.descriptor];
  for (const r of plan.resources) {
    const file = r.files.join(' + ');
    const opts: FileOptions = {
      ...base,
      ...r.dialect,
      ...(r.encoding !== undefined ? { encoding: r.encoding } : {}),
      schema: r.schema ?? base.schema,
      file,
      onFinding: base.onFinding && ((f: Finding) => base.onFinding?.({ ...f, resource: r.name })),
    };
    let out: FileResult[];
    try {
      out = WORKBOOK.test(r.files[0]!) ? await validateBytes(await readInput(resolve(cwd, r.files[0]!), t), opts) : [await validateStream(parts(r.files, cwd), opts)];
    } catch (e) {
      out = [unreadable(file, e)];
    }
    for (const result of out) {
      result.resource = r.name;
      result.findings = result.findings.map((f) => ({ ...f, resource: r.name }));
      results.push(result);
    }
  }
  return results;
}
