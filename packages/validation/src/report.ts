import type { Finding as ReportFinding, ValidationReport } from '@dsc/domain';
import type { MessageKey } from '@dsc/i18n';

/** Kept equal to @dsc/domain's VALIDATION_REPORT_SCHEMA_VERSION by the type (no runtime import: start-up). */
const VALIDATION_REPORT_SCHEMA_VERSION = 1 satisfies ValidationReport['schemaVersion'];
import type { Translate } from './render.js';
import { englishTranslate, renderFinding, say } from './render.js';
import type { RuleInfo } from './rules.js';
import { RULES, ruleInfo } from './rules.js';
import type { FileResult } from './result.js';

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
      ...(r.unreadable ? { unreadable: r.unreadable } : {}),
    })),
  };
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

const where = (f: ReportFinding): string => `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}`;


/** The severity label in the report's language. */
const severityLabel = (t: Translate, severity: string): string => say(t, `validation.severity.${severity}` as MessageKey);

/** Human-readable report: one line per finding, then counts per rule and a summary, with labels in `t`'s language. */
export function formatText(report: ValidationReport, t: Translate = englishTranslate()): string {
  const lines: string[] = [];
  const label = (sev: string): string => severityLabel(t, sev);
  const width = Math.max(7, ...['error', 'warning', 'info'].map((x) => label(x).length));
  const hint = say(t, 'validation.report.hintLabel');
  for (const f of report.findings) {
    lines.push(`${where(f)}  ${label(f.severity).padEnd(width)}  ${f.ruleId}  ${f.message}${f.value !== null && f.value !== '' ? `  [${f.value}]` : ''}`);
    if (f.hint) lines.push(`    ${hint}: ${f.hint}`);
  }
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

const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub workflow commands: at most 10 error, 10 warning and 10 notice annotations (GitHub drops the
 * rest silently); everything goes to the step summary (markdown, ≤ 1 MiB).
 */
export function formatGithub(report: ValidationReport, t: Translate = englishTranslate()): { stdout: string; summary: string } {
  const out: string[] = [];
  const left = { error: 10, warning: 10, notice: 10 };
  for (const f of report.findings) {
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
  if (report.findings.length > shown) {
    const more = report.findings.length - shown;
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

/** Markdown summary for PR comments and step summaries: per file, per rule, samples. */
export function formatMarkdown(report: ValidationReport, maxSamples = 200, t: Translate = englishTranslate()): string {
  const s = report.stats;
  const p = { files: String(s.files), rows: String(s.rows), errors: String(s.errors), warnings: String(s.warnings), infos: String(s['infos'] ?? 0) };
  const lines = [
    `## dsc validate: ${report.valid ? `✅ ${say(t, 'validation.report.validLabel')}` : `❌ ${say(t, 'validation.report.invalidLabel')}`}`,
    '',
    say(t, 'validation.report.markdownSummary', p),
    '',
    '| file | layout | encoding | rows | errors | warnings | complete |',
    '|---|---|---|---:|---:|---:|---|',
  ];
  for (const f of report.files ?? [])
    lines.push(`| ${mdCell(f.file)} | ${mdCell(f.layout)} | ${mdCell(f.encoding)} | ${f.rows} | ${num(f['errors'])} | ${num(f['warnings'])} | ${f.complete ? 'yes' : 'no'} |`);
  const counts = report.counts ?? {};
  if (Object.keys(counts).length) {
    lines.push('', '| rule | severity | count |', '|---|---|---:|');
    for (const id of Object.keys(counts).sort()) {
      const sev = ruleInfo(id)?.severity;
      lines.push(`| \`${id}\` | ${sev ? severityLabel(t, sev) : ''} | ${counts[id]} |`);
    }
  }
  const samples = report.findings.filter((f) => f.severity !== 'info').slice(0, maxSamples);
  if (samples.length) {
    lines.push('', '| location | severity | rule | message | hint |', '|---|---|---|---|---|');
    for (const f of samples) lines.push(`| ${mdCell(where(f))} | ${severityLabel(t, f.severity)} | \`${f.ruleId}\` | ${mdCell(f.message)} | ${mdCell(f.hint)} |`);
    if (report.findings.length > samples.length) lines.push('', `_${report.findings.length - samples.length} more findings are in the JSON report._`);
  }
  return lines.join('\n') + '\n';
}

const SARIF_MAX_RESULTS = 25_000;

/** SARIF 2.1.0 for code scanning (≤ 25,000 results per run; truncation is noted). */
export function formatSarif(report: ValidationReport, toolVersion = '0.0.0'): string {
  const used = new Set(report.findings.map((f) => f.ruleId));
  const rules: RuleInfo[] = RULES.filter((r) => used.has(r.id));
  const results = report.findings.slice(0, SARIF_MAX_RESULTS).map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: rules.findIndex((r) => r.id === f.ruleId),
    level: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note',
    message: { text: f.message + (f.hint ? ` ${f.hint}` : '') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file.replace(/\\/g, '/') },
          region: {
            startLine: f.line ?? 1,
            ...(f.column ? { startColumn: f.column } : {}),
            ...(f.endLine ? { endLine: f.endLine } : {}),
            ...(f.endColumn ? { endColumn: f.endColumn } : {}),
            ...(f.byteOffset !== null ? { byteOffset: f.byteOffset } : {}),
          },
        },
      },
    ],
  }));
  const truncated = report.findings.length > SARIF_MAX_RESULTS;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dsc validate',
            version: toolVersion,
            informationUri: 'https://github.com/dsc-toolkit/dsc-toolkit',
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: r.severity === 'info' ? 'note' : r.severity } })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: truncated
              ? [{ level: 'warning', message: { text: `Only the first ${SARIF_MAX_RESULTS} of ${report.findings.length} results are included.` } }]
              : [],
          },
        ],
        results,
        properties: { counts: report.counts ?? {}, valid: report.valid },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(CONTROL, '');

/** JUnit XML: one testsuite per file, one testcase per (file, rule); errors are failures. */
export function formatJunit(report: ValidationReport, t: Translate = englishTranslate()): string {
  const hintLabel = say(t, 'validation.report.hintLabel');
  const byFile = new Map<string, ReportFinding[]>();
  for (const f of report.files ?? []) byFile.set(f.file, []);
  for (const f of report.findings) {
    let l = byFile.get(f.file);
    if (!l) byFile.set(f.file, (l = []));
    l.push(f);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, fs] of byFile) {
    const byRule = new Map<string, ReportFinding[]>();
    for (const f of fs) {
      let l = byRule.get(f.ruleId);
      if (!l) byRule.set(f.ruleId, (l = []));
      l.push(f);
    }
    const cases: string[] = [];
    let fileFailures = 0;
    if (byRule.size === 0) cases.push(`    <testcase classname="${xml(file)}" name="valid"/>`);
    for (const [rule, list] of byRule) {
      const count = (report.counts ?? {})[rule] ?? list.length;
      const body = list.map((f) => `${where(f)} ${f.message}${f.hint ? ` (${hintLabel}: ${f.hint})` : ''}`).join('\n');
      if (list.some((f) => f.severity === 'error')) {
        fileFailures++;
        cases.push(`    <testcase classname="${xml(file)}" name="${xml(rule)}">\n      <failure message="${xml(`${list.length} finding(s), ${count} in all files`)}" type="${xml(rule)}">${xml(body)}</failure>\n    </testcase>`);
      } else cases.push(`    <testcase classname="${xml(file)}" name="${xml(rule)}">\n      <system-out>${xml(body)}</system-out>\n    </testcase>`);
    }
    tests += cases.length;
    failures += fileFailures;
    suites.push(`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fileFailures}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dsc validate" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** Formats a report (ndjson: the findings, one per line). */
export function formatReport(report: ValidationReport, format: ReportFormat, t: Translate = englishTranslate()): string {
  switch (format) {
    case 'text':
      return formatText(report, t);
    case 'json':
      return formatJson(report);
    case 'ndjson':
      return report.findings.map(formatNdjsonFinding).join('');
    case 'github':
      return formatGithub(report, t).stdout;
    case 'sarif':
      return formatSarif(report);
    case 'junit':
      return formatJunit(report, t);
    case 'markdown':
      return formatMarkdown(report, 200, t);
  }
}
