import { createReadStream } from 'node:fs';
import { appendFile, open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Translator } from '@dsc/i18n';
import type {
  FileOptions,
  FileResult,
  IndicatorCatalogue,
  Layout,
  Translate,
  ReportFormat,
  SeverityOverride,
  TableSchema,
  Unreadable,
  ValidateConfig,
} from '@dsc/validation';
import {
  LAYOUTS,
  REPORT_FORMATS,
  RULES,
  atLeast,
  buildReport,
  catalogueFrom,
  detectKind,
  dialectOptions,
  emptyFileResult,
  exitStatus,
  formatGithub,
  formatNdjsonFinding,
  formatNdjsonUnreadable,
  formatReport,
  formatText,
  ioError,
  parseRuleFlags,
  renderFinding,
  renderUnreadable,
  resolveEncoding,
  ruleTitle,
  validateBytes,
  validateStream,
} from '@dsc/validation';
import type * as ValidationSchemas from '@dsc/validation/schemas';
import { CliError } from '../cli-error.js';
import { readInput, readJsonText } from '../io.js';
import { commitRowOutput, openRowOutput, refuseUnsafeOutputs, writeOutput } from '../output-file.js';
import { unknownValue } from '../flags.js';
import { expandInputs, findConfig } from './validate-inputs.js';
import { isDataPackage, validatePackage } from './validate-package.js';
import { inputKind, pipedSource } from './validate-source.js';
import type { CommandContext } from '../io.js';

/** The options of `dsc validate` (declared in cli.ts). */
export type Flags = {
  format?: string;
  schema?: string;
  dialect?: string;
  config?: string;
  encoding?: string;
  delimiter?: string;
  decimalChar?: string;
  groupChar?: string;
  missing?: string | string[];
  layout?: string;
  referenceYear?: string | number;
  aggregates?: string;
  rule?: string | string[];
  mostly?: string | string[];
  strict?: boolean;
  maxWarnings?: string | number;
  maxSamples?: string | number;
  maxFieldBytes?: string | number;
  maxLineBytes?: string | number;
  minRows?: string | number;
  writeValid?: string;
  writeInvalid?: string;
  output?: string;
  sheet?: string;
  catalogue?: boolean;
  seriesChecks?: boolean;
  quiet?: boolean;
  minSeverity?: string;
  listRules?: boolean;
  inputFormat?: string;
  pipeTimeout?: string | number;
};

const SEVERITIES = ['error', 'warning', 'info'] as const;
type MinSeverity = (typeof SEVERITIES)[number];
const RANK: Record<MinSeverity, number> = { info: 0, warning: 1, error: 2 };

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(String);

type T = Translator['t'];

function int(t: T, name: string, v: string | number | undefined, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new CliError('usage', t('cli.validate.error.integer', { name, min, value: String(v) }), t('cli.validate.error.integerHint', { name }));
  return n;
}

function char(t: T, name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  const c = s === 'tab' || s === '\\t' ? '\t' : s === 'space' ? ' ' : s;
  if (c.length !== 1) throw new CliError('usage', t('cli.validate.error.char', { name, value: s }), t('cli.validate.error.charHint', { name }));
  return c;
}

/** Reads a JSON descriptor given on the command line; an unreadable or malformed one is a usage error (exit 2). */
const readDescriptor = (path: string, t: T): Promise<{ text: string; value: unknown }> =>
  readJsonText(path, t).catch((e: unknown) => {
    if (e instanceof CliError) throw new CliError('usage', e.message, e.hint);
    throw e;
  });

/** `file:line:column` of a place in a descriptor, or the file alone when it cannot be located. */
function located(schemas: typeof ValidationSchemas, file: string, text: string, path: readonly PropertyKey[] | undefined): string {
  const at = path && schemas.jsonLocation(text, path.map((k) => (typeof k === 'number' ? k : String(k))));
  return at ? `${file}:${at.line}:${at.column}` : file;
}

/** The zod models of the descriptors, loaded only when a configuration, schema or dialect file is read; zod then reports in the user's language. */
async function descriptorSchemas(i18n: Translator): Promise<typeof ValidationSchemas> {
  const [schemas, zodErrors] = await Promise.all([import('@dsc/validation/schemas'), import('@dsc/i18n/zod')]);
  zodErrors.configureZodLocale(i18n.locale);
  return schemas;
}

/** The built-in indicator catalogue and the aggregate area codes known to the toolkit (WLD, ECS, UN_CSA…). */
async function loadReference(withCatalogue: boolean): Promise<{ catalogue: IndicatorCatalogue | undefined; aggregates: string[] }> {
  // The light entries: the catalogue and the code lists without the document schemas (zod), for a fast start.
  const [ds, domain] = await Promise.all([import('@dsc/datasets/catalogue'), import('@dsc/domain/code-lists')]);
  return {
    catalogue: withCatalogue ? catalogueFrom(ds.indicators()) : undefined,
    aggregates: [...Object.keys(domain.AGGREGATE_AREA_CODES), ...ds.countries({ aggregate: true }).map((c) => c.iso3)],
  };
}

/** `dsc validate <files…>`: validates indicator datasets and plan files for people and for CI. */
export async function run(args: string[], flags: Flags, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  const t0 = performance.now();
  const format = String(flags.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw unknownValue(t, '--format', format, REPORT_FORMATS);
  if (flags.listRules) {
    ctx.io.stdout(listRules(ctx.i18n.t));
    return;
  }
  const minSeverity = (flags.quiet ? 'error' : String(flags.minSeverity ?? 'info')) as MinSeverity;
  if (!SEVERITIES.includes(minSeverity)) throw unknownValue(t, '--min-severity', minSeverity, SEVERITIES);
  if (!args.length) throw new CliError('usage', t('cli.validate.error.noFiles'), t('cli.validate.error.noFilesHint'));
  // directories and globs the shell did not expand become the files they stand for
  const files = await expandInputs(args, ctx.io.cwd);
  // dsc.config.json: given, or found from the working directory up to the repository root
  const configPath = flags.config ? resolve(ctx.io.cwd, flags.config) : findConfig(ctx.io.cwd);
  // an output that would overwrite an input (`--write-valid d.csv` for d.csv) is refused before anything is read or written
  const outputs = [flags.writeValid, flags.writeInvalid, flags.output].filter((f) => f !== undefined).map((f) => resolve(ctx.io.cwd, String(f)));
  const inputs = [...files, flags.schema, flags.dialect, configPath].filter((f) => f !== undefined).map((f) => resolve(ctx.io.cwd, String(f)));
  await refuseUnsafeOutputs(outputs, inputs, t);
  if (flags.layout !== undefined && !LAYOUTS.includes(flags.layout as Layout)) throw unknownValue(t, '--layout', String(flags.layout), LAYOUTS);

  // configuration: file, then flags
  let config: ValidateConfig = {};
  if (configPath) {
    const schemas = await descriptorSchemas(ctx.i18n);
    const { text, value } = await readDescriptor(configPath, t);
    const parsed = schemas.parseValidateConfig(value);
    if (!parsed.ok) {
      const file = located(schemas, configPath, text, parsed.error.segments);
      throw new CliError(
        'usage',
        parsed.error.code === 'unknown_rule'
          ? t('cli.validate.error.configRule', { file, rule: parsed.error.ruleId })
          : t('cli.validate.error.configValue', { file, path: parsed.error.path || '/', detail: parsed.error.message }),
        t('cli.validate.error.configHint'),
      );
    }
    config = parsed.value;
  }
  const ruleFlags = parseRuleFlags(list(flags.rule));
  if (!ruleFlags.ok)
    throw new CliError(
      'usage',
      ruleFlags.error.code === 'unknown_rule'
        ? t('cli.validate.error.unknownRule', { rule: ruleFlags.error.ruleId })
        : t('cli.validate.error.ruleFlag', { value: ruleFlags.error.value ?? '' }),
      t('cli.validate.error.ruleHint'),
    );
  const severities: Record<string, SeverityOverride> = { ...config.rules, ...ruleFlags.value };
  const encoding = flags.encoding ?? config.encoding;
  if (encoding !== undefined) {
    const r = resolveEncoding(String(encoding));
    if (!r.ok)
      throw new CliError(
        'usage',
        t('cli.validate.error.encoding', { value: String(encoding) }),
        r.kz1048 ? t('cli.validate.error.encodingKz1048Hint') : t('cli.error.oneOf', { choices: r.supported.join(', ') }),
      );
  }
  let schema: TableSchema | undefined;
  const schemaPath = flags.schema ? resolve(ctx.io.cwd, flags.schema) : config.schema && configPath ? resolve(dirname(configPath), config.schema) : undefined;
  if (schemaPath) {
    const { text, value } = await readDescriptor(schemaPath, t);
    const schemas = await descriptorSchemas(ctx.i18n);
    const s = schemas.TableSchema.safeParse(value);
    if (!s.success) {
      const i = s.error.issues[0]!;
      throw new CliError(
        'usage',
        t('cli.validate.error.tableSchema', { file: located(schemas, schemaPath, text, i.path), path: i.path.join('.') || '/', detail: i.message }),
        t('cli.validate.error.tableSchemaHint'),
      );
    }
    schema = s.data;
  }
  let dialect: Record<string, unknown> = {};
  if (flags.dialect) {
    const dialectPath = resolve(ctx.io.cwd, flags.dialect);
    const { text, value } = await readDescriptor(dialectPath, t);
    const schemas = await descriptorSchemas(ctx.i18n);
    const d = schemas.TableDialect.safeParse(value);
    if (!d.success) {
      const i = d.error.issues[0]!;
      throw new CliError(
        'usage',
        t('cli.validate.error.tableDialect', { file: located(schemas, dialectPath, text, i.path), path: i.path.join('.') || '/', detail: i.message }),
        t('cli.validate.error.tableDialectHint'),
      );
    }
    dialect = dialectOptions(d.data);
  }
  const mostly: Record<string, number> = { ...config.mostly };
  for (const m of list(flags.mostly)) {
    const parsed = /^([a-z]+\/[a-z0-9-]+)=(0(?:\.\d+)?|1(?:\.0+)?)$/.exec(m.trim());
    if (!parsed) throw new CliError('usage', t('cli.validate.error.mostly', { value: m }), t('cli.validate.error.mostlyHint'));
    const rule = parseRuleFlags([`${parsed[1]}=off`]);
    if (!rule.ok) throw new CliError('usage', t('cli.validate.error.unknownRule', { rule: parsed[1] ?? '' }), t('cli.validate.error.ruleListHint'));
    mostly[parsed[1]!] = Number(parsed[2]);
  }
  const strict = flags.strict ?? config.strict ?? false;
  const maxWarnings = int(t, 'max-warnings', flags.maxWarnings) ?? config.maxWarnings;
  const sheet = flags.sheet === undefined ? {} : /^\d+$/.test(String(flags.sheet)) ? { sheetNumber: Number(flags.sheet) } : { sheetName: String(flags.sheet) };
  if ((flags.writeValid || flags.writeInvalid) && files.length !== 1)
    throw new CliError('usage', t('cli.validate.error.splitOneFile'), t('cli.validate.error.splitOneFileHint'));
  const reference = await loadReference(flags.catalogue !== false);
  const catalogue = reference.catalogue;
  const aggregates = [...reference.aggregates, ...(config.aggregates ?? []), ...(flags.aggregates ? String(flags.aggregates).split(',').map((s) => s.trim()).filter(Boolean) : [])];
  // findings are data: their texts are rendered in the user's language only when they are written
  const lang = ctx.i18n.t;
  const base: FileOptions = {
    ...dialect,
    encoding,
    delimiter: char(t, 'delimiter', flags.delimiter) ?? config.delimiter ?? (dialect['delimiter'] as string | undefined),
    decimalChar: char(t, 'decimal-char', flags.decimalChar) ?? config.decimalChar,
    groupChar: char(t, 'group-char', flags.groupChar) ?? config.groupChar,
    missingValues: flags.missing !== undefined ? ['', ...list(flags.missing)] : config.missingValues,
    schema,
    layout: (flags.layout as Layout | undefined) ?? config.layout,
    referenceYear: int(t, 'reference-year', flags.referenceYear, 1900) ?? config.referenceYear,
    catalogue,
    aggregates,
    severities,
    maxSamples: int(t, 'max-samples', flags.maxSamples) ?? config.maxSamples,
    maxFieldBytes: int(t, 'max-field-bytes', flags.maxFieldBytes, 1) ?? config.maxFieldBytes,
    maxLineBytes: int(t, 'max-line-bytes', flags.maxLineBytes, 1) ?? config.maxLineBytes,
    minRows: int(t, 'min-rows', flags.minRows) ?? config.minRows,
    jumpThreshold: config.jumpThreshold,
    seriesChecks: flags.seriesChecks !== false && config.seriesChecks !== false,
    ...sheet,
    onFinding:
      format === 'ndjson' && !flags.output
        ? (f) => {
            if (RANK[f.severity] >= RANK[minSeverity]) ctx.io.stdout(formatNdjsonFinding(renderFinding(f, lang)));
          }
        : undefined,
  };

  const results: FileResult[] = [];
  const inputFormat = inputKind(t, flags.inputFormat);
  for (const arg of files) {
    const path = resolve(ctx.io.cwd, arg);
    if (isDataPackage(arg)) {
      results.push(...(await validatePackage(arg, base, ctx, (file, e) => failedRead(file, e))));
      continue;
    }
    // `-`, a FIFO or `<(…)`: read once as a stream (a FIFO without a writer, or a terminal, is refused: exit 2)
    const piped = await pipedSource(arg, path, { t, kind: inputFormat, pipeTimeout: flags.pipeTimeout, stdin: ctx.io.stdin });
    const name = piped?.name ?? arg;
    const head = piped ? undefined : await readHead(path).catch((e: unknown) => ioError(e));
    if (head !== undefined && !(head instanceof Uint8Array)) {
      results.push(unreadableResult(name, head));
      continue;
    }
    const kind = piped ? piped.kind : (inputFormat ?? detectKind(name, head!));
    if (kind === 'text') {
      // the rows stream to temporary files in constant memory; each replaces its target atomically at the end
      const valid = flags.writeValid ? openRowOutput(resolve(ctx.io.cwd, String(flags.writeValid)), t) : undefined;
      const invalid = flags.writeInvalid ? openRowOutput(resolve(ctx.io.cwd, String(flags.writeInvalid)), t) : undefined;
      const opts: FileOptions = {
        ...base,
        file: name,
        ...(valid || invalid
          ? {
              onRow: (raw: string, ok: boolean, header: boolean) => {
                if (header || ok) valid?.write(raw + '\n');
                if (header || !ok) invalid?.write(raw + '\n');
              },
            }
          : {}),
      };
      try {
        results.push(await validateStream(piped?.kind === 'text' ? piped.chunks : createReadStream(path, { highWaterMark: 1 << 16 }), opts));
      } catch (e) {
        valid?.abort();
        invalid?.abort();
        results.push(unreadableResult(name, ioError(e, true)));
      }
      commitRowOutput(valid, resolve(ctx.io.cwd, String(flags.writeValid)), t);
      commitRowOutput(invalid, resolve(ctx.io.cwd, String(flags.writeInvalid)), t);
    } else {
      const bytes = piped && piped.kind !== 'text' ? piped.bytes : await readInput(path, t);
      results.push(...(await validateBytes(bytes, { ...base, file: name, kind: kind === 'unsupported' ? undefined : kind })));
    }
  }
  for (const r of results)
    if (r.unreadable) {
      const u = renderUnreadable(r.unreadable, lang);
      ctx.io.stderr(`dsc: ${r.file}: ${u.message}\n${t('cli.error.hint', { hint: u.hint })}\n`);
    }
  const opts = { strict, maxWarnings, mostly, seconds: (performance.now() - t0) / 1000 };
  const report = atLeast(buildReport(results, { ...opts, t: lang }), minSeverity);
  const sarif = { cwd: ctx.io.cwd };
  let text: string;
  if (format === 'github') {
    const gh = formatGithub(report, lang);
    text = gh.stdout;
    const summaryPath = process.env['GITHUB_STEP_SUMMARY'];
    if (summaryPath) await appendFile(summaryPath, gh.summary);
  } else if (format === 'ndjson' && !flags.output) text = formatNdjsonUnreadable(report);
  else text = format === 'text' && flags.quiet ? formatText(report, lang, { quiet: true }) : formatReport(report, format, lang, sarif);
  if (flags.output) await writeOutput(resolve(ctx.io.cwd, String(flags.output)), format === 'ndjson' ? formatReport(report, format, lang, sarif) : text, t);
  else ctx.io.stdout(text);
  ctx.exitCode = exitStatus(results, opts);
}

/** `dsc validate --list-rules`: every rule with its id, default severity and one-line title in the user's language. */
function listRules(t: Translate): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const sev = (s: string): string => t(`validation.severity.${s as MinSeverity}`);
  const sevWidth = Math.max(...SEVERITIES.map((s) => sev(s).length));
  return RULES.map((r) => `${r.id.padEnd(width)}  ${sev(r.severity).padEnd(sevWidth)}  ${ruleTitle(r.id, t)}`).join('\n') + '\n';
}

/** The first bytes of a file (its kind); a failure to open or read it is thrown as the system error. */
async function readHead(path: string): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = new Uint8Array(8);
    const { bytesRead } = await fh.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh?.close();
  }
}

/** The result of a file that could not be read: the message of a CliError, or the read failure. */
function failedRead(file: string, e: unknown): FileResult {
  return unreadableResult(file, ioError(e));
}

/** The result of an input that cannot be read, why as data (rendered in the report's language). */
function unreadableResult(file: string, why: Unreadable): FileResult {
  return emptyFileResult(file, undefined, { unreadable: why });
}
