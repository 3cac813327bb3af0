import type { MethodologySpec, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import { uncertaintyAnalysis } from '../sensitivity/index.js';
import type { IndexData, IndicatorError } from '../types.js';

/** The rank of a unit and the interval it stays in over the uncertainty analysis' replications. */
export type RankInterval = {
  readonly unit: string;
  readonly nominal: number;
  readonly median: number;
  /** 5th percentile of the rank. */
  readonly lo: number;
  /** 95th percentile of the rank. */
  readonly hi: number;
};

export type RankIntervals = {
  readonly runs: number;
  readonly seed: number;
  readonly failures: number;
  /** The uncertain choices varied (normalisation, aggregation, weights). */
  readonly inputs: readonly string[];
  /** Units ranked in the nominal run. */
  readonly units: ReadonlyMap<string, RankInterval>;
};

/** Replications and seed of the rank intervals the toolkit shows by default. */
export const RANK_INTERVAL_RUNS = 256;
export const RANK_INTERVAL_SEED = 20240601;

/**
 * Rank intervals: the 5th–95th percentile of each unit's rank over seeded quasi-random replications of the
 * methodology's uncertain choices (see `uncertaintyAnalysis`), for the units ranked in the nominal run.
 */
export function rankIntervals(
  spec: MethodologySpec,
  data: IndexData,
  options: { readonly runs?: number; readonly seed?: number } = {},
): Result<RankIntervals, IndicatorError> {
  const r = uncertaintyAnalysis(spec, data, {
    runs: options.runs ?? RANK_INTERVAL_RUNS,
    seed: options.seed ?? RANK_INTERVAL_SEED,
  });
  if (!r.ok) return r;
  const u = r.value;
  return ok({
    runs: u.runs,
    seed: u.seed,
    failures: u.failures.length,
    inputs: u.inputs,
    units: new Map(
      u.units
        .filter((x) => Number.isFinite(x.nominalRank))
        .map((x) => [x.unit, { unit: x.unit, nominal: x.nominalRank, median: x.medianRank, lo: x.q05Rank, hi: x.q95Rank }]),
    ),
  });
}
