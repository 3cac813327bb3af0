import { unzipSync } from 'fflate';
import { Collector } from './collector.js';
import type { MessageParams } from './finding.js';
import type { ValidateOptions } from './options.js';
import type { FileResult } from './result.js';
import { emptyFileResult } from './result.js';
import { sniffContainer, validateText } from './validate.js';
import { validateXlsx } from './xlsx.js';

/** Limits against zip bombs. */
export type ZipLimits = {
  /** Total uncompressed bytes (default 512 MiB). */
  readonly maxTotalBytes?: number;
  /** Members (default 10,000). */
  readonly maxEntries?: number;
  /** Uncompressed/compressed ratio of one member larger than 1 MiB (default 100). */
  readonly maxRatio?: number;
};

/** What an input is: delimited text, a JSON document, an XLSX workbook or a zip archive of these. */
export type InputKind = 'text' | 'document' | 'xlsx' | 'zip';

export type FileOptions = ValidateOptions & {
  readonly zip?: ZipLimits | undefined;
  /** The kind of the input when its name cannot tell (standard input, a pipe); detected from the name and the first bytes otherwise. */
  readonly kind?: InputKind | undefined;
};

const TEXT_EXT = /\.(csv|tsv|tab|txt|psv|dat)$/i;

/** What kind of input a name and its first bytes say. */
export function detectKind(name: string, head: Uint8Array): 'zip' | 'xlsx' | 'document' | 'text' | 'unsupported' {
  const magic = sniffContainer(head);
  if (magic === 'zip') return /\.(xlsx|xlsm)$/i.test(name) ? 'xlsx' : 'zip';
  if (magic) return 'unsupported';
  if (/\.json$/i.test(name)) return 'document';
  return 'text';
}

const emptyResult = (file: string, c: Collector, bytes: number, complete: boolean): FileResult => emptyFileResult(file, c, { bytes, complete });

/**
 * Validates one input held in memory: delimited text, an XLSX workbook, a zip archive of these (each
 * member validated, with limits), or a DSC JSON document. Returns one result per validated file.
 */
export async function validateBytes(bytes: Uint8Array, options: FileOptions = {}): Promise<FileResult[]> {
  const file = options.file ?? '<input>';
  const kind = options.kind ?? detectKind(file, bytes.subarray(0, 8));
  switch (kind) {
    case 'text':
      return [validateText(bytes, options)];
    case 'document': {
      // Loaded on demand: the document schemas are only needed for JSON documents.
      const { validateDocument } = await import('./documents.js');
      return [validateDocument(bytes, options)];
    }
    case 'xlsx':
      return [validateXlsx(bytes, options)];
    case 'unsupported': {
      const c = new Collector({ file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
      const r = emptyResult(file, c, bytes.length, false);
      r.unreadable = { code: 'unsupported_format', params: { format: sniffContainer(bytes) ?? 'unknown', expected: 'data' } };
      return [r];
    }
    case 'zip':
      return validateZip(bytes, options);
  }
}

/** Thrown out of fflate's filter to stop at the first member over a limit. */
const LIMIT = new Error('zip limit');

async function validateZip(bytes: Uint8Array, options: FileOptions): Promise<FileResult[]> {
  const file = options.file ?? '<input>';
  const c = new Collector({ file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
  const limits = { maxTotalBytes: 512 << 20, maxEntries: 10_000, maxRatio: 100, ...options.zip };
  let entries = 0;
  let total = 0;
  let over: MessageParams['zip_limit'] | undefined;
  let members: Record<string, Uint8Array>;
  const skipped: string[] = [];
  try {
    members = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        if (entries > limits.maxEntries) {
          over ??= { what: 'entries', value: entries, max: limits.maxEntries, member: '' };
          throw LIMIT;
        }
        if (f.name.endsWith('/')) return false;
        if (!TEXT_EXT.test(f.name) && !/\.(xlsx|json)$/i.test(f.name)) {
          skipped.push(f.name);
          return false;
        }
        total += f.originalSize;
        if (total > limits.maxTotalBytes) over ??= { what: 'total_bytes', value: total, max: limits.maxTotalBytes, member: '' };
        else if (f.originalSize > 1 << 20 && f.originalSize > f.size * limits.maxRatio)
          over ??= { what: 'ratio', value: Math.round(f.originalSize / Math.max(1, f.size)), max: limits.maxRatio, member: f.name };
        // Stop reading the central directory at the first member over a limit (it may claim billions of entries).
        if (over !== undefined) throw LIMIT;
        return true;
      },
    });
  } catch (e) {
    if (e !== LIMIT) {
      const r = emptyResult(file, c, bytes.length, false);
      r.unreadable = { code: 'corrupt_container', params: { container: 'zip', reason: 'corrupt', sheet: '', sheets: '', detail: e instanceof Error ? e.message : String(e) } };
      return [r];
    }
    members = {};
  }
  if (over) {
    const params = over;
    c.add('zip/limit-exceeded', () => ({ line: null, column: null, byteOffset: null, record: null, field: null, value: null, message: { code: 'zip_limit', params }, hint: { code: 'zip_limit', params: {} } }));
    return [emptyResult(file, c, bytes.length, false)];
  }
  for (const name of skipped) c.add('zip/skipped-member', () => ({ line: null, column: null, byteOffset: null, record: null, field: name, value: null, message: { code: 'zip_skipped', params: { name } }, hint: null }));
  const names = Object.keys(members).sort();
  const out: FileResult[] = [];
  for (const name of names) {
    const data = members[name]!;
    if (data.length > limits.maxTotalBytes) continue;
    const sub: FileOptions = { ...options, kind: undefined, file: `${file}/${name}`, ...(/(^|\/)Metadata_/.test(name) ? { layout: 'table' as const } : {}) };
    out.push(...(await validateBytes(data, sub)));
  }
  if (out.length === 0) c.add('zip/empty-archive', () => ({ line: null, column: null, byteOffset: null, record: null, field: null, value: null, message: { code: 'zip_empty', params: {} }, hint: { code: 'zip_empty', params: {} } }));
  if (TEXT_EXT.test(file))
    c.add('csv/container', () => ({ line: 1, column: 1, byteOffset: 0, record: null, field: null, value: 'PK\\x03\\x04', message: { code: 'container', params: { kind: 'zip' } }, hint: { code: 'zip_container', params: {} } }));
  const own = emptyResult(file, c, bytes.length, true);
  return [own, ...out];
}
