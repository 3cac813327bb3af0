import type { Finding as ReportFinding, Severity, ValidationReport } from '@dsc/domain';
import type { MessageKey } from '@dsc/i18n';
import type { Translate } from './render.js';
import { say } from './render.js';

/** `file:line:column` of a finding (line and column when known). */
export const where = (f: ReportFinding): string => `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}`;

/** The severity label in the report's language. */
export const severityLabel = (t: Translate, severity: string): string => say(t, `validation.severity.${severity}` as MessageKey);

/** An input that could not be read (missing file, directory, corrupt container, I/O error): it fails every format. */
export type UnreadableInput = { readonly file: string; readonly code: string; readonly message: string; readonly hint: string };

/** The unreadable inputs of a report, in the order of its files. */
export function unreadableInputs(report: ValidationReport): UnreadableInput[] {
  const out: UnreadableInput[] = [];
  for (const f of report.files ?? []) {
    const u = f['unreadable'] as { code?: unknown; message?: unknown; hint?: unknown } | undefined;
    if (!u || typeof u !== 'object') continue;
    const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
    out.push({ file: f.file, code: text(u.code, 'io_error'), message: text(u.message, f.file), hint: text(u.hint, '') });
  }
  return out;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The report with only the findings at or above `min` (counts and stats stay complete). */
export const atLeast = (report: ValidationReport, min: Severity): ValidationReport =>
  min === 'info' ? report : { ...report, findings: report.findings.filter((f) => RANK[f.severity] >= RANK[min]) };

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text escaped for XML attributes and content; characters XML 1.0 forbids are dropped. */
export const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(CONTROL, '');

/** The i18n key of a rule's one-line title: `csv/ragged-row` → `validation.rule.csv.raggedRow`. */
export const ruleTitleKey = (ruleId: string): MessageKey => {
  const [pack = '', name = ''] = ruleId.split('/');
  return `validation.rule.${pack}.${name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
};

/** A rule's one-line title in the translator's language. */
export const ruleTitle = (ruleId: string, t: Translate): string => say(t, ruleTitleKey(ruleId));
