import type { ParseError } from 'jsonc-parser';
import { parse as parseJsonc } from 'jsonc-parser';
import { z } from 'zod';
import { Collector } from './collector.js';
import type { FindingMessage } from './finding.js';
import { dialectOptions } from './config.js';
import { TableDialect, TableSchema } from './descriptors.js';
import { LineIndex, jsonLocation } from './json-location.js';
import type { FileResult } from './result.js';
import { emptyFileResult } from './result.js';
import type { SeverityOverride } from './rules.js';

/**
 * Frictionless Data Package (v1 and v2 descriptors): the model of `datapackage.json` and the plan of its tabular
 * resources. Each resource is a delimited text or workbook file named relative to the descriptor, read with its
 * Table Schema and Table Dialect (inline, or a JSON file beside the descriptor) by the same validator as any file.
 * Nothing is fetched: a URL, an absolute path or a path that leaves the descriptor's folder is a finding.
 */

const Path = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const DataResource = z
  .object({
    name: z.string().min(1),
    path: Path.optional(),
    data: z.unknown().optional(),
    format: z.string().optional(),
    mediatype: z.string().optional(),
    encoding: z.string().optional(),
    schema: z.union([TableSchema, z.string().min(1)]).optional(),
    dialect: z.union([TableDialect, z.string().min(1)]).optional(),
  })
  .loose()
  .refine((r) => r.path !== undefined || r.data !== undefined, { message: 'a resource needs "path" or "data"', path: ['path'] });

export const DataPackage = z
  .object({
    $schema: z.string().optional(),
    name: z.string().optional(),
    resources: z.array(DataResource).min(1),
  })
  .loose();
export type DataPackage = z.infer<typeof DataPackage>;

/** A tabular resource to validate: its name, its files (parts read one after the other) and how to read them. */
export type PackageResource = {
  readonly name: string;
  /** The files as reports name them: the descriptor's folder joined with each path. */
  readonly files: readonly string[];
  readonly schema: TableSchema | undefined;
  /** Options from its Table Dialect (`dialectOptions`). */
  readonly dialect: Readonly<Record<string, unknown>>;
  readonly encoding: string | undefined;
};

export type DataPackagePlan = {
  /** The result of the descriptor itself: findings on its JSON, its shape and its resource paths. */
  readonly descriptor: FileResult;
  readonly resources: readonly PackageResource[];
};

export type DataPackageOptions = {
  /** The descriptor as reports name it (`data/datapackage.json`). */
  readonly file: string;
  /** Reads a JSON file named relative to the working directory (a schema or dialect given by path); undefined when it cannot be read. */
  readonly readText: (file: string) => string | undefined;
  readonly severities?: Readonly<Record<string, SeverityOverride>> | undefined;
  readonly maxSamples?: number | undefined;
  readonly onFinding?: ConstructorParameters<typeof Collector>[0]['onFinding'];
};

/** Why a resource path is not read: a URL, an absolute path, or one that leaves the descriptor's folder. */
export function unsafeResourcePath(path: string): 'url' | 'absolute' | 'escape' | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return 'url';
  if (/^([\\/]|[a-z]:)/i.test(path)) return 'absolute';
  let depth = 0;
  for (const part of path.split(/[\\/]+/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return 'escape';
  }
  return undefined;
}

const TABULAR_EXT = /\.(csv|tsv|tab|txt|psv|dat|xlsx|xlsm)$/i;
const TABULAR_FORMAT = /^(csv|tsv|xlsx|xlsm)$/i;

const folderOf = (file: string): string => {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i === -1 ? '' : file.slice(0, i + 1);
};

/**
 * Reads a Data Package descriptor: located findings for bad JSON, a bad shape and unsafe resource paths (on the
 * descriptor's own result), and the tabular resources to validate.
 */
export function planDataPackage(text: string, options: DataPackageOptions): DataPackagePlan {
  const { file } = options;
  const c = new Collector({ file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
  const done = (resources: PackageResource[]): DataPackagePlan => ({ descriptor: emptyFileResult(file, c, { bytes: text.length, complete: true }), resources });
  const src = text.replace(/^\uFEFF/, '');
  const at = (path: readonly (string | number)[]): { line: number | null; column: number | null } => {
    const l = jsonLocation(src, path);
    return l ? { line: l.line, column: l.column } : { line: null, column: null };
  };
  const finding = (rule: string, path: readonly (string | number)[], message: FindingMessage, resource?: string): void => {
    c.add(rule, () => ({ ...at(path), byteOffset: null, record: null, field: null, value: null, ...(resource !== undefined ? { resource } : {}), message, hint: rule === 'package/skipped-resource' ? null : { code: rule === 'package/resource-path' ? 'resource_path' : 'package_descriptor', params: {} } }));
  };
  let value: unknown;
  try {
    value = JSON.parse(src);
  } catch (e) {
    const errors: ParseError[] = [];
    parseJsonc(src, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const pos = errors[0] ? new LineIndex(src).at(errors[0].offset) : undefined;
    c.add('package/descriptor', () => ({
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      byteOffset: pos?.byteOffset ?? null,
      record: null,
      field: null,
      value: null,
      message: { code: 'package_json', params: { detail: e instanceof Error ? e.message : String(e) } },
      hint: { code: 'package_descriptor', params: {} },
    }));
    return done([]);
  }
  const parsed = DataPackage.safeParse(value);
  if (!parsed.success) {
    for (const i of parsed.error.issues.slice(0, 20)) {
      const path = i.path.map((k) => (typeof k === 'number' ? k : String(k)));
      finding('package/descriptor', path, { code: 'package_schema', params: { pointer: `/${path.join('/')}`, detail: i.message } });
    }
    return done([]);
  }
  const folder = folderOf(file);
  /** A schema or dialect given by path: its parsed JSON, or a finding at its place. */
  const load = (resource: string, path: (string | number)[], rel: string): unknown => {
    const unsafe = unsafeResourcePath(rel);
    if (unsafe) {
      finding('package/resource-path', path, { code: 'resource_path', params: { resource, path: rel, reason: unsafe } }, resource);
      return undefined;
    }
    const content = options.readText(folder + rel);
    let json: unknown;
    try {
      json = content === undefined ? undefined : JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (e) {
      finding('package/descriptor', path, { code: 'package_json', params: { detail: `${rel}: ${e instanceof Error ? e.message : String(e)}` } }, resource);
      return undefined;
    }
    if (json === undefined) finding('package/descriptor', path, { code: 'package_file', params: { pointer: `/${path.join('/')}`, path: rel } }, resource);
    return json;
  };
  const resources: PackageResource[] = [];
  parsed.data.resources.forEach((r, i) => {
    const where = ['resources', i];
    if (r.path === undefined) {
      finding('package/skipped-resource', where, { code: 'resource_skipped', params: { resource: r.name, reason: 'inline' } }, r.name);
      return;
    }
    const paths = typeof r.path === 'string' ? [r.path] : r.path;
    const safe = paths.every((p, j) => {
      const unsafe = unsafeResourcePath(p);
      if (unsafe) finding('package/resource-path', typeof r.path === 'string' ? [...where, 'path'] : [...where, 'path', j], { code: 'resource_path', params: { resource: r.name, path: p, reason: unsafe } }, r.name);
      return unsafe === undefined;
    });
    if (!safe) return;
    if (!(r.format ? TABULAR_FORMAT.test(r.format) : paths.every((p) => TABULAR_EXT.test(p)))) {
      finding('package/skipped-resource', where, { code: 'resource_skipped', params: { resource: r.name, reason: 'format' } }, r.name);
      return;
    }
    let schema: TableSchema | undefined;
    if (typeof r.schema === 'string') {
      const json = load(r.name, [...where, 'schema'], r.schema);
      const s = json === undefined ? undefined : TableSchema.safeParse(json);
      if (s && !s.success) finding('package/descriptor', [...where, 'schema'], { code: 'package_schema', params: { pointer: `/resources/${i}/schema`, detail: `${r.schema}: ${s.error.issues[0]?.message ?? ''}` } }, r.name);
      if (!s?.success) return;
      schema = s.data;
    } else schema = r.schema;
    let dialect: TableDialect | undefined;
    if (typeof r.dialect === 'string') {
      const json = load(r.name, [...where, 'dialect'], r.dialect);
      const d = json === undefined ? undefined : TableDialect.safeParse(json);
      if (d && !d.success) finding('package/descriptor', [...where, 'dialect'], { code: 'package_schema', params: { pointer: `/resources/${i}/dialect`, detail: `${r.dialect}: ${d.error.issues[0]?.message ?? ''}` } }, r.name);
      if (!d?.success) return;
      dialect = d.data;
    } else dialect = r.dialect;
    resources.push({ name: r.name, files: paths.map((p) => folder + p), schema, dialect: dialect ? dialectOptions(dialect) : {}, encoding: r.encoding });
  });
  return done(resources);
}
