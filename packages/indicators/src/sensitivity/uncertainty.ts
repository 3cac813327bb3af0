import type { Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { PipelineResult } from '../pipeline.js';
import { latinHypercube, sobolPoints } from '../random.js';
import { quantileSorted } from '../stats.js';
import type { IndexData, IndicatorError } from '../types.js';
import type { UncertainInput } from './inputs.js';
import type { RunFailure } from './runner.js';
import { meanAbsRankChange, setUpAnalysis } from './runner.js';

export type UnitUncertainty = {
  readonly unit: string;
  readonly nominalRank: number;
  readonly meanRank: number;
  readonly medianRank: number;
  readonly q05Rank: number;
  readonly q95Rank: number;
  readonly nominalScore: number;
  readonly q05Score: number;
  readonly q95Score: number;
};

export type UncertaintyResult = {
  readonly seed: number;
  readonly runs: number;
  readonly sampling: 'sobol' | 'lhs';
  readonly inputs: readonly string[];
  readonly units: readonly UnitUncertainty[];
  /** Mean absolute rank change of each successful run. */
  readonly y: Float64Array;
  readonly failures: readonly RunFailure[];
  readonly nominal: PipelineResult;
};

export type UncertaintyOptions = {
  readonly runs: number;
  readonly seed?: number;
  readonly inputs?: readonly UncertainInput[];
  readonly sampling?: 'sobol' | 'lhs';
};

/** Uncertainty analysis: N seeded quasi-random runs; rank and score intervals per unit, failures listed. */
export function uncertaintyAnalysis(
  spec: unknown,
  data: IndexData,
  options: UncertaintyOptions,
): Result<UncertaintyResult, IndicatorError> {
  const setup = setUpAnalysis(spec, data, options);
  if (!setup.ok) return setup;
  const { seed, inputs, names, runner } = setup.value;
  const { units, nomRanks, runOne, nominal } = runner;
  const d = inputs.length;
  const N = options.runs;
  const U = options.sampling === 'lhs' ? latinHypercube(N, d, seed) : sobolPoints(N, d, seed);
  const rankRuns: Float64Array[] = [];
  const scoreRuns: Float64Array[] = [];
  const y: number[] = [];
  const failures: RunFailure[] = [];
  for (let i = 0; i < N; i++) {
    const r = runOne(U, i * d);
    if (!r.ok) {
      failures.push({ run: i, inputs: r.values, error: r.error });
      continue;
    }
    rankRuns.push(r.ranks);
    scoreRuns.push(r.scores);
    y.push(meanAbsRankChange(r.ranks, nomRanks));
  }
  const rootCol = nominal.stages.Aggregated.columns[nominal.stages.Aggregated.codes.indexOf(nominal.root!)]!;
  const stat = (runs: Float64Array[], i: number) =>
    runs
      .map((r) => r[i]!)
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => a - b);
  const unitsOut = units.map((unit, i) => {
    const rk = stat(rankRuns, i);
    const sc = stat(scoreRuns, i);
    return {
      unit,
      nominalRank: nomRanks[i]!,
      meanRank: rk.length ? rk.reduce((a, b) => a + b, 0) / rk.length : NaN,
      medianRank: quantileSorted(rk, 0.5),
      q05Rank: quantileSorted(rk, 0.05),
      q95Rank: quantileSorted(rk, 0.95),
      nominalScore: rootCol[i]!,
      q05Score: quantileSorted(sc, 0.05),
      q95Score: quantileSorted(sc, 0.95),
    };
  });
  return ok({
    seed,
    runs: N,
    sampling: options.sampling ?? 'sobol',
    inputs: names,
    units: unitsOut,
    y: Float64Array.from(y),
    failures,
    nominal,
  });
}
