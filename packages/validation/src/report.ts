import type { Finding as ReportFinding, ValidationReport } from '@dsc/domain';
import type { MessageKey } from '@dsc/i18n';

/** Kept equal to @dsc/domain's VALIDATION_REPORT_SCHEMA_VERSION by the type (no runtime import: start-up). */
const VALIDATION_REPORT_SCHEMA_VERSION = 1 satisfies ValidationReport['schemaVersion'];
import type { Translate } from './render.js';
import { englishTranslate, renderFinding, say } from './render.js';
import { ruleInfo } from './rules.js';
import type { FileResult } from './result.js';
import type { Unreadable } from './unreadable.js';
import { renderUnreadable } from './unreadable.js';
import { formatJunit } from './report-junit.js';
import { severityLabel, unreadableInputs, where } from './report-common.js';
import type { SarifOptions } from './report-sarif.js';
import { formatSarif } from './report-sarif.js';

export { formatJunit } from './report-junit.js';
export { formatSarif } from './report-sarif.js';
export type { SarifOptions } from './report-sarif.js';
export { atLeast } from './report-common.js';

export type ReportOptions = {
  /** Warnings fail the run. */
  readonly strict?: boolean | undefined;
  /** More warnings than this fail the run. */
  readonly maxWarnings?: number | undefined;
  readonly seconds?: number | undefined;
  /**
   * Per-rule tolerance ("mostly"): a rule passes when at least this fraction of the checked rows pass it,
   * e.g. `{ 'schema/type-error': 0.99 }`. Findings are still reported and counted.
   */
  readonly mostly?: Readonly<Record<string, number>> | undefined;
  /** The language of the findings' messages and hints (an @dsc/i18n translator's `t`; default English). */
  readonly t?: Translate | undefined;
};

/** Errors and warnings that count towards failing, after per-rule tolerances. */
function failing(results: readonly FileResult[], opts: ReportOptions): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    let e = r.errors;
    let w = r.warnings;
    for (const [rule, fraction] of Object.entries(opts.mostly ?? {})) {
      const n = r.counts[rule] ?? 0;
      if (n === 0 || n > (1 - fraction) * Math.max(1, r.rowsChecked)) continue;
      const severity = r.findings.find((f) => f.ruleId === rule)?.severity ?? ruleInfo(rule)?.severity;
      if (severity === 'error') e -= n;
      else if (severity === 'warning') w -= n;
    }
    errors += e;
    warnings += w;
  }
  return { errors, warnings };
}

/** Exit codes of `dsc validate` (docs/validation.md#exit-codes). */
export const EXIT = { valid: 0, findings: 1, usage: 2, unreadable: 3 } as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** Builds the schema-versioned JSON report from per-file results. */
export function buildReport(results: readonly FileResult[], opts: ReportOptions = {}): ValidationReport {
  const counts: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let rows = 0;
  let rowsChecked = 0;
  const t = opts.t ?? englishTranslate();
  const findings: ReportFinding[] = [];
  for (const r of results) {
    errors += r.errors;
    warnings += r.warnings;
    infos += r.infos;
    rows += r.rows;
    rowsChecked += r.rowsChecked;
    for (const [k, v] of Object.entries(r.counts)) counts[k] = (counts[k] ?? 0) + v;
    for (const f of r.findings) findings.push(renderFinding(f, t));
  }
  const unreadable = results.some((r) => r.unreadable);
  const fail = failing(results, opts);
  const valid = !unreadable && fail.errors === 0 && !(opts.strict && fail.warnings > 0) && !(opts.maxWarnings !== undefined && fail.warnings > opts.maxWarnings);
  return {
    kind: 'validation-report',
    schemaVersion: VALIDATION_REPORT_SCHEMA_VERSION,
    valid,
    stats: {
      files: results.length,
      rows,
      rowsChecked,
      errors,
      warnings,
      infos,
      byRule: counts,
      ...(opts.seconds !== undefined ? { seconds: Math.round(opts.seconds * 1000) / 1000 } : {}),
      truncated: findings.length < errors + warnings + infos,
    },
    findings,
    counts,
    files: results.map((r) => ({
      file: r.file,
      ...(r.resource !== undefined ? { resource: r.resource } : {}),
      rows: r.rows,
      rowsChecked: r.rowsChecked,
      observations: r.observations,
      bytes: r.bytes,
      encoding: r.encoding,
      layout: r.layout,
      dialect: r.dialect,
      complete: r.complete,
      errors: r.errors,
      warnings: r.warnings,
      infos: r.infos,
      missing: r.missing,
      coverage: r.coverage,
      ...(r.unreadable ? { unreadable: unreadableEntry(r.file, r.unreadable, t) } : {}),
    })),
  };
}

/** An unreadable input as the JSON report writes it: `code` and `params`, and the `message` (naming the file) and `hint` in the report's language. */
function unreadableEntry(file: string, u: Unreadable, t: Translate): Unreadable & { message: string; hint: string } {
  const text = renderUnreadable(u, t);
  return { ...u, message: `${file}: ${text.message}`, hint: text.hint };
}

/** 0 valid, 1 findings (errors, or warnings under --strict / --max-warnings), 3 unreadable input. */
export function exitStatus(results: readonly FileResult[], opts: ReportOptions = {}): ExitStatus {
  if (results.some((r) => r.unreadable)) return EXIT.unreadable;
  const { errors, warnings } = failing(results, opts);
  if (errors > 0) return EXIT.findings;
  if (opts.strict && warnings > 0) return EXIT.findings;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return EXIT.findings;
  return EXIT.valid;
}

export const REPORT_FORMATS = ['text', 'json', 'ndjson', 'github', 'sarif', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];


/** Human-readable report: one line per finding, then counts per rule and a summary, with labels in `t`'s language (`quiet`: the lines only). */
export function formatText(report: ValidationReport, t: Translate = englishTranslate(), options: { readonly quiet?: boolean | undefined } = {}): string {
  const lines: string[] = [];
  const label = (sev: string): string => severityLabel(t, sev);
  const width = Math.max(7, ...['error', 'warning', 'info'].map((x) => label(x).length));
  const hint = say(t, 'validation.report.hintLabel');
  for (const u of unreadableInputs(report)) {
    lines.push(`${u.file}  ${label('error').padEnd(width)}  ${say(t, 'validation.report.unreadableLabel')}  ${u.message}`);
    if (u.hint) lines.push(`    ${hint}: ${u.hint}`);
  }
  for (const f of report.findings) {
    lines.push(`${where(f)}  ${label(f.severity).padEnd(width)}  ${f.ruleId}  ${f.message}${f.value !== null && f.value !== '' ? `  [${f.value}]` : ''}`);
    if (f.hint) lines.push(`    ${hint}: ${f.hint}`);
  }
  if (options.quiet) return lines.length ? lines.join('\n') + '\n' : '';
  const counts = report.counts ?? {};
  const ids = Object.keys(counts).sort();
  if (ids.length) {
    lines.push('', say(t, 'validation.report.perRule'));
    for (const id of ids) {
      const sev = ruleInfo(id)?.severity;
      lines.push(`  ${id.padEnd(28)} ${String(counts[id]).padStart(8)}  (${sev ? label(sev) : '?'})`);
    }
  }
  const s = report.stats;
  const p = {
    valid: report.valid,
    files: String(s.files),
    rows: String(s.rows),
    checked: String(s['rowsChecked'] ?? s.rows),
    errors: String(s.errors),
    warnings: String(s.warnings),
    infos: String(s['infos'] ?? 0),
    truncated: Boolean(s['truncated']),
  };
  lines.push(
    '',
    say(t, 'validation.report.summary', p),
  );
  for (const f of report.files ?? []) {
    if (!f.complete) lines.push(say(t, 'validation.report.incomplete', { file: f.file }));
  }
  return lines.join('\n') + '\n';
}

export const formatJson = (report: ValidationReport): string => JSON.stringify(report, null, 2) + '\n';

export const formatNdjsonFinding = (f: ReportFinding): string => JSON.stringify(f) + '\n';

/** NDJSON records of the unreadable inputs (`{ "kind": "unreadable", file, code, message, hint }`), written after the findings. */
export const formatNdjsonUnreadable = (report: ValidationReport): string =>
  unreadableInputs(report)
    .map((u) => JSON.stringify({ kind: 'unreadable', severity: 'error', ...u }) + '\n')
    .join('');

const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub workflow commands: an `::error` per unreadable input, then at most 10 error, 10 warning and 10 notice
 * annotations (GitHub drops the rest silently); informational findings become notices only with `notices`.
 * Everything goes to the step summary (markdown, ≤ 1 MiB).
 */
export function formatGithub(
  report: ValidationReport,
  t: Translate = englishTranslate(),
  options: { readonly notices?: boolean | undefined } = {},
): { stdout: string; summary: string } {
  const out: string[] = [];
  for (const u of unreadableInputs(report))
    out.push(`::error file=${escProp(u.file)},title=${escProp(`dsc validate: ${say(t, 'validation.report.unreadableLabel')}`)}::${escData(u.message + (u.hint ? ` — ${u.hint}` : ''))}`);
  const left = { error: 10, warning: 10, notice: 10 };
  const annotated = options.notices ? report.findings : report.findings.filter((f) => f.severity !== 'info');
  for (const f of annotated) {
    const cmd = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    if (left[cmd] <= 0) continue;
    left[cmd]--;
    const props = [`file=${escProp(f.file)}`];
    if (f.line) props.push(`line=${f.line}`);
    if (f.endLine) props.push(`endLine=${f.endLine}`);
    if (f.column) props.push(`col=${f.column}`);
    if (f.endColumn) props.push(`endColumn=${f.endColumn}`);
    props.push(`title=${escProp(f.ruleId)}`);
    out.push(`::${cmd} ${props.join(',')}::${escData(f.message + (f.hint ? ` — ${f.hint}` : ''))}`);
  }
  const shown = 30 - left.error - left.warning - left.notice;
  if (annotated.length > shown) {
    const more = annotated.length - shown;
    out.push(`::notice title=dsc validate::${escData(say(t, 'validation.report.moreInSummary', { count: more }))}`);
  }
  const note = say(t, 'validation.report.summaryTruncated');
  return { stdout: out.join('\n') + (out.length ? '\n' : ''), summary: truncateBytes(formatMarkdown(report, 200, t), 1 << 20, note) };
}

function truncateBytes(s: string, max: number, text: string): string {
  const enc = new TextEncoder();
  if (enc.encode(s).length <= max) return s;
  const note = `\n\n_${text}_\n`;
  let cut = Math.floor(max / 4);
  while (enc.encode(s.slice(0, cut * 2) + note).length < max && cut * 2 < s.length) cut *= 2;
  return s.slice(0, cut) + note;
}

const num = (v: unknown): string => (typeof v === 'number' ? String(v) : '');
const mdCell = (s: string | number | null | undefined): string => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown summary for PR comments and step summaries: unreadable inputs, per file, per rule, samples. */
export function formatMarkdown(report: ValidationReport, maxSamples = 200, t: Translate = englishTranslate()): string {
  const s = report.stats;
  const p = { files: String(s.files), rows: String(s.rows), errors: String(s.errors), warnings: String(s.warnings), infos: String(s['infos'] ?? 0) };
  const col = (name: string): string => say(t, `validation.report.col.${name}` as MessageKey);
  const head = (...names: string[]): string => `| ${names.map(col).join(' | ')} |`;
  const lines = [
    `## dsc validate: ${report.valid ? `✅ ${say(t, 'validation.report.validLabel')}` : `❌ ${say(t, 'validation.report.invalidLabel')}`}`,
    '',
    say(t, 'validation.report.markdownSummary', p),
  ];
  const unreadable = unreadableInputs(report);
  if (unreadable.length) {
    lines.push('', `### ${say(t, 'validation.report.unreadableTitle')}`, '', head('file', 'reason', 'hint'), '|---|---|---|');
    for (const u of unreadable) lines.push(`| ${mdCell(u.file)} | ${mdCell(u.message)} | ${mdCell(u.hint)} |`);
  }
  lines.push('', head('file', 'layout', 'encoding', 'rows', 'errors', 'warnings', 'complete'), '|---|---|---|---:|---:|---:|---|');
  const yes = say(t, 'validation.report.yes');
  const no = say(t, 'validation.report.no');
  for (const f of report.files ?? [])
    lines.push(`| ${mdCell(f.file)} | ${mdCell(f.layout)} | ${mdCell(f.encoding)} | ${f.rows} | ${num(f['errors'])} | ${num(f['warnings'])} | ${f.complete ? yes : no} |`);
  const counts = report.counts ?? {};
  if (Object.keys(counts).length) {
    lines.push('', head('rule', 'severity', 'count'), '|---|---|---:|');
    for (const id of Object.keys(counts).sort()) {
      const sev = ruleInfo(id)?.severity;
      lines.push(`| \`${id}\` | ${sev ? severityLabel(t, sev) : ''} | ${counts[id]} |`);
    }
  }
  const samples = report.findings.filter((f) => f.severity !== 'info').slice(0, maxSamples);
  if (samples.length) {
    lines.push('', head('location', 'severity', 'rule', 'message', 'hint'), '|---|---|---|---|---|');
    for (const f of samples) lines.push(`| ${mdCell(where(f))} | ${severityLabel(t, f.severity)} | \`${f.ruleId}\` | ${mdCell(f.message)} | ${mdCell(f.hint)} |`);
    if (report.findings.length > samples.length) lines.push('', `_${say(t, 'validation.report.moreInJson', { count: report.findings.length - samples.length })}_`);
  }
  return lines.join('\n') + '\n';
}

/** Formats a report (ndjson: the findings, one per line). */
export function formatReport(report: ValidationReport, format: ReportFormat, t: Translate = englishTranslate(), sarif: SarifOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, t);
    case 'json':
      return formatJson(report);
    case 'ndjson':
      return report.findings.map(formatNdjsonFinding).join('') + formatNdjsonUnreadable(report);
    case 'github':
      return formatGithub(report, t).stdout;
    case 'sarif':
      return formatSarif(report, { ...sarif, t });
    case 'junit':
      return formatJunit(report, t);
    case 'markdown':
      return formatMarkdown(report, 200, t);
  }
}
