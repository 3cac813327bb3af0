import type { Observation, PolicyAssessment } from '@dsc/domain';
import { imputePanel } from './steps/impute.js';
import type { IndexData, ProvenanceRecord } from './types.js';

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

/**
 * Builds one cross-section from observations (the project's own format): the value of each unit × indicator in
 * `year`, or — with `maxLag` — the most recent earlier value at most `maxLag` years back (ITU "look-back"),
 * reported in `lookedBack`. Missing stays `null`; nothing is invented.
 */
export function fromObservations(
  obs: readonly Pick<Observation, 'iso3' | 'indicator' | 'year' | 'value'>[],
  options: {
    readonly units: readonly string[];
    readonly indicators: readonly string[];
    readonly year: number;
    readonly maxLag?: number;
  },
): { data: IndexData; lookedBack: LookBack[] } {
  const { units, indicators, year } = options;
  const maxLag = options.maxLag ?? 0;
  const values: Record<string, (number | null)[]> = {};
  const lookedBack: LookBack[] = [];
  for (const ind of indicators) {
    values[ind] = units.map((u) => {
      const series = obs.filter(
        (o) => o.iso3 === u && o.indicator === ind && o.year <= year && o.year >= year - maxLag,
      );
      const rows = [
        ...series.map((o) => ({ unit: u, time: o.year, value: o.value })),
        { unit: u, time: year, value: null as number | null },
      ];
      const exact = series.find((o) => o.year === year);
      if (exact) return exact.value;
      const filled = imputePanel(rows, 'latest', { maxLag });
      const v = filled.values[rows.length - 1] ?? null;
      if (v !== null) {
        const from = Math.max(...series.map((o) => o.year));
        lookedBack.push({ unit: u, indicator: ind, year, fromYear: from });
      }
      return v;
    });
  }
  return { data: { units, values, time: year }, lookedBack };
}

/**
 * The policy, regulatory and institutional score of each country: the mean of score / maxScore over the rubric
 * criteria that have a usable score. Provisional (unverified) scores are left out unless `includeUnverified` is set.
 * A country whose usable scores cover less than `minCoverage` of the criteria (default one half) gets `null`: a
 * score from two or three criteria would not describe the framework.
 */
export function policyScores(
  assessments: readonly PolicyAssessment[],
  options: {
    readonly maxScore?: number;
    readonly includeUnverified?: boolean;
    readonly minCoverage?: number;
  } = {},
): Record<string, number | null> {
  const max = options.maxScore ?? 2;
  const minCoverage = options.minCoverage ?? 0.5;
  const out: Record<string, number | null> = {};
  for (const a of assessments) {
    const used = a.scores.filter(
      (s) => s.score !== null && (options.includeUnverified === true || !s.unverified),
    );
    const coverage = a.scores.length === 0 ? 0 : used.length / a.scores.length;
    out[a.iso3] =
      used.length === 0 || coverage < minCoverage
        ? null
        : used.reduce((t, s) => t + s.score! / max, 0) / used.length;
  }
  return out;
}
