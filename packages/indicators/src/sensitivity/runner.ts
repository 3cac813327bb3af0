import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { runCompiled } from '../pipeline.js';
import type { CompiledSpec } from '../spec/index.js';
import { compileSpec } from '../spec/index.js';
import { sportRank } from '../stats.js';
import type { IndexData, IndicatorError } from '../types.js';
import type { Prepared, UncertainInput } from './inputs.js';
import { defaultInputs, prepare } from './inputs.js';

export type RunFailure = {
  readonly run: number;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly error: IndicatorError;
};

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

/** Compiles the spec, checks the uncertain inputs and runs the nominal pipeline: what every analysis needs first. */
export function setUpAnalysis(
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
