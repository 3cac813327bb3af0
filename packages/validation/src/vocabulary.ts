/**
 * The names the descriptor schemas (descriptors.ts) and the engine share, in a module that imports nothing: the
 * layouts, the Table Schema field types, and Result constructors that do not load @dsc/domain (its schemas load zod).
 */

/** Input layouts recognised from the header (docs/validation.md#input-layouts). */
export const LAYOUTS = ['long', 'wdi-wide', 'sdmx-csv-1', 'sdmx-csv-2', 'sdg-long', 'table'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Table Schema field types. */
export const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** An error in a configuration file or a `--rule` flag. */
export type ConfigError =
  | {
      code: 'invalid_config';
      path: string;
      message: string;
      /** The offending flag, for `--rule` flags. */
      value?: string;
      /** Where in the configuration file (keys and indexes from its root), for locating the error. */
      segments?: readonly (string | number)[];
    }
  | { code: 'unknown_rule'; path: string; ruleId: string; segments?: readonly (string | number)[] };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
