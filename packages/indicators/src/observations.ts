import type { ProvenanceRecord } from './types.js';

/** A cell filled from an earlier year by the look-back (panel `latest`). */
export type LookBack = {
  readonly unit: string;
  readonly indicator: string;
  readonly year: number;
  readonly fromYear: number;
};

/** Look-back cells as provenance records (`imputed:latest`, step impute), for `provenanceNdjson`. */
export const lookBackProvenance = (cells: readonly LookBack[]): ProvenanceRecord[] =>
  cells.map((c) => ({ unit: c.unit, code: c.indicator, step: 'impute', label: 'imputed:latest' }));
