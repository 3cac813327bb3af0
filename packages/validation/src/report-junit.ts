import type { Finding as ReportFinding, ValidationReport } from '@dsc/domain';
import type { Translate } from './render.js';
import { englishTranslate, say } from './render.js';
import { unreadableInputs, where, xml } from './report-common.js';

/**
 * JUnit XML: one testsuite per file, one testcase per (file, rule); errors are failures. An unreadable input is a
 * testcase with an `<error>` (counted in `errors`), so a CI never shows it green.
 */
export function formatJunit(report: ValidationReport, t: Translate = englishTranslate()): string {
  const hintLabel = say(t, 'validation.report.hintLabel');
  const byFile = new Map<string, ReportFinding[]>();
  for (const f of report.files ?? []) byFile.set(f.file, []);
  for (const f of report.findings) {
    let l = byFile.get(f.file);
    if (!l) byFile.set(f.file, (l = []));
    l.push(f);
  }
  const unreadable = new Map(unreadableInputs(report).map((u) => [u.file, u]));
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const [file, fs] of byFile) {
    const byRule = new Map<string, ReportFinding[]>();
    for (const f of fs) {
      let l = byRule.get(f.ruleId);
      if (!l) byRule.set(f.ruleId, (l = []));
      l.push(f);
    }
    const cases: string[] = [];
    let fileFailures = 0;
    let fileErrors = 0;
    const u = unreadable.get(file);
    if (u) {
      fileErrors++;
      const body = `${u.message}${u.hint ? `\n${hintLabel}: ${u.hint}` : ''}`;
      cases.push(`    <testcase classname="${xml(file)}" name="${xml(say(t, 'validation.report.unreadableLabel'))}">\n      <error message="${xml(u.message)}" type="${xml(u.code)}">${xml(body)}</error>\n    </testcase>`);
    } else if (byRule.size === 0) cases.push(`    <testcase classname="${xml(file)}" name="valid"/>`);
    for (const [rule, list] of byRule) {
      const count = (report.counts ?? {})[rule] ?? list.length;
      const body = list.map((f) => `${where(f)} ${f.message}${f.hint ? ` (${hintLabel}: ${f.hint})` : ''}`).join('\n');
      if (list.some((f) => f.severity === 'error')) {
        fileFailures++;
        const message = say(t, 'validation.report.junitFailure', { count: list.length, total: String(count) });
        cases.push(`    <testcase classname="${xml(file)}" name="${xml(rule)}">\n      <failure message="${xml(message)}" type="${xml(rule)}">${xml(body)}</failure>\n    </testcase>`);
      } else cases.push(`    <testcase classname="${xml(file)}" name="${xml(rule)}">\n      <system-out>${xml(body)}</system-out>\n    </testcase>`);
    }
    tests += cases.length;
    failures += fileFailures;
    errors += fileErrors;
    suites.push(`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fileFailures}" errors="${fileErrors}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dsc validate" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
