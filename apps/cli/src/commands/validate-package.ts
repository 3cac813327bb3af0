import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding, FileOptions, FileResult } from '@dsc/validation';
import { validateBytes, validateStream } from '@dsc/validation';
import type { CommandContext } from '../io.js';

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

/** The cells of one delimited record (quotes doubled inside quoted cells). */
function cells(raw: string, delimiter: string, quote: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (quoted) {
      if (ch === quote && raw[i + 1] === quote) {
        cell += quote;
        i++;
      } else if (ch === quote) quoted = false;
      else cell += ch;
    } else if (ch === quote) quoted = true;
    else if (ch === delimiter) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell.replace(/\r?\n$/, ''));
  return out;
}

/**
 * Collects the values of one column from the raw records of a resource as it is validated (for the foreign keys of
 * other resources that reference it): the header tells the column and, when the dialect does not, the delimiter.
 */
function columnCollector(field: string, dialect: Readonly<Record<string, unknown>>, values: Set<string>): (raw: string, valid: boolean, header: boolean) => void {
  const quote = typeof dialect['quoteChar'] === 'string' ? dialect['quoteChar'] : '"';
  let delimiter = typeof dialect['delimiter'] === 'string' ? dialect['delimiter'] : undefined;
  let column = -1;
  return (raw, _valid, header) => {
    if (header) {
      delimiter ??= [',', ';', '\t', '|'].find((d) => cells(raw, d, quote).some((c) => c.trim() === field)) ?? ',';
      column = cells(raw, delimiter, quote).findIndex((c) => c.trim() === field);
    } else if (column >= 0 && delimiter !== undefined) {
      const v = cells(raw, delimiter, quote)[column];
      if (v !== undefined) values.add(v.trim());
    }
  };
}

/**
 * The results of a Data Package: the descriptor's, then one per tabular resource. A file that cannot be read
 * becomes the result `unreadable` gives it for the system error (exit 3).
 */
export async function validatePackage(arg: string, base: FileOptions, ctx: CommandContext, unreadable: (file: string, e: unknown) => FileResult): Promise<FileResult[]> {
  const cwd = ctx.io.cwd;
  let text: string;
  try {
    text = await readFile(resolve(cwd, arg), 'utf8');
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
  // foreign keys between resources: a referenced resource is validated first, collecting the referenced column
  const referenced = new Map<string, string>();
  for (const r of plan.resources)
    for (const fk of r.schema?.foreignKeys ?? []) {
      const fields = typeof fk.reference.fields === 'string' ? [fk.reference.fields] : fk.reference.fields;
      if (fk.reference.resource && fields.length === 1 && !referenced.has(fk.reference.resource)) referenced.set(fk.reference.resource, fields[0]!);
    }
  const codeLists: Record<string, Set<string>> = {};
  const order = plan.resources.map((r, i) => ({ r, i })).sort((a, b) => Number(referenced.has(b.r.name)) - Number(referenced.has(a.r.name)));
  const byResource: FileResult[][] = [];
  for (const { r, i } of order) {
    const field = referenced.get(r.name);
    const values = field !== undefined && !WORKBOOK.test(r.files[0]!) ? (codeLists[r.name] = new Set()) : undefined;
    const out: FileResult[] = (byResource[i] = []);
    const file = r.files.join(' + ');
    const opts: FileOptions = {
      ...base,
      ...r.dialect,
      ...(r.encoding !== undefined ? { encoding: r.encoding } : {}),
      schema: r.schema ?? base.schema,
      file,
      onFinding: base.onFinding && ((f: Finding) => base.onFinding?.({ ...f, resource: r.name })),
      codeLists: { ...base.codeLists, ...codeLists },
      ...(values !== undefined && field !== undefined ? { onRow: columnCollector(field, r.dialect, values) } : {}),
    };
    try {
      out.push(...(WORKBOOK.test(r.files[0]!) ? await validateBytes(await readFile(resolve(cwd, r.files[0]!)), opts) : [await validateStream(parts(r.files, cwd), opts)]));
    } catch (e) {
      out.push(unreadable(file, e));
    }
    for (const result of out) {
      result.resource = r.name;
      result.findings = result.findings.map((f) => ({ ...f, resource: r.name }));
    }
  }
  return [plan.descriptor, ...byResource.flat()];
}
