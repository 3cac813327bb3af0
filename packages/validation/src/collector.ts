import type { Finding as ReportFinding } from '@dsc/domain';
import type { FindingHint, FindingMessage } from './finding.js';
import type { RuleSeverity, SeverityOverride } from './rules.js';
import { ruleInfo } from './rules.js';
import { own } from './text-checks.js';

/** Where a finding is: line, column, byte offset, record, field and value (as in the JSON report). */
export type FindingLocation = Omit<ReportFinding, 'ruleId' | 'severity' | 'file' | 'message' | 'hint' | 'code' | 'params' | 'hintCode' | 'hintParams'>;

/**
 * One finding, as data: the rule, its severity, the place, and what it says as a message `code` with named
 * `params` (and a hint the same way). Text comes only from rendering it (`renderFinding`).
 */
export type Finding = { readonly ruleId: string; readonly severity: RuleSeverity; readonly file: string } & FindingLocation &
  FindingMessage & { readonly hint: FindingHint | null };

/** What a rule reports about one location (the collector adds ruleId, severity and file). */
export type FindingBody = FindingLocation & { readonly message: FindingMessage; readonly hint: FindingHint | null };

export type CollectorOptions = {
  readonly file: string;
  readonly severities?: Readonly<Record<string, SeverityOverride>> | undefined;
  /** Samples kept per rule (every finding is still counted). */
  readonly maxSamples?: number | undefined;
  /** Called for every kept finding as soon as it is found (streaming output). */
  readonly onFinding?: ((f: Finding) => void) | undefined;
};

/** A copy of the params whose strings do not keep the chunk of text they were cut from alive. */
function ownParams<P extends object>(params: P): P {
  const out = { ...params } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = own(v);
  return out as P;
}

/**
 * Counts every finding per rule and keeps the first N samples per rule. Caps limit what is stored,
 * never what is scanned.
 */
export class Collector {
  readonly counts = new Map<string, number>();
  readonly findings: Finding[] = [];
  errors = 0;
  warnings = 0;
  infos = 0;
  /** Set when the current row produced an error (for --write-valid/--write-invalid). */
  rowError = false;
  private readonly kept = new Map<string, number>();
  private readonly sev = new Map<string, RuleSeverity | 'off'>();
  private readonly opts: CollectorOptions;
  private readonly maxSamples: number;

  constructor(opts: CollectorOptions) {
    this.opts = opts;
    this.maxSamples = opts.maxSamples ?? 100;
  }

  severity(ruleId: string): RuleSeverity | 'off' {
    let s = this.sev.get(ruleId);
    if (s === undefined) {
      s = this.opts.severities?.[ruleId] ?? ruleInfo(ruleId)?.severity ?? 'error';
      this.sev.set(ruleId, s);
    }
    return s;
  }

  /** Records one finding; `build` runs only when the sample is kept. Returns false when the rule is off. */
  add(ruleId: string, build: () => FindingBody): boolean {
    const severity = this.severity(ruleId);
    if (severity === 'off') return false;
    this.counts.set(ruleId, (this.counts.get(ruleId) ?? 0) + 1);
    if (severity === 'error') {
      this.errors++;
      this.rowError = true;
    } else if (severity === 'warning') this.warnings++;
    else this.infos++;
    const k = this.kept.get(ruleId) ?? 0;
    if (k < this.maxSamples) {
      this.kept.set(ruleId, k + 1);
      const { message, hint, ...loc } = build();
      const f = {
        ruleId,
        severity,
        file: this.opts.file,
        ...loc,
        value: loc.value === null ? null : own(loc.value),
        field: loc.field === null ? null : own(loc.field),
        code: message.code,
        params: ownParams(message.params),
        hint: hint === null ? null : { code: hint.code, params: ownParams(hint.params) },
      } as Finding;
      this.findings.push(f);
      this.opts.onFinding?.(f);
    }
    return true;
  }
}
