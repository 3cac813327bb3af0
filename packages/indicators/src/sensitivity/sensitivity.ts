import type { Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { PipelineResult } from '../pipeline.js';
import { runCompiled } from '../pipeline.js';
import { compileSpec } from '../spec/index.js';
import { kendall, spearman, sportRank } from '../stats.js';
import type { IndexData, IndicatorError } from '../types.js';
import type { UncertainInput } from './inputs.js';
import type { RunFailure } from './runner.js';
import { meanAbsRankChange, setUpAnalysis } from './runner.js';
import type { SobolIndex } from './sobol.js';
import { saltelliDesign, sobolEstimates } from './sobol.js';

export type SensitivityResult = {
  readonly seed: number;
  readonly n: number;
  readonly runs: number;
  readonly variance: number;
  readonly indices: readonly SobolIndex[];
  readonly failures: readonly RunFailure[];
};

export type SensitivityOptions = {
  /** Base sample size N; the analysis runs N(d + 2) pipelines. */
  readonly n: number;
  readonly seed?: number;
  readonly inputs?: readonly UncertainInput[];
  readonly bootstrap?: number;
};

/** Variance-based sensitivity of the mean absolute rank change to each uncertain input. */
export function sensitivityAnalysis(
  spec: unknown,
  data: IndexData,
  options: SensitivityOptions,
): Result<SensitivityResult, IndicatorError> {
  const setup = setUpAnalysis(spec, data, options);
  if (!setup.ok) return setup;
  const { seed, inputs, names, runner } = setup.value;
  const { nomRanks, runOne } = runner;
  const d = inputs.length;
  const N = options.n;
  const { A, B, AB } = saltelliDesign(N, d, seed);
  const failures: RunFailure[] = [];
  let run = 0;
  const evalAll = (M: Float64Array) =>
    Float64Array.from({ length: N }, (_, i) => {
      const r = runOne(M, i * d);
      const id = run++;
      if (!r.ok) {
        failures.push({ run: id, inputs: r.values, error: r.error });
        return NaN;
      }
      return meanAbsRankChange(r.ranks, nomRanks);
    });
  const yA = evalAll(A);
  const yB = evalAll(B);
  const yAB = AB.map(evalAll);
  // rows with a failed run are left out of the estimators (and listed in failures)
  const keep = Array.from({ length: N }, (_, i) => i).filter(
    (i) => Number.isFinite(yA[i]!) && Number.isFinite(yB[i]!) && yAB.every((y) => Number.isFinite(y[i]!)),
  );
  const pick = (y: Float64Array) => Float64Array.from(keep, (i) => y[i]!);
  const { variance, indices } = sobolEstimates(pick(yA), pick(yB), yAB.map(pick), names, {
    bootstrap: options.bootstrap ?? 1000,
    seed,
  });
  return ok({ seed, n: N, runs: run, variance, indices, failures });
}

/** Drops each element of a level in turn (weight 0) and reports the mean absolute rank change of the index. */
export function removeElements(
  spec: unknown,
  data: IndexData,
  level: number,
): Result<{ element: string; meanAbsRankChange: number }[], IndicatorError> {
  const c = compileSpec(spec);
  if (!c.ok) return c;
  const base = runCompiled(c.value, data, { provenance: false, hash: false });
  if (!base.ok) return base;
  const root = c.value.root!;
  const nom = base.value.ranks[root]!;
  const out: { element: string; meanAbsRankChange: number }[] = [];
  for (const n of c.value.spec.nodes.filter((x) => x.level === level && x.parent !== undefined)) {
    const r = runCompiled(c.value, data, {
      provenance: false,
      hash: false,
      weights: { ...base.value.weights.nominal, [n.id]: 0 },
    });
    if (!r.ok) return r;
    out.push({ element: n.id, meanAbsRankChange: meanAbsRankChange(r.value.ranks[root]!, nom) });
  }
  return ok(out);
}

/** Compares two result variants on the top aggregate: mean |Δrank|, Spearman ρ and Kendall τ of the scores. */
export function compareVariants(
  a: PipelineResult,
  b: PipelineResult,
): { meanAbsRankChange: number; spearman: number; kendall: number; units: number } {
  const root = a.root!;
  const pos = new Map(b.units.map((u, i) => [u, i]));
  const colA = a.stages.Aggregated.columns[a.stages.Aggregated.codes.indexOf(root)]!;
  const colB = b.stages.Aggregated.columns[b.stages.Aggregated.codes.indexOf(b.root!)]!;
  const xa: number[] = [];
  const xb: number[] = [];
  a.units.forEach((u, i) => {
    const k = pos.get(u);
    if (k === undefined) return;
    xa.push(colA[i]!);
    xb.push(colB[k]!);
  });
  return {
    meanAbsRankChange: meanAbsRankChange(sportRank(xa), sportRank(xb)),
    spearman: spearman(xa, xb).r,
    kendall: kendall(xa, xb).r,
    units: xa.length,
  };
}
