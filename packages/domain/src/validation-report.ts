import { z } from 'zod';

export const VALIDATION_REPORT_SCHEMA_VERSION = 1;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** One located problem in an input file. */
export const Finding = z
  .object({
    ruleId: z.string().min(1),
    severity: Severity,
    file: z.string(),
    line: z.number().int().min(1).nullable(),
    column: z.number().int().min(1).nullable(),
    byteOffset: z.number().int().min(0).nullable(),
    record: z.number().int().min(1).nullable().optional(),
    field: z.string().nullable(),
    value: z.string().nullable(),
    message: z.string().min(1),
    hint: z.string().nullable(),
    /** Stable snake_case code of `message` (e.g. `ragged_row`; text `validation.finding.<code>` in @dsc/i18n). */
    code: z.string().min(1).optional(),
    /** The named values of the message (e.g. `{ expected: 4, fields: 3 }`). */
    params: z.record(z.string(), z.unknown()).optional(),
    /** The Data Package resource of the file (`dsc validate datapackage.json`). */
    resource: z.string().optional(),
    /** Stable snake_case code of `hint` (text `validation.hint.<code>` in @dsc/i18n). */
    hintCode: z.string().min(1).optional(),
    /** The named values of the hint. */
    hintParams: z.record(z.string(), z.unknown()).optional(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    fieldIndex: z.number().int().min(0).optional(),
    /** Other locations of the same problem, e.g. the first occurrence of a duplicate key. */
    related: z
      .array(
        z
          .object({
            file: z.string(),
            line: z.number().int().min(1).nullable(),
            column: z.number().int().min(1).nullable(),
            record: z.number().int().min(1).nullable().optional(),
            message: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type Finding = z.infer<typeof Finding>;

/** The report `dsc validate` writes: `{ valid, stats, findings }`. */
export const ValidationReport = z
  .object({
    kind: z.literal('validation-report'),
    schemaVersion: z.literal(VALIDATION_REPORT_SCHEMA_VERSION),
    valid: z.boolean(),
    stats: z
      .object({
        files: z.number().int().min(0),
        rows: z.number().int().min(0),
        errors: z.number().int().min(0),
        warnings: z.number().int().min(0),
        byRule: z.record(z.string(), z.number().int().min(0)).optional(),
        infos: z.number().int().min(0).optional(),
        rowsChecked: z.number().int().min(0).optional(),
        seconds: z.number().min(0).optional(),
      })
      .catchall(z.unknown()),
    findings: z.array(Finding),
    /** Findings per rule ID, counted in full even when only the first samples are kept in `findings`. */
    counts: z.record(z.string(), z.number().int().min(0)).optional(),
    /** Per-file details: dialect, encoding, layout, rows, whether the file could be read. */
    files: z
      .array(
        z
          .object({
            file: z.string(),
            rows: z.number().int().min(0),
            rowsChecked: z.number().int().min(0),
            encoding: z.string().nullable(),
            layout: z.string().nullable(),
            dialect: z.record(z.string(), z.unknown()).nullable(),
            complete: z.boolean(),
          })
          .catchall(z.unknown()),
      )
      .optional(),
  })
  .strict();
export type ValidationReport = z.infer<typeof ValidationReport>;
