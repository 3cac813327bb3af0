import type { z } from 'zod';
import { MAX_DOCUMENT_DEPTH, tooDeepAt } from './depth.js';
import type { DocumentError, DocumentIssue } from './errors.js';
import { toPointer } from './errors.js';
import { migrationsFor } from './migrations.js';
import type { AnyDocument, DocumentKind, DocumentOf } from './registry.js';
import { currentVersion, documentKinds, documentSchemas, isDocumentKind } from './registry.js';
import type { Result } from './result.js';
import { err, ok } from './result.js';

const describe = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Converts zod issues into located document issues (JSON pointer + stable issue code). */
export const toDocumentIssues = (issues: readonly z.core.$ZodIssue[]): DocumentIssue[] =>
  issues.flatMap((i): DocumentIssue[] => {
    if (i.code === 'invalid_union' && i.errors.length > 0) {
      // Report the branch that got furthest rather than "invalid input" at the union itself.
      const best = [...i.errors].sort((a, b) => b.length - a.length)[0] ?? [];
      return toDocumentIssues(best.map((e) => ({ ...e, path: [...i.path, ...e.path] })));
    }
    const base = { pointer: toPointer(i.path), issue: i.code, message: i.message, params: issueParams(i) };
    return [
      'expected' in i && typeof i.expected === 'string'
        ? { ...base, expected: i.expected }
        : base,
    ];
  });

type IssueParams = Record<string, string | number | boolean>;

const shown = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** The named values of a zod issue (its code is a finite set), so that renderers can say it in any language. */
function issueParams(i: z.core.$ZodIssue): IssueParams {
  switch (i.code) {
    case 'invalid_type':
      return { expected: i.expected };
    case 'too_big':
      return { origin: i.origin, limit: String(i.maximum), inclusive: i.inclusive ?? false, exact: i.exact ?? false };
    case 'too_small':
      return { origin: i.origin, limit: String(i.minimum), inclusive: i.inclusive ?? false, exact: i.exact ?? false };
    case 'invalid_format':
      return { format: i.format, pattern: i.pattern ?? '' };
    case 'not_multiple_of':
      return { divisor: String(i.divisor) };
    case 'unrecognized_keys':
      return { keys: i.keys.join(', '), count: i.keys.length };
    case 'invalid_value':
      return { values: i.values.map(shown).join(', '), count: i.values.length };
    case 'invalid_key':
    case 'invalid_element':
      return { origin: i.origin };
    case 'invalid_union':
      return {};
    case 'custom': {
      const out: IssueParams = {};
      for (const [k, v] of Object.entries(i.params ?? {}))
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
      return out;
    }
  }
}

/**
 * Brings a document of an older `schemaVersion` to the current one, step by step.
 * Returns the migrated copy (the input is never modified).
 */
export function migrateDocument(
  kind: DocumentKind,
  input: Record<string, unknown>,
): Result<Record<string, unknown>, DocumentError> {
  const deep = tooDeepAt(input);
  return deep !== undefined ? err({ code: 'too_deep', pointer: deep, max: MAX_DOCUMENT_DEPTH }) : migrate(kind, input);
}

function migrate(kind: DocumentKind, input: Record<string, unknown>): Result<Record<string, unknown>, DocumentError> {
  const current = currentVersion(kind);
  const version = input['schemaVersion'];
  if (version === undefined) return err({ code: 'missing_schema_version', pointer: '/schemaVersion', kind });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > current)
    return err({ code: 'unsupported_schema_version', pointer: '/schemaVersion', kind, version, current });
  let doc = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const step = migrationsFor(kind).find((m) => m.from === v);
    if (!step)
      return err({ code: 'unsupported_schema_version', pointer: '/schemaVersion', kind, version, current });
    try {
      doc = step.migrate(doc);
    } catch (e) {
      return err({
        code: 'migration_failed',
        pointer: '',
        kind,
        from: v,
        to: v + 1,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return ok(doc);
}

/**
 * Reads any DSC document: detects its `kind`, migrates older versions, validates it.
 * Errors carry a stable `code` and JSON pointers to the offending values.
 *
 * @example
 * const r = parseDocument(JSON.parse(text));
 * if (r.ok) console.log(r.value.kind);
 */
export function parseDocument(input: unknown): Result<AnyDocument, DocumentError> {
  if (!isRecord(input)) return err({ code: 'not_an_object', pointer: '' });
  // Before every recursive step (describing, copying, migrating, zod): a document nested 100,000 deep overflows them.
  const deep = tooDeepAt(input);
  if (deep !== undefined) return err({ code: 'too_deep', pointer: deep, max: MAX_DOCUMENT_DEPTH });
  const kind = input['kind'];
  if (kind === undefined) return err({ code: 'missing_kind', pointer: '/kind' });
  if (!isDocumentKind(kind))
    return err({ code: 'unknown_kind', pointer: '/kind', kind: describe(kind), known: documentKinds });
  return parseOf(kind, input);
}

/** Like {@link parseDocument} for a document that must be of the given kind. */
export function parseDocumentOf<K extends DocumentKind>(kind: K, input: unknown): Result<DocumentOf<K>, DocumentError> {
  if (!isRecord(input)) return err({ code: 'not_an_object', pointer: '' });
  const deep = tooDeepAt(input);
  if (deep !== undefined) return err({ code: 'too_deep', pointer: deep, max: MAX_DOCUMENT_DEPTH });
  return parseOf(kind, input);
}

/** Parses a record already checked for depth. */
function parseOf<K extends DocumentKind>(kind: K, input: Record<string, unknown>): Result<DocumentOf<K>, DocumentError> {
  if (input['kind'] === undefined) return err({ code: 'missing_kind', pointer: '/kind' });
  if (input['kind'] !== kind)
    return err({ code: 'unknown_kind', pointer: '/kind', kind: describe(input['kind']), known: [kind] });
  const migrated = migrate(kind, input);
  if (!migrated.ok) return migrated;
  const schema = documentSchemas[kind] as unknown as z.ZodType<DocumentOf<K>>;
  const parsed = schema.safeParse(migrated.value);
  if (!parsed.success) return err({ code: 'invalid_document', kind, issues: toDocumentIssues(parsed.error.issues) });
  return ok(parsed.data);
}
