import { extname, resolve } from 'node:path';
import { scopeCountries } from '@dsc/datasets';
import { supportedLocales } from '@dsc/i18n';
import { CliError } from '../cli-error.js';
import { dateFlag, isOneOf } from '../flags.js';
import type { CommandContext } from '../io.js';
import { refuseUnsafeOutputs, writeOutput } from '../output-file.js';

const FORMATS = ['md', 'docx', 'pdf'] as const;

/** The options of `dsc report` (declared in cli.ts). */
export type ReportOptions = {
  country?: string;
  region?: boolean;
  lang?: string;
  format?: string;
  out?: string;
  date?: string;
};

/** The countries `--country` accepts. */
export const REPORT_COUNTRIES: readonly string[] = scopeCountries;

/** `dsc report --country <ISO3>|--region --lang en|ru|kk --format md|docx|pdf --out <file>`. */
export async function run(options: ReportOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  const country = options.country === undefined ? undefined : String(options.country).toUpperCase();
  if ((country === undefined) === (options.region !== true))
    throw new CliError('usage', t('report.cli.error.scope'), t('report.cli.error.scopeHint'));
  if (country !== undefined && !REPORT_COUNTRIES.includes(country))
    throw new CliError(
      'usage',
      t('report.cli.error.country', { country }),
      t('report.cli.error.countryHint', { choices: REPORT_COUNTRIES.join(', ') }),
    );
  const lang = options.lang ?? 'en';
  if (!isOneOf(lang, supportedLocales))
    throw new CliError(
      'usage',
      t('report.cli.error.lang', { lang: String(lang) }),
      t('report.cli.error.langHint'),
    );
  const out = options.out === undefined ? undefined : resolve(ctx.io.cwd, String(options.out));
  const format = options.format ?? (out === undefined ? 'md' : extname(out).slice(1).toLowerCase());
  if (!isOneOf(format, FORMATS))
    throw new CliError('usage', t('report.cli.error.format', { format }), t('report.cli.error.formatHint'));
  if (out === undefined && format !== 'md')
    throw new CliError('usage', t('report.cli.error.binary', { format }), t('report.cli.error.scopeHint'));
  if (out !== undefined) await refuseUnsafeOutputs([out], [], t);
  const date =
    options.date === undefined ? new Date().toISOString().slice(0, 10) : dateFlag(t, '--date', options.date);
  // the report's writers (docx, pdfkit, the rasteriser) load only when a report is written, not for `dsc --help`
  const { buildReport, loadReportData, reportToDocx, reportToMarkdown, reportToPdf } = await import('@dsc/report');
  const data = await loadReportData();
  if (!data.ok) throw new CliError('findings', t('report.cli.error.index', { code: data.error.code }));
  const doc = buildReport(data.value, country === undefined ? { region: true } : { country }, { lang, date });
  if (out === undefined) {
    ctx.io.stdout(reportToMarkdown(doc));
    return;
  }
  const bytes =
    format === 'md'
      ? reportToMarkdown(doc)
      : format === 'docx'
        ? await reportToDocx(doc)
        : await reportToPdf(doc);
  await writeOutput(out, bytes, t);
  ctx.io.stderr(`${t('report.cli.wrote', { lang, format, file: out })}\n`);
}
