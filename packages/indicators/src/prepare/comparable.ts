import type { MethodologySpec, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { PipelineOptions, PipelineResult } from '../pipeline.js';
import { runPipeline } from '../pipeline.js';
import type { IndexData, IndicatorError } from '../types.js';

/** A pillar left out of the index because only some of the ranked units have a score on it. */
export type ExcludedPillar = {
  readonly node: string;
  /** Units with a score on the pillar, among those ranked on the index. */
  readonly scored: readonly string[];
  /** Number of units ranked on the index. */
  readonly of: number;
};

/** A run in which every unit's index rests on the same pillars. */
export type ComparableRun = {
  /** The methodology that was run: partially scored pillars at weight 0. */
  readonly spec: MethodologySpec;
  readonly result: PipelineResult;
  readonly excluded: readonly ExcludedPillar[];
};

const scoreOf = (r: PipelineResult, code: string, i: number): number => {
  const t = r.stages.Aggregated;
  const j = t.codes.indexOf(code);
  return j < 0 ? NaN : t.columns[j]![i]!;
};

/** Pillars (children of the index, in tree order) with a score for some, but not all, of the units that have an index score. */
export function partialPillars(spec: MethodologySpec, r: PipelineResult): ExcludedPillar[] {
  const root = r.root;
  if (root === undefined) return [];
  const ranked = r.units.flatMap((u, i) => (Number.isNaN(scoreOf(r, root, i)) ? [] : [{ u, i }]));
  return spec.nodes.flatMap((n) => {
    if (n.parent !== root || n.weight === 0) return [];
    const scored = ranked.filter(({ i }) => !Number.isNaN(scoreOf(r, n.id, i))).map(({ u }) => u);
    return scored.length > 0 && scored.length < ranked.length ? [{ node: n.id, scored, of: ranked.length }] : [];
  });
}

/**
 * Runs a methodology so that it compares like with like: when a pillar is scored for only some of the units with an
 * index score, the run is repeated with that pillar at weight 0, so that every unit's score and rank rest on the same
 * pillars (the pillar's own scores stay in the result).
 */
export function runComparable(
  spec: MethodologySpec,
  data: IndexData,
  options: PipelineOptions = {},
): Result<ComparableRun, IndicatorError> {
  const first = runPipeline(spec, data, options);
  if (!first.ok) return first;
  const excluded = partialPillars(spec, first.value);
  if (excluded.length === 0) return ok({ spec, result: first.value, excluded });
  const drop = new Set(excluded.map((e) => e.node));
  const comparable: MethodologySpec = {
    ...spec,
    nodes: spec.nodes.map((n) => (drop.has(n.id) ? { ...n, weight: 0 } : n)),
  };
  const second = runPipeline(comparable, data, options);
  return second.ok ? ok({ spec: comparable, result: second.value, excluded }) : second;
}
