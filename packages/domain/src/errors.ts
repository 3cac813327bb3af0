import type { DocumentKind } from './registry.js';

/** One problem inside a document, located by a JSON pointer (RFC 6901) to the offending value. */
export type DocumentIssue = {
  /** JSON pointer, e.g. `/activities/3/duration`; `""` is the whole document. */
  readonly pointer: string;
  /** The zod issue code (`invalid_type`, `too_small`, `invalid_value`, `custom`, …). */
  readonly issue: string;
  /** English explanation (zod's message), for zod's own consumers; user-facing text comes from `@dsc/i18n`. */
  readonly message: string;
  readonly expected?: string;
  /**
   * The named values of the issue, so that it renders in any language: zod's own fields (`expected`, `origin`,
   * `minimum`, `format`, `keys`, …) or, for a `custom` issue of the domain schemas, its `code` (a
   * {@link CustomIssueCode}) and values (`id`, `collection`).
   */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
};

/** The codes of the domain's own checks (`custom` zod issues), each with a message in `@dsc/i18n`. */
export const customIssueCodes = [
  'iso_alpha2',
  'iso_alpha3',
  'area_code',
  'm49_code',
  'currency_code',
  'iso_date',
  'partial_date',
  'country_iso2',
  'duplicate_id',
  'unknown_parent',
  'goalpost_order',
  'range_order',
  'secondary_url',
  'finite_number',
  'unknown_source',
  'constraint_date',
  'unknown_activity',
  'self_dependency',
  'period_order',
  'verified_url',
  'level_order',
  'unknown_scale',
  'unknown_reference',
] as const;
export type CustomIssueCode = (typeof customIssueCodes)[number];

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
