import type { PipelineStepName } from '@dsc/domain';
import type { Finding, ProvenanceLabel, ProvenanceRecord } from './types.js';

/** Collects per-cell provenance and findings while the steps run. Provenance can be switched off for speed. */
export class Recorder {
  readonly provenance: ProvenanceRecord[] = [];
  readonly findings: Finding[] = [];
  constructor(readonly track: boolean = true) {}

  mark(unit: string, code: string, step: PipelineStepName, label: ProvenanceLabel): void {
    if (this.track) this.provenance.push({ unit, code, step, label });
  }

  find(f: Finding): void {
    this.findings.push(f);
  }
}
