import { z } from 'zod';
import type { Result } from '@dsc/domain';
import { isRuleId } from './rules.js';
import type { ConfigError } from './vocabulary.js';
import { FIELD_TYPES, LAYOUTS, err, ok } from './vocabulary.js';

/**
 * The zod models of the JSON descriptors the validator reads: Frictionless Table Schema and Table Dialect, and
 * the `validate` section of `dsc.config.json`. They are exported from `@dsc/validation/schemas`, apart from the
 * validator itself, so that validating a file does not load zod unless a descriptor is read.
 */

const Constraints = z
  .object({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(0).optional(),
    minimum: z.union([z.number(), z.string()]).optional(),
    maximum: z.union([z.number(), z.string()]).optional(),
    exclusiveMinimum: z.union([z.number(), z.string()]).optional(),
    exclusiveMaximum: z.union([z.number(), z.string()]).optional(),
    pattern: z.string().optional(),
    enum: z.array(z.unknown()).optional(),
    jsonSchema: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

const MissingValues = z.array(z.union([z.string(), z.object({ value: z.string(), label: z.string().optional() })]));

export const SchemaField = z
  .object({
    name: z.string(),
    type: z.enum(FIELD_TYPES).optional(),
    format: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    constraints: Constraints.optional(),
    missingValues: MissingValues.optional(),
    decimalChar: z.string().min(1).optional(),
    groupChar: z.string().min(1).optional(),
    bareNumber: z.boolean().optional(),
    trueValues: z.array(z.string()).optional(),
    falseValues: z.array(z.string()).optional(),
    delimiter: z.string().min(1).optional(),
    itemType: z.enum(FIELD_TYPES).optional(),
    categories: z.array(z.union([z.string(), z.number(), z.object({ value: z.union([z.string(), z.number()]), label: z.string().optional() })])).optional(),
    categoriesOrdered: z.boolean().optional(),
  })
  .loose();
export type SchemaField = z.infer<typeof SchemaField>;

const ForeignKey = z.object({
  fields: z.union([z.string(), z.array(z.string())]),
  reference: z.object({
    resource: z.string().optional(),
    fields: z.union([z.string(), z.array(z.string())]),
  }),
});

export const TableSchema = z
  .object({
    $schema: z.string().optional(),
    fields: z.array(SchemaField),
    fieldsMatch: z.enum(['exact', 'equal', 'subset', 'superset', 'partial']).optional(),
    missingValues: MissingValues.optional(),
    primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
    uniqueKeys: z.array(z.array(z.string())).optional(),
    foreignKeys: z.array(ForeignKey).optional(),
  })
  .loose();
export type TableSchema = z.infer<typeof TableSchema>;

const Level = z.enum(['error', 'warning', 'info', 'off']);

/** The `validate` section of `dsc.config.json` (or the whole file). */
export const ValidateConfig = z
  .object({
    rules: z.record(z.string(), Level).optional().describe('Severity per rule ID: error, warning, info or off'),
    referenceYear: z.number().int().min(1900).max(2200).optional(),
    aggregates: z.array(z.string()).optional().describe('Extra allowed aggregate area codes'),
    missingValues: z.array(z.string()).optional(),
    maxSamples: z.number().int().min(0).optional(),
    minRows: z.number().int().min(0).optional(),
    maxFieldBytes: z.number().int().min(1).optional(),
    maxLineBytes: z.number().int().min(1).optional(),
    decimalChar: z.string().min(1).optional(),
    groupChar: z.string().min(1).optional(),
    delimiter: z.string().min(1).optional(),
    encoding: z.string().optional(),
    layout: z.enum(LAYOUTS).optional(),
    schema: z.string().optional().describe('Path of a Table Schema JSON file, relative to the config file'),
    jumpThreshold: z.number().positive().optional(),
    seriesChecks: z.boolean().optional().describe('Series checks: year-on-year jumps, coverage gaps, percent stored as fraction (default true)'),
    strict: z.boolean().optional(),
    maxWarnings: z.number().int().min(0).optional(),
    mostly: z.record(z.string(), z.number().min(0).max(1)).optional().describe('Per-rule tolerance: pass when at least this fraction of rows pass'),
  })
  .strict();
export type ValidateConfig = z.infer<typeof ValidateConfig>;

/** Frictionless Table Dialect (v2; v1 names accepted) as far as delimited text is concerned. */
export const TableDialect = z
  .object({
    $schema: z.string().optional(),
    header: z.boolean().optional(),
    headerRows: z.array(z.number().int().min(1)).optional(),
    headerJoin: z.string().optional(),
    commentRows: z.array(z.number().int().min(1)).optional(),
    commentChar: z.string().length(1).optional(),
    delimiter: z.string().length(1).optional(),
    lineTerminator: z.string().optional(),
    quoteChar: z.string().length(1).optional(),
    doubleQuote: z.boolean().optional(),
    escapeChar: z.string().length(1).optional(),
    nullSequence: z.string().optional(),
    skipInitialSpace: z.boolean().optional(),
    sheetNumber: z.number().int().min(1).optional(),
    sheetName: z.string().optional(),
    csvddfVersion: z.union([z.string(), z.number()]).optional(),
  })
  .loose();
export type TableDialect = z.infer<typeof TableDialect>;

/** Reads a parsed `dsc.config.json`: the `validate` section, or the object itself. */
export function parseValidateConfig(input: unknown): Result<ValidateConfig, ConfigError> {
  const sectioned = typeof input === 'object' && input !== null && 'validate' in input;
  const section = sectioned ? input.validate : input;
  const at = (...path: readonly PropertyKey[]): (string | number)[] => [...(sectioned ? ['validate'] : []), ...path.map((k) => (typeof k === 'number' ? k : String(k)))];
  const r = ValidateConfig.safeParse(section);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return err({ code: 'invalid_config', path: i.path.join('.'), message: i.message, segments: at(...i.path) });
  }
  const groups: readonly (readonly [string, readonly string[]])[] = [
    ['rules', Object.keys(r.data.rules ?? {})],
    ['mostly', Object.keys(r.data.mostly ?? {})],
  ];
  for (const [group, ids] of groups)
    for (const id of ids) {
      const known: boolean = isRuleId(id); // a plain boolean: the guard would narrow `id` to never below
      if (!known) return err({ code: 'unknown_rule', path: `${group}.${id}`, ruleId: id, segments: at(group, id) });
    }
  return ok(r.data);
}

