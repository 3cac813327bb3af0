import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { appendFile, open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { MessageKey, Translator } from '@dsc/i18n';
import type { FileOptions, FileResult, IndicatorCatalogue, Layout, MessageFormatter, ReportFormat, SeverityOverride, ValidateConfig } from '@dsc/validation';
import {
  LAYOUTS,
  REPORT_FORMATS,
  TableDialect,
  TableSchema,
  buildReport,
  catalogueFrom,
  detectKind,
  dialectOptions,
  exitStatus,
  formatGithub,
  formatNdjsonFinding,
  formatReport,
  parseRuleFlags,
  parseValidateConfig,
  resolveEncoding,
  validateBytes,
  validateStream,
} from '@dsc/validation';
import { CliError } from '../cli-error.js';
import { readInput, readJson, unreadableFile, writeFileAtomic } from '../io.js';
import type { RegisterCommand } from '../main.js';

/** Finding texts in the user's language: catalogued ids go through the translator, others keep the built-in English. */
const findingMessages =
  (i18n: Translator): MessageFormatter =>
  (id, params) =>
    Object.hasOwn(i18n.messages, id) ? (i18n.t as (key: MessageKey, values: Readonly<Record<string, unknown>>) => string)(id as MessageKey, params) : undefined;

type Flags = {
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
};

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(String);

function int(name: string, v: string | number | undefined, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError('usage', `--${name} expects an integer ≥ ${min}, got "${String(v)}"`, `Example: --${name} 10`);
  return n;
}

function char(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  const c = s === 'tab' || s === '\\t' ? '\t' : s === 'space' ? ' ' : s;
  if (c.length !== 1) throw new CliError('usage', `--${name} expects one character, got "${s}"`, `Example: --${name} ";" (use "tab" for a tab)`);
  return c;
}

/** The built-in indicator catalogue and the aggregate area codes known to the toolkit (WLD, ECS, UN_CSA…). */
async function loadReference(withCatalogue: boolean): Promise<{ catalogue: IndicatorCatalogue | undefined; aggregates: string[] }> {
  const [ds, domain] = await Promise.all([import('@dsc/datasets'), import('@dsc/domain')]);
  return {
    catalogue: withCatalogue ? catalogueFrom(ds.indicators()) : undefined,
    aggregates: [...Object.keys(domain.AGGREGATE_AREA_CODES), ...ds.countries({ aggregate: true }).map((c) => c.iso3)],
  };
}

/** `dsc validate <files…>`: validates indicator datasets and plan files for people and for CI. */
export const registerValidate: RegisterCommand = (cli, ctx) => {
  cli
    .command('validate [...files]', 'Validate indicator datasets (CSV/TSV, XLSX, SDMX-CSV, WDI, UN SDG, zip) and *.plan.json files')
    .option('--format <format>', `Report format: ${REPORT_FORMATS.join('|')}`, { default: 'text' })
    .option('--schema <file>', 'Frictionless Table Schema (JSON) for the columns')
    .option('--dialect <file>', 'Frictionless Table Dialect (JSON): header rows, comments, quoting…')
    .option('--config <file>', 'Configuration file (default: dsc.config.json when present)')
    .option('--encoding <name>', 'Input encoding (default: detect; UTF-8 strict). e.g. windows-1251, koi8-r, ibm866')
    .option('--delimiter <char>', 'Field delimiter (default: sniffed among , ; tab |)')
    .option('--decimal-char <char>', 'Decimal separator of numbers (default: . or a detected decimal comma)')
    .option('--group-char <char>', 'Thousands separator of numbers')
    .option('--missing <value>', 'A missing-value marker (repeatable; default: empty cell)')
    .option('--layout <layout>', `Force the layout: ${LAYOUTS.join('|')}`)
    .option('--reference-year <year>', 'Years after it are errors unless flagged F (default: this year)')
    .option('--aggregates <codes>', 'Extra allowed aggregate area codes, comma-separated')
    .option('--rule <id=level>', 'Set a rule severity: error|warning|info|off (repeatable)')
    .option('--mostly <id=fraction>', 'Rule tolerance: the rule passes when at least this fraction of rows pass it, e.g. schema/type-error=0.99 (repeatable)')
    .option('--strict', 'Warnings fail the run')
    .option('--max-warnings <n>', 'Fail when there are more warnings than n')
    .option('--max-samples <n>', 'Findings kept per rule; all are counted (default 100)')
    .option('--max-field-bytes <n>', 'Largest field (default 1 MiB)')
    .option('--max-line-bytes <n>', 'Largest record')
    .option('--min-rows <n>', 'Fewer data rows → csv/no-data-rows (default 1)')
    .option('--write-valid <file>', 'Write the rows without errors to this file (one text input)')
    .option('--write-invalid <file>', 'Write the rows with errors to this file (one text input)')
    .option('--output <file>', 'Write the report to a file instead of stdout')
    .option('--sheet <name>', 'XLSX sheet name or 1-based number (default: the first sheet)')
    .option('--no-catalogue', 'Do not check indicator codes against the built-in catalogue')
    .example('dsc validate data/*.csv --format github')
    .example('dsc validate export.csv --encoding windows-1251 --decimal-char ,')
    .action(async (files: string[], flags: Flags) => {
      const t0 = performance.now();
      const format = String(flags.format ?? 'text') as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) throw new CliError('usage', `unknown --format "${format}"`, `Use one of: ${REPORT_FORMATS.join(', ')}.`);
      if (!files.length) throw new CliError('usage', 'no input files', 'Example: dsc validate data.csv');
      if (flags.layout !== undefined && !LAYOUTS.includes(flags.layout as Layout))
        throw new CliError('usage', `unknown --layout "${flags.layout}"`, `Use one of: ${LAYOUTS.join(', ')}.`);

      // configuration: file, then flags
      let config: ValidateConfig = {};
      const configPath = flags.config ? resolve(ctx.io.cwd, flags.config) : resolve(ctx.io.cwd, 'dsc.config.json');
      if (flags.config || existsSync(configPath)) {
        const parsed = parseValidateConfig(await readJson(configPath).catch((e: unknown) => {
          if (e instanceof CliError) throw new CliError('usage', e.message, e.hint);
          throw e;
        }));
        if (!parsed.ok)
          throw new CliError(
            'usage',
            `${configPath}: ${parsed.error.code === 'unknown_rule' ? `unknown rule "${parsed.error.ruleId}"` : `${parsed.error.path}: ${parsed.error.message}`}`,
            'See "dsc validate --help" and the rule list in the @dsc/validation README.',
          );
        config = parsed.value;
      }
      const ruleFlags = parseRuleFlags(list(flags.rule));
      if (!ruleFlags.ok)
        throw new CliError('usage', ruleFlags.error.code === 'unknown_rule' ? `unknown rule "${ruleFlags.error.ruleId}"` : ruleFlags.error.message, 'Example: --rule ind/yoy-jump=off');
      const severities: Record<string, SeverityOverride> = { ...config.rules, ...ruleFlags.value };
      const encoding = flags.encoding ?? config.encoding;
      if (encoding !== undefined) {
        const r = resolveEncoding(String(encoding));
        if (!r.ok) throw new CliError('usage', `unsupported --encoding "${String(encoding)}"`, r.hint);
      }
      let schema: TableSchema | undefined;
      const schemaPath = flags.schema ? resolve(ctx.io.cwd, flags.schema) : config.schema ? resolve(dirname(configPath), config.schema) : undefined;
      if (schemaPath) {
        const raw = await readJson(schemaPath).catch((e: unknown) => {
          if (e instanceof CliError) throw new CliError('usage', e.message, e.hint);
          throw e;
        });
        const s = TableSchema.safeParse(raw);
        if (!s.success) {
          const i = s.error.issues[0]!;
          throw new CliError('usage', `${schemaPath}: invalid Table Schema at ${i.path.join('.') || '/'}: ${i.message}`, 'See https://datapackage.org/standard/table-schema/');
        }
        schema = s.data;
      }
      let dialect: Record<string, unknown> = {};
      if (flags.dialect) {
        const dialectPath = resolve(ctx.io.cwd, flags.dialect);
        const raw = await readJson(dialectPath).catch((e: unknown) => {
          if (e instanceof CliError) throw new CliError('usage', e.message, e.hint);
          throw e;
        });
        const d = TableDialect.safeParse(raw);
        if (!d.success) {
          const i = d.error.issues[0]!;
          throw new CliError('usage', `${dialectPath}: invalid Table Dialect at ${i.path.join('.') || '/'}: ${i.message}`, 'See https://datapackage.org/standard/table-dialect/');
        }
        dialect = dialectOptions(d.data);
      }
      const mostly: Record<string, number> = { ...config.mostly };
      for (const m of list(flags.mostly)) {
        const parsed = /^([a-z]+\/[a-z0-9-]+)=(0(?:\.\d+)?|1(?:\.0+)?)$/.exec(m.trim());
        if (!parsed) throw new CliError('usage', `--mostly expects <rule-id>=<fraction 0–1>, got "${m}"`, 'Example: --mostly schema/type-error=0.99');
        const rule = parseRuleFlags([`${parsed[1]}=off`]);
        if (!rule.ok) throw new CliError('usage', `unknown rule "${parsed[1]}"`, 'See the rule list in the @dsc/validation README.');
        mostly[parsed[1]!] = Number(parsed[2]);
      }
      const strict = flags.strict ?? config.strict ?? false;
      const maxWarnings = int('max-warnings', flags.maxWarnings) ?? config.maxWarnings;
      const sheet = flags.sheet === undefined ? {} : /^\d+$/.test(String(flags.sheet)) ? { sheetNumber: Number(flags.sheet) } : { sheetName: String(flags.sheet) };
      if ((flags.writeValid || flags.writeInvalid) && files.length !== 1)
        throw new CliError('usage', '--write-valid / --write-invalid need exactly one input file', 'Validate the files one by one to split their rows.');
      const reference = await loadReference(flags.catalogue !== false);
      const catalogue = reference.catalogue;
      const aggregates = [...reference.aggregates, ...(config.aggregates ?? []), ...(flags.aggregates ? String(flags.aggregates).split(',').map((s) => s.trim()).filter(Boolean) : [])];
      const messages = findingMessages(ctx.i18n);
      const base: FileOptions = {
        ...dialect,
        encoding,
        delimiter: char('delimiter', flags.delimiter) ?? config.delimiter ?? (dialect['delimiter'] as string | undefined),
        decimalChar: char('decimal-char', flags.decimalChar) ?? config.decimalChar,
        groupChar: char('group-char', flags.groupChar) ?? config.groupChar,
        missingValues: flags.missing !== undefined ? ['', ...list(flags.missing)] : config.missingValues,
        schema,
        layout: (flags.layout as Layout | undefined) ?? config.layout,
        referenceYear: int('reference-year', flags.referenceYear, 1900) ?? config.referenceYear,
        catalogue,
        aggregates,
        severities,
        maxSamples: int('max-samples', flags.maxSamples) ?? config.maxSamples,
        maxFieldBytes: int('max-field-bytes', flags.maxFieldBytes, 1) ?? config.maxFieldBytes,
        maxLineBytes: int('max-line-bytes', flags.maxLineBytes, 1) ?? config.maxLineBytes,
        minRows: int('min-rows', flags.minRows) ?? config.minRows,
        jumpThreshold: config.jumpThreshold,
        ...sheet,
        onFinding: format === 'ndjson' && !flags.output ? (f) => ctx.io.stdout(formatNdjsonFinding(f)) : undefined,
        messages,
      };

      const results: FileResult[] = [];
      for (const name of files) {
        const path = resolve(ctx.io.cwd, name);
        const head = await readHead(path).catch((e: unknown) => e as CliError);
        if (head instanceof CliError) {
          results.push(unreadableResult(name, head.message, head.hint ?? ''));
          continue;
        }
        const kind = detectKind(name, head);
        if (kind === 'text') {
          const valid = flags.writeValid ? createWriteStream(resolve(ctx.io.cwd, flags.writeValid)) : undefined;
          const invalid = flags.writeInvalid ? createWriteStream(resolve(ctx.io.cwd, flags.writeInvalid)) : undefined;
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
            results.push(await validateStream(createReadStream(path, { highWaterMark: 1 << 16 }), opts));
          } catch (e) {
            const why = (e as NodeJS.ErrnoException).code ?? String(e);
            results.push(unreadableResult(name, `${name}: read error (${why})`, 'Check the file and retry.'));
          }
          await Promise.all([close(valid), close(invalid)]);
        } else {
          const bytes = await readInput(path);
          results.push(...(await validateBytes(bytes, { ...base, file: name })));
        }
      }
      for (const r of results) if (r.unreadable) ctx.io.stderr(`dsc: ${r.unreadable.message}\nhint: ${r.unreadable.hint}\n`);
      const opts = { strict, maxWarnings, mostly, seconds: (performance.now() - t0) / 1000 };
      const report = buildReport(results, opts);
      let text: string;
      if (format === 'github') {
        const gh = formatGithub(report, messages);
        text = gh.stdout;
        const summaryPath = process.env['GITHUB_STEP_SUMMARY'];
        if (summaryPath) await appendFile(summaryPath, gh.summary);
      } else if (format === 'ndjson' && !flags.output) text = '';
      else text = formatReport(report, format, messages);
      if (flags.output) await writeFileAtomic(resolve(ctx.io.cwd, flags.output), text || formatReport(report, format, messages));
      else ctx.io.stdout(text);
      ctx.exitCode = exitStatus(results, opts);
    });
};

async function readHead(path: string): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = new Uint8Array(8);
    const { bytesRead } = await fh.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } catch (e) {
    throw unreadableFile(path, e);
  } finally {
    await fh?.close();
  }
}

function close(s: WriteStream | undefined): Promise<void> {
  return new Promise((res, rej) => (s ? s.end((e?: Error | null) => (e ? rej(e) : res())) : res()));
}

function unreadableResult(file: string, message: string, hint: string): FileResult {
  return {
    file,
    rows: 0,
    rowsChecked: 0,
    observations: 0,
    bytes: 0,
    encoding: null,
    layout: null,
    dialect: null,
    complete: false,
    unreadable: { code: 'io_error', message, hint },
    findings: [],
    counts: {},
    errors: 0,
    warnings: 0,
    infos: 0,
    missing: {},
    coverage: [],
  };
}
