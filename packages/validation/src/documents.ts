import type { DocumentError } from '@dsc/domain';
import { MAX_DOCUMENT_DEPTH, fromPointer, parseDocument } from '@dsc/domain';
import type { Node, ParseError } from 'jsonc-parser';
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { LineIndex, nodeAt, tooDeepOffset } from './json-location.js';
import { Collector } from './collector.js';
import { findInvalidUtf8 } from './decode.js';
import type { ValidateOptions } from './options.js';
import type { FileResult } from './result.js';
import { emptyFileResult } from './result.js';
import type { JsonSyntaxError } from './finding.js';
import { checkPlanTree, jsonKind } from './plan-checks.js';
import { validateText } from './validate.js';

type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * The located issues of a document error, as data: a zod issue of an invalid document (its code and named values), or
 * the document error itself (`missing_kind`, `unsupported_schema_version`…) with its scalar fields.
 */
const documentIssues = (e: DocumentError): { pointer: string; issue: string; issueParams: IssueParams; expected?: string }[] => {
  switch (e.code) {
    case 'not_an_object':
    case 'missing_kind':
      return [{ pointer: '', issue: e.code, issueParams: {} }];
    case 'unknown_kind':
      return [{ pointer: e.pointer, issue: e.code, issueParams: { kind: e.kind, known: e.known.join(', ') } }];
    case 'missing_schema_version':
      return [{ pointer: '', issue: e.code, issueParams: { kind: e.kind } }];
    case 'unsupported_schema_version':
      return [{ pointer: e.pointer, issue: e.code, issueParams: { kind: e.kind, version: JSON.stringify(e.version) ?? 'undefined', current: e.current } }];
    case 'migration_failed':
      return [{ pointer: e.pointer, issue: e.code, issueParams: { kind: e.kind, from: e.from, to: e.to, message: e.message } }];
    case 'too_deep':
      return [{ pointer: e.pointer, issue: e.code, issueParams: { max: e.max } }];
    case 'invalid_document':
      return e.issues.map((i) => ({ pointer: i.pointer, issue: i.issue, issueParams: i.params ?? {}, ...(i.expected ? { expected: i.expected } : {}) }));
  }
};

/** jsonc-parser's error name in snake case: `CommaExpected` → `comma_expected`. */
const syntaxError = (e: ParseError): JsonSyntaxError => printParseErrorCode(e.error).replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c.toLowerCase()) as JsonSyntaxError;

/** The node at a JSON pointer, or its nearest existing ancestor (a missing property is reported at its parent). */
const nodeFor = (root: Node, pointer: string): Node => nodeAt(root, fromPointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s)));

/**
 * Validates a DSC JSON document (`*.plan.json`, datasets, …) against the `@dsc/domain` schema, mapping
 * every error back to its line and column, then checks cross-file references (indicator codes exist in
 * the catalogue).
 */
export function validateDocument(bytes: Uint8Array, options: ValidateOptions = {}): FileResult {
  const file = options.file ?? '<input>';
  const c = new Collector({ file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
  const result = (complete: boolean): FileResult => emptyFileResult(file, c, { bytes: bytes.length, encoding: 'utf-8', complete });
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const bad = findInvalidUtf8(body, 1)[0];
    const off = bad?.offset ?? 0;
    const before = new TextDecoder().decode(body.subarray(0, off));
    const line = before.split('\n').length;
    c.add('enc/invalid-utf8', () => ({ line, column: before.length - before.lastIndexOf('\n'), byteOffset: off + bytes.length - body.length, record: null, field: null, value: null, message: { code: 'invalid_utf8', params: { hex: '', offset: off, more: 0 } }, hint: { code: 'json_utf8', params: {} } }));
    return result(false);
  }
  if (text.trim() === '') {
    c.add('csv/empty-file', () => ({ line: 1, column: 1, byteOffset: 0, record: null, field: null, value: null, message: { code: 'empty_file', params: {} }, hint: { code: 'empty_file', params: {} } }));
    return result(false);
  }
  const lines = new LineIndex(text);
  // The tree parser and the walkers below recurse: refuse deep nesting before any of them runs.
  const deep = tooDeepOffset(text, MAX_DOCUMENT_DEPTH);
  if (deep !== undefined) {
    c.add('plan/invalid-json', () => ({ ...lines.at(deep), record: null, field: null, value: null, message: { code: 'json_too_deep', params: { max: MAX_DOCUMENT_DEPTH } }, hint: { code: 'json_too_deep', params: {} } }));
    return result(true);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !root) {
    // The first syntax error is the root cause; the parser's follow-up errors are consequences.
    for (const e of errors.slice(0, 1)) {
      c.add('plan/invalid-json', () => ({ ...lines.at(e.offset), record: null, field: null, value: null, message: { code: 'plan_json', params: { error: syntaxError(e) } }, hint: { code: 'plan_json', params: {} } }));
    }
    return result(true);
  }
  const value = JSON.parse(text) as unknown;
  const planFile = /\.plan\.json$/i.test(file);
  if (planFile && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    // a plan is an object: `[]` or a bare value is an error, not an empty table
    c.add('plan/schema', () => ({ ...lines.at(root.offset), record: null, field: null, value: null, message: { code: 'plan_not_object', params: { found: jsonKind(value) } }, hint: { code: 'plan_not_object', params: {} } }));
    return result(true);
  }
  // A JSON array of flat records is a table: the same rules as CSV, located at the JSON values.
  if (Array.isArray(value)) return validateRecords(value, root, lines, options, bytes.length, file);
  const parsed = parseDocument(value);
  const at = (pointer: string): ReturnType<LineIndex['at']> => lines.at(nodeFor(root, pointer).offset);
  if (!parsed.ok) {
    for (const e of documentIssues(parsed.error)) {
      const segs = fromPointer(e.pointer);
      const exists = findNodeAtLocation(root, segs.map((x) => (/^\d+$/.test(x) ? Number(x) : x))) !== undefined;
      const missing = !exists && segs.length ? segs[segs.length - 1]! : null;
      const params = { pointer: e.pointer || '/', detail: { issue: e.issue, params: e.issueParams }, missing };
      c.add('plan/schema', () => ({ ...at(e.pointer), record: null, field: e.pointer || null, value: null, message: { code: 'plan_schema', params }, hint: exists ? null : { code: 'plan_schema', params: {} }, ...(e.expected ? { expected: e.expected } : {}) }));
    }
  }
  if (planFile || (value as { kind?: unknown } | null)?.kind === 'plan') checkPlanTree(root, lines, c, file);
  const cat = options.catalogue;
  if (cat) {
    const walk = (node: Node, path: (string | number)[]): void => {
      if (node.type === 'object')
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const key = String(k.value);
          if ((key === 'indicator' || key === 'indicatorCode') && v.type === 'string') check(v);
          else if (key === 'indicators' && v.type === 'array') for (const item of v.children ?? []) if (item.type === 'string') check(item);
          walk(v, [...path, key]);
        }
      else if (node.type === 'array') (node.children ?? []).forEach((ch, i) => walk(ch, [...path, i]));
    };
    const check = (n: Node): void => {
      const code = String(n.value);
      if (!cat.codes.has(code)) c.add('ref/unknown-indicator', () => ({ ...lines.at(n.offset), record: null, field: null, value: code, message: { code: 'ref_indicator', params: { code } }, hint: { code: 'unknown_indicator', params: {} } }));
    };
    walk(root, []);
  }
  const obsNode = findNodeAtLocation(root, ['observations']);
  if (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'dataset' && obsNode && Array.isArray((value as { observations?: unknown }).observations)) {
    const rows = validateRecords((value as { observations: unknown[] }).observations, obsNode, lines, { ...options, layout: 'long' }, bytes.length, file);
    const own = result(true);
    return {
      ...rows,
      findings: [...own.findings, ...rows.findings],
      counts: mergeCounts(own.counts, rows.counts),
      errors: own.errors + rows.errors,
      warnings: own.warnings + rows.warnings,
      infos: own.infos + rows.infos,
    };
  }
  return result(true);
}

const mergeCounts = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Validates an array of flat JSON records with the table rules: the records become CSV rows (columns in
 * order of first appearance), and every finding is moved back to the JSON value it is about.
 */
function validateRecords(records: unknown[], arrayNode: Node, lines: LineIndex, options: ValidateOptions, size: number, file: string): FileResult {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of records)
    if (typeof r === 'object' && r !== null && !Array.isArray(r))
      for (const k of Object.keys(r))
        if (!seen.has(k)) {
          seen.add(k);
          columns.push(k);
        }
  let text = columns.map(csvCell).join(',') + '\n';
  for (const r of records) {
    const o = typeof r === 'object' && r !== null && !Array.isArray(r) ? (r as Record<string, unknown>) : {};
    text += columns.map((c) => csvCell(o[c])).join(',') + '\n';
  }
  const inner = validateText(new TextEncoder().encode(text), { ...options, file, delimiter: ',', decimalChar: '.', encoding: 'utf-8', onFinding: undefined, seriesChecks: options.seriesChecks });
  const items = arrayNode.children ?? [];
  for (const f of inner.findings) {
    let node: Node | undefined;
    const rec = f.record ?? null;
    if (rec !== null && items[rec - 1]) {
      const item = items[rec - 1]!;
      const key = f.fieldIndex !== undefined ? columns[f.fieldIndex] : undefined;
      node = (key !== undefined ? findNodeAtLocation(item, [key]) : undefined) ?? item;
    } else node = arrayNode;
    const pos = lines.at(node.offset);
    f.line = pos.line;
    f.column = pos.column;
    f.byteOffset = pos.byteOffset;
    if (f.related) for (const r of f.related) if (r.record !== null && r.record !== undefined && items[r.record - 1]) Object.assign(r, lines.at(items[r.record - 1]!.offset));
  }
  const findings = inner.findings.filter((f) => f.ruleId !== 'csv/dialect');
  if (options.onFinding) for (const f of findings) options.onFinding(f);
  const counts = { ...inner.counts };
  delete counts['csv/dialect'];
  return { ...inner, bytes: size, encoding: 'utf-8', dialect: null, findings, counts, infos: inner.infos - (inner.counts['csv/dialect'] ?? 0) };
}
