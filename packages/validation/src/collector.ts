import type { Finding } from '@dsc/domain';
import type { RuleSeverity, SeverityOverride } from './rules.js';
import { ruleInfo } from './rules.js';
import type { MessageFormatter } from './messages.js';
import { startRecording, stopRecording } from './messages.js';
import { own } from './text-checks.js';

export type { Finding };

/** What a rule reports about one location (the collector adds ruleId, severity and file). */
export type FindingBody = Omit<Finding, 'ruleId' | 'severity' | 'file'>;

export type CollectorOptions = {
  readonly file: string;
  readonly severities?: Readonly<Record<string, SeverityOverride>> | undefined;
  /** Samples kept per rule (every finding is still counted). */
  readonly maxSamples?: number | undefined;
  /** Called for every kept finding as soon as it is found (streaming output). */
  readonly onFinding?: ((f: Finding) => void) | undefined;
  /** Formats kept findings' texts from `messageId`/`hintId` and `params` (default: built-in English). */
  readonly messages?: MessageFormatter | undefined;
};

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
      startRecording();
      const body = build();
      const refs = stopRecording();
      const m = refs?.get(body.message);
      const h = body.hint === null ? undefined : refs?.get(body.hint);
      const fmt = this.opts.messages;
      const message = (m && fmt?.(m.id, m.params)) || body.message;
      const hint = body.hint === null ? null : (h && fmt?.(h.id, h.params)) || body.hint;
      const f: Finding = {
        ruleId,
        severity,
        file: this.opts.file,
        ...body,
        message: own(message),
        value: body.value === null ? null : own(body.value),
        hint: hint === null ? null : own(hint),
        ...(m ? { messageId: m.id, params: m.params } : {}),
        ...(h ? { hintId: h.id, hintParams: h.params } : {}),
        field: body.field === null ? null : own(body.field),
      };
      this.findings.push(f);
      this.opts.onFinding?.(f);
    }
    return true;
  }
}
