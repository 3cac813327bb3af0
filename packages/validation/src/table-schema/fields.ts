import type { SchemaField, TableSchema } from '../descriptors.js';

/** XML Schema regex → an anchored JS regex (the differences that matter: implicit anchoring, \i \c classes). */
export function xsdPattern(pattern: string): RegExp {
  const js = pattern.replace(/\\i/g, '[A-Za-z_:]').replace(/\\c/g, '[-A-Za-z0-9._:]');
  return new RegExp(`^(?:${js})$`, 'u');
}

/** Missing-value markers: a field-level list replaces the schema-level one (Table Schema v2). */
export function missingValuesFor(field: SchemaField, schemaLevel: TableSchema['missingValues']): string[] {
  const list = field.missingValues ?? schemaLevel ?? [''];
  return list.map((m) => (typeof m === 'string' ? m : m.value));
}

/** Field names of a key given as a string or an array. */
export const keyFields = (k: string | readonly string[]): string[] => (typeof k === 'string' ? [k] : [...k]);
