import type { ValidationReport } from '@dsc/domain';
import type { Translate } from './render.js';
import { englishTranslate, say } from './render.js';
import { ruleTitle, unreadableInputs } from './report-common.js';
import type { RuleInfo } from './rules.js';
import { RULES } from './rules.js';

const SARIF_MAX_RESULTS = 25_000;

/** The base of relative artifact URIs: the working directory. */
export const SRCROOT = '%SRCROOT%';

export type SarifOptions = {
  readonly toolVersion?: string | undefined;
  /** The working directory, an absolute path (default `/`): files below it get URIs relative to `%SRCROOT%`, others absolute file:// URIs. */
  readonly cwd?: string | undefined;
  /** The language of the notes (default English). */
  readonly t?: Translate | undefined;
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const DRIVE = /^[A-Za-z]:[\\/]/;

/** Path segments of an absolute path (`/a/b`, `C:\\a\\b`), with `.` and `..` resolved; `\\` separates only on Windows. */
function segments(path: string, windows: boolean): string[] {
  const parts = (windows ? path.split(/[\\/]/) : path.split('/')).filter((p) => p !== '' && p !== '.');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') {
      if (out.length > (windows && DRIVE.test(path) ? 1 : 0)) out.pop();
    } else out.push(p);
  }
  return out;
}

/** One path segment percent-encoded for a URI (a drive letter keeps its colon). */
const encodeSegment = (s: string, i: number): string => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd')));

const fileUri = (parts: readonly string[], directory: boolean): string =>
  `file:///${parts.map(encodeSegment).join('/')}${directory && parts.length ? '/' : ''}`;

/**
 * The artifact location of a file as the user named it: percent-encoded (spaces, `#`, `%`, non-ASCII, `\\`, `:`),
 * relative to `%SRCROOT%` (the working directory `cwd`, an absolute path) when it lies below it, an absolute
 * file:// URI otherwise.
 */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const windows = DRIVE.test(cwd);
  const base = segments(cwd, windows);
  const absolute = windows ? DRIVE.test(file) || /^[\\/]/.test(file) : file.startsWith('/');
  const abs = segments(absolute ? file : `${cwd}/${file}`, windows);
  const below = abs.length > base.length && base.every((s, i) => s === abs[i]);
  if (below) return { uri: abs.slice(base.length).map((s) => encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd'))).join('/'), uriBaseId: SRCROOT };
  return { uri: fileUri(abs, false) };
}

/**
 * SARIF 2.1.0 for code scanning (≤ 25,000 results per run; truncation is noted). An unreadable input is an
 * error notification of an unsuccessful invocation.
 */
export function formatSarif(report: ValidationReport, options: SarifOptions | string = {}): string {
  const opts: SarifOptions = typeof options === 'string' ? { toolVersion: options } : options;
  const cwd = opts.cwd ?? '/';
  const t = opts.t ?? englishTranslate();
  const used = new Set(report.findings.map((f) => f.ruleId));
  const rules: RuleInfo[] = RULES.filter((r) => used.has(r.id));
  const results = report.findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const ruleIndex = rules.findIndex((r) => r.id === f.ruleId);
    return {
      ruleId: f.ruleId,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note',
      message: { text: f.message + (f.hint ? ` ${f.hint}` : '') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.file, cwd),
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
    };
  });
  const unreadable = unreadableInputs(report).map((u) => ({
    level: 'error',
    message: { text: u.message + (u.hint ? ` ${u.hint}` : '') },
    descriptor: { id: `io/${u.code.replace(/_/g, '-')}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(u.file, cwd) } }],
  }));
  const notes =
    report.findings.length > SARIF_MAX_RESULTS
      ? [{ level: 'warning', message: { text: say(t, 'validation.report.sarifTruncated', { shown: String(SARIF_MAX_RESULTS), total: String(report.findings.length) }) } }]
      : [];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dsc validate',
            version: opts.toolVersion ?? '0.0.0',
            informationUri: 'https://github.com/dsc-toolkit/dsc-toolkit',
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: ruleTitle(r.id, t) }, defaultConfiguration: { level: r.severity === 'info' ? 'note' : r.severity } })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(segments(cwd, DRIVE.test(cwd)), true) } },
        invocations: [{ executionSuccessful: unreadable.length === 0, toolExecutionNotifications: [...unreadable, ...notes] }],
        results,
        properties: { counts: report.counts ?? {}, valid: report.valid },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
