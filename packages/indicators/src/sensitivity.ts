import type { MethodologySpec, Result } from '@dsc/domain';
import { err, fromPointer, ok } from '@dsc/domain';
import type { PipelineResult } from './pipeline.js';
import { runCompiled } from './pipeline.js';
import type { CompiledSpec } from './spec.js';
import { compileSpec } from './spec.js';
import { nominalWeights } from './steps/weights.js';
import { createRng, latinHypercube, sobolPoints } from './random.js';
import { kendall, quantileSorted, spearman, sportRank } from './stats.js';
import type { IndexData, IndicatorError } from './types.js';

/**
 * An uncertain choice of the methodology. `address` is a JSON pointer into the spec (e.g. `/steps/treat/winmax`,
 * `/steps/normalise`, `/steps/aggregate/method`); `weights` perturbs the nominal weights of one level as
 * `w·(1 + U(−1, 1)·noise)` from a seeded pool of `draws` weight sets.
 */
export type UncertainInput =
  | {
      readonly name?: string;
      readonly type: 'discrete';
      readonly address: string;
      readonly alternatives: readonly unknown[];
    }
  | {
      readonly name?: string;
      readonly type: 'continuous';
      readonly address: string;
      readonly range: readonly [number, number];
      readonly integer?: boolean;
    }
  | {
      readonly name?: string;
      readonly type: 'weights';
      readonly level: number;
      readonly noise: number;
      readonly draws?: number;
    };

export type RunFailure = {
  readonly run: number;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly error: IndicatorError;
};

type Prepared = {
  readonly names: readonly string[];
  readonly apply: (
    u: ArrayLike<number>,
    offset: number,
  ) => {
    key: string;
    spec: MethodologySpec | undefined;
    weights: Record<string, number> | undefined;
    values: Record<string, unknown>;
  };
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const setAt = (doc: unknown, pointer: string, value: unknown) => {
  const path = fromPointer(pointer);
  let cur = doc as Record<string, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string, unknown>;
  cur[path[path.length - 1]!] = value;
};

const existsAt = (doc: unknown, pointer: string): boolean => {
  const path = fromPointer(pointer);
  if (path.length === 0) return false;
  let cur: unknown = doc;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof cur !== 'object' || cur === null) return false;
    cur = (cur as Record<string, unknown>)[path[i]!];
  }
  return typeof cur === 'object' && cur !== null;
};

/** Maps u ∈ [0, 1) to a discrete alternative (equal-width bins). */
export const pickDiscrete = <T>(alts: readonly T[], u: number): T =>
  alts[Math.min(alts.length - 1, Math.floor(u * alts.length))]!;

/**
 * Validates the inputs against the base spec before any run: each address must point into a step the spec has,
 * and every discrete alternative must give a valid spec. Nothing is skipped silently.
 */
function prepare(
  base: CompiledSpec,
  inputs: readonly UncertainInput[],
  seed: number,
): Result<Prepared, IndicatorError> {
  const spec = base.spec;
  const names: string[] = [];
  for (const [k, inp] of inputs.entries()) {
    const where = `/inputs/${k}`;
    if (inp.type === 'weights') {
      if (!base.spec.nodes.some((n) => n.level === inp.level && n.parent !== undefined))
        return err({
          code: 'invalid_input',
          pointer: where,
          message: `No weighted nodes at level ${inp.level}`,
        });
      names.push(inp.name ?? `weights:level${inp.level}`);
      continue;
    }
    if (!existsAt(spec, inp.address))
      return err({
        code: 'invalid_input',
        pointer: where,
        message: `${inp.address} refers to a step or field the base spec does not have`,
      });
    names.push(inp.name ?? inp.address);
    const values = inp.type === 'discrete' ? inp.alternatives : [inp.range[0], inp.range[1]];
    if (inp.type === 'discrete' && values.length === 0)
      return err({ code: 'invalid_input', pointer: where, message: 'No alternatives' });
    for (const v of values) {
      const variant = clone(spec);
      setAt(variant, inp.address, v);
      const c = compileSpec(variant);
      if (!c.ok)
        return err({
          code: 'invalid_input',
          pointer: where,
          message: `alternative ${JSON.stringify(v)} gives an invalid spec: ${c.error.code === 'invalid_spec' ? c.error.issues.map((i) => `${i.pointer} ${i.message}`).join('; ') : c.error.code}`,
        });
    }
  }
  // weight pools, drawn once from the seed
  const rng = createRng(seed ^ 0x5eed);
  const nominal = nominalWeights(base);
  const pools = inputs.map((inp) => {
    if (inp.type !== 'weights') return undefined;
    const ids = spec.nodes.filter((n) => n.level === inp.level && n.parent !== undefined).map((n) => n.id);
    return Array.from({ length: inp.draws ?? 100 }, () =>
      Object.fromEntries(ids.map((id) => [id, nominal[id]! * (1 + (2 * rng.next() - 1) * inp.noise)])),
    );
  });
  const apply: Prepared['apply'] = (u, offset) => {
    let variant: MethodologySpec | undefined;
    let weights: Record<string, number> | undefined;
    const values: Record<string, unknown> = {};
    const keyParts: unknown[] = [];
    inputs.forEach((inp, j) => {
      const uj = u[offset + j]!;
      if (inp.type === 'weights') {
        const k = Math.min(pools[j]!.length - 1, Math.floor(uj * pools[j]!.length));
        weights = { ...(weights ?? {}), ...pools[j]![k]! };
        values[names[j]!] = `draw ${k}`;
        return;
      }
      let v: unknown;
      if (inp.type === 'discrete') v = pickDiscrete(inp.alternatives, uj);
      else {
        const [a, b] = inp.range;
        v = inp.integer ? Math.min(b, a + Math.floor(uj * (b - a + 1))) : a + uj * (b - a);
      }
      variant ??= clone(spec);
      setAt(variant, inp.address, v);
      values[names[j]!] = v;
      keyParts.push(v);
    });
    return { key: JSON.stringify(keyParts), spec: variant, weights, values };
  };
  return ok({ names, apply });
}

/** Mean absolute rank change of the index against the nominal ranks (units ranked in both). */
export function meanAbsRankChange(ranks: ArrayLike<number>, nominal: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < ranks.length; i++) {
    const a = ranks[i]!;
    const b = nominal[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    s += Math.abs(a - b);
    n++;
  }
  return n === 0 ? NaN : s / n;
}

/** Runs the spec variants for a matrix of u-points; caches compiled specs per discrete combination. */
function makeRunner(base: CompiledSpec, data: IndexData, prepared: Prepared) {
  const nominal = runCompiled(base, data, { provenance: false, hash: false });
  if (!nominal.ok) return nominal;
  const root = base.root;
  if (!root)
    return err<IndicatorError>({
      code: 'invalid_input',
      pointer: '/nodes',
      message: 'The spec has no top aggregate to rank',
    });
  const units = nominal.value.units;
  const unitIndex = new Map(data.units.map((u, i) => [u, i]));
  const nomRanks = nominal.value.ranks[root]!;
  const cache = new Map<string, Result<CompiledSpec, IndicatorError>>();
  const runOne = (
    u: ArrayLike<number>,
    offset: number,
  ):
    | { ok: true; ranks: Float64Array; scores: Float64Array; values: Record<string, unknown> }
    | { ok: false; error: IndicatorError; values: Record<string, unknown> } => {
    const a = prepared.apply(u, offset);
    let compiled: Result<CompiledSpec, IndicatorError> = ok(base);
    if (a.spec) {
      compiled = cache.get(a.key) ?? compileSpec(a.spec, { trustedSchema: true });
      cache.set(a.key, compiled);
    }
    if (!compiled.ok) return { ok: false, error: compiled.error, values: a.values };
    const r = runCompiled(compiled.value, data, {
      provenance: false,
      hash: false,
      ...(a.weights ? { weights: a.weights } : {}),
    });
    if (!r.ok) return { ok: false, error: r.error, values: a.values };
    // align to the nominal units (screening may differ between variants)
    const ranks = new Float64Array(units.length).fill(NaN);
    const scores = new Float64Array(units.length).fill(NaN);
    const col = r.value.stages.Aggregated.columns[r.value.stages.Aggregated.codes.indexOf(root)]!;
    const pos = new Map(r.value.units.map((uu, i) => [uu, i]));
    units.forEach((uu, i) => {
      const k = pos.get(uu);
      if (k !== undefined) scores[i] = col[k]!;
    });
    ranks.set(sportRank(scores));
    return { ok: true, ranks, scores, values: a.values };
  };
  return ok({ nominal: nominal.value, units, nomRanks, runOne, unitIndex });
}

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

/**
 * Default uncertain inputs, in the style of COINr's example analysis: winsorisation limit 1–5 (when treated),
 * normalisation alternatives (when min-max), arithmetic vs geometric mean (geometric with a shift zero policy), and
 * ±25 % noise on the weights of each aggregation level.
 */
export function defaultInputs(spec: MethodologySpec): UncertainInput[] {
  const out: UncertainInput[] = [];
  if (spec.steps.treat && spec.steps.treat.method === 'jrc')
    out.push({ type: 'discrete', address: '/steps/treat/winmax', alternatives: [1, 2, 3, 4, 5] });
  if (spec.steps.normalise?.method === 'minmax')
    out.push({
      type: 'discrete',
      address: '/steps/normalise',
      alternatives: [spec.steps.normalise, { method: 'zscore', mean: 100, sd: 10 }, { method: 'rank' }],
    });
  if (spec.steps.aggregate) {
    const a = spec.steps.aggregate;
    const geo = { method: 'geometric', zeroPolicy: 'shift', epsilon: 1 } as const;
    // per-level overrides take precedence, so the alternative switches them too
    const levels = a.levels
      ? Object.fromEntries(Object.entries(a.levels).map(([k, l]) => [k, { ...l, ...geo }]))
      : undefined;
    out.push({
      type: 'discrete',
      address: '/steps/aggregate',
      alternatives: [a, { ...a, ...geo, ...(levels ? { levels } : {}) }],
    });
  }
  const levels = [...new Set(spec.nodes.filter((n) => n.parent !== undefined).map((n) => n.level))].sort();
  for (const l of levels.filter((l) => l >= 2)) out.push({ type: 'weights', level: l, noise: 0.25 });
  if (out.length === 0) out.push({ type: 'weights', level: 1, noise: 0.25 });
  return out;
}

/** Compiles the spec, checks the uncertain inputs and runs the nominal pipeline: what every analysis needs first. */
function setUpAnalysis(
  spec: unknown,
  data: IndexData,
  options: { readonly seed?: number; readonly inputs?: readonly UncertainInput[] },
) {
  const c = compileSpec(spec);
  if (!c.ok) return c;
  const seed = options.seed ?? 1;
  const inputs = options.inputs ?? defaultInputs(c.value.spec);
  const prepared = prepare(c.value, inputs, seed);
  if (!prepared.ok) return prepared;
  const runner = makeRunner(c.value, data, prepared.value);
  if (!runner.ok) return runner;
  return ok({ seed, inputs, names: prepared.value.names, runner: runner.value });
}

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

export type SobolIndex = {
  readonly input: string;
  readonly first: number;
  readonly firstLow: number;
  readonly firstHigh: number;
  readonly total: number;
  readonly totalLow: number;
  readonly totalHigh: number;
  /** S_i lies outside [0, 1] beyond its interval: raise N. */
  readonly nonConvergent: boolean;
};

export type SensitivityResult = {
  readonly seed: number;
  readonly n: number;
  readonly runs: number;
  readonly variance: number;
  readonly indices: readonly SobolIndex[];
  readonly failures: readonly RunFailure[];
};

const mean = (x: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
};

/**
 * Sobol' indices from a Saltelli design: V = var([y_A; y_B]); first order (Saltelli 2010)
 * S_i = mean(y_B·(y_ABi − y_A)) / V; total (Jansen 1999) ST_i = mean((y_A − y_ABi)²) / (2V). Bootstrap CIs resample
 * the N rows (seeded), percentiles 5–95 %.
 */
export function sobolEstimates(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yAB: readonly ArrayLike<number>[],
  names: readonly string[],
  options: { readonly bootstrap?: number; readonly seed?: number; readonly level?: number } = {},
): { variance: number; indices: SobolIndex[] } {
  const N = yA.length;
  const est = (rows: ArrayLike<number>) => {
    const all = new Float64Array(2 * rows.length);
    for (let r = 0; r < rows.length; r++) {
      all[r] = yA[rows[r]!]!;
      all[rows.length + r] = yB[rows[r]!]!;
    }
    const m = mean(all);
    let V = 0;
    for (const v of all) V += (v - m) * (v - m);
    V /= all.length - 1;
    return yAB.map((yi) => {
      let s1 = 0;
      let st = 0;
      for (let r = 0; r < rows.length; r++) {
        const k = rows[r]!;
        s1 += yB[k]! * (yi[k]! - yA[k]!);
        st += (yA[k]! - yi[k]!) * (yA[k]! - yi[k]!);
      }
      return { first: s1 / rows.length / V, total: st / rows.length / (2 * V), V };
    });
  };
  const all = Uint32Array.from({ length: N }, (_, i) => i);
  const point = est(all);
  const B = options.bootstrap ?? 1000;
  const rng = createRng((options.seed ?? 1) ^ 0xb007);
  const boots = yAB.map(() => ({ first: new Float64Array(B), total: new Float64Array(B) }));
  const rows = new Uint32Array(N);
  for (let b = 0; b < B; b++) {
    for (let r = 0; r < N; r++) rows[r] = Math.floor(rng.next() * N);
    est(rows).forEach((e, i) => {
      boots[i]!.first[b] = e.first;
      boots[i]!.total[b] = e.total;
    });
  }
  const lo = options.level ?? 0.05;
  const indices = point.map((p, i) => {
    const f = Array.from(boots[i]!.first)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const t = Array.from(boots[i]!.total)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const fl = quantileSorted(f, lo);
    const fh = quantileSorted(f, 1 - lo);
    return {
      input: names[i]!,
      first: p.first,
      firstLow: fl,
      firstHigh: fh,
      total: p.total,
      totalLow: quantileSorted(t, lo),
      totalHigh: quantileSorted(t, 1 - lo),
      nonConvergent: fh < 0 || fl > 1,
    };
  });
  return { variance: point[0]?.V ?? NaN, indices };
}

/**
 * The Saltelli design for d inputs and base sample N: A and B from one 2d-dimensional (shifted) Sobol' sequence,
 * and A_B^(i) = A with column i from B. Returns row-major u matrices.
 */
export function saltelliDesign(
  n: number,
  d: number,
  seed: number,
): { A: Float64Array; B: Float64Array; AB: Float64Array[] } {
  const P = sobolPoints(n, 2 * d, seed);
  const A = new Float64Array(n * d);
  const B = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) {
      A[i * d + j] = P[i * 2 * d + j]!;
      B[i * d + j] = P[i * 2 * d + d + j]!;
    }
  const AB = Array.from({ length: d }, (_, k) => {
    const M = Float64Array.from(A);
    for (let i = 0; i < n; i++) M[i * d + k] = B[i * d + k]!;
    return M;
  });
  return { A, B, AB };
}

/** Sobol' indices of any function of d uniform inputs (used to validate the estimators on analytic functions). */
export function sobolIndicesOf(
  f: (u: Float64Array) => number,
  d: number,
  n: number,
  seed: number,
  bootstrap = 200,
) {
  const { A, B, AB } = saltelliDesign(n, d, seed);
  const ev = (M: Float64Array) => Float64Array.from({ length: n }, (_, i) => f(M.subarray(i * d, i * d + d)));
  return sobolEstimates(
    ev(A),
    ev(B),
    AB.map(ev),
    Array.from({ length: d }, (_, i) => `x${i + 1}`),
    { bootstrap, seed },
  );
}

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
