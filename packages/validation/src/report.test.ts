import { ValidationReport } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { parseRuleFlags } from './config.js';
import { parseValidateConfig } from './descriptors.js';
import { buildReport, exitStatus, formatGithub, formatJunit, formatMarkdown, formatReport, formatSarif, formatText } from './report.js';
import { RULES } from './rules.js';
import type { FileResult } from './validate.js';
import { validateText } from './validate.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const bad = (n: number): string => 'iso3,indicator,year,value\n' + Array.from({ length: n }, (_, i) => `KAZ,EGDI,${1900 + i},x%\n`).join('');

describe('reports', () => {
  const r: FileResult = validateText(enc('iso3,indicator,year,value\nKAZ,EGDI,2024,x\nKAZ,EGDI,2031,0.5\n'), { file: 'a,b:c.csv', referenceYear: 2026 });
  const report = buildReport([r], { seconds: 0.5 });

  it('the JSON report is a valid @dsc/domain ValidationReport', () => {
    expect(ValidationReport.safeParse(JSON.parse(formatReport(report, 'json'))).success).toBe(true);
    expect(report.valid).toBe(false);
    expect(report.counts).toMatchObject({ 'schema/type-error': 1, 'ind/future-year': 1 });
    expect(report.stats).toMatchObject({ files: 1, rows: 2, errors: 2 });
  });

  it('text lists file:line:col, severity, rule, message and a summary', () => {
    const t = formatText(report);
    expect(t).toContain('a,b:c.csv:2:15  error    schema/type-error');
    expect(t).toMatch(/INVALID: 1 file, 2 rows/);
  });

  it('github: escapes data and properties, caps 10 errors + 10 warnings, the rest goes to the summary', () => {
    const many = validateText(enc(bad(30)), { file: 'm.csv', referenceYear: 2026 });
    const gh = formatGithub(buildReport([many, r]));
    const lines = gh.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error')).length).toBe(10);
    expect(lines.at(-1)).toMatch(/^::notice title=dsc validate::\d+ more findings/);
    const own = formatGithub(report).stdout;
    expect(own).toContain('::error file=a%2Cb%3Ac.csv,line=2,endLine=2,col=15,endColumn=16,title=schema/type-error::');
    expect(gh.summary).toContain('| `schema/type-error` | error | 31 |');
  });

  it('github data escaping of %, CR and LF', () => {
    const f = { ...report.findings.find((x) => x.severity === 'error')!, message: '50%\r\nnext' };
    const out = formatGithub({ ...report, findings: [f] }).stdout;
    expect(out).toContain('50%25%0D%0Anext');
  });

  it('SARIF 2.1.0 with rule metadata, levels and regions; truncated above 25,000 results with a note', () => {
    const s = JSON.parse(formatSarif(report)) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(s.version).toBe('2.1.0');
    const res = s.runs[0]!.results.find((x) => x.ruleId === 'schema/type-error')!;
    expect(res.level).toBe('error');
    expect(res.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 15 });
    expect(s.runs[0]!.tool.driver.rules.map((x) => x.id)).toContain('schema/type-error');
    const big = { ...report, findings: Array.from({ length: 25_010 }, () => report.findings[0]!) };
    const t = JSON.parse(formatSarif(big)) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    expect(t.runs[0]!.results).toHaveLength(25_000);
    expect(t.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });

  it('JUnit: one testcase per (file, rule), errors are failures', () => {
    const x = formatJunit(report);
    expect(x).toContain('<testsuite name="a,b:c.csv"');
    expect(x).toMatch(/<testcase classname="a,b:c.csv" name="schema\/type-error">\s*<failure/);
    expect(x).toContain('name="csv/layout">');
  });

  it('markdown: per file, per rule, samples', () => {
    const m = formatMarkdown(report);
    expect(m).toContain('## dsc validate: ❌ invalid');
    expect(m).toContain('| a,b:c.csv | long | utf-8 | 2 |');
    expect(m).toContain('| `ind/future-year` | error | 1 |');
  });

  it('exit codes: 0 valid, 1 errors or failing warnings, 3 unreadable', () => {
    const ok = validateText(enc('iso3,indicator,year,value\nKAZ,EGDI,2024,0.5\nKAZ,EGDI,2024,0.5\n'), { referenceYear: 2026 });
    expect(ok.errors).toBe(0);
    expect(exitStatus([ok])).toBe(0);
    expect(exitStatus([ok], { strict: true })).toBe(1);
    expect(exitStatus([ok], { maxWarnings: 1 })).toBe(0);
    expect(exitStatus([ok], { maxWarnings: 0 })).toBe(1);
    expect(exitStatus([r])).toBe(1);
    expect(exitStatus([r, { ...ok, unreadable: { code: 'io_error', params: { reason: 'other', detail: 'EIO' } } }])).toBe(3);
  });
});

describe('rules and configuration', () => {
  it('rule IDs are unique, namespaced and kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(enc|csv|schema|ind|sdmx|wdi|sdg|xlsx|zip|package|plan|ref)\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('reads dsc.config.json (whole file or its validate section)', () => {
    expect(parseValidateConfig({ validate: { rules: { 'ind/yoy-jump': 'off' }, referenceYear: 2025 } })).toEqual({ ok: true, value: { rules: { 'ind/yoy-jump': 'off' }, referenceYear: 2025 } });
    expect(parseValidateConfig({ rules: { 'ind/nope': 'off' } })).toMatchObject({ ok: false, error: { code: 'unknown_rule', ruleId: 'ind/nope' } });
    expect(parseValidateConfig({ rules: { 'ind/yoy-jump': 'loud' } })).toMatchObject({ ok: false, error: { code: 'invalid_config', path: 'rules.ind/yoy-jump' } });
    expect(parseValidateConfig({ surprise: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_config' } });
  });

  it('parses --rule flags', () => {
    expect(parseRuleFlags(['ind/yoy-jump=off', 'csv/blank-row=error'])).toEqual({ ok: true, value: { 'ind/yoy-jump': 'off', 'csv/blank-row': 'error' } });
    expect(parseRuleFlags(['ind/yoy-jump'])).toMatchObject({ ok: false, error: { code: 'invalid_config' } });
    expect(parseRuleFlags(['x/y=off'])).toMatchObject({ ok: false, error: { code: 'unknown_rule' } });
  });
});

describe('per-rule tolerance (mostly)', () => {
  it('a rule passes when enough rows pass it; findings are still reported', () => {
    const csv = 'iso3,indicator,year,value\n' + Array.from({ length: 100 }, (_, i) => `KAZ,EGDI,${1900 + i},${i === 5 ? 'x' : '0.5'}\n`).join('');
    const r = validateText(enc(csv), { referenceYear: 2026, seriesChecks: false });
    expect(r.counts['schema/type-error']).toBe(1);
    expect(exitStatus([r])).toBe(1);
    expect(exitStatus([r], { mostly: { 'schema/type-error': 0.99 } })).toBe(0);
    expect(exitStatus([r], { mostly: { 'schema/type-error': 0.999 } })).toBe(1);
    expect(buildReport([r], { mostly: { 'schema/type-error': 0.99 } }).valid).toBe(true);
  });
});
