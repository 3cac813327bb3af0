import type { DocumentKind } from './registry.js';

/** One problem inside a document, located by a JSON pointer (RFC 6901) to the offending value. */
export type DocumentIssue = {
  /** JSON pointer, e.g. `/activities/3/duration`; `""` is the whole document. */
  readonly pointer: string;
  /** The zod issue code (`invalid_type`, `too_small`, `invalid_value`, `custom`, …). */
  readonly issue: string;
  /** English explanation; user-facing text comes from `@dsc/i18n`. */
  readonly message: string;
  readonly expected?: string;
};

/** Why a document could not be read. Every variant has a stable snake_case `code`. */
export type DocumentError =
  | { readonly code: 'not_an_object'; readonly pointer: '' }
  | { readonly code: 'missing_kind'; readonly pointer: '/kind' }
  | { readonly code: 'unknown_kind'; readonly pointer: '/kind'; readonly kind: string; readonly known: readonly string[] }
  | { readonly code: 'missing_schema_version'; readonly pointer: '/schemaVersion'; readonly kind: DocumentKind }
  | {
      readonly code: 'unsupported_schema_version';
      readonly pointer: '/schemaVersion';
      readonly kind: DocumentKind;
      readonly version: unknown;
      readonly current: number;
    }
  | {
      readonly code: 'migration_failed';
      readonly pointer: string;
      readonly kind: DocumentKind;
      readonly from: number;
      readonly to: number;
      readonly message: string;
    }
  | { readonly code: 'invalid_document'; readonly kind: DocumentKind; readonly issues: readonly DocumentIssue[] }
  /** Arrays and objects nested deeper than `max` (checked before any recursive step, so no stack overflow). */
  | { readonly code: 'too_deep'; readonly pointer: string; readonly max: number };

export type DocumentErrorCode = DocumentError['code'];

/** All document error codes, for exhaustive message maps. */
export const documentErrorCodes = [
  'not_an_object',
  'missing_kind',
  'unknown_kind',
  'missing_schema_version',
  'unsupported_schema_version',
  'migration_failed',
  'too_deep',
  'invalid_document',
] as const satisfies readonly DocumentErrorCode[];

/** Encodes a path as a JSON pointer (RFC 6901). */
export const toPointer = (path: readonly PropertyKey[]): string =>
  path.map((p) => '/' + String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('');

/** Decodes a JSON pointer into its segments. */
export const fromPointer = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
