import { z } from 'zod';
import type { Result } from '@dsc/domain';
import type { SeverityOverride } from './rules.js';
import { isRuleId } from './rules.js';
import { LAYOUTS } from './layouts.js';

const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

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
    strict: z.boolean().optional(),
    maxWarnings: z.number().int().min(0).optional(),
    mostly: z.record(z.string(), z.number().min(0).max(1)).optional().describe('Per-rule tolerance: pass when at least this fraction of rows pass'),
  })
  .strict();
export type ValidateConfig = z.infer<typeof ValidateConfig>;

export type ConfigError =
  | { code: 'invalid_config'; path: string; message: string }
  | { code: 'unknown_rule'; path: string; ruleId: string };

/** Reads a parsed `dsc.config.json`: the `validate` section, or the object itself. */
export function parseValidateConfig(input: unknown): Result<ValidateConfig, ConfigError> {
  const section = typeof input === 'object' && input !== null && 'validate' in input ? input.validate : input;
  const r = ValidateConfig.safeParse(section);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return err({ code: 'invalid_config', path: i.path.join('.'), message: i.message });
  }
  for (const id of [...Object.keys(r.data.rules ?? {}), ...Object.keys(r.data.mostly ?? {})]) if (!isRuleId(id)) return err({ code: 'unknown_rule', path: 'rules.' + String(id), ruleId: String(id) });
  return ok(r.data);
}

/** Parses `--rule <id>=<level>` flags. */
export function parseRuleFlags(flags: readonly string[]): Result<Record<string, SeverityOverride>, ConfigError> {
  const out: Record<string, SeverityOverride> = {};
  for (const f of flags) {
    const m = /^([a-z]+\/[a-z0-9-]+)=(error|warning|info|off)$/.exec(f.trim());
    if (!m) return err({ code: 'invalid_config', path: '--rule', message: `"${f}" is not <rule-id>=<error|warning|info|off>` });
    const [, id = '', level = ''] = m;
    if (!isRuleId(id)) return err({ code: 'unknown_rule', path: '--rule', ruleId: id });
    out[id] = level as SeverityOverride;
  }
  return ok(out);
}

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

/** Validator options of a Table Dialect (`lineTerminator` is detected, never needed). */
export function dialectOptions(d: TableDialect): Record<string, unknown> {
  const { $schema: _s, lineTerminator: _l, csvddfVersion: _v, ...rest } = d;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}
